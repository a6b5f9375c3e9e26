// Comparing corridors and reading their numbers: the side-by-side table at a phone's and a
// projector's size in both languages, choosing routes from the list and from a route's panel, the
// map showing only the compared routes in their colours and framing them, Back, the charts'
// keyboard reading, the chart code loaded only when a chart is shown, and a PNG of a comparison.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import ar from '../src/i18n/locales/ar.json';
import en from '../src/i18n/locales/en.json';
import { COMPARE_COLOURS } from '../src/view/palette';
import { measurePng, sharedBrowser } from './browser';
import { expectInView, linesOf, openAtlas, reload, settle, sharedAtlas, SIZES, visit, type Atlas, type ScreenSize } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });
const LOCALES = { en, ar } as const;
const PAIR = ['cku-railway', 'trans-caspian'];
const ALL_ROUTES = ['cagp-abc', 'cagp-d', 'china-europe-rail', 'cku-highway', 'cku-railway', 'kz-cn-oil', 'trans-caspian'];
const phone = SIZES.find((s) => s.width === 390)!;
const projector = SIZES.find((s) => s.width === 1280)!;

// One page per size and language, each opened at the comparison of the pair; the tests go from
// case to case on them as a link or Back would.
const pages = new Map<string, () => Promise<Atlas>>();
for (const size of [phone, projector]) for (const lang of ['en', 'ar'] as const) pages.set(`${size.width}-${lang}`, sharedAtlas(base, { size, lang, query: `&compare=${PAIR.join(',')}` }, { scale: 0.5 }));
const atlas = (size: ScreenSize, lang: 'en' | 'ar') => pages.get(`${size.width}-${lang}`)!();

