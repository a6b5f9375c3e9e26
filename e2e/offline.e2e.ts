// After one visit the app works with the network cut: map, labels, fonts and data.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { openAtlas, reload } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });

describe('offline', () => {
  it('loads and reaches map-ready with the network cut, after one visit', async () => {
    // No request routing on this page: Playwright's routing would bypass the service worker.
    const { page, errors } = await openAtlas(browser(), base, { lang: 'ar', query: '&route=cku-railway', route: false, until: 'map' });
    // The worker registers after map-ready; once it is activated its precache is complete.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');

    await browser().context.setOffline(true);
    // What the app needed, and where each answer came from: with the network cut, all of it must
    // come from the service worker's cache, and nothing may fail. (Not navigator.onLine: some
    // Chromium builds report true here although the network is cut.)
    const fromNetwork: string[] = [];
    const failed: string[] = [];
    page.on('response', (r) => { if (!r.fromServiceWorker() && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) fromNetwork.push(r.url()); });
    page.on('requestfailed', (r) => failed.push(r.url()));
    try {
      await reload(page, 'map');
      expect(await page.evaluate(() => performance.getEntriesByName('app:map-ready').length)).toBe(1);
      expect(await page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
      // The bundled Arabic font came from the cache, not from the machine.
      expect(await page.evaluate(() => document.fonts.check('16px "Atlas Sans"', 'قازاقستان'))).toBe(true);
      expect(fromNetwork).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
      await page.screenshot({ path: 'e2e/artifacts/offline-ar.png' });
    } finally {
      await browser().context.setOffline(false);
    }
  });
});
