// Share, export and print: images, citation, link and data download, in both languages (the
// handout is handout.e2e.ts). The tests of a language share one page, moving as a link would.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExportRecord } from '../src/export/image';
import ar from '../src/i18n/locales/ar.json';
import { mercX, mercY } from '../src/view/bounds';
import type { Rect } from '../src/map/camera/freeArea';
import { imageStats, measurePng, sharedBrowser, type PngRect } from './browser';
import { openAtlas, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser();
const english = sharedAtlas(base, { lang: 'en', query: '&route=cku-railway&panel=share' });
const arabic = sharedAtlas(base, { lang: 'ar', query: '&route=trans-caspian&panel=share' });

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function exportPng(page: Page, testId: 'png-slide' | 'png-screen'): Promise<Buffer> {
  // The record read after it must be this export's.
  await page.evaluate(() => { delete window.__corridorAtlasLastExport; });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId(testId).click()]);
  return readFileSync((await download.path())!);
}

/** What the app recorded of the export it just made: the camera, the covers, the legend rows. */
async function lastExport(page: Page): Promise<ExportRecord> {
  const rec = await page.evaluate(() => window.__corridorAtlasLastExport);
  expect(rec).toBeTruthy();
  return rec!;
}

/** The route's drawn line in image pixels, projected with the export's own camera, sampled densely. */
function routeInImage(rec: ExportRecord, id: string): { x: number; y: number }[] {
  const legs = JSON.parse(readFileSync(`data/routes/${id}.geojson`, 'utf8')).features as { geometry: { coordinates: [number, number][] } }[];
  const { center, zoom, padding } = rec.camera;
  const css = { width: rec.size.width / rec.pixelRatio, height: rec.size.height / rec.pixelRatio };
  const scale = 512 * 2 ** zoom;
  const ax = (padding.left + css.width - padding.right) / 2;
  const ay = (padding.top + css.height - padding.bottom) / 2;
  const project = ([lon, lat]: [number, number]) => ({
    x: (ax + (mercX(lon) - mercX(center[0])) * scale) * rec.pixelRatio,
    y: (ay + (mercY(lat) - mercY(center[1])) * scale) * rec.pixelRatio,
  });
  const out: { x: number; y: number }[] = [];
  for (const leg of legs) {
    const pts = leg.geometry.coordinates.map(project);
    pts.slice(1).forEach((b, i) => {
      const a = pts[i]!;
      for (let k = 0; k <= 10; k++) out.push({ x: a.x + ((b.x - a.x) * k) / 10, y: a.y + ((b.y - a.y) * k) / 10 });
    });
  }
  return out;
}

const grow = (r: Rect, by: number): Rect => ({ left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by });
const inside = (p: { x: number; y: number }, r: Rect) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/** Share of the points that have a pixel near `hex` within `radius` px, and the count of such pixels in each rectangle. */
async function colourAt(page: Page, png: Buffer, hex: string, points: { x: number; y: number }[], rects: PngRect[], radius = 6, tolerance = 40): Promise<{ hits: number; inRects: number[] }> {
  const { hits, inRects } = await measurePng(page, png, { near: { hex, points, rects, radius, tolerance } });
  return { hits, inRects };
}

/**
 * The route lies in the free part of the image: clear of the title band, the legend, the scale bar
 * and the attribution by more than half its drawn width, and where the record says it is.
 */
