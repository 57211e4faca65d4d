/**
 * Browser-test harness: the system Chromium driven by playwright-core, against the
 * built site served on 127.0.0.1. Never downloads a browser; fails loudly without one.
 */
import type { Page } from 'playwright-core';

export { findChromium, openBrowser, CHROMIUM_FLAGS, type Browser } from '../../scripts/chromium.ts';

/**
 * Records what must never happen on a page: console errors, uncaught errors and
 * Content-Security-Policy violations. Tests assert the list is empty.
 */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('__linkageReportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __linkageReportViolation: (text: string) => void }).__linkageReportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}
