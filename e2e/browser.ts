// Launching Debian's Chromium for tests and benchmarks: software WebGL, no background traffic.
// One Chromium per test file (per set of switches), and a fresh context for each `launch`: its own
// storage, cache, service workers and clock, at a fraction of the cost of another Chromium.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser as Chromium, type BrowserContext, type Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  /** Pages that outlive a test: closed with the browser, not after each test. */
  kept: Set<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  args?: string[];
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  touch?: boolean;
  /**
   * Device pixels per CSS pixel (1 unless said). Where things are on the page and on the map is
   * measured in CSS pixels, which this does not change; at 0.5 software WebGL fills a quarter of the
   * pixels, so files that never read pixels (framing, the year, facts) run in about half the time.
   */
  scale?: number;
}

/** The running Chromiums of this file, by their switches, with how many contexts use each. */
const running = new Map<string, { chromium: Promise<Chromium>; users: number }>();

/** A fresh browser context (what a test calls a browser), in this file's Chromium for these switches. */
export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS, ...(opts.args ?? [])];
  const key = args.join(' ');
  let entry = running.get(key);
  if (!entry) {
    entry = { chromium: chromium.launch({ executablePath: chromiumPath(), headless: true, args, timeout: 60_000 }), users: 0 };
    running.set(key, entry);
  }
  entry.users++;
  const owner = entry;
  const release = async (instance: Chromium) => {
    if (--owner.users > 0) return;
    if (running.get(key) === owner) running.delete(key);
    await instance.close();
  };
  const instance = await owner.chromium;
  let context: BrowserContext;
  try {
    context = await instance.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: opts.scale ?? 1,
      locale: opts.locale ?? 'en-GB',
      reducedMotion: opts.reducedMotion ?? 'reduce',
      // A phone: touch events, and no hover or fine pointer for the page's media queries.
      ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
    });
  } catch (e) {
    await release(instance);
    throw e;
  }
  return {
    context,
    kept: new Set(),
    close: async () => {
      await context.close();
      await release(instance);
    },
  };
}

/** Closes every page a test left open, so a failed test cannot leak state (or a briefing channel) into the next; a page shared by a describe (driver.ts sharedAtlas) stays. */
export async function closePages(browser: Browser): Promise<void> {
  await Promise.all(browser.context.pages().filter((p) => !browser.kept.has(p)).map((p) => p.close()));
}

/** One browser per test file, and no page left open between tests (but the shared ones). */
export function sharedBrowser(opts: LaunchOptions = {}): () => Browser {
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

export type PngRect = { left: number; top: number; right: number; bottom: number };
export interface PngMeasures {
  /** Share of dark "ink" pixels and number of distinct colours in `stats` (fractions of width and height; 0 when not asked); a blank image has one or two colours. */
  ink: number;
  colours: number;
  /** Share of `near.points` with a pixel of `near.hex` within `near.radius` px, and the count of such pixels in each of `near.rects` (image pixels). */
  hits: number;
  inRects: number[];
}

/** Decodes a PNG in the page (the browser's own decoder) and measures it: the one PNG reader of the tests. */
export async function measurePng(page: Page, png: Buffer, what: {
  stats?: [number, number, number, number];
  near?: { hex: string; points?: { x: number; y: number }[]; rects?: PngRect[]; radius?: number; tolerance?: number };
}): Promise<PngMeasures> {
  return page.evaluate(async ({ b64, stats, near }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    const at = (x: number, y: number) => (y * img.width + x) * 4;
    const [x0, y0, w, h] = (stats ? [stats[0] * img.width, stats[1] * img.height, stats[2] * img.width, stats[3] * img.height].map(Math.round) : [0, 0, 0, 0]) as [number, number, number, number];
    let ink = 0;
    const colours = new Set<number>();
    for (let y = y0; y < Math.min(img.height, y0 + h); y++) {
      for (let x = x0; x < Math.min(img.width, x0 + w); x++) {
        const i = at(x, y);
        if (d[i]! + d[i + 1]! + d[i + 2]! < 200) ink++;
        colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      }
    }
    let hits = 0;
    let inRects: number[] = [];
    if (near) {
      const [r0, g0, b0] = [1, 3, 5].map((k) => parseInt(near.hex.slice(k, k + 2), 16)) as [number, number, number];
      const radius = near.radius ?? 6;
      const tolerance = near.tolerance ?? 40;
      const isNear = (x: number, y: number) => {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height) return false;
        const i = at(Math.round(x), Math.round(y));
        return Math.hypot(d[i]! - r0, d[i + 1]! - g0, d[i + 2]! - b0) < tolerance;
      };
      const points = near.points ?? [];
      for (const p of points) {
        let hit = false;
        for (let dy = -radius; dy <= radius && !hit; dy++) for (let dx = -radius; dx <= radius && !hit; dx++) hit = isNear(p.x + dx, p.y + dy);
        if (hit) hits++;
      }
      hits /= Math.max(1, points.length);
      inRects = (near.rects ?? []).map((r) => {
        let n = 0;
        for (let y = Math.max(0, Math.floor(r.top)); y < Math.min(img.height, r.bottom); y++) for (let x = Math.max(0, Math.floor(r.left)); x < Math.min(img.width, r.right); x++) if (isNear(x, y)) n++;
        return n;
      });
    }
    return { ink: ink / Math.max(1, w * h), colours: colours.size, hits, inRects };
  }, { b64: png.toString('base64'), stats: what.stats ?? null, near: what.near ?? null });
}

/** The share of dark "ink" pixels and the number of distinct colours in a rectangle of a PNG (fractions of width and height). */
export async function imageStats(page: Page, png: Buffer, rect: [number, number, number, number] = [0, 0, 1, 1]): Promise<{ ink: number; colours: number }> {
  const { ink, colours } = await measurePng(page, png, { stats: rect });
  return { ink, colours };
}
