// Briefing mode: the whole deck from the keyboard, Back steps back, presenter and audience stay
// in step both ways, reduced motion jumps, kiosk autoplay advances. The tests of a language share
// one page; the timers (autoplay, the talk clock) run on Playwright's fake clock, in a browser of their own.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { expectInView, fakeClock, linesOf, openAtlas, settle, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
// The fake clock belongs to a whole browser context: the timer tests get a browser of their own.
const clocked = sharedBrowser({ scale: 0.5 });
// Presenter and audience windows, in a browser of their own too: two windows in a briefing follow each other.
const windows = sharedBrowser({ scale: 0.5 });
const english = sharedAtlas(base, { lang: 'en' }, { scale: 0.5 });
const arabic = sharedAtlas(base, { lang: null, query: '?mode=brief&slide=3&lang=ar' }, { scale: 0.5 });

const slideParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('slide'));
const progress = (page: Page) => page.getByTestId('slide-progress').first().textContent();
const elapsed = (page: Page) => page.getByTestId('elapsed').textContent();
/** The alt text of a presenter preview once its image has loaded, or '' while it is being drawn. */
const previewAlt = (page: Page, testId: string) => page.evaluate((id) => {
  const img = document.querySelector<HTMLImageElement>(`[data-testid="${id}"] img`);
  return img?.complete && img.naturalWidth > 0 ? img.alt : '';
}, testId);

async function slideCount(page: Page): Promise<number> {
  const text = (await progress(page)) ?? '';
  return Number(text.split('/')[1]?.trim());
}

/** Seconds on the talk clock ('1:05' → 65). */
const seconds = (text: string | null) => {
  const [m, s] = (text ?? '').split(':').map(Number);
  return m! * 60 + s!;
};

describe('briefing mode', () => {
  it('walks the whole deck from the keyboard, with the URL and counter following', async () => {
    const { page, errors } = await english();
    await page.getByTestId('present').click();
    await expect.poll(() => page.getByTestId('briefing').isVisible()).toBe(true);
    const total = await slideCount(page);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(await progress(page)).toBe(`1 / ${total}`);

    await page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(page)).toBe('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => progress(page)).toBe(`4 / ${total}`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => slideParam(page)).toBe('3');
    await page.keyboard.press('End');
    await expect.poll(() => progress(page)).toBe(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect.poll(() => slideParam(page)).toBe('1');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => progress(page)).toBe(`5 / ${total}`);
    expect(await page.getByTestId('slide-announcer').textContent()).toContain('Slide 5 of');

    // Back steps back through the slides that were shown.
    await page.goBack();
    await expect.poll(() => slideParam(page)).toBe('1');
    await expect.poll(() => progress(page)).toBe(`1 / ${total}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('briefing').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('mode=');
    expect(errors).toEqual([]);
  });

  it('opens on the slide the link names, and arrows follow the reading direction in Arabic', async () => {
    const { page, errors } = await arabic();
    await expect.poll(() => slideParam(page)).toBe('3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideParam(page)).toBe('4');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideParam(page)).toBe('3');
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(page)).toBe('4');
    expect(await page.locator('.slide-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    await page.screenshot({ path: 'e2e/artifacts/briefing-ar.png' });
    expect(errors).toEqual([]);
  });

  it('jumps straight to the slide view with reduced motion, and R returns to it after panning', async () => {
    const { page, errors } = await english();
    await visit(page, '&mode=brief&slide=3');
    const centre = () => page.evaluate(() => {
      const c = window.__corridorAtlasMap.getCenter();
      return [+c.lng.toFixed(2), +c.lat.toFixed(2)];
    });
    const before = await centre();
    // Slide 4 is the railway, far closer in: the camera jumps there (reduced motion, which the
    // test browser asks for) and does not go on moving.
    await page.keyboard.press('PageDown');
    await expect.poll(centre).not.toEqual(before);
    await settle(page);
    const there = await centre();
    expect(await page.evaluate(() => window.__corridorAtlasMap.isMoving())).toBe(false);

    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7 - 200, box.y + 300, { steps: 5 });
    await page.mouse.up();
    await expect.poll(centre).not.toEqual(there);
    await page.keyboard.press('r');
    await expect.poll(centre).toEqual(there);
    expect(errors).toEqual([]);
  });

  // The trans-Caspian line is the widest of the deck: from the Black Sea to the Chinese border.
  // (framing.ts checks every slide at four sizes; this is the default window.)
  for (const lang of ['en', 'ar'] as const) {
    it(`shows the whole of a slide's route clear of the slide card and its buttons (${lang})`, async () => {
      const { page, errors } = await (lang === 'en' ? english : arabic)();
      await visit(page, '&mode=brief&slide=7');
      await page.locator('.slide-card').waitFor();
      await settle(page);
      await expectInView(page, linesOf(['trans-caspian']), `slide 7 in ${lang}`);
      expect(errors).toEqual([]);
    });
  }
});

