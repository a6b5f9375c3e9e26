// After one visit the app works with the network cut: map, labels, fonts and data.
import { describe, expect, inject, it } from 'vitest';
import { waitForMapReady, sharedBrowser } from './browser';

const base = inject('baseUrl');
const browser = sharedBrowser();

describe('offline', () => {
  it('loads and reaches map-ready with the network cut, after one visit', async () => {
    // No request routing on this page: Playwright's routing would bypass the service worker.
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/?lang=ar&route=cku-railway`);
    await waitForMapReady(page);
    // The worker registers after map-ready; once it is activated its precache is complete.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');

    await browser().context.setOffline(true);
    try {
      await page.reload();
      await waitForMapReady(page);
      expect(await page.evaluate(() => performance.getEntriesByName('app:map-ready').length)).toBe(1);
      expect(await page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
      // The bundled Arabic font came from the cache, not from the machine.
      expect(await page.evaluate(() => document.fonts.check('16px "Atlas Sans"', 'قازاقستان'))).toBe(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      expect(errors).toEqual([]);
      await page.screenshot({ path: 'e2e/artifacts/offline-ar.png' });
    } finally {
      await browser().context.setOffline(false);
      await page.close();
    }
  });
});
