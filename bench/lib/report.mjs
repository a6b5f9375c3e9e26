// Turns the raw measurements into medians, ratios against the bare baseline, targets met or not,
// and the Markdown table. Reads only the built assets folder; writeResults is the one writer.
import { readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from './browser.mjs';

export const TARGETS = {
  mapReadyRatio: 2,
  mapReadyShapesRatio: 0.8,
  framesBeforeReady: 2,
  gzipRatio: 1.5,
  labelsReadyFrames: 2,
  panelMs: 100,
  longTaskMs: 100,
  heapGrowth: 0.2,
};

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length };
}

const ratio = (a, b) => (a && b && b.median > 0 ? a.median / b.median : null);

/** Median of each category's raw and gzip bytes over the loads of one page. */
function bytesStats(loads) {
  const out = {};
  for (const c of [...CATEGORIES, 'total']) {
    out[c] = { raw: stats(loads.map((l) => l.firstLoad.totals[c].raw)), gzip: stats(loads.map((l) => l.firstLoad.totals[c].gzip)) };
  }
  return out;
}

/** A file's phase is its earliest page phase; the service worker's precache counts only when the page never asked. */
const rank = (phase) => (phase === 'first-load' ? 0 : phase === 'service-worker' ? 2 : 1);

/** Built assets the app did not fetch before map-ready, with the phase (if any) that fetched them later. */
export function notLoadedOnFirstLoad(appLoads, assetsDir) {
  const phaseOf = new Map();
  for (const load of appLoads) {
    for (const [phase, paths] of Object.entries(load.requested)) {
      for (const p of paths) if (!phaseOf.has(p) || rank(phase) < rank(phaseOf.get(p))) phaseOf.set(p, phase);
    }
  }
  return readdirSync(assetsDir).sort()
    .map((file) => ({ file: `assets/${file}`, phase: phaseOf.get(`/assets/${file}`) ?? 'never' }))
    .filter((f) => f.phase !== 'first-load')
    .map((f) => ({ ...f, when: f.phase === 'service-worker' ? 'only by the service worker precache' : f.phase === 'never' ? 'never' : `on demand (${f.phase})` }));
}

export function summarize({ loads, memory, meta, assetsDir }) {
  const app = loads.app;
  const perPage = Object.fromEntries(Object.entries(loads).map(([k, l]) => [k, {
    mapReadyMs: stats(l.map((x) => x.mapReadyMs)),
    frameMs: stats(l.map((x) => x.frameMs)),
    shaders: stats(l.map((x) => x.shaders)),
    bytes: bytesStats(l),
    foreignRequests: l.reduce((n, x) => n + x.foreign, 0),
    errors: [...new Set(l.flatMap((x) => x.errors))],
    routeMoveLongTasks: longTaskStats(l.filter((x) => x.routeMoveLongTasks)),
    milestones: Object.fromEntries(MILESTONES.map((m) => [m, stats(l.map((x) => x.milestones?.[m]))])),
  }]));
  return {
    meta,
    targets: TARGETS,
    pages: perPage,
    ratios: {
      mapReady: ratio(perPage.app.mapReadyMs, perPage.bare.mapReadyMs),
      mapReadyShapes: ratio(perPage.shapes.mapReadyMs, perPage.bare.mapReadyMs),
      mapReadyVsShapes: ratio(perPage.app.mapReadyMs, perPage.shapes.mapReadyMs),
      painted: ratio(perPage.app.milestones.painted, perPage.bare.milestones.painted),
      gzip: ratio(perPage.app.bytes.total.gzip, perPage.bare.bytes.total.gzip),
      gzipShapes: ratio(perPage.shapes.bytes.total.gzip, perPage.bare.bytes.total.gzip),
    },
    app: {
      toArabicMs: stats(app.map((x) => x.toArabicMs)),
      toEnglishMs: stats(app.map((x) => x.toEnglishMs)),
      toArabicFrames: stats(app.map((x) => x.toArabicFrames)),
      toEnglishFrames: stats(app.map((x) => x.toEnglishFrames)),
      panelMs: stats(app.map((x) => x.panelMs)),
      panelDomMs: stats(app.map((x) => x.panelDomMs)),
      briefingTransition: app.some((x) => x.briefing) ? { runs: app.filter((x) => x.briefing).length, count: app.flatMap((x) => x.briefing ?? []).length, maxMs: Math.max(0, ...app.flatMap((x) => x.briefing ?? [])) } : null,
      firstLoadFiles: largestFiles(app[0]?.firstLoad.files ?? []),
      notLoadedOnFirstLoad: notLoadedOnFirstLoad(app, assetsDir),
      serviceWorkerPrecache: stats(app.map((x) => x.serviceWorker?.totals.total.raw ?? 0)),
    },
    memory,
    raw: loads,
  };
}