describe('timers, on the fake clock', () => {
  it('kiosk autoplay advances on its own and pauses on a key', async () => {
    // Looping back to the start is covered by the stepper's unit tests.
    const { page, errors } = await openAtlas(clocked(), base, { lang: null, query: '?mode=brief&slide=1&autoplay=60&lang=en', prepare: fakeClock });
    expect(await slideParam(page)).toBe('1');
    await page.clock.runFor(60_000);
    await expect.poll(() => slideParam(page)).toBe('2');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('autoplay');
    const held = await slideParam(page);
    // Three intervals later, still there.
    await page.clock.runFor(3 * 60_000);
    expect(await slideParam(page)).toBe(held);
    expect(errors).toEqual([]);
  });

  // On the real clock: the previews are maps drawn off-screen, frame by frame.
  it('presenter and audience windows follow each other, each in its own language', async () => {
    const titles = (JSON.parse(readFileSync('data/briefing.json', 'utf8')) as { slides: { title: { en: string } }[] }).slides.map((s) => s.title.en);
    const audience = await openAtlas(windows(), base, { lang: null, query: '?mode=brief&slide=1&lang=ar', until: 'map' });
    const presenter = await openAtlas(windows(), base, { lang: null, query: '?mode=presenter&slide=1&lang=en', until: '[data-testid="presenter"]' });
    await expect.poll(() => presenter.page.getByTestId('presenter').isVisible()).toBe(true);
    expect(await presenter.page.getByTestId('notes').textContent()).toMatch(/[A-Za-z]/);

    // The current and the next slide's maps, drawn as images named after their slides.
    await expect.poll(() => previewAlt(presenter.page, 'preview-now'), { timeout: 30_000 }).toContain(titles[0]);
    await expect.poll(() => previewAlt(presenter.page, 'preview-next'), { timeout: 30_000 }).toContain(titles[1]);
    expect(await previewAlt(presenter.page, 'preview-now')).toMatch(/^Map for slide 1: /);
    const firstSrc = await presenter.page.getByTestId('preview-now').locator('img').getAttribute('src');

    // The talk has not started: the timer waits at 0:00 (that it stays there is the next test's).
    expect(await elapsed(presenter.page)).toBe('0:00');
    expect(await presenter.page.getByTestId('timer-status').textContent()).toMatch(/not started/i);
    expect(await presenter.page.locator('.presenter-timer').getAttribute('data-phase')).toBe('idle');

    await presenter.page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(audience.page)).toBe('2');
    await expect.poll(() => previewAlt(presenter.page, 'preview-now'), { timeout: 30_000 }).toContain(titles[1]);
    await expect.poll(() => previewAlt(presenter.page, 'preview-next'), { timeout: 30_000 }).toContain(titles[2]);
    expect(await presenter.page.getByTestId('preview-now').locator('img').getAttribute('src')).not.toBe(firstSrc);
    // The first change of slide started the timer.
    expect(await presenter.page.locator('.presenter-timer').getAttribute('data-phase')).toBe('running');
    await expect.poll(() => elapsed(presenter.page)).not.toBe('0:00');
    expect(await presenter.page.getByTestId('timer-status').textContent()).toBe('');

    await audience.page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(presenter.page)).toBe('3');
    expect(await presenter.page.getByTestId('notes').textContent()).toMatch(/[A-Za-z]/);
    expect(await audience.page.locator('.slide-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    await expect.poll(() => previewAlt(presenter.page, 'preview-now'), { timeout: 30_000 }).toContain(titles[2]);
    await presenter.page.screenshot({ path: 'e2e/artifacts/presenter-en.png' });

    // The button opens the audience window on the current slide.
    const [opened] = await Promise.all([
      presenter.page.waitForEvent('popup'),
      presenter.page.getByTestId('open-audience').click(),
    ]);
    await opened.waitForLoadState('domcontentloaded');
    const url = new URL(opened.url());
    expect(url.searchParams.get('mode')).toBe('brief');
    expect(url.searchParams.get('slide')).toBe('3');
    await opened.close();
    expect(presenter.errors).toEqual([]);
    expect(audience.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('the presenter\'s timer waits, then starts, pauses, resumes and resets from the keyboard', async () => {
    const { page, errors } = await openAtlas(clocked(), base, { lang: null, query: '?mode=presenter&slide=2&lang=ar', until: '[data-testid="presenter"]', prepare: fakeClock });
    expect(await elapsed(page)).toBe('0:00');
    // Not started: a minute later, still 0:00.
    await page.clock.runFor(60_000);
    expect(await elapsed(page)).toBe('0:00');
    const toggle = page.getByTestId('timer-toggle');
    expect(await page.getByTestId('timer-reset').isDisabled()).toBe(true);

    // Enter on a focused button presses it, and does not move the deck.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.textContent()).toBe('إيقاف مؤقت');
    // Running: a minute and five seconds pass (and the little real time the test itself takes).
    await page.clock.runFor(65_000);
    await expect.poll(async () => seconds(await elapsed(page))).toBeGreaterThanOrEqual(65);
    expect(seconds(await elapsed(page))).toBeLessThan(80);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.textContent()).toBe('استئناف');
    const held = await elapsed(page);
    // Paused: a minute later, the same time.
    await page.clock.runFor(60_000);
    expect(await elapsed(page)).toBe(held);
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.textContent()).toBe('إيقاف مؤقت');
    await page.clock.runFor(5_000);
    await expect.poll(async () => seconds(await elapsed(page))).toBeGreaterThanOrEqual(seconds(held) + 5);

    await page.getByTestId('timer-reset').focus();
    await page.keyboard.press('Enter');
    expect(await elapsed(page)).toBe('0:00');
    expect(await toggle.textContent()).toBe('بدء');
    // Reset, and not running: a minute later, still 0:00.
    await page.clock.runFor(60_000);
    expect(await elapsed(page)).toBe('0:00');
    expect(await slideParam(page)).toBe('2');
    expect(errors).toEqual([]);
  });
});
