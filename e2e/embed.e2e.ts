// The embed (?embed=1) in someone else's article: an iframe on another origin. It draws the map,
// tells the page its height in three formats, lets the page scroll past it, links out to the full
// app at the same view, fetches nothing from anywhere else, and works with storage blocked.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { ROUTES, fakeClock, mapReady, openAtlas, settle } from './driver';

const ROUTE_NAMES_AR = Object.fromEntries(ROUTES.map((r) => [r.properties.id, (r.properties as unknown as { name: { ar: string } }).name.ar]));

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });

const PARAGRAPH = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ' +
  'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';

/** A news article with the embed in its column; it records every message and applies our height message, as the Share tab's script does. */
function articleHtml(lang: string, src: string): string {
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<style>body { font: 18px/1.6 serif; margin: 0 auto; max-width: 760px; padding: 0 16px; } iframe { display: block; }</style>
<script>
  window.__messages = [];
  addEventListener('message', (e) => {
    window.__messages.push({ origin: e.origin, data: e.data });
    if (e.data && e.data.type === 'corridor-atlas:height') document.getElementById('atlas').style.height = e.data.height + 'px';
  });
</script></head><body>
<h1>A railway through the mountains</h1>
<p>${PARAGRAPH}</p>
<iframe id="atlas" src="${src.replace(/&/g, '&amp;')}" title="Corridor Atlas" style="border:0;width:100%;height:400px"></iframe>
${`<p>${PARAGRAPH}</p>`.repeat(14)}
</body></html>`;
}

let server: http.Server;
let articleOrigin = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articleHtml(url.searchParams.get('lang') ?? 'en', url.searchParams.get('src') ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  // "localhost" here, 127.0.0.1 for the atlas: two origins, as on a news site.
  articleOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
}));

interface Opened { page: Page; frame: Frame; errors: string[]; foreign: string[] }

/**
 * Opens the article at this width with the embed of `query`, and waits until the embed's map is
 * ready. The page's timers run on the fake clock (flowing with real time), so a test can let time
 * pass at once to see that nothing more happens.
 */
async function openArticle(lang: 'en' | 'ar', width: number, query: string, opts: { blockStorage?: boolean } = {}): Promise<Opened> {
  const foreign: string[] = [];
  const { page, errors } = await openAtlas(browser(), base, {
    url: `${articleOrigin}/article?lang=${lang}&src=${encodeURIComponent(`${base}/${query}`)}`,
    size: { width, height: 800 },
    // The article is on another origin: its requests are judged here, not routed.
    route: false,
    until: 'load',
    prepare: (p) => prepareArticle(p, foreign, opts),
  });
  const frame = (await (await page.waitForSelector('iframe#atlas')).contentFrame())!;
  await mapReady(frame);
  return { page, frame, errors, foreign };
}

async function prepareArticle(page: Page, foreign: string[], opts: { blockStorage?: boolean }): Promise<void> {
  await fakeClock(page);
  page.on('request', (r) => {
    const url = r.url();
    let fromArticle = false;
    try {
      fromArticle = r.frame() === page.mainFrame() && url.startsWith(articleOrigin);
    } catch { /* a worker's request: the embed's */ }
    if (!fromArticle && !url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  // Counts service worker registrations in every frame: an embed must not ask for one.
  await page.addInitScript(() => {
    const w = window as unknown as { __swRegistrations: number };
    w.__swRegistrations = 0;
    if (typeof ServiceWorkerContainer === 'undefined') return;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
      w.__swRegistrations += 1;
      return register.apply(this, args);
    };
  });
  if (opts.blockStorage) {
    // A third-party frame with storage blocked: touching either store throws, in every frame.
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      }
    });
  }
}

type Message = { origin: string; data: unknown };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);

/** The last height the embed asked for, in each of the three formats. */
async function heights(page: Page, ids: { dw: string; pym: string }) {
  const all = await messages(page);
  const last = <T,>(xs: T[]) => xs.at(-1);
  return {
    datawrapper: last(all.flatMap((m) => {
      const dw = (m.data as Record<string, Record<string, number>> | null)?.['datawrapper-height'];
      return dw ? [dw[ids.dw]] : [];
    })),
    pym: last(all.flatMap((m) => {
      const match = typeof m.data === 'string' ? new RegExp(`^pymxPYMx${ids.pym}xPYMxheightxPYMx(\\d+)$`).exec(m.data) : null;
      return match ? [Number(match[1])] : [];
    })),
    plain: last(all.flatMap((m) => ((m.data as { type?: string; height?: number } | null)?.type === 'corridor-atlas:height' ? [(m.data as { height: number }).height] : []))),
    origins: [...new Set(all.map((m) => m.origin))],
  };
}

const GESTURE_HELP = { en: 'Use Ctrl + scroll to zoom the map', ar: 'استخدم Ctrl مع عجلة الفأرة لتكبير الخريطة وتصغيرها' };

describe('the embed in an article on another origin', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: draws the route, asks for its height in three formats at 360 and 800 px, lets the article scroll, links out without embed=1`, async () => {
      const ids = { dw: `story-${lang}`, pym: `pym-${lang}` };
      const { page, frame, errors, foreign } = await openArticle(lang, 360, `?embed=1&lang=${lang}&route=cku-railway&id=${ids.dw}&childId=${ids.pym}`);

      // The caption, not the app's chrome: the route's name, what is shown, no panel, no Present button.
      const title = await frame.getByTestId('embed-title').textContent();
      expect(title).toMatch(lang === 'ar' ? /[\u0600-\u06FF]/ : /Kyrgyzstan/);
      expect(await frame.locator('.app').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await frame.getByTestId('embed-alt').textContent()).toContain(title!);
      expect(await frame.locator('.panel, .present-button, .legend').count()).toBe(0);

      // Height: all three formats, the same plausible figure, from the atlas's origin.
      await expect.poll(async () => Object.values(await heights(page, ids)).every((v) => v !== undefined)).toBe(true);
      const narrow = await heights(page, ids);
      expect(narrow.origins).toEqual([base]);
      expect(narrow.datawrapper).toBe(narrow.plain);
      expect(narrow.pym).toBe(narrow.plain);
      expect(narrow.plain).toBeGreaterThan(300);
      expect(narrow.plain).toBeLessThan(800);
      // The article applied it: the map has room, and no new height is asked for (no feedback loop).
      await expect.poll(async () => (await page.locator('iframe#atlas').boundingBox())?.height).toBe(narrow.plain);
      expect((await frame.getByTestId('map').boundingBox())!.height).toBeGreaterThanOrEqual(200);
      const count = (await messages(page)).length;
      // A second later (on the fake clock: every debounced height is due) and once the embed's map
      // has taken in its new size, still no new message.
      await page.clock.runFor(1000);
      await settle(frame);
      expect((await messages(page)).length).toBe(count);

      // The link out: the same view in the full app, in a new tab.
      const open = frame.getByTestId('embed-open');
      const href = new URL((await open.getAttribute('href'))!);
      expect(href.origin).toBe(base);
      expect(href.searchParams.get('lang')).toBe(lang);
      expect(href.searchParams.get('route')).toBe('cku-railway');
      for (const p of ['embed', 'id', 'childId']) expect(href.searchParams.has(p), p).toBe(false);
      expect(await open.getAttribute('target')).toBe('_blank');
      expect(await open.getAttribute('rel')).toContain('noopener');

      // A wheel over the map scrolls the article, not the map; the map says how to zoom, in the reader's language.
      const zoom = () => frame.evaluate(() => window.__corridorAtlasMap.getZoom());
      const zoomBefore = await zoom();
      const box = (await page.locator('iframe#atlas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(await zoom()).toBe(zoomBefore);
      expect(await frame.locator('.maplibregl-desktop-message').textContent()).toBe(GESTURE_HELP[lang]);

      // Wider: a taller map, so a taller embed.
      await page.setViewportSize({ width: 800, height: 900 });
      await expect.poll(async () => (await heights(page, ids)).plain).toBeGreaterThan(narrow.plain! + 100);
      const wide = await heights(page, ids);
      expect(wide.datawrapper).toBe(wide.plain);
      expect(wide.pym).toBe(wide.plain);
      expect(wide.plain).toBeLessThan(1100);

      // No offline copy for a reader of an article (the full app registers one right after map-ready).
      expect(await frame.evaluate(() => (window as unknown as { __swRegistrations: number }).__swRegistrations)).toBe(0);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `e2e/artifacts/embed-${lang}.png` });
    });
  }

  it('with storage blocked in the frame, the embed still draws with no error; a click on a route names it in the caption, not in the article’s history', async () => {
    const { page, frame, errors, foreign } = await openArticle('ar', 800, '?embed=1&lang=ar&chartId=dw-1', { blockStorage: true });
    expect(await frame.evaluate(() => { try { return typeof localStorage; } catch (e) { return (e as DOMException).name; } })).toBe('SecurityError');
    // The overview says what it shows, with its compact legend.
    expect(await frame.getByTestId('embed-shown').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await frame.getByTestId('embed-legend').locator('li').count()).toBeGreaterThan(3);

    // Click a route where the map draws it: a point of some route's line where the map's own hit layer finds that route first, and no place dot.
    const lines = ROUTES.map((r) => ({ id: r.properties.id, coords: r.features.flatMap((f) => f.geometry.coordinates) }));
    const at = await frame.evaluate((lines) => {
      const m = window.__corridorAtlasMap;
      const canvas = m.getCanvas();
      const r = canvas.getBoundingClientRect();
      for (const { id, coords } of lines) {
        for (const c of coords) {
          const p = m.project(c);
          // Not under a control or the caption: the click must reach the map.
          if (document.elementFromPoint(r.left + p.x, r.top + p.y) !== canvas) continue;
          const hits = m.queryRenderedFeatures([p.x, p.y]);
          // No place dot within a few pixels either: a dot wins a click (bridge.ts).
          const near = m.queryRenderedFeatures([[p.x - 10, p.y - 10], [p.x + 10, p.y + 10]]);
          if (hits.find((h) => h.layer.id === 'route-hit')?.properties.id === id && !near.some((h) => h.layer.id === 'place-dot')) return { id, x: p.x, y: p.y };
        }
      }
      return null;
    }, lines);
    expect(at).not.toBeNull();
    const map = (await frame.getByTestId('map').boundingBox())!;
    const historyBefore = await page.evaluate(() => history.length);
    await page.mouse.click(map.x + at!.x, map.y + at!.y);
    const name = ROUTE_NAMES_AR[at!.id];
    await expect.poll(() => frame.getByTestId('embed-title').textContent()).toBe(name);
    expect(await frame.getByTestId('embed-shown').textContent()).toMatch(/ · /);
    // The embed's address keeps embed=1 and the id; the article's Back button is not taken over.
    await expect.poll(() => frame.evaluate(() => location.search)).toBe(`?lang=ar&route=${at!.id}&embed=1&chartId=dw-1`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await frame.getByTestId('embed-open').getAttribute('href')).toBe(`${base}/?lang=ar&route=${at!.id}`);
    expect(await frame.getByTestId('embed-alt').textContent()).toContain(name);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: 'e2e/artifacts/embed-ar-clicked.png' });
  });

  it('the Share tab gives the snippet of the current view, sized as chosen, and a live preview of it', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: 'ar', query: '&route=trans-caspian&year=2020&panel=share', until: '[data-testid="embed-snippet"]' });
    await page.getByRole('radio', { name: /600/ }).first().check();
    const code = await page.getByTestId('embed-code').inputValue();
    const doc = await page.evaluate((html) => {
      const f = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
      return f && { src: f.getAttribute('src'), title: f.getAttribute('title'), lang: f.getAttribute('lang'), loading: f.getAttribute('loading'),
        fullscreen: f.hasAttribute('allowfullscreen'), style: f.getAttribute('style'), height: f.getAttribute('height') };
    }, code);
    expect(doc).not.toBeNull();
    const src = new URL(doc!.src!);
    expect(`${src.origin}${src.pathname}`).toBe(`${base}/`);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ embed: '1', lang: 'ar', route: 'trans-caspian', year: '2020' });
    expect(src.searchParams.has('panel')).toBe(false);
    expect(doc!.title).toMatch(/[\u0600-\u06FF]/);
    expect(doc).toMatchObject({ lang: 'ar', loading: 'lazy', fullscreen: true });
    expect(doc!.style).toContain('600px');

    // The preview is that embed, drawn.
    await page.getByTestId('embed-preview').click();
    const preview = page.frameLocator('[data-testid="embed-preview-frame"]');
    await preview.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
    expect(await preview.getByTestId('embed-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