async function expectRouteClear(page: Page, png: Buffer, rec: ExportRecord, id: string, colour: string) {
  const line = routeInImage(rec, id);
  expect(line.length).toBeGreaterThan(20);
  // The selected route's casing is 6.5 × 1.7 CSS px wide: half of it, in image pixels, and a little more.
  const half = 6.5 * 1.7 * rec.pixelRatio / 2 + 2;
  const covers = [rec.covers.band, rec.covers.legend, rec.covers.scale, rec.covers.north, rec.covers.attribution].filter((r): r is Rect => r !== null);
  for (const p of line) {
    expect(inside(p, { left: half, top: half, right: rec.size.width - half, bottom: rec.size.height - half })).toBe(true);
    for (const c of covers) expect(inside(p, grow(c, half)), `(${Math.round(p.x)}, ${Math.round(p.y)}) is under a cover`).toBe(false);
  }
  // The free area the camera framed into is clear of the covers, and holds the route.
  const pad = rec.camera.padding;
  const free = { left: pad.left * rec.pixelRatio, top: pad.top * rec.pixelRatio, right: rec.size.width - pad.right * rec.pixelRatio, bottom: rec.size.height - pad.bottom * rec.pixelRatio };
  for (const c of covers) expect(free.left >= c.right - 0.5 || free.right <= c.left + 0.5 || free.top >= c.bottom - 0.5 || free.bottom <= c.top + 0.5).toBe(true);
  for (const p of line) expect(inside(p, free)).toBe(true);
  // The record is the camera that drew the image: the route's colour is there along the projected line.
  const { hits } = await colourAt(page, png, colour, line, []);
  expect(hits).toBeGreaterThan(0.6);
}

