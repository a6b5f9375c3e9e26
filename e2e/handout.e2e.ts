// The printable handout of the deck: one page per slide, each with its map, printed to PDF. A file
// of its own: drawing sixteen slide maps off-screen is the longest wait of the suite.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { openAtlas } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser();

describe('the handout', () => {
  it('prints the handout with one page per slide', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: null, query: '?mode=handout&lang=en', until: '[data-testid="handout"][data-ready="true"]', timeout: 200_000 });
    const slides = await page.locator('.handout-page').count();
    expect(slides).toBeGreaterThanOrEqual(10);
    // Every page has its slide's map.
    await expect.poll(() => page.locator('.handout-page img.handout-map').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length)).toBe(slides);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages).toBe(slides);
    await page.screenshot({ path: 'e2e/artifacts/handout-en.png' });
    expect(errors).toEqual([]);
  }, 240_000);
});
