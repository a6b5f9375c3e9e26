// Hosted where a newsroom hosts its graphics: the same build, served from a folder of a site
// (/graphics/corridor-atlas/) rather than from its root. Everything it asks for stays in that folder;
// after one visit it works offline there, deep links included.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { sharedBrowser } from './browser';
import { openAtlas } from './driver';

const FOLDER = '/graphics/corridor-atlas/';
const browser = sharedBrowser({ scale: 0.5 });
let server: PreviewServer | undefined;
let origin = '';
const ONE_FILE = path.resolve(process.env.ATLAS_ONE_FILE ?? 'dist-file/corridor-atlas.html');
// The host's folder: the built app, and the one-file atlas put beside it (README, "Host it").
const folder = mkdtempSync(path.join(os.tmpdir(), 'corridor-atlas-host-'));

beforeAll(async () => {
  cpSync(path.resolve(process.env.ATLAS_DIST ?? 'dist'), folder, { recursive: true });
  cpSync(ONE_FILE, path.join(folder, 'corridor-atlas.html'));
  // Only the built files under a base path; no plugins of the project's config are needed to serve them.
  server = await preview({
    configFile: false, base: FOLDER, logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: folder },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  origin = new URL(url).origin;
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('served from a sub-path', () => {
  it('reaches ready from a deep link, keeps every request in its folder, and works offline after one visit', async () => {
    const context = browser().context;
    const failed: string[] = [];
    try {
      // Every request stays in the folder; no routing, which would bypass the service worker.
      const atlas = await openAtlas(browser(), origin + FOLDER, {
        url: `${origin}${FOLDER}?lang=ar&route=trans-caspian`, route: false, until: 'map',
        prepare: (p) => {
          p.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
          p.on('requestfailed', (r) => failed.push(r.url()));
        },
      });
      const { page, errors, foreignRequests: outside } = atlas;
      expect(await page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
      expect(await page.evaluate(() => document.fonts.check('16px "Atlas Sans"', 'قازاقستان'))).toBe(true);

      // The offline worker belongs to the folder, not to the site.
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(origin + FOLDER);
      // The manifest and its icons resolve inside the folder.
      const icons = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
        const manifest = await (await fetch(link.href)).json() as { icons: { src: string }[]; start_url: string };
        const urls = [new URL(manifest.start_url, link.href).href, ...manifest.icons.map((i) => new URL(i.src, link.href).href)];
        // Each body read to the end: a download cut short by the next navigation would count as failed.
        return Promise.all(urls.map(async (u) => { const r = await fetch(u); await r.arrayBuffer(); return [u, r.status] as const; }));
      });
      for (const [url, status] of icons) {
        expect(url.startsWith(origin + FOLDER)).toBe(true);
        expect(status).toBe(200);
      }

      // The host offers the one-file atlas beside the app: the Share tab says so, with its size.
      await page.getByRole('tab', { name: 'مشاركة' }).click();
      const offer = page.getByTestId('one-file-download');
      await expect.poll(() => offer.getAttribute('href')).toBe(`${origin}${FOLDER}corridor-atlas.html`);
      expect(await offer.textContent()).toMatch(/[٠-٩0-9]/);
      const [download] = await Promise.all([page.waitForEvent('download'), offer.click()]);
      const saved = await download.path();
      expect(readFileSync(saved).equals(readFileSync(ONE_FILE))).toBe(true);

      // Another deep link, opened with the network cut: served from the folder's cache.
      await context.setOffline(true);
      await openAtlas(browser(), origin + FOLDER, { page: atlas, url: `${origin}${FOLDER}?lang=en&route=cku-railway&year=2014`, until: 'map' });
      await expect.poll(() => page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/Railway/);
      expect(page.url()).toContain('year=2014');
      await page.screenshot({ path: 'e2e/artifacts/subpath-offline.png' });

      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});