const MILESTONES = ['domContentLoaded', 'scriptsLoaded', 'mapCreated', 'firstRender', 'styleLoaded', 'mapReady', 'painted', 'frames', 'renders'];

/** Long tasks over the runs that made the camera move: how many, and the longest. */
function longTaskStats(loads) {
  if (!loads.length) return null;
  const all = loads.flatMap((x) => x.routeMoveLongTasks);
  return { runs: loads.length, count: all.length, perRun: stats(loads.map((x) => x.routeMoveLongTasks.length)), maxMs: all.length ? Math.max(...all) : 0 };
}

/** First-load files, largest first; a file fetched more than once is listed once, with its count. */
function largestFiles(files) {
  const byPath = new Map();
  for (const f of files) {
    const seen = byPath.get(f.path);
    if (seen) seen.count += 1;
    else byPath.set(f.path, { ...f, count: 1 });
  }
  return [...byPath.values()].sort((a, b) => b.gzip - a.gzip);
}

// ---- Markdown ----

const ms = (s) => (s ? `${fmt(s.median)} ms [${fmt(s.min)}–${fmt(s.max)}]` : '—');
const kb = (n) => `${(n / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
const fmt = (n) => Math.round(n).toLocaleString('en-GB');
const x = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
const yes = (ok) => (ok == null ? '—' : ok ? 'yes' : '**no**');
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

function bytesCell(b, kind) {
  return b ? `${kb(b[kind].median)} [${kb(b[kind].min)}–${kb(b[kind].max)}]` : '—';
}

/** The table rows, each with its "why" note when a target is missed. */
function rows(r) {
  const { pages: p, ratios, app, memory: m } = r;
  const out = [];
  const row = (metric, cells, ratioCell, target, met, why = '') => out.push({ metric, cells, ratio: ratioCell, target, met, why: met === false ? why : '' });

  row('navigation → `app:map-ready`', [ms(p.app.mapReadyMs), ms(p.bare.mapReadyMs), `${ms(p.shapes.mapReadyMs)} (${x(ratios.mapReadyShapes)})`],
    x(ratios.mapReady), `≤ ${TARGETS.mapReadyRatio}× bare`, ratios.mapReady == null ? null : ratios.mapReady <= TARGETS.mapReadyRatio,
    whyMapReady(r));
  row('`app:map-ready` against the shapes-only page', [ms(p.app.mapReadyMs), '—', ms(p.shapes.mapReadyMs)], `${x(ratios.mapReadyVsShapes)} of shapes`,
    `≤ ${TARGETS.mapReadyShapesRatio}× shapes`, ratios.mapReadyVsShapes == null ? null : ratios.mapReadyVsShapes <= TARGETS.mapReadyShapesRatio, whyMapReady(r));
  const fr = (k) => p[k].milestones.frames;
  row('drawing frames before `app:map-ready` (rAF callbacks that drew; the ready frame not counted)', ['app', 'bare', 'shapes'].map((k) => (fr(k) ? `${fmt(fr(k).median)} [${fmt(fr(k).min)}–${fmt(fr(k).max)}]` : '—')),
    '—', `≤ ${TARGETS.framesBeforeReady}`, fr('app') ? fr('app').median <= TARGETS.framesBeforeReady : null,
    `MapLibre draws a frame each time a batch of tiles arrives from the worker (${fr('app') ? fmt(fr('app').median) : '—'} here)`);
  row('navigation → ready frame painted (on screen)', ['app', 'bare', 'shapes'].map((k) => ms(p[k].milestones.painted)), x(ratios.painted), '—', null);
  row('one map frame when nothing changes (repaint → on screen)', ['app', 'bare', 'shapes'].map((k) => ms(p[k].frameMs)),
    x(ratio(p.app.frameMs, p.bare.frameMs)), '—', null);
  row('first-load bytes, gzip (total)', [bytesCell(p.app.bytes.total, 'gzip'), bytesCell(p.bare.bytes.total, 'gzip'), `${bytesCell(p.shapes.bytes.total, 'gzip')} (${x(ratios.gzipShapes)})`],
    x(ratios.gzip), `≤ ${TARGETS.gzipRatio}× bare`, ratios.gzip == null ? null : ratios.gzip <= TARGETS.gzipRatio, whyBytes(r));
  row('first-load bytes, raw (total)', ['app', 'bare', 'shapes'].map((k) => bytesCell(p[k].bytes.total, 'raw')),
    x(ratio(p.app.bytes.total.raw, p.bare.bytes.total.raw)), '—', null);
  for (const c of CATEGORIES) {
    row(`  ${c}: raw / gzip`, ['app', 'bare', 'shapes'].map((k) => `${kb(p[k].bytes[c].raw.median)} / ${kb(p[k].bytes[c].gzip.median)}`),
      x(ratio(p.app.bytes[c].gzip, p.bare.bytes[c].gzip)), '—', null);
  }
  const labels = (s, f, name, first) => row(`language switch ${name} → \`app:labels-ready\`: time, and drawing frames`,
    [`${ms(s)}; ${f ? `${fmt(f.median)} [${fmt(f.min)}–${fmt(f.max)}] frames` : '—'}`, '—', '—'], '—', `≤ ${TARGETS.labelsReadyFrames} frames`,
    f ? f.median <= TARGETS.labelsReadyFrames : null, whyLabels(r, s, first));
  labels(app.toArabicMs, app.toArabicFrames, 'en→ar (first)', true);
  labels(app.toEnglishMs, app.toEnglishFrames, 'ar→en', false);
  row('route click → panel in the DOM (React commit)', [ms(app.panelDomMs), '—', '—'], '—', '—', null);
  row('route click → panel painted', [ms(app.panelMs), '—', '—'], '—', `≤ ${TARGETS.panelMs} ms`, app.panelMs ? app.panelMs.median <= TARGETS.panelMs : null,
    whyPanel(r));
  const lt = ['app', 'bare', 'shapes'].map((k) => p[k].routeMoveLongTasks);
  const ltCell = (t) => (t ? `max ${fmt(t.maxMs)} ms; ${t.count} in ${t.runs} runs` : '—');
  row('long tasks during the route selection camera move (1.5 s; baselines: same move)', lt.map(ltCell), '—',
    `none > ${TARGETS.longTaskMs} ms`, lt[0] ? lt[0].maxMs <= TARGETS.longTaskMs : null,
    `the longest main-thread task was ${lt[0] ? fmt(lt[0].maxMs) : '—'} ms; the main thread waits for each frame's read-back, so every frame of the move is a long task, `
    + `in the baselines too (bare: ${lt[1] ? fmt(lt[1].maxMs) : '—'} ms, shapes: ${lt[2] ? fmt(lt[2].maxMs) : '—'} ms)`);
  const bt = app.briefingTransition;
  row('long tasks, briefing slide transition (3 s from PageDown)', [bt ? ltCell(bt) : 'not measured', '—', '—'], '—', `none > ${TARGETS.longTaskMs} ms`,
    bt ? bt.maxMs <= TARGETS.longTaskMs : null,
    `in software WebGL each map frame of the fly is itself a long task (a frame with nothing changing takes ${fmt(frameOf(r) ?? NaN)} ms here; the bare page's camera move: max ${lt[1] ? fmt(lt[1].maxMs) : '—'} ms)`);
  if (m) {
    row('JS heap: start → warm → +200 route selections → +50 language switches',
      [`${mb(m.start)} → ${mb(m.warm)} → ${mb(m.afterRoutes)} → ${mb(m.afterLanguage)}`, '—', '—'], '—', '—', null);
    row('JS heap growth after warm-up', [`${(m.growth * 100).toFixed(1)}%`, '—', '—'], '—', `≤ ${TARGETS.heapGrowth * 100}%`, m.growth <= TARGETS.heapGrowth,
      `used heap grew from ${mb(m.warm)} to ${mb(m.afterLanguage)} after a forced GC`);
  }
  const foreign = ['app', 'bare', 'shapes'].map((k) => p[k].foreignRequests);
  row('requests to other origins (aborted)', foreign.map(String), '—', '0', foreign.every((n) => n === 0) && (m?.foreignRequests ?? 0) === 0, 'see latest.json');
  return out;
}

