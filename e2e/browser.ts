// Launching Debian's Chromium for tests and benchmarks: software WebGL, no background traffic,
// a fresh profile each time.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launch(opts: { args?: string[]; locale?: string; reducedMotion?: 'reduce' | 'no-preference'; touch?: boolean } = {}): Promise<Browser> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corridor-atlas-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: opts.locale ?? 'en-GB',
    reducedMotion: opts.reducedMotion ?? 'reduce',
    // A phone: touch events, and no hover or fine pointer for the page's media queries.
    ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GPU driver chatter that is not an error of ours. */
const NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

export interface WatchedPage {
  page: Page;
  errors: string[];
  foreignRequests: string[];
}

/** A page that records console errors, page errors and every request that leaves the origin. */
export async function openPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !NOISE.some((n) => n.test(m.text()))) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, errors, foreignRequests };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 45_000 });
}

/** Closes every page a test left open, so a failed test cannot leak state (or a briefing channel) into the next. */
export async function closePages(browser: Browser): Promise<void> {
  await Promise.all(browser.context.pages().map((p) => p.close()));
}

/** One browser per test file, and no page left open between tests. */
export function sharedBrowser(opts: Parameters<typeof launch>[0] = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(opts);
  });
  afterEach(async () => {
    if (browser) await closePages(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/**
 * Decodes a PNG in the page and measures a rectangle of it (fractions of width and height): the share
 * of dark "ink" pixels and the number of distinct colours. A blank image has one or two colours.
 */
export async function imageStats(page: Page, png: Buffer, rect: [number, number, number, number] = [0, 0, 1, 1]): Promise<{ ink: number; colours: number }> {
  return page.evaluate(async ({ b64, rect }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const [x, y, w, h] = [rect[0] * img.width, rect[1] * img.height, rect[2] * img.width, rect[3] * img.height].map(Math.round) as [number, number, number, number];
    const d = ctx.getImageData(x, y, w, h).data;
    let ink = 0;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i]! + d[i + 1]! + d[i + 2]! < 200) ink++;
      colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    }
    return { ink: ink / (d.length / 4), colours: colours.size };
  }, { b64: png.toString('base64'), rect });
}
