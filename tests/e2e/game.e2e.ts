/**
 * Whole games in Chromium, in each mode: as the US by mouse, as China by
 * keyboard only, two players on one device, and with storage that throws.
 * Every screen is photographed at 1280×720 and 390×844 and checked for layout.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, breakStorage, expectGoodLayout, focusedText, settleStage, shootScreen, tabTo, waitForScreen } from './ui-helpers.ts';

// A browser per test: a stage still rendering in one test must not slow the next.
let browser: Browser;
beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser.close();
});

/**
 * A fresh page on the title. `noStage` serves a Phaser chunk that throws, as on a
 * machine without WebGL: the game must then play from the DOM alone.
 */
async function open(options: { storageThrows?: boolean; noStage?: boolean; reducedMotion?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = await watchForProblems(page);
  if (options.storageThrows) await breakStorage(page);
  if (options.noStage) {
    await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("WebGL is not available (test)");' }));
  }
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  return { page, problems };
}

/** Layout check (no screenshot) at another size, then back to 1280×720. */
async function checkAt(page: Page, width: number, height: number, label: string): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(100);
  await expectGoodLayout(page, label);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Where the screen's measures are: docked under the stage (wide layouts) or in the screen (narrow ones). */
function measuresPlace(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.meters-box')];
    const box = boxes[0]!;
    const stage = document.querySelector('.stage-frame')!.getBoundingClientRect();
    const r = box.getBoundingClientRect();
    const dialogue = document.querySelector('#screen .dialogue, #screen .answers');
    return {
      copies: boxes.length,
      heading: box.querySelector('h2')?.id,
      docked: box.parentElement?.matches('aside.stage-dock') ?? false,
      underStage: r.top >= stage.bottom && r.left >= stage.left - 1 && r.right <= stage.right + 1,
      inView: r.bottom <= window.innerHeight,
      afterText: dialogue !== null && box.closest('#screen') !== null && (dialogue.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    };
  });
}



test('as the US, by mouse, with the stage, a whole game reaches an ending; every screen is photographed and audited', { timeout: 240_000 }, async () => {
  const { page, problems } = await open();
  await shootScreen(page, '01-title');
  expect(await axeSerious(page)).toEqual([]);

  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await waitForScreen(page, 'briefing');
  expect(await focusedText(page)).toBe('Briefing');
  await shootScreen(page, '02-briefing');
  await page.getByRole('button', { name: 'Start the talks' }).click();

  let round = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['round', 'ending']);
    if (screen === 'ending') break;
    round += 1;
    const group = page.getByRole('group', { name: 'Your options' });
    const options = group.getByRole('button');
    const count = await options.count();
    expect(count).toBeGreaterThan(0);
    if (round === 1) {
      await settleStage(page, 60_000);
      await shootScreen(page, '03-round');
      expect(await axeSerious(page)).toEqual([]);
      // Wide: the measures sit under the stage, in view beside the text. Phone: back in the screen, after the dialogue.
      // (Polled: the page hears of a new viewport size at its next frame.)
      await expect.poll(() => measuresPlace(page)).toEqual({ copies: 1, heading: 'meters-heading', docked: true, underStage: true, inView: true, afterText: false });
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => measuresPlace(page)).toMatchObject({ copies: 1, docked: false, afterText: true });
      await page.setViewportSize({ width: 1280, height: 720 });
      await expect.poll(() => measuresPlace(page)).toMatchObject({ copies: 1, docked: true, underStage: true });
    }
    await options.nth((round - 1) % count).click();
    await waitForScreen(page, 'report');
    if (round === 1) {
      await settleStage(page);
      await shootScreen(page, '05-report');
      // The report's measures (with the round's changes) take the round's place under the stage.
      await expect.poll(() => measuresPlace(page)).toMatchObject({ copies: 1, heading: 'report-meters', docked: true, underStage: true, inView: true });
    }
    await page.locator('[data-action="continue"]').click();
  }
  expect(round).toBeGreaterThan(1);
  await shootScreen(page, '06-ending');
  expect(await axeSerious(page)).toEqual([]);
  await expect.poll(() => page.locator('#live').textContent()).toContain('The game has ended');
  await page.getByRole('button', { name: 'Play again' }).click();
  await waitForScreen(page, 'briefing');
  expect(problems).toEqual([]);
});

