import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('the built page loads under its CSP with a real control and no errors', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  const response = await page.goto(inject('baseUrl'));
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  const firstButton = page.getByRole('button').first();
  await expect.poll(() => firstButton.isVisible()).toBe(true);
  expect(await firstButton.isEnabled()).toBe(true);
  const text = await page.locator('body').innerText();
  expect(text.trim().length).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

test('a CSP violation is caught by the harness', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(inject('baseUrl'));
  // An inline script is what the CSP forbids; injecting one must be reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__bad = 1';
    document.body.append(script);
  });
  await expect.poll(() => problems.some((p) => p.startsWith('CSP violation'))).toBe(true);
});
