// The atlas as a test drives it: open it at a size and language, go where a link or Back would go,
// wait for the camera to settle, and ask whether what was picked is in view — projected with the
// map's own `project`, and checked with `elementFromPoint`, so a panel, legend, card or control on
// top of it counts as out of view.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { sharedBrowser, type Browser, type LaunchOptions } from './browser';

export interface ScreenSize { width: number; height: number; name: string }
export const SIZES: ScreenSize[] = [
  { width: 390, height: 844, name: 'phone' },
  { width: 1024, height: 768, name: '1024×768' },
  { width: 1280, height: 720, name: 'projector' },
  { width: 1920, height: 1080, name: '1920×1080' },
];
export const LANGS = ['en', 'ar'] as const;

type LonLat = [number, number];
interface RouteFile { properties: { id: string; points: number[] }; features: { geometry: { coordinates: LonLat[] } }[] }
interface Deck { slides: { id: string; routes?: string[]; countries?: string[] }[] }
interface Countries { iso3: string; focus: boolean; label: LonLat }

const routesDir = path.resolve('data/routes');
export const ROUTES: RouteFile[] = readdirSync(routesDir).filter((f) => f.endsWith('.geojson'))
  .map((f) => JSON.parse(readFileSync(path.join(routesDir, f), 'utf8')) as RouteFile);
export const DECK: Deck = JSON.parse(readFileSync(path.resolve('data/briefing.json'), 'utf8')) as Deck;
export const SIX: Countries[] = (JSON.parse(readFileSync(path.resolve('data/countries.json'), 'utf8')) as Countries[]).filter((c) => c.focus);

export function linesOf(routeIds: readonly string[]): LonLat[][] {
  return ROUTES.filter((r) => routeIds.includes(r.properties.id)).flatMap((r) => r.features.map((f) => f.geometry.coordinates));
}
export const routesOfPoint = (point: number) => ROUTES.filter((r) => r.properties.points.includes(point)).map((r) => r.properties.id);

/** GPU driver chatter that is not an error of ours. */
const NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

export interface Atlas {
  page: Page;
  /** Console errors and warnings (`error: …`, `warning: …`) and uncaught exceptions (`pageerror: …`). */
  errors: string[];
  /** Requests that left the origin (aborted, unless `route: false`). */
  foreignRequests: string[];
}

export interface OpenOptions {
  /** The window; the browser's 1280×800 when not given. */
  size?: { width: number; height: number };
  /** The language first in the address (`?lang=ar…`); null for an address that names none. Default 'en'. */
  lang?: 'en' | 'ar' | null;
  /** The rest of the address: `&route=…` after the language, or the whole `?…` when `lang` is null. */
  query?: string;
  /** A whole address instead (a copied link, the one file, an article around an embed). */
  url?: string;
  /**
   * What the page must show before the test goes on: 'settled' (default: the map ready and its
   * camera at rest), 'map' (the map ready), a CSS selector, or 'load' / 'commit' (navigation only,
   * for a test about what comes before the map or instead of it).
   */
  until?: 'settled' | 'map' | 'load' | 'commit' | (string & {});
  /** How long `until` may take (the handout draws every slide). */
  timeout?: number;
  /**
   * Record foreign requests and abort them (default). Off where Playwright's routing would bypass
   * the service worker (offline, updates) or for a page on another origin: then they are recorded only.
   */
  route?: boolean;
  /** Runs on the new page before the address is opened: init scripts, request listeners. */
  prepare?: (page: Page) => Promise<unknown> | unknown;
  /** Navigate this page (already watched) instead of opening a new one. */
  page?: Atlas;
  /** A page the describe's tests share (sharedAtlas): not closed after each test. */
  keep?: boolean;
}

/** Waits until the app says its map is ready (`data-ready`), in a page or an iframe. */
export async function mapReady(where: Page | Frame, timeout = 45_000): Promise<void> {
  await where.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout });
}

/**
 * The one way the tests open the atlas: a page that records console errors, page errors and every
 * request that leaves `origin`, at a size, opened at an address, waited on until it shows `until`.
 */
export async function openAtlas(browser: Browser, origin: string, opts: OpenOptions = {}): Promise<Atlas> {
  const atlas = opts.page ?? await watch(browser, origin, opts.route ?? true);
  const { page } = atlas;
  if (opts.keep) browser.kept.add(page);
  if (opts.size) await page.setViewportSize({ width: opts.size.width, height: opts.size.height });
  await opts.prepare?.(page);
  const lang = opts.lang === undefined ? 'en' : opts.lang;
  const url = opts.url ?? `${origin}/${lang ? `?lang=${lang}${opts.query ?? ''}` : opts.query ?? ''}`;
  const until = opts.until ?? 'settled';
  await page.goto(url, { waitUntil: until === 'commit' ? 'commit' : 'load' });
  await waitUntil(page, until, opts.timeout);
  return atlas;
}

/** Reloads an open atlas page and waits as openAtlas does. */
export async function reload(page: Page, until: OpenOptions['until'] = 'settled'): Promise<void> {
  await page.reload();
  await waitUntil(page, until);
}

async function waitUntil(page: Page, until: NonNullable<OpenOptions['until']>, timeout = 45_000): Promise<void> {
  if (until === 'load' || until === 'commit') return;
  if (until === 'map' || until === 'settled') await mapReady(page, timeout);
  else await page.waitForSelector(until, { timeout });
  if (until === 'settled') await settle(page);
}

async function watch(browser: Browser, origin: string, route: boolean): Promise<Atlas> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !NOISE.some((n) => n.test(m.text()))) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const ours = (url: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
  if (route) {
    await page.route('**/*', (r) => {
      const url = r.request().url();
      if (ours(url)) return r.continue();
      foreignRequests.push(url);
      return r.abort();
    });
  } else {
    page.on('request', (r) => { if (!ours(r.url())) foreignRequests.push(r.url()); });
  }
  return { page, errors, foreignRequests };
}