const frameOf = (r, page = 'app') => r.pages[page].frameMs?.median;

function whyMapReady(r) {
  const { pages: p } = r;
  const m = p.app.milestones;
  const extra = p.app.mapReadyMs.median - p.bare.mapReadyMs.median;
  const shapes = p.shapes.mapReadyMs.median - p.bare.mapReadyMs.median;
  const extraKb = p.app.bytes.total.gzip.median - p.bare.bytes.total.gzip.median;
  const frames = m.frames ? fmt(m.frames.median) : '—';
  return `in software WebGL every map frame is expensive (one frame with nothing changing: app ${fmt(frameOf(r) ?? NaN)} ms, bare ${fmt(frameOf(r, 'bare') ?? NaN)} ms; `
    + `most of it is Chromium reading the WebGL picture back for its software compositor, the rest is the country shapes), and tiles arrive from the one worker over several frames: `
    + `the app draws ${frames} frames before it is ready, the bare page 1 (shapes page: ${p.shapes.milestones.frames ? fmt(p.shapes.milestones.frames.median) : '—'}). `
    + `The app is ready ${fmt(extra)} ms after bare; the country shapes alone cost ${fmt(shapes)} ms (shapes page); the app also loads ${kb(extraKb)} gzip more and compiles `
    + `${p.app.shaders ? fmt(p.app.shaders.median) : '—'} shaders to bare's ${p.bare.shaders ? fmt(p.bare.shaders.median) : '—'} (the first use of each costs a few hundred ms in SwiftShader)`;
}

