// npm run bench: builds the app and two bare MapLibre baselines in the same run, loads each cold
// in headless Chromium, and reports medians and ratios against the bare baseline. Ratios, because
// absolute times on these 2-core machines with software WebGL drift from run to run.
// Writes bench/results/latest.{json,md} and prints the Markdown. BENCH_RUNS sets loads per page (5).
import os from 'node:os';
import path from 'node:path';
import { buildApp, buildBaseline, prepareOut, ROOT, serve } from './lib/build.mjs';
import { bytesOf, launchBrowser, loadUntilReady, milestones, openSession, pathsByPhase } from './lib/browser.mjs';
import {
  briefingTransition, cameraOf, shaderCount, steadyFrame, firstRouteId, moveCamera, heapUsed, routeIds, selectRoute, selectRoutesRepeatedly, settle, showRouteList, switchLanguage, switchLanguageRepeatedly,
} from './lib/measure.mjs';
import { markdown, summarize, updateReadme, writeResults } from './lib/report.mjs';

const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 5);
const PAGES = ['app', 'bare', 'shapes'];
const t0 = Date.now();
const log = (...args) => console.error(`[bench ${Math.round((Date.now() - t0) / 1000)} s]`, ...args);

/** Everything measured in the app after it is ready, in one cold visit. */
async function appInteractions(session) {
  const { page } = session;
  // The map is idle at map-ready, and labels-ready is marked on idle: no extra settling needed there.
  const id = await firstRouteId(page);
  session.phase = 'route-click';
  const route = await selectRoute(page, id);
  const camera = await cameraOf(page);
  await showRouteList(page);
  await settle(page);
  session.phase = 'language-switch';
  const toArabic = await switchLanguage(page);
  const toEnglish = await switchLanguage(page);
  session.phase = 'briefing';
  const briefing = await briefingTransition(page);
  session.phase = 'after-measuring';
  return {
    routeId: id, camera, panelDomMs: route.domMs, panelMs: route.panelMs, routeMoveLongTasks: route.longTasks,
    toArabicMs: toArabic.ms, toEnglishMs: toEnglish.ms, toArabicFrames: toArabic.frames, toEnglishFrames: toEnglish.frames, briefing,
  };
}

/**
 * One cold load of one page: time to ready, first-load bytes, and for the app its interactions.
 * A baseline also makes the camera move of the app's last route selection, for comparison.
 */
async function measureLoad(browser, pageName, origin, camera = null) {
  const session = await openSession(browser, origin);
  try {
    const mapReadyMs = await loadUntilReady(session, `${origin}/`);
    const firstLoad = await bytesOf(session, 'first-load');
    const result = { mapReadyMs, firstLoad, milestones: await milestones(session.page) };
    await settle(session.page);
    result.frameMs = await steadyFrame(session.page);
    result.shaders = await shaderCount(session.page);
    if (pageName === 'app') {
      Object.assign(result, await appInteractions(session));
      result.serviceWorker = await bytesOf(session, 'service-worker');
    } else if (camera) {
      await settle(session.page);
      result.routeMoveLongTasks = await moveCamera(session.page, camera);
    }
    result.requested = Object.fromEntries(Object.entries(pathsByPhase(session)).map(([k, v]) => [k, [...v]]));
    result.foreign = session.foreign.length;
    result.foreignUrls = session.foreign;
    result.errors = session.errors;
    return result;
  } finally {
    await session.context.close();
  }
}

/**
 * JS heap of one app visit: after ready, after a warm-up (first selections and switches fill caches
 * meant to stay: glyphs, lazily built panels), after 200 route selections and after 50 switches.
 */
async function measureMemory(browser, origin) {
  const session = await openSession(browser, origin);
  const { page } = session;
  try {
    await loadUntilReady(session, `${origin}/`);
    const cdp = await session.context.newCDPSession(page);
    await settle(page);
    const start = await heapUsed(cdp);
    await showRouteList(page);
    const ids = await routeIds(page);
    await selectRoutesRepeatedly(page, ids, 20);
    for (let i = 0; i < 2; i++) await switchLanguage(page);
    await settle(page);
    const warm = await heapUsed(cdp);
    log('memory: 200 route selections');
    await selectRoutesRepeatedly(page, ids, 200);
    await settle(page);
    const afterRoutes = await heapUsed(cdp);
    log('memory: 50 language switches');
    await switchLanguageRepeatedly(page, 50);
    await settle(page);
    const afterLanguage = await heapUsed(cdp);
    return {
      start, warm, afterRoutes, afterLanguage, growth: (afterLanguage - warm) / warm,
      routeSelections: 200, languageSwitches: 50, foreignRequests: session.foreign.length, errors: session.errors,
    };
  } finally {
    await session.context.close();
  }
}

/** Rotates the page order each round, so no page always goes first after a quiet moment. */
const rotate = (list, i) => list.map((_, j) => list[(i + j) % list.length]);

function machine(browserVersion, started, loadAtStart) {
  const dataDir = path.resolve(process.env.ATLAS_DATA_DIR ?? 'data');
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    ramGB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    node: process.version,
    chromium: browserVersion,
    date: new Date(started).toISOString(),
    runs: RUNS,
    dataDir: dataDir.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, dataDir) : dataDir,
    // Other work on the machine shows up in every number; the ratios are what stays comparable.
    loadAverageAtStart: loadAtStart,
  };
}

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  process.chdir(ROOT);
  prepareOut();
  log('building the app and the baselines');
  const outDirs = { app: await buildApp(), bare: await buildBaseline('bare'), shapes: await buildBaseline('shapes', 'shapes.config.ts') };
  const servers = {};
  for (const name of PAGES) servers[name] = await serve(outDirs[name]);
  const browser = await launchBrowser();
  try {
    // One discarded load: the first page of a fresh browser also pays for starting its GPU process.
    await measureLoad(browser, 'bare', servers.bare.origin);
    const loads = { app: [], bare: [], shapes: [] };
    let camera = null;
    for (let i = 0; i < RUNS; i++) {
      for (const name of rotate(PAGES, i)) {
        const result = await measureLoad(browser, name, servers[name].origin, camera);
        camera = result.camera ?? camera;
        loads[name].push(result);
        log(`run ${i + 1}/${RUNS} ${name}: map-ready ${Math.round(result.mapReadyMs)} ms`);
      }
    }
    log('memory');
    const memory = await measureMemory(browser, servers.app.origin);
    const meta = { ...machine(browser.version(), started, loadAtStart), loadAverageAtEnd: os.loadavg()[0], durationS: Math.round((Date.now() - started) / 1000) };
    const results = summarize({ loads, memory, meta, assetsDir: path.join(outDirs.app, 'assets') });
    const md = markdown(results);
    writeResults(path.join(ROOT, 'bench', 'results'), results, md);
    if (!updateReadme(path.join(ROOT, 'README.md'), md)) log('README.md has no bench:start/bench:end markers; left as it is');
    process.stdout.write(md);
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
