// A new release reaches a returning user at the start of a visit, whole: never old and new files
// mixed in one page. Version 2 is a real second build (one route renamed in a copy of data/),
// served from the same origin once version 1 has been visited and installed for offline use.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from './browser';
import { mapReady, openAtlas, reload } from './driver';

const V2_NAME = 'China–Kyrgyzstan–Uzbekistan Railway (release 2)';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

let tmp = '';
let root = '';
let server: Server | undefined;
let base = '';
let browser: Browser | undefined;
/** Paths the server answers with 404 once, as a release's purge would. */
const missingOnce = new Set<string>();

/** Serves whatever release is in `root` now; the deploy is swapping that folder. */
function startServer(): Promise<void> {
  server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(root) || !existsSync(file) || missingOnce.delete(pathname)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', resolve));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-release-'));
  const data = path.join(tmp, 'data');
  cpSync('data', data, { recursive: true });
  const routeFile = path.join(data, 'routes', 'cku-railway.geojson');
  const route = JSON.parse(readFileSync(routeFile, 'utf8')) as { properties: { name: { en: string } } };
  route.properties.name.en = V2_NAME;
  writeFileSync(routeFile, JSON.stringify(route));
  execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', path.join(tmp, 'v2'), '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, ATLAS_DATA_DIR: data },
    stdio: 'pipe',
  });
  root = path.resolve(process.env.ATLAS_DIST ?? 'dist');
  await startServer();
  base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  browser = await launch({ scale: 0.5 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A visit of the atlas, its page errors added to `errors`; if the map never gets ready, says which files of which release were missing. */
async function openVisit(errors: string[], on: Browser = browser!, until: 'map' | 'commit' = 'map'): Promise<Page> {
  const missing: string[] = [];
  let page: Page | undefined;
  try {
    // No request routing: Playwright's routing would bypass the service worker.
    const atlas = await openAtlas(on, base, {
      route: false,
      until,
      prepare: (p) => {
        page = p;
        p.on('pageerror', (e) => errors.push(e.message));
        p.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}${r.fromServiceWorker() ? ' (service worker)' : ''}`); });
        p.on('requestfailed', (r) => missing.push(`failed ${r.url()}`));
      },
    });
    return atlas.page;
  } catch (e) {
    if (!page) throw e;
    throw new Error(`${(e as Error).message}\nmissing: ${missing.join('; ') || 'nothing'}\npage errors: ${errors.join('; ') || 'none'}`, { cause: e });
  }
}

const routeName = (page: Page) => page.locator('button[data-route="cku-railway"]').textContent();

/** Every script the page ran is a file of `release`, and nothing else. */
async function scriptsOutside(page: Page, release: string): Promise<string[]> {
  const paths = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').filter((e) => /\.m?js$/.test(new URL(e.name).pathname)).map((e) => new URL(e.name).pathname),
    ...[...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : '')).filter(Boolean),
  ]);
  return paths.filter((p) => !existsSync(path.join(release, p)));
}

describe('a new release', () => {
  it('is taken at the start of a visit, whole, and the old one is never mixed in', async () => {
    const errors: string[] = [];
    const v1 = root;
    const v2 = path.join(tmp, 'v2');

    // Visit 1: release 1, installed for offline use.
    let page = await openVisit(errors);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
    expect(await routeName(page)).not.toContain('release 2');
    await page.close();

    // Release 2 is deployed. Visit 2 starts from the offline copy of release 1 while release 2
    // installs; the page may switch to release 2 while nobody has touched it yet.
    root = v2;
    page = await openVisit(errors);
    const shown = await routeName(page);
    expect(await scriptsOutside(page, shown?.includes('release 2') ? v2 : v1)).toEqual([]);
    await expect.poll(async () => {
      try {
        if ((await routeName(page))?.includes('release 2')) return true;
        return await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      } catch {
        return false; // the page reloading itself into release 2
      }
    }, { timeout: 40_000 }).toBe(true);
    await page.close();

    // Visit 3: release 2, with every script from release 2.
    page = await openVisit(errors);
    expect(await routeName(page)).toContain(V2_NAME);
    expect(await scriptsOutside(page, v2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('a page that opens as the old release\'s last tab closes runs the new release whole', async () => {
    const v1 = path.resolve(process.env.ATLAS_DIST ?? 'dist');
    const v2 = path.join(tmp, 'v2');
    root = v1;
    const fresh = await launch({ scale: 0.5 });
    const errors: string[] = [];
    try {
      // Tab A: release 1, installed; then release 2 is deployed and found, and waits, since A is in use.
      const a = await openVisit(errors, fresh);
      await expect.poll(() => a.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
      // Only a page loaded under the worker is its client (the first visit is not): load A again.
      await reload(a, 'map');
      expect(await a.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      await a.mouse.click(5, 300);
      root = v2;
      await a.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
      await expect.poll(() => a.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 40_000 }).toBe(true);

      // Tab B opens while A is still open, so release 1's worker answers it; then A closes, and
      // release 2 takes over under B, dropping release 1's files that B is still loading.
      const b = await openVisit(errors, fresh, 'commit');
      await a.close();
      await expect.poll(async () => {
        try {
          return (await routeName(b))?.includes(V2_NAME) ?? false;
        } catch {
          return false; // B reloading itself into release 2
        }
      }, { timeout: 45_000 }).toBe(true);
      await mapReady(b);
      expect(await scriptsOutside(b, v2)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 150_000);

  it('a page that cannot load its own script loads itself once more, and then works', async () => {
    root = path.resolve(process.env.ATLAS_DIST ?? 'dist');
    const entry = /src="\.(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(path.join(root, 'index.html'), 'utf8'))![1]!;
    const fresh = await launch({ scale: 0.5 });
    try {
      missingOnce.add(entry);
      const errors: string[] = [];
      const page = await openVisit(errors, fresh, 'map');
      expect(missingOnce.has(entry), 'the entry script was asked for and missed').toBe(false);
      expect(await routeName(page)).toBeTruthy();
      expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON().type)).toBe('reload');
      expect(errors).toEqual([]);
    } finally {
      missingOnce.clear();
      await fresh.close();
    }
  }, 60_000);
});