function whyPanel(r) {
  const { panelDomMs: dom, panelMs: painted } = r.app;
  const lt = r.pages.app.routeMoveLongTasks;
  const slowFrames = `painted ${fmt(painted.median - dom.median)} ms later, with the next frames, which also draw the map's new emphasis and the start of the camera move (long tasks in that window: max ${lt ? fmt(lt.maxMs) : '—'} ms)`;
  if (dom.median > TARGETS.panelMs) return `React commits the panel only after ${fmt(dom.median)} ms, and it is ${slowFrames}`;
  return `the panel is in the DOM after ${fmt(dom.median)} ms but ${slowFrames}`;
}

function whyBytes(r) {
  // MapLibre's chunk, CSS and worker are what the bare page loads too; the rest is the app's own.
  const own = r.app.firstLoadFiles.filter((f) => !f.path.includes('maplibre')).slice(0, 4);
  return `MapLibre is most of both pages; the app adds its content (country shapes, routes, places and texts, in one data file), React with the panels and i18next, `
    + `and the Latin fonts (the shapes page alone, MapLibre plus the country shapes, is at ${x(r.ratios.gzipShapes)}). `
    + `Largest first-load files besides MapLibre: ${own.map((f) => `${f.path.replace('/assets/', '')} ${kb(f.gzip)}`).join(', ')}`;
}

function whyLabels(r, s, first) {
  const fonts = first ? r.app.notLoadedOnFirstLoad.filter((f) => f.phase === 'language-switch' && /\.woff2?$/.test(f.file)) : [];
  const fontNote = fonts.length ? `; the first switch also fetches ${fonts.map((f) => f.file.replace('assets/', '')).join(', ')} and draws its glyphs` : '';
  return `median ${s ? fmt(s.median) : '—'} ms: the UI is painted first, then the labels source is laid out again in the worker; MapLibre draws one frame with the old labels `
    + `as soon as the layout changes and another with the new ones, at ${fmt(frameOf(r) ?? NaN)} ms a frame in software WebGL${fontNote}`;
}

const PAGE_NAMES = ['app', 'bare', 'shapes'];
const MILESTONE_NAMES = {
  domContentLoaded: 'DOMContentLoaded',
  scriptsLoaded: 'last script downloaded',
  mapCreated: 'map object created',
  styleLoaded: 'map `load` (style and first tiles drawn)',
  firstRender: 'first map frame',
  mapReady: '`app:map-ready`',
  painted: 'ready frame on screen',
  frames: 'drawing frames before ready (count)',
  renders: 'MapLibre `render` events before ready (count)',
};

const esc = (s) => String(s).replace(/\|/g, '\\|');