test('as China, by keyboard only (Tab, Enter, number keys, Escape), a whole game reaches an ending without the stage', async () => {
  const { page, problems } = await open({ noStage: true });
  await tabTo(page, '[data-mode="china"]');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await tabTo(page, '[data-action="start"]');
  await page.keyboard.press('Enter');

  let round = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['round', 'ending']);
    if (screen === 'ending') break;
    round += 1;
    const group = page.getByRole('group', { name: 'Your options' });
    await expect.poll(() => group.getByRole('button').count()).toBeGreaterThan(0);
    if (round === 1) {
      // Escape opens the menu with focus inside; Escape again closes it and focus comes back.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await shootScreen(page, '04-menu');
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const inside = await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null);
        expect(inside).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      // Number keys pick options.
      await page.keyboard.press('1');
    } else if (round === 2) {
      // Tab and Enter on an option button.
      await tabTo(page, '[data-option]');
      await page.keyboard.press('Enter');
    } else {
      const count = await group.getByRole('button').count();
      await page.keyboard.press(String(((round - 1) % count) + 1));
    }
    await waitForScreen(page, 'report');
    await tabTo(page, '[data-action="continue"]');
    await page.keyboard.press(round % 2 ? 'Enter' : 'Space');
  }
  expect(round).toBeGreaterThan(1);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
  expect(problems).toEqual([]);
});

test('two players on one device: pass-the-device screens hide each choice until both are revealed', async () => {
  const { page, problems } = await open({ noStage: true });
  await page.getByRole('button', { name: 'Two players on one device' }).click();
  await page.getByRole('button', { name: 'Start the talks' }).click();
  let round = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['pass', 'ending']);
    if (screen === 'ending') break;
    round += 1;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Pass the device');
    if (round === 1) await shootScreen(page, '07-pass');
    await page.locator('[data-action="ready"]').click();
    await waitForScreen(page, 'round');
    const firstGroup = page.getByRole('group', { name: 'Your options' });
    const firstLabel = (await firstGroup.getByRole('button').first().locator('.option-label').textContent()) ?? '';
    await firstGroup.getByRole('button').first().click();
    // The second player's pass screen must not show the first choice.
    await waitForScreen(page, 'pass');
    expect(await page.locator('#screen').innerText()).not.toContain(firstLabel);
    if (round === 2) {
      // A reload between the two turns: resuming keeps round 1 and the first player's choice, and hands over to the second.
      await page.reload();
      await waitForScreen(page, 'title');
      await page.getByRole('button', { name: 'Resume (round 2 of 6)' }).click();
      await waitForScreen(page, 'pass');
      expect(await page.locator('#screen').innerText()).not.toContain(firstLabel);
    }
    await page.locator('[data-action="ready"]').click();
    await waitForScreen(page, 'round');
    expect(await page.locator('.eyebrow').first().textContent()).toContain(`Round ${round} of 6 · People's Republic of China`);
    const secondGroup = page.getByRole('group', { name: 'Your options' });
    const count = await secondGroup.getByRole('button').count();
    await secondGroup.getByRole('button').nth((round - 1) % count).click();
    await waitForScreen(page, 'report');
    expect(await page.locator('.answer').count()).toBe(2);
    expect(await page.locator('#screen').innerText()).toContain(firstLabel);
    if (round === 1) await shootScreen(page, '08-report-two');
    await page.locator('[data-action="continue"]').click();
  }
  expect(round).toBeGreaterThan(1);
  await shootScreen(page, '09-ending-two');
  await checkAt(page, 1920, 1080, 'ending at 1920×1080');
  await checkAt(page, 360, 640, 'ending at 360×640');
  expect(problems).toEqual([]);
});

test('with storage that throws and reduced motion, settings still work and the game plays to the end', async () => {
  const { page, problems } = await open({ storageThrows: true, reducedMotion: true, noStage: true });
  await page.locator('#screen').getByLabel('Larger text').check();
  await page.locator('#screen').getByLabel('Sound').uncheck();
  expect(await page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(true);
  await shootScreen(page, '10-title-large-text');
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await page.getByRole('button', { name: 'Start the talks' }).click();
  let round = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['round', 'ending']);
    if (screen === 'ending') break;
    round += 1;
    // Reduced motion: the headlines are a static list, not a marquee.
    expect(await page.locator('.is-marquee').count()).toBe(0);
    if (round === 1) {
      await settleStage(page);
      await shootScreen(page, '11-round-large-text');
      await checkAt(page, 360, 640, 'round, large text, at 360×640');
    }
    await page.getByRole('group', { name: 'Your options' }).getByRole('button').last().click();
    await waitForScreen(page, 'report');
    if (round === 1) await checkAt(page, 360, 640, 'report, large text, at 360×640');
    await page.locator('[data-action="continue"]').click();
  }
  await expectGoodLayout(page, 'ending, large text');
  expect(problems).toEqual([]);
});
