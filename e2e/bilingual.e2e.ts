// Arabic ⇄ English: the switch keeps everything, the layout mirrors, the map never does.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, sharedBrowser } from './browser';
import { openAtlas, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser();
// The Arabic tests that need no fresh page share one.
const arabic = sharedAtlas(base, { lang: 'ar', query: '&route=cku-railway' }, { scale: 0.5 });

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.__corridorAtlasMap;
    const c = map.getCenter();
    return { lng: +c.lng.toFixed(3), lat: +c.lat.toFixed(3), zoom: +map.getZoom().toFixed(2) };
  });

describe('switching language', () => {
  it('keeps camera, selection and layers, redraws labels in place and marks labels-ready', async () => {
    const { page, errors } = await openAtlas(browser(), base, { query: '&route=cagp-abc&layers=railway,gas-pipeline,places&map=5.00/41.5000/68.0000', until: 'map' });
    const before = await camera(page);
    expect(before).toEqual({ lng: 68, lat: 41.5, zoom: 5 });

    const sw = page.getByRole('button', { name: 'العربية' });
    expect(await sw.count()).toBe(1);
    await sw.focus();
    await page.keyboard.press('Enter');

    await page.waitForSelector('[data-testid="map"][data-labels-lang="ar"]', { timeout: 20_000 });
    expect(await page.evaluate(() => performance.getEntriesByName('app:labels-ready').length)).toBe(1);
    expect(await camera(page)).toEqual(before);
    expect(await page.getByTestId('app').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('layers'))).toBe('railway,gas-pipeline,places');
    expect(await page.evaluate(() => window.__corridorAtlasMap.getLayoutProperty('country-label', 'text-field'))).toEqual(['get', 'name_ar']);
    expect(await page.title()).toContain('أطلس الممرات');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('lang=ar');
    expect(await page.evaluate(() => location.search)).toContain('route=cagp-abc');
    await page.screenshot({ path: 'e2e/artifacts/switch-ar.png' });

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForSelector('[data-testid="map"][data-labels-lang="en"]');
    expect(await camera(page)).toEqual(before);
    expect(await page.getByTestId('app').getAttribute('dir')).toBe('ltr');
    expect(errors).toEqual([]);
  });

  it('says the labels are ready after a switch there and back faster than the map draws', async () => {
    const { page, errors } = await openAtlas(browser(), base, { until: 'map' });
    const marks = () => page.evaluate(() => performance.getEntriesByName('app:labels-ready').length);
    const marked = await marks();
    // Two clicks before the map's turn: to Arabic and back. The map shows English throughout, and
    // must still say its labels are ready in the language now chosen.
    await page.evaluate(async () => {
      const button = () => document.querySelector<HTMLButtonElement>('.lang-switch')!;
      const first = button().lang;
      button().click();
      while (button().lang === first) await new Promise((r) => setTimeout(r, 0));
      button().click();
    });
    await expect.poll(() => page.getByTestId('app').getAttribute('lang')).toBe('en');
    await expect.poll(marks, { timeout: 15_000 }).toBeGreaterThan(marked);
    expect(await page.getByTestId('map').getAttribute('data-labels-lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('an English visit downloads no Arabic font file; the first switch to Arabic does', async () => {
    // A browser of its own: nothing cached from other tests.
    const fresh = await launch();
    try {
      const fonts: string[] = [];
      const { page, errors } = await openAtlas(fresh, base, {
        until: 'map',
        prepare: (p) => p.on('request', (r) => { if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname); }),
      });
      expect(fonts.filter((f) => f.includes('latin')).length).toBeGreaterThan(0);
      expect(fonts.filter((f) => f.includes('arabic'))).toEqual([]);
      // «العربية» on the switch is drawn from the few letters inlined for it.
      expect(await page.evaluate(() => [...document.fonts].find((f) => f.family.includes('Atlas Sans Switch'))?.status)).toBe('loaded');
      await page.getByRole('button', { name: 'العربية' }).click();
      await page.waitForSelector('[data-testid="map"][data-labels-lang="ar"]', { timeout: 20_000 });
      expect(fonts.filter((f) => f.includes('arabic')).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('remembers the last choice when the link names no language', async () => {
    const atlas = await openAtlas(browser(), base, { until: 'load' });
    const { page } = atlas;
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.getByTestId('app').getAttribute('lang')).toBe('ar');
    await openAtlas(browser(), base, { page: atlas, lang: null, until: 'load' });
    await expect.poll(() => page.getByTestId('app').getAttribute('dir')).toBe('rtl');
    await page.evaluate(() => localStorage.clear());
  });

  it('follows an Arabic browser when nothing else says otherwise', async () => {
    const arabicBrowser = await launch({ locale: 'ar-EG' });
    try {
      const { page } = await openAtlas(arabicBrowser, base, { lang: null, until: 'load' });
      await expect.poll(() => page.getByTestId('app').getAttribute('lang')).toBe('ar');
    } finally {
      await arabicBrowser.close();
    }
  });

  it('offers Arabic-Indic digits in Arabic', async () => {
    const { page, errors } = await arabic();
    const length = page.getByTestId('computed-length');
    expect(await length.textContent()).toMatch(/\d+ كم/);
    const toggle = page.getByRole('switch');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => length.textContent()).toMatch(/[٠-٩]+ كم/);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    // Every figure follows: the prose of the content, the milestones' dates, the scale bar.
    const summary = page.getByTestId('route-detail').locator('p').filter({ hasText: 'يونيو' }).first();
    expect(await summary.textContent()).toMatch(/[٠-٩]{4}/);
    expect(await summary.textContent()).not.toMatch(/[0-9]/);
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^[٠-٩٬]+ (كم|م)$/);
    await toggle.click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^[0-9,]+ (كم|م)$/);
    expect(errors).toEqual([]);
  });

  it('the map controls speak the language and sit on the end side', async () => {
    const { page, errors } = await arabic();
    await visit(page, '');
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('title')).toBe('تكبير');
    const box = (await zoomIn.boundingBox())!;
    expect(box.x).toBeLessThan(100);
    expect(errors).toEqual([]);
  });
});
