// Screenshots of the built app at the four sizes we promise (phone, 1024×768, projector, full HD),
// in both languages, for a person to look at: `npm run build && npm run screens [view…]`.
// They land in e2e/artifacts/screens/. Views: home, route, point, brief, caspian, compare, compare4, series, year, future, since, share, embed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const SIZES = [[390, 844], [1024, 768], [1280, 720], [1920, 1080]];
const VIEWS = {
  home: '',
  route: '&route=cku-railway',
  point: '&panel=proposal&point=1',
  brief: '&mode=brief&slide=1',
  caspian: '&mode=brief&slide=7',
  compare: '&compare=cku-railway,trans-caspian',
  compare4: '&compare=cku-railway,trans-caspian,china-europe-rail,cagp-abc',
  series: '&route=trans-caspian',
  // The network as of 2014 (the time slider with the year's milestones), the railway's expected
  // opening in 2030, and the briefing's slide of the network in 2022.
  year: '&year=2014',
  future: '&year=2030&route=cku-railway',
  since: '&mode=brief&slide=9',
  // The Share tab (embed code, offline copy), and the embed itself as a frame of that size shows it.
  share: '&route=cku-railway&panel=share',
  embed: '&embed=1&route=cku-railway',
};
// `--readme` writes the README's three pictures into docs/ instead.
const README_SHOTS = [
  ['docs/screenshot-en.png', 'en', '&route=cagp-abc', 1280, 720],
  ['docs/screenshot-ar.png', 'ar', '&panel=proposal&point=2', 1280, 720],
  ['docs/screenshot-briefing.png', 'en', '&mode=brief&slide=7', 1280, 720],
  ['docs/screenshot-embed.png', 'ar', '&embed=1&route=cku-railway', 640, 620],
];
const readme = process.argv.includes('--readme');

/** The map ready, the land beneath the routes drawn and the camera at rest: the app's own marks. */
async function settled(page) {
  await page.waitForSelector('[data-testid="map"][data-ready="true"][data-physical="ready"][data-camera="still"]', { timeout: 60_000 });
}
const wanted = process.argv.slice(2).filter((v) => v in VIEWS);
const views = readme ? [] : wanted.length ? wanted : Object.keys(VIEWS);
const out = path.resolve('e2e/artifacts/screens');
mkdirSync(out, { recursive: true });

// SCREENS_DIST serves another build folder than dist/.
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir: process.env.SCREENS_DIST ?? 'dist' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-screens-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  reducedMotion: 'reduce', deviceScaleFactor: 1,
});
try {
  for (const view of views) {
    for (const [width, height] of SIZES) {
      for (const lang of ['en', 'ar']) {
        const page = await context.newPage();
        page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`  [${m.type()}] ${m.text()}`); });
        page.on('pageerror', (e) => console.log(`  [pageerror] ${e.message}`));
        await page.setViewportSize({ width, height });
        await page.goto(`${base}/?lang=${lang}${VIEWS[view]}`);
        await settled(page);
        const file = path.join(out, `${view}-${width}x${height}-${lang}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
  for (const [file, lang, query, width, height] of readme ? README_SHOTS : []) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/?lang=${lang}${query}`);
    await settled(page);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  await server.close();
}