export function markdown(r) {
  const { meta, app } = r;
  const lines = [];
  lines.push(`# Corridor Atlas benchmark — ${meta.date}`, '');
  lines.push(`Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.ramGB} GB RAM · Node ${meta.node} · Chromium ${meta.chromium} (headless, SwiftShader WebGL) · ${meta.date}`, '');
  lines.push(`Load average (1 min) at start / end: ${meta.loadAverageAtStart.toFixed(1)} / ${meta.loadAverageAtEnd.toFixed(1)} — other work on this machine slows every page alike; compare the ratios.`, '');
  lines.push(`Data: ${meta.dataDir} · ${meta.runs} cold loads per page (fresh context each, pages alternated), medians [min–max] · run took ${meta.durationS} s`, '');
  lines.push('| metric | app | bare | shapes | ratio (app/bare) | target | met? |', '|---|---|---|---|---|---|---|');
  const all = rows(r);
  for (const row of all) lines.push(`| ${[row.metric, ...row.cells, row.ratio, row.target, row.met == null ? '—' : yes(row.met)].map(esc).join(' | ')} |`);
  const misses = all.filter((row) => row.why);
  if (misses.length) {
    lines.push('', '**Why targets were missed**', '');
    for (const row of misses) lines.push(`- ${row.metric.trim()}: ${row.why}.`);
  }
  lines.push('', 'Shapes column: the ratio in brackets is shapes/bare. "bare" = MapLibre with the app\'s background only; "shapes" = the same plus the app\'s country shapes; all three built in this run.', '');
  lines.push('**Where the time goes** (medians; ms after navigation start):', '');
  lines.push(`| milestone | ${PAGE_NAMES.join(' | ')} |`, `|---|${PAGE_NAMES.map(() => '---').join('|')}|`);
  for (const m of MILESTONES) lines.push(`| ${MILESTONE_NAMES[m]} | ${PAGE_NAMES.map((k) => (r.pages[k].milestones[m] ? fmt(r.pages[k].milestones[m].median) : '—')).join(' | ')} |`);
  lines.push('', '**App first load** (requests before `app:map-ready`, one run):', '');
  lines.push('| file | kind | raw | gzip | fetched |', '|---|---|---|---|---|');
  for (const f of app.firstLoadFiles) lines.push(`| ${esc(f.path)} | ${f.category} | ${kb(f.raw)} | ${kb(f.gzip)} | ${f.count === 1 ? 'once' : `**${f.count}×** (each counted)`} |`);
  lines.push('', '**Built files not loaded on first load:**', '');
  for (const f of app.notLoadedOnFirstLoad) lines.push(`- ${f.file} — ${f.when}`);
  if (app.serviceWorkerPrecache) lines.push('', `The service worker's precache fetched ${kb(app.serviceWorkerPrecache.median)} (raw, median) in the background during each app visit; not counted above.`);
  const errors = Object.entries(r.pages).flatMap(([k, pg]) => pg.errors.map((e) => `${k}: ${e}`)).concat((r.memory?.errors ?? []).map((e) => `memory run: ${e}`));
  lines.push('', errors.length ? `Console errors/warnings: ${errors.map(esc).join(' · ')}` : 'Console errors/warnings: none.');
  return `${lines.join('\n')}\n`;
}

/** Writes latest.json and latest.md through temp files, so a crashed run never leaves half a file. */
export function writeResults(dir, results, md) {
  mkdirSync(dir, { recursive: true });
  const put = (name, text) => {
    const tmp = path.join(dir, `${name}.tmp${process.pid}`);
    writeFileSync(tmp, text);
    renameSync(tmp, path.join(dir, name));
  };
  put('latest.json', `${JSON.stringify(results, null, 2)}\n`);
  put('latest.md', md);
}

/**
 * Puts the summary (machine, table, why targets were missed) into README.md between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers, so the README always shows the last run.
 * Leaves the README alone (and says so) when the markers are missing.
 */
export function updateReadme(readmePath, md) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return false;
  const lines = md.split('\n');
  const first = lines.findIndex((l) => l.startsWith('Machine:'));
  const last = lines.findIndex((l) => l.startsWith('Shapes column:'));
  // Two trailing spaces keep the machine line and the data line on separate lines in Markdown.
  const block = lines.slice(first, last).join('\n').trim()
    .replace(/^(Machine: .*)\n\n(Load average.*)\n\n(Data: .*)$/m, '$1  \n$2  \n$3');
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${block}\n${readme.slice(to)}`);
  return true;
}
