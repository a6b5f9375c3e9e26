// The atlas as a test drives it: open it at a size and language, go where a link or Back would go,
// wait for the camera to settle, and ask whether what was picked is in view — projected with the
// map's own `project`, and checked with `elementFromPoint`, so a panel, legend, card or control on
// top of it counts as out of view.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapReady, type Browser } from './browser';

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

/** A page at one of the sizes, in one language, opened at `query`, with the map ready. */
export async function openAtlas(browser: Browser, base: string, size: ScreenSize, lang: string, query = ''): Promise<Awaited<ReturnType<typeof openPage>>> {
  const watched = await openPage(browser, base);
  await watched.page.setViewportSize({ width: size.width, height: size.height });
  await watched.page.goto(`${base}/?lang=${lang}${query}`);
  await waitForMapReady(watched.page);
  await settle(watched.page);
  return watched;
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
 * `data-camera="still"` then (camera/frame.ts). Two frames first, so a change just made (a click,
 * a resize, a new address) has reached the store and the cover watcher before the mark is read.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  await page.waitForSelector('[data-testid="map"][data-camera="still"]', { timeout: 30_000 });
}

export interface InView { share: number; total: number; misses: string[] }

/** The share of points along these lines (every ~0.1°) that land on the map with nothing of ours on top. */
export async function inView(page: Page, lines: LonLat[][]): Promise<InView> {
  return page.evaluate((lines) => {
    const map = (window as unknown as { __corridorAtlasMap: { project: (p: LonLat) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement } }).__corridorAtlasMap;
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
  await page.waitForSelector('[data-testid="map"][data-ready="true"]');
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __corridorAtlasMap: { loaded: () => boolean; once: (e: string, f: () => void) => void; isMoving: () => boolean } }).__corridorAtlasMap;
    if (map.loaded() && !map.isMoving()) resolve();
    else map.once('idle', () => resolve());
  }));
  return page.evaluate((six) => {
    const map = (window as unknown as { __corridorAtlasMap: { queryRenderedFeatures: (o: { layers: string[] }) => { properties: { id: string } }[]; project: (p: LonLat) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement } }).__corridorAtlasMap;
    const drawn = new Set(map.queryRenderedFeatures({ layers: ['country-label'] }).map((f) => f.properties.id));
    const r = map.getCanvas().getBoundingClientRect();
    return six.filter((c) => {
      if (!drawn.has(c.iso3)) return false;
      const q = map.project(c.label);
      return document.elementFromPoint(r.left + q.x, r.top + q.y) === map.getCanvas();
    }).map((c) => c.iso3).sort();
  }, SIX);
}