/**
 * One atlas page for the tests of a file, in a browser of its own, opened by the first test that
 * asks and closed after the last; each test gets it with fresh error lists. Between tests, move with
 * `visit` (as a link or Back would), not with a new page: a page load to map-ready costs seconds
 * in software WebGL. Its own browser, because pages of one browser share storage and the briefing
 * channel (two windows in a briefing follow each other's slides) and the fake clock.
 */
export function sharedAtlas(origin: string, opts: OpenOptions = {}, launchOpts: LaunchOptions = {}): () => Promise<Atlas> {
  const browser = sharedBrowser(launchOpts);
  let opened: Promise<Atlas> | undefined;
  return async () => {
    opened ??= openAtlas(browser(), origin, { ...opts, keep: true });
    let atlas: Atlas;
    try {
      atlas = await opened;
    } catch (e) {
      opened = undefined;
      throw e;
    }
    if (atlas.page.isClosed()) throw new Error('the shared page was closed by an earlier test');
    atlas.errors.length = 0;
    atlas.foreignRequests.length = 0;
    return atlas;
  };
}

/** Goes where a link would, the way Back and Forward do: a new address and a popstate. */
export async function visit(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const lang = new URLSearchParams(location.search).get('lang');
    history.pushState(null, '', `${location.pathname}?lang=${lang}${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await settle(page);
}

/**
 * Waits until the map has taken in every change and its camera rests: the app marks the map
 * `data-camera="still"` then (camera/frame.ts). A change made by a click, a key or a new address
 * marks it `moving` at once (the store, and the cover watcher on any change to the page); one turn
 * of the page's task queue lets the last of those run before the mark is read. After a resize,
 * use `resize`, which also waits for the frame in which the page hears of it.
 */
export async function settle(page: Page | Frame): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  await page.waitForSelector('[data-testid="map"][data-camera="still"]', { timeout: 30_000 });
}

/** Resizes the page and waits for the frame in which the app hears of it (resize and ResizeObserver run there). */
export async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * Waits until the map has drawn everything it was asked to: one more frame is drawn, and then the
 * map says it is idle (no tiles, no data, no placement, no camera move pending). For questions to
 * what the map rendered (queryRenderedFeatures), after data or style changes.
 */
export async function mapIdle(page: Page | Frame): Promise<void> {
  await mapReady(page);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__corridorAtlasMap;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/**
 * The page's timers on Playwright's fake clock (Date, setTimeout, setInterval, requestAnimationFrame,
 * performance.now) for the kiosk's autoplay, the talk clock and Play. The clock belongs to the whole
 * browser context, so a file gives these tests a browser of their own. Installed before the address
 * is opened, the clock flows with real time (the map draws and gets ready as usual); `page.clock.runFor(ms)`
 * then passes ms at once, firing every timer due. Note that the fake `performance` has no entries
 * (no `app:map-ready` mark): those tests run on the real clock.
 */
export async function fakeClock(page: Page): Promise<void> {
  if (clocked.has(page.context())) return;
  clocked.add(page.context());
  await page.clock.install();
}
const clocked = new WeakSet<BrowserContext>();

export interface InView { share: number; total: number; misses: string[] }

/** The share of points along these lines (every ~0.1°) that land on the map with nothing of ours on top. */
export async function inView(page: Page, lines: LonLat[][]): Promise<InView> {
  return page.evaluate((lines) => {
    const map = window.__corridorAtlasMap;
    const canvas = map.getCanvas();
    const r = canvas.getBoundingClientRect();
    let ok = 0;
    let total = 0;
    const misses: string[] = [];
    const check = (p: LonLat) => {
      total++;
      const q = map.project(p);
      const inside = q.x >= 0 && q.y >= 0 && q.x <= r.width && q.y <= r.height;
      const el = inside ? document.elementFromPoint(r.left + q.x, r.top + q.y) : null;
      if (el === canvas) ok++;
      else if (misses.length < 4) misses.push(`${p.map((v) => v.toFixed(2)).join(',')} → ${inside ? (el?.closest('[data-cover]') as HTMLElement | null)?.dataset.cover ?? el?.className ?? 'nothing' : 'off the canvas'}`);
    };
    for (const line of lines) {
      if (line.length === 1) check(line[0]!);
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1]!, line[i]!];
        const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.1));
        for (let k = i === 1 ? 0 : 1; k <= n; k++) check([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
      }
    }
    return { share: total ? ok / total : 0, total, misses };
  }, lines);
}

/** Asserts that at least 95 % of the lines is in view, naming the case and what covers the rest. */
export async function expectInView(page: Page, lines: LonLat[][], what: string): Promise<void> {
  const v = await inView(page, lines);
  expect(v.total, `${what}: nothing to check`).toBeGreaterThan(0);
  expect(v.share, `${what}: ${(v.share * 100).toFixed(1)} % in view; e.g. ${v.misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
}

/** The six countries whose names the map draws right now, inside the free area. */
export async function namedSix(page: Page): Promise<string[]> {
  await mapIdle(page);
  return page.evaluate((six) => {
    const map = window.__corridorAtlasMap;
    const drawn = new Set(map.queryRenderedFeatures({ layers: ['country-label'] }).map((f) => f.properties.id as string));
    const r = map.getCanvas().getBoundingClientRect();
    return six.filter((c) => {
      if (!drawn.has(c.iso3)) return false;
      const q = map.project(c.label);
      return document.elementFromPoint(r.left + q.x, r.top + q.y) === map.getCanvas();
    }).map((c) => c.iso3).sort();
  }, SIX);
}
