/* global window -- recordMilestones runs in the page */
// Headless Debian Chromium, launched as e2e/browser.ts does, with one fresh context (empty cache,
// empty storage, no service worker) per page load, and a record of every request it makes.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// Same switches as e2e/browser.ts: software WebGL, no background traffic.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

// Motion is allowed: the route-selection camera move is one of the things measured.
const CONTEXT = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-GB', reducedMotion: 'no-preference' };

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** GPU driver chatter, not an error of the page. */
const NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

/**
 * Opens `origin` in a fresh context. Every request is recorded with the phase it started in
 * (set `session.phase`); anything not for the local server is aborted and counted.
 */
export async function openSession(browser, origin) {
  const context = await browser.newContext(CONTEXT);
  const session = { context, page: null, phase: 'first-load', requests: [], foreign: [], errors: [] };
  // Only other origins are routed: local requests then go straight through, not via this process.
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await context.route(new RegExp(`^(?!${escaped}/|data:|blob:)`), (route) => {
    session.foreign.push(route.request().url());
    return route.abort();
  });
  context.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) return;
    // The service worker's precache runs in the background; it is reported apart from the page's own loads.
    const phase = request.serviceWorker() ? 'service-worker' : session.phase;
    session.requests.push({ request, phase, path: new URL(request.url()).pathname });
  });
  const page = await context.newPage();
  await page.addInitScript(recordMilestones);
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !NOISE.some((n) => n.test(m.text()))) session.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => session.errors.push(`pageerror: ${e.message}`));
  session.page = page;
  return session;
}

/**
 * Runs in the page before its scripts: notes when the map object appears (all three pages publish
 * it as window.__corridorAtlasMap), when its style has loaded and when it first draws; and counts
 * drawing frames — animation frames in which WebGL drew something — which is what costs time in
 * software WebGL (a MapLibre `render` that draws nothing costs little). The ready frame itself is
 * not counted among the frames before ready; the time it reaches the screen is noted as `painted`.
 */
function recordMilestones() {
  const times = { frames: 0, renders: 0 };
  const drawFrames = [];
  let map;
  let drew = false;
  window.__benchMilestones = times;
  window.__benchDrawFrames = drawFrames;
  const ready = () => performance.getEntriesByName('app:map-ready').length > 0;
  for (const proto of [window.WebGLRenderingContext?.prototype, window.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
      const real = proto[name];
      if (typeof real !== 'function') continue;
      proto[name] = function (...args) {
        drew = true;
        return real.apply(this, args);
      };
    }
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    const wasReady = ready();
    drew = false;
    try {
      callback(t);
    } finally {
      if (drew) {
        drawFrames.push(performance.now());
        if (!ready()) times.frames += 1;
        else if (!wasReady) {
          // The ready frame: it is on screen after the compositor's next frame has run.
          raf(() => setTimeout(() => { times.painted ??= performance.now(); }, 0));
        }
      }
    }
  });
  Object.defineProperty(window, '__corridorAtlasMap', {
    configurable: true,
    get: () => map,
    set: (m) => {
      map = m;
      times.mapCreated ??= performance.now();
      m.once('load', () => { times.styleLoaded ??= performance.now(); });
      m.once('render', () => { times.firstRender ??= performance.now(); });
      m.on('render', () => { if (!ready()) times.renders += 1; });
    },
  });
}

/** Milestones of the load so far (ms since navigation start). */
export function milestones(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script');
    return {
      domContentLoaded: nav?.domContentLoadedEventEnd,
      scriptsLoaded: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : undefined,
      ...window.__benchMilestones,
      mapReady: performance.getEntriesByName('app:map-ready')[0]?.startTime,
    };
  });
}

/** Navigates and waits for the app:map-ready mark; returns its time since navigation start (ms). */
export async function loadUntilReady(session, url) {
  const { page } = session;
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  try {
    await page.waitForFunction(() => performance.getEntriesByName('app:map-ready').length > 0, null, { timeout: 60_000, polling: 100 });
  } catch (e) {
    throw new Error(`${url}: no app:map-ready mark within 60 s. Page errors: ${session.errors.join(' | ') || 'none'}`, { cause: e });
  }
  session.phase = 'after-ready';
  const { at, epoch } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('app:map-ready')[0];
    return { at: mark.startTime, epoch: performance.timeOrigin + mark.startTime };
  });
  // Requests the page started after the mark (noticed here up to 100 ms late) are not first load.
  for (const r of session.requests) {
    if (r.phase === 'first-load' && r.request.timing().startTime > epoch) r.phase = 'after-ready';
  }
  return at;
}

/** Which kind of bytes a file is; the app's content chunk counts as data although it is JavaScript. */
export function categoryOf(path) {
  if (/\/atlas-data-[^/]*\.js$/.test(path) || /\.(json|geojson|pbf)$/.test(path)) return 'data';
  if (/\.(js|mjs)$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

export const CATEGORIES = ['js', 'css', 'data', 'fonts', 'other'];

/** Raw and gzip (level 9, computed here) bytes per category for the requests of one phase. */
export async function bytesOf(session, phase) {
  const totals = Object.fromEntries([...CATEGORIES, 'total'].map((c) => [c, { raw: 0, gzip: 0 }]));
  const files = [];
  for (const { request, path } of session.requests.filter((r) => r.phase === phase)) {
    const response = await request.response();
    if (!response) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const raw = body.length;
    const gzip = raw ? gzipSync(body, { level: 9 }).length : 0;
    for (const c of [categoryOf(path), 'total']) {
      totals[c].raw += raw;
      totals[c].gzip += gzip;
    }
    files.push({ path, category: categoryOf(path), raw, gzip });
  }
  return { totals, files };
}

/** Paths the page asked for, by phase. */
export function pathsByPhase(session) {
  const out = {};
  for (const { phase, path } of session.requests) (out[phase] ??= new Set()).add(path);
  return out;
}
