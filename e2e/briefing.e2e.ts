// Briefing mode: the whole deck from the keyboard, Back steps back, presenter and audience stay
// in step both ways, reduced motion jumps, kiosk autoplay advances.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapReady, sharedBrowser } from './browser';

const base = inject('baseUrl');
const browser = sharedBrowser();

const slideParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('slide'));
const progress = (page: Page) => page.getByTestId('slide-progress').first().textContent();

async function slideCount(page: Page): Promise<number> {
  const text = (await progress(page)) ?? '';
  return Number(text.split('/')[1]?.trim());
}

describe('briefing mode', () => {
  it('walks the whole deck from the keyboard, with the URL and counter following', async () => {
    const { page, errors } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=en`);
    await waitForMapReady(page);
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
    await page.close();
  });

  it('opens on the slide the link names, and arrows follow the reading direction in Arabic', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?mode=brief&slide=3&lang=ar`);
    await waitForMapReady(page);
    await expect.poll(() => slideParam(page)).toBe('3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideParam(page)).toBe('4');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideParam(page)).toBe('3');
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(page)).toBe('4');
    expect(await page.locator('.slide-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    await page.screenshot({ path: 'e2e/artifacts/briefing-ar.png' });
    await page.close();
  });

  it('jumps straight to the slide view with reduced motion, and R returns to it after panning', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?mode=brief&slide=1&lang=en`);
    await waitForMapReady(page);
    const centre = () => page.evaluate(() => {
      const c = (window as unknown as { __corridorAtlasMap: { getCenter: () => { lng: number; lat: number } } }).__corridorAtlasMap.getCenter();
      return [+c.lng.toFixed(2), +c.lat.toFixed(2)];
    });
    await page.keyboard.press('PageDown');
    // Reduced motion (the test browser asks for it): the camera is already there on the next frame.
    await page.waitForTimeout(100);
    const there = await centre();
    await page.waitForTimeout(600);
    expect(await centre()).toEqual(there);

    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7 - 200, box.y + 300, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(await centre()).not.toEqual(there);
    await page.keyboard.press('r');
    await expect.poll(centre).toEqual(there);
    await page.close();
  });

  it('shows the whole of a slide\'s route beside the slide card, in both reading directions', async () => {
    // The trans-Caspian line is the widest of the deck: from the Black Sea to the Chinese border.
    const legs = (JSON.parse(readFileSync('data/routes/trans-caspian.geojson', 'utf8')) as { features: { geometry: { coordinates: number[][] } }[] })
      .features.flatMap((f) => f.geometry.coordinates);
    for (const lang of ['en', 'ar'] as const) {
      const { page } = await openPage(browser(), base);
      await page.goto(`${base}/?mode=brief&slide=7&lang=${lang}`);
      await waitForMapReady(page);
      await page.locator('.slide-card').waitFor();
      await page.waitForTimeout(300);
      const layout = await page.evaluate((points) => {
        const map = (window as unknown as { __corridorAtlasMap: { project: (p: number[]) => { x: number; y: number }; getContainer: () => HTMLElement } }).__corridorAtlasMap;
        const card = document.querySelector('.slide-card')!.getBoundingClientRect();
        const xs = points.map((p) => map.project(p).x);
        return { minX: Math.min(...xs), maxX: Math.max(...xs), width: map.getContainer().clientWidth, card: { left: card.left, right: card.right } };
      }, legs);
      expect(layout.maxX).toBeLessThanOrEqual(layout.width);
      expect(layout.minX).toBeGreaterThanOrEqual(0);
      // Clear of the card: right of it in English, left of it in Arabic.
      if (lang === 'en') expect(layout.minX).toBeGreaterThanOrEqual(layout.card.right);
      else expect(layout.maxX).toBeLessThanOrEqual(layout.card.left);
      await page.close();
    }
  });

  it('kiosk autoplay advances on its own and pauses on a key', async () => {
    // Looping back to the start is covered by the stepper's unit tests.
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?mode=brief&slide=1&autoplay=3&lang=en`);
    await expect.poll(() => slideParam(page), { timeout: 20_000 }).not.toBe('1');
    await page.keyboard.press('Shift');
    const held = await slideParam(page);
    await page.waitForTimeout(4000);
    expect(await slideParam(page)).toBe(held);
    expect(await page.evaluate(() => location.search)).not.toContain('autoplay');
    await page.close();
  });

  it('presenter and audience windows follow each other, each in its own language', async () => {
    const audience = await openPage(browser(), base);
    await audience.page.goto(`${base}/?mode=brief&slide=1&lang=ar`);
    await waitForMapReady(audience.page);
    const presenter = await openPage(browser(), base);
    await presenter.page.goto(`${base}/?mode=presenter&slide=1&lang=en`);
    await expect.poll(() => presenter.page.getByTestId('presenter').isVisible()).toBe(true);
    expect(await presenter.page.getByTestId('notes').textContent()).toMatch(/[A-Za-z]/);

    await presenter.page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(audience.page)).toBe('2');
    await audience.page.keyboard.press('PageDown');
    await expect.poll(() => slideParam(presenter.page)).toBe('3');
    expect(await presenter.page.getByTestId('notes').textContent()).toMatch(/[A-Za-z]/);
    expect(await audience.page.locator('.slide-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    await presenter.page.screenshot({ path: 'e2e/artifacts/presenter-en.png' });
    await presenter.page.close();
    await audience.page.close();
  });
});