describe('export', () => {
  it('exports a 1920×1080 slide with title, legend and map: the route clear of the title and legend, labels at 1.5×, a legend of what is shown', async () => {
    const { page, errors } = await english();
    await page.getByTestId('share').waitFor();
    const png = await exportPng(page, 'png-slide');
    writeFileSync('e2e/artifacts/export-slide-en.png', png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const whole = await imageStats(page, png, [0, 0, 1, 1]);
    expect(whole.colours).toBeGreaterThan(200);
    // English: title top-left, legend bottom-left.
    expect((await imageStats(page, png, [0, 0, 0.3, 0.08])).ink).toBeGreaterThan(0.02);
    expect((await imageStats(page, png, [0, 0.75, 0.2, 0.2])).colours).toBeGreaterThan(20);
    const rec = await lastExport(page);
    expect(rec.covers.legend!.left).toBeLessThan(100);
    // Readable from the back of the room: a 1280×720 map drawn at 1.5×, so 11.5 px place names come out at 17 px.
    expect(rec.pixelRatio).toBe(1.5);
    expect(11.5 * rec.pixelRatio).toBeGreaterThanOrEqual(17);
    await expectRouteClear(page, png, rec, 'cku-railway', '#d55e00');
    // The legend lists the selected railway with its status, and no kind that is not shown.
    const routes = rec.legend.filter((r) => r.type === 'route');
    expect(routes.map((r) => r.label.en)).toEqual(['Railway · Under construction']);
    expect(rec.legend.map((r) => r.kind)).toContain('highlight');
    expect(rec.legend.some((r) => /pipeline|corridor|highway|ferry/i.test(r.label.en))).toBe(false);
    // In the image: the railway's orange is in the legend box, the gas pipelines' blue is not.
    const [gasInLegend] = (await colourAt(page, png, '#0072b2', [], [rec.covers.legend!], 0, 30)).inRects;
    const [railInLegend] = (await colourAt(page, png, '#d55e00', [], [rec.covers.legend!], 0, 30)).inRects;
    expect(gasInLegend).toBe(0);
    expect(railInLegend).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  }, 90_000);

  it('frames an Arabic slide into the free part of the mirrored layout', async () => {
    const { page, errors } = await arabic();
    await page.getByTestId('share').waitFor();
    const png = await exportPng(page, 'png-slide');
    writeFileSync('e2e/artifacts/export-slide-ar.png', png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const rec = await lastExport(page);
    expect(rec.pixelRatio).toBe(1.5);
    // Mirrored: the legend in the bottom right corner, the scale bar in the bottom left.
    expect(rec.covers.legend!.right).toBeGreaterThan(1820);
    expect(rec.covers.scale.left).toBeLessThan(100);
    expect((await imageStats(page, png, [0.7, 0, 0.28, 0.08])).ink).toBeGreaterThan(0.02);
    await expectRouteClear(page, png, rec, 'trans-caspian', '#009e73');
    const routes = rec.legend.filter((r) => r.type === 'route');
    expect(routes.map((r) => r.kind)).toEqual(['transport-corridor', 'transport-corridor']);
    expect(rec.legend.map((r) => r.label.ar)).toContain(ar.legend.seaLeg);
    expect(rec.legend.some((r) => /Railway|pipeline|Highway/.test(r.label.en))).toBe(false);
    const [gasInLegend] = (await colourAt(page, png, '#0072b2', [], [rec.covers.legend!], 0, 30)).inRects;
    expect(gasInLegend).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);

  it('lays an Arabic export out from the right', async () => {
    const { page, errors } = await arabic();
    await visit(page, '&route=cagp-abc&panel=share');
    await page.getByTestId('share').waitFor();
    await page.getByRole('checkbox', { name: 'العنوان ومفتاح الخريطة باللغتين' }).check();
    const png = await exportPng(page, 'png-screen');
    writeFileSync('e2e/artifacts/export-screen-ar-bilingual.png', png);
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(1000);
    // At screen size and scale: the map as large as on screen, drawn at 1×.
    const rec = await lastExport(page);
    expect(rec.pixelRatio).toBe(1);
    expect(rec.size).toEqual(await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]')!;
      return { width: el.clientWidth, height: el.clientHeight };
    }));
    expect(size).toEqual(rec.size);
    // A bilingual legend is wide: it stays clear of the scale bar and north arrow in the other corner.
    const apart = (a: Rect, b: Rect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart(rec.covers.legend!, rec.covers.scale)).toBe(true);
    expect(apart(rec.covers.legend!, rec.covers.north)).toBe(true);
    // The title starts at the right edge; the left edge of the band stays empty.
    const right = (await imageStats(page, png, [0.88, 0, 0.1, 0.08])).ink;
    expect(right).toBeGreaterThan(0.02);
    // The legend box sits in the bottom right corner.
    const legendRight = (await imageStats(page, png, [0.8, 0.75, 0.18, 0.2])).colours;
    expect(legendRight).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('cites the view with its deep link and sources, in Arabic', async () => {
    const { page, errors } = await arabic();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, '&route=cku-railway&panel=share');
    await page.getByTestId('cite-ar').click();
    const text = await page.getByTestId('citation').inputValue();
    const href = await page.evaluate(() => location.href);
    expect(text).toContain(href);
    expect(text).toContain('خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان');
    expect(text).toContain('Railway Gazette');
    expect(text).toMatch(/تاريخ الاطلاع/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(errors).toEqual([]);
  });

  it('downloads the routes shown as GeoJSON with a licence note', async () => {
    const { page, errors } = await openAtlas(browser(), base, { query: '&layers=railway,places&panel=share' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('geojson').click()]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.type).toBe('FeatureCollection');
    expect(data.license).toMatch(/CC BY/);
    const routes = new Set(data.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString').map((f: { properties: { id: string } }) => f.properties.id));
    expect([...routes].sort()).toEqual(['china-europe-rail', 'cku-railway']);
    expect(data.features.some((f: { properties: { id: string } }) => f.properties.id === 'torugart')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('copies a link that restores the view', async () => {
    const { page, errors } = await arabic();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, '&route=trans-caspian&panel=share');
    // The camera goes into the link only once the user has moved the map: drag it a little.
    const map = (await page.getByTestId('map').boundingBox())!;
    const [x, y] = [map.x + map.width * 0.3, map.y + map.height * 0.5];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y + 20, { steps: 6 });
    await page.mouse.move(x + 80, y + 40, { steps: 6 });
    await page.mouse.up();
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('نُسخ الرابط.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('route=trans-caspian');
    expect(link).toContain('lang=ar');
    expect(link).toContain('map=');
    expect(link).not.toContain('panel=share');
    expect(errors).toEqual([]);
  });
});
