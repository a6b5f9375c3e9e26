// The one-file atlas (`npm run build:file`), opened the way a presenter opens it from a USB stick:
// by its file: address, with the network cut and no server. Everything it needs is inside the file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { openAtlas } from './driver';

const file = path.resolve(process.env.ATLAS_ONE_FILE ?? 'dist-file/corridor-atlas.html');
const browser = sharedBrowser();

describe('the one-file atlas', () => {
  beforeAll(() => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:file\` first (npm test does).`);
  });

  it('opens from file:// with no network, switches language, opens a route and the briefing, and keeps a briefing of one\'s own', async () => {
    const context = browser().context;
    await context.setOffline(true);
    try {
      // Anything but the file itself and what it makes in memory would need a network or a server.
      const { page, errors, foreignRequests: elsewhere } = await openAtlas(browser(), pathToFileURL(file).href, {
        url: `${pathToFileURL(file).href}?lang=en`, size: { width: 1280, height: 720 }, route: false, until: 'map',
      });
      expect(await page.evaluate(() => performance.getEntriesByName('app:map-ready').length)).toBe(1);
      // The map drew something: its canvas is not blank.
      const png = await page.locator('.maplibregl-canvas').screenshot();
      expect(png.length).toBeGreaterThan(20_000);

      await page.getByRole('button', { name: 'العربية' }).click();
      await expect.poll(() => page.getByTestId('app').getAttribute('dir')).toBe('rtl');
      // The bundled Arabic font is in the file, not taken from the machine.
      await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Atlas Sans"', 'قازاقستان'))).toBe(true);

      await page.locator('button[data-route="cku-railway"]').click();
      await expect.poll(() => page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
      expect(page.url()).toContain('route=cku-railway');

      // The Share tab says what this file is and how to carry it.
      await page.getByRole('tab', { name: 'مشاركة' }).click();
      await expect.poll(() => page.getByTestId('offline-copy').textContent()).toContain('corridor-atlas.html');
      expect(await page.getByTestId('one-file-download').count()).toBe(0);

      await page.getByTestId('present').click();
      await expect.poll(() => page.getByTestId('briefing').isVisible()).toBe(true);
      expect(await page.locator('.slide-title').first().textContent()).toMatch(/[\u0600-\u06FF]/);
      await page.screenshot({ path: 'e2e/artifacts/onefile-briefing-ar.png' });

      // A briefing of one's own is kept by the file too: added, then found again after a reload.
      await page.keyboard.press('Escape');
      await page.getByTestId('add-to-briefing').click();
      await page.getByTestId('added').locator('button').first().click();
      await expect.poll(() => page.getByTestId('deck-status').getAttribute('data-status')).toBe('saved');
      await page.reload();
      await page.locator('#tab-decks').click();
      await expect.poll(() => page.getByTestId('deck-list').locator('li[data-deck^="d-"]').count()).toBe(1);

      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});