/** Each route's `compare` feature state on the map (-2: no comparison, -1: left out, 0–3: its colour). */
async function compareStates(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((ids) => {
    const map = window.__corridorAtlasMap;
    return Object.fromEntries(ids.map((id) => [id, map.getFeatureState({ source: 'routes', id }).compare ?? -2]));
  }, ALL_ROUTES);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.each([phone, projector])('the comparison at $width×$height', (size: ScreenSize) => {
  it.each(['en', 'ar'] as const)('in %s: one column per route, every row, the map showing just those routes in their colours', async (lang) => {
    const t = LOCALES[lang].compare;
    const { page, errors, foreignRequests } = await atlas(size, lang);
    const view = page.getByTestId('compare-view');
    await view.waitFor();
    await expect.poll(() => page.locator('[data-testid="series-chart"]').first().getAttribute('data-state')).toBe('ready');
    await settle(page);

    // The columns: each route named under its colour, the same colour as its line on the map.
    const heads = page.locator('.compare-table thead th[data-route]');
    expect(await heads.evaluateAll((els) => els.map((e) => e.getAttribute('data-route')))).toEqual(PAIR);
    for (const [i, id] of PAIR.entries()) {
      const head = page.locator(`.compare-table thead th[data-route="${id}"]`);
      await expect.poll(() => head.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe(rgb(COMPARE_COLOURS[i]!));
    }
    // The rows, by name, in this language.
    const rows = await page.locator('.compare-table tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual(Object.values(t.row));
    expect(await page.locator('.compare-table tbody tr').first().locator('td').count()).toBe(2);

    // The map: the two routes in their colours, the others not drawn, only their names written.
    expect(await compareStates(page)).toEqual(Object.fromEntries(ALL_ROUTES.map((id) => [id, PAIR.includes(id) ? PAIR.indexOf(id) : -1])));
    const paint = await page.evaluate(() => {
      const map = window.__corridorAtlasMap;
      return { colour: JSON.stringify(map.getPaintProperty('route-line', 'line-color')), opacity: JSON.stringify(map.getPaintProperty('route-line', 'line-opacity')), labels: JSON.stringify(map.getFilter('route-label')) };
    });
    expect(paint.colour).toContain('["feature-state","compare"]');
    for (const c of COMPARE_COLOURS) expect(paint.colour).toContain(c);
    expect(paint.opacity).toContain('-1],0');
    expect(paint.labels).toContain(JSON.stringify(['literal', PAIR]));
    await expectInView(page, linesOf(PAIR), `the comparison at ${size.name} in ${lang}`);

    // The table scrolls sideways where it does not fit (a phone), and the row names stay on the start side.
    const scroller = page.getByTestId('compare-scroll');
    const fits = await scroller.evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
    if (size.width < 760) expect(fits, 'the table scrolls sideways on a phone').toBe(false);
    if (!fits) {
      await scroller.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
      const before = await page.locator('.compare-table tbody th').first().boundingBox();
      await scroller.evaluate((e, rtl) => { e.scrollLeft = rtl ? -120 : 120; }, lang === 'ar');
      await expect.poll(() => scroller.evaluate((e) => Math.abs(e.scrollLeft))).toBeGreaterThan(60);
      const after = await page.locator('.compare-table tbody th').first().boundingBox();
      expect(after!.x).toBeCloseTo(before!.x, 0);
      const box = (await scroller.boundingBox())!;
      // English: the row names at the left edge; Arabic: at the right.
      if (lang === 'ar') expect(after!.x + after!.width).toBeCloseTo(box.x + box.width - 1, -1);
      else expect(after!.x).toBeCloseTo(box.x + 1, -1);
      // A data cell has moved under them.
      const cell = await page.locator('.compare-table tbody td').first().boundingBox();
      expect(lang === 'ar' ? cell!.x + cell!.width > after!.x + 20 : cell!.x < after!.x + after!.width - 20).toBe(true);
    }
    await page.screenshot({ path: `e2e/artifacts/compare-${size.width}-${lang}.png` });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('choosing routes to compare', () => {
  it('from the route list (Compare mode), and Back leaves the comparison', async () => {
    const { page, errors } = await atlas(projector, 'en');
    await visit(page, '');
    await page.getByTestId('compare-mode').click();
    await page.locator('label[data-pick="trans-caspian"] input').check();
    await expect.poll(() => page.getByTestId('compare-go').isDisabled()).toBe(true);
    await page.locator('label[data-pick="cku-railway"] input').check();
    await page.getByTestId('compare-go').click();
    await page.getByTestId('compare-view').waitFor();
    // The button that opened it is gone: the focus is on the comparison's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compare-title');
    expect(new URL(page.url()).searchParams.get('compare')).toBe('trans-caspian,cku-railway');
    await settle(page);
    expect((await compareStates(page))['trans-caspian']).toBe(0);
    expect((await compareStates(page))['cagp-abc']).toBe(-1);
    await expectInView(page, linesOf(PAIR), 'a comparison chosen from the list');

    // A third route from the view itself, then Back twice: the pair, then no comparison.
    await page.getByTestId('compare-add').selectOption('china-europe-rail');
    await expect.poll(() => page.locator('.compare-table thead th[data-route]').count()).toBe(3);
    await page.goBack();
    await expect.poll(() => page.locator('.compare-table thead th[data-route]').count()).toBe(2);
    await page.goBack();
    await expect.poll(() => page.getByTestId('compare-view').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    await expect.poll(() => compareStates(page)).toEqual(Object.fromEntries(ALL_ROUTES.map((id) => [id, -2])));
    expect(await page.locator('[data-route="cku-railway"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('from a route’s panel (“Compare with…”), and the button leaves it for the route again', async () => {
    const { page, errors } = await atlas(phone, 'ar');
    await visit(page, '&route=cku-railway');
    await page.getByTestId('compare-with').click();
    await page.locator('[data-compare-with="trans-caspian"]').click();
    await page.getByTestId('compare-view').waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBe(PAIR.join(','));
    await settle(page);
    await expectInView(page, linesOf(PAIR), 'a comparison chosen from the route panel, on a phone in Arabic');
    await page.getByRole('button', { name: ar.compare.leave }).click();
    await page.getByTestId('route-detail').waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    await expect.poll(() => compareStates(page)).toEqual(Object.fromEntries(ALL_ROUTES.map((id) => [id, -2])));
    expect(errors).toEqual([]);
  });
});

describe('numbers as charts', () => {
  it.each(['en', 'ar'] as const)('in %s: every year of a series is reached with the keyboard and announced with its value and unit', async (lang) => {
    const l = LOCALES[lang];
    const { page, errors } = await atlas(projector, lang);
    await visit(page, '&route=trans-caspian');
    const chart = page.getByTestId('series-chart').first();
    await expect.poll(() => chart.getAttribute('data-state')).toBe('ready');
    const slider = chart.getByTestId('series-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    // Forward in time is the arrow that points with the time axis: right in English, left in Arabic.
    const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const heard: string[] = [];
    for (let i = 0; i < 7; i++) {
      heard.push((await slider.getAttribute('aria-valuetext'))!);
      expect(await chart.getByTestId('series-readout').textContent()).toBe(heard.at(-1));
      await page.keyboard.press(forward);
    }
    // Fractions of a million tonnes take the other form in both languages.
    const unit = (v: string) => l.unit['mt-per-year_other'].replace('{{value}}', v);
    expect(heard).toEqual([
      `2019: ${unit('0.759')}`, `2020: ${unit('0.783')}`, `2021: ${unit('0.586')}`, `2022: ${unit('1.485')}`,
      `2023: ${unit('2.764')}`, `2024: ${unit('4.484')}`, `2025: ${unit('4.119')}`,
    ]);
    expect(await slider.getAttribute('aria-valuenow')).toBe('2025');
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuenow')).toBe('2019');
    // The same figures as a table for screen readers.
    expect(await chart.locator('[data-testid="series-table"] tbody tr').count()).toBe(7);
    // Time runs right to left in Arabic: the canvas's last year label is at the left.
    const pointer = await chart.locator('.series-slider').boundingBox();
    await page.mouse.move(pointer!.x + pointer!.width * 0.9, pointer!.y + pointer!.height / 2);
    await expect.poll(() => chart.getByTestId('series-readout').textContent()).toMatch(lang === 'ar' ? /^2019/ : /^2025/);
    expect(errors).toEqual([]);
  });

  it('with Arabic-Indic digits, the values and years follow the setting', async () => {
    // Last on its page: the digits are a setting, kept in the browser.
    const { page } = await atlas(projector, 'ar');
    await visit(page, '&route=trans-caspian');
    await page.evaluate((key) => localStorage.setItem(key, 'arab'), 'corridor-atlas:digits');
    await reload(page, 'map');
    const slider = page.getByTestId('series-slider').first();
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toBe(`٢٠٢٥: ${ar.unit['mt-per-year_other'].replace('{{value}}', '٤٫١١٩')}`);
  });

  it('loads the chart code only when a chart is shown, and the comparison code only for a comparison', async () => {
    const asked: string[] = [];
    const { page } = await openAtlas(browser(), base, {
      size: projector,
      // What the page asks for (the offline precache, once registered, fetches everything from the service worker).
      prepare: (p) => p.on('request', (r) => { if (!r.serviceWorker()) asked.push(new URL(r.url()).pathname); }),
    });
    expect(asked.filter((p) => /seriesPlot|CompareView/.test(p))).toEqual([]);
    await page.locator('[data-route="trans-caspian"]').click();
    await expect.poll(() => page.getByTestId('series-chart').first().getAttribute('data-state')).toBe('ready');
    expect(asked.some((p) => /seriesPlot-[\w-]+\.js$/.test(p))).toBe(true);
    expect(asked.some((p) => /CompareView/.test(p))).toBe(false);
  });
});

describe('a comparison as a picture', () => {
  it('exports the compared routes in their colours, with a legend naming them', async () => {
    const { page, errors } = await atlas(projector, 'en');
    await visit(page, `&compare=${PAIR.join(',')}`);
    await page.getByTestId('compare-view').waitFor();
    await page.locator('#tab-share').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId('png-screen').click()]);
    const png = readFileSync((await download.path())!);
    writeFileSync('e2e/artifacts/compare-export-en.png', png);
    const rec = (await page.evaluate(() => window.__corridorAtlasLastExport))!;
    const named = rec.legend.filter((r) => r.type === 'compare').map((r) => r.label.en);
    expect(named).toEqual([expect.stringContaining('CKU railway'), expect.stringContaining('Middle Corridor'), en.legend.seaLeg]);
    // Both colours are drawn in the image (the lines and their legend swatches).
    const whole = { left: 0, top: 0, right: rec.size.width, bottom: rec.size.height };
    const counts = await Promise.all(COMPARE_COLOURS.slice(0, 2).map(async (hex) => (await measurePng(page, png, { near: { hex, rects: [whole], radius: 0, tolerance: 30 } })).inRects[0]!));
    for (const n of counts) expect(n).toBeGreaterThan(40);
    await page.screenshot({ path: 'e2e/artifacts/compare-share-en.png' });
    expect(errors).toEqual([]);
  });
});
