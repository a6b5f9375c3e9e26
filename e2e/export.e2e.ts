// Share, export and print: images, handout PDF, citation and data download, in both languages.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapReady, sharedBrowser, imageStats } from './browser';

const base = inject('baseUrl');
const browser = sharedBrowser();
beforeAll(async () => {
  await browser().context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function exportPng(page: Page, testId: 'png-slide' | 'png-screen'): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId(testId).click()]);
  return readFileSync((await download.path())!);
}

describe('export', () => {
  it('exports a 1920×1080 slide with title, legend and map', async () => {
    const { page, errors } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=en&route=cku-railway&panel=share`);
    await waitForMapReady(page);
    await page.getByTestId('share').waitFor();
    const png = await exportPng(page, 'png-slide');
    writeFileSync('e2e/artifacts/export-slide-en.png', png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const whole = await imageStats(page, png, [0, 0, 1, 1]);
    expect(whole.colours).toBeGreaterThan(200);
    // English: title top-left, legend bottom-left.
    expect((await imageStats(page, png, [0, 0, 0.3, 0.08])).ink).toBeGreaterThan(0.02);
    expect((await imageStats(page, png, [0, 0.75, 0.2, 0.2])).colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays an Arabic export out from the right', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=ar&route=cagp-abc&panel=share`);
    await waitForMapReady(page);
    await page.getByTestId('share').waitFor();
    await page.getByRole('checkbox').check();
    const png = await exportPng(page, 'png-screen');
    writeFileSync('e2e/artifacts/export-screen-ar-bilingual.png', png);
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(1000);
    // The title starts at the right edge; the left edge of the band stays empty.
    const right = (await imageStats(page, png, [0.88, 0, 0.1, 0.08])).ink;
    expect(right).toBeGreaterThan(0.02);
    // The legend box sits in the bottom right corner.
    const legendRight = (await imageStats(page, png, [0.8, 0.75, 0.18, 0.2])).colours;
    expect(legendRight).toBeGreaterThan(20);
    await page.close();
  });

  it('prints the handout with one page per slide', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?mode=handout&lang=en`);
    await page.waitForSelector('[data-testid="handout"][data-ready="true"]', { timeout: 120_000 });
    const slides = await page.locator('.handout-page').count();
    expect(slides).toBeGreaterThanOrEqual(10);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages).toBe(slides);
    await page.screenshot({ path: 'e2e/artifacts/handout-en.png' });
  }, 180_000);

  it('cites the view with its deep link and sources, in Arabic', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=ar&route=cku-railway&panel=share`);
    await waitForMapReady(page);
    await page.getByTestId('cite-ar').click();
    const text = await page.getByTestId('citation').inputValue();
    const href = await page.evaluate(() => location.href);
    expect(text).toContain(href);
    expect(text).toContain('سكة حديد الصين');
    expect(text).toContain('Railway Gazette');
    expect(text).toMatch(/تاريخ الاطلاع/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('downloads the routes shown as GeoJSON with a licence note', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=en&layers=railway,places&panel=share`);
    await waitForMapReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('geojson').click()]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.type).toBe('FeatureCollection');
    expect(data.license).toMatch(/CC BY/);
    const routes = new Set(data.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString').map((f: { properties: { id: string } }) => f.properties.id));
    expect([...routes].sort()).toEqual(['china-europe-rail', 'cku-railway']);
    expect(data.features.some((f: { properties: { id: string } }) => f.properties.id === 'torugart')).toBe(true);
  });

  it('copies a link that restores the view', async () => {
    const { page } = await openPage(browser(), base);
    await page.goto(`${base}/?lang=ar&route=trans-caspian&panel=share`);
    await waitForMapReady(page);
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('نُسخ الرابط.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('route=trans-caspian');
    expect(link).toContain('lang=ar');
    expect(link).toContain('map=');
  });
});
