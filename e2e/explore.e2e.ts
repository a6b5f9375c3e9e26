// What a user does when exploring: load, look, hover, click, toggle, search, share. Tests about
// loading open their own page; the others share one page per language and go from case to case as
// a link or Back would.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, imageStats } from './browser';
import { mapIdle, mapReady, openAtlas, resize, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });
const english = sharedAtlas(base, { lang: 'en' }, { scale: 0.5 });
const arabic = sharedAtlas(base, { lang: 'ar' }, { scale: 0.5 });

/** Route ids of the route lines the map draws right now. */
async function drawnRoutes(page: Page): Promise<string[]> {
  await mapIdle(page);
  return page.evaluate(() => {
    const map = window.__corridorAtlasMap;
    return [...new Set(map.queryRenderedFeatures({ layers: ['route-line'] }).map((f) => String(f.properties.id)))].sort();
  });
}

/** How many distinct colours the map canvas shows: a blank canvas has one or two. */
async function canvasColours(page: Page): Promise<number> {
  return (await imageStats(page, await page.locator('.maplibregl-canvas').screenshot())).colours;
}

describe('loading', () => {
  it('loads with no request leaving the origin, draws the map once when its first view is complete, and marks map-ready', async () => {
    const { page, errors, foreignRequests } = await openAtlas(browser(), base, {
      until: 'map',
      // Count the animation frames that drew with WebGL before the ready mark.
      prepare: (p) => p.addInitScript(() => {
        const w = window as unknown as { __drawsBeforeReady: number };
        w.__drawsBeforeReady = 0;
        let drew = false;
        for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
          for (const name of ['drawElements', 'drawArrays']) {
            const real = proto[name]!;
            proto[name] = function (this: unknown, ...args: unknown[]) { drew = true; return real.apply(this, args); };
          }
        }
        const raf = requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((t) => {
          drew = false;
          cb(t);
          if (drew && !performance.getEntriesByName('app:map-ready').length) w.__drawsBeforeReady += 1;
        });
      }),
    });
    // The gate found the MapLibre internals it relies on and opened by itself (drawGate.ts): if a
    // MapLibre upgrade moves them, this says "unsupported" (or "timeout") instead.
    expect(await page.getByTestId('map').getAttribute('data-draw-gate')).toBe('complete');
    expect(await page.evaluate(() => typeof window.__corridorAtlasMap._placementDirty)).toBe('boolean');
    expect(await page.evaluate(() => (window as unknown as { __drawsBeforeReady: number }).__drawsBeforeReady)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => performance.getEntriesByName('app:map-ready').length)).toBe(1);
    expect(await canvasColours(page)).toBeGreaterThan(20);
    const routes = await drawnRoutes(page);
    for (const id of ['cku-railway', 'cagp-abc', 'cagp-d', 'trans-caspian', 'china-europe-rail']) expect(routes).toContain(id);
    await expect.poll(() => page.locator('.legend').isVisible()).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'e2e/artifacts/explore-en.png' });
  });

  it('opens the route named in the link on load', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: null, query: '?route=cku-railway&lang=en', until: 'commit' });
    await expect.poll(() => page.getByTestId('route-detail').locator('h2').textContent()).toContain('Kyrgyzstan');
    await mapReady(page);
    const state = await page.evaluate(() => window.__corridorAtlasMap.getFeatureState({ source: 'routes', id: 'cku-railway' }));
    expect(state.selected).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an unknown route or malformed layer list in the link shows a notice and nothing breaks', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: null, query: '?route=nope&layers=%%&lang=en' });
    const notices = page.getByTestId('notice');
    await expect.poll(() => notices.count()).toBe(2);
    expect(await notices.first().textContent()).toContain('nope');
    expect(await page.getByTestId('route-detail').count()).toBe(0);
    expect((await drawnRoutes(page)).length).toBeGreaterThanOrEqual(5);
    await notices.first().getByRole('button').click();
    await expect.poll(() => notices.count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('exploring in English', () => {
  it('clicking a route in the list opens its panel with the computed length, and shares it in the URL', async () => {
    const { page, errors } = await english();
    const historyBefore = await page.evaluate(() => history.length);
    await page.locator('button[data-route="cku-railway"]').click();
    const detail = page.getByTestId('route-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toContain('Kyrgyzstan');
    const computed = await detail.getByTestId('computed-length').textContent();
    const km = Number(computed?.match(/([\d,]+) km/)?.[1]?.replace(/,/g, ''));
    expect(km).toBeGreaterThan(400);
    expect(km).toBeLessThan(650);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('route=cku-railway');
    // A choice is one step in the history; moving the map is not.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6 - 120, box.y + box.height / 2 + 40, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('map=');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    expect(errors).toEqual([]);
  });

  it('Back steps back through what was chosen and stays in the app', async () => {
    const { page, errors } = await english();
    await visit(page, '');
    await page.locator('button[data-route="cku-railway"]').click();
    await page.getByTestId('route-detail').getByRole('button', { name: 'Kyrgyzstan' }).click();
    await expect.poll(() => page.getByTestId('country-detail').locator('h2').textContent()).toBe('Kyrgyzstan');
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('country'))).toBe('KGZ');

    await page.goBack();
    await expect.poll(() => page.getByTestId('route-detail').locator('h2').textContent()).toContain('Kyrgyzstan–Uzbekistan');
    await page.goBack();
    await expect.poll(() => page.locator('button[data-route]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => location.search)).not.toContain('route=');
    // Forward again, and the map shows the route once more.
    await page.goForward();
    await expect.poll(() => page.evaluate(() => window.__corridorAtlasMap.getFeatureState({ source: 'routes', id: 'cku-railway' }).selected)).toBe(true);
    expect(page.url().startsWith(base)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a route opened after scrolling the list starts at its top, with focus on its name', async () => {
    const { page } = await english();
    await resize(page, { width: 1280, height: 720 });
    try {
      await visit(page, '');
      const body = page.locator('#panel-body');
      await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await page.locator('button[data-route="trans-caspian"]').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('route-title');
      expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
      const title = (await page.locator('#route-title').boundingBox())!;
      const panel = (await body.boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(panel.y);
      // Back to the list puts focus on the route that was open.
      await page.getByTestId('route-detail').locator('.back-button').first().click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.route)).toBe('trans-caspian');
    } finally {
      await resize(page, { width: 1280, height: 800 });
    }
  });

  it('hovering a route names it in a tooltip; clicking it on the map opens its panel', async () => {
    const { page } = await english();
    await visit(page, '');
    // A point on the gas pipeline in the Kyzylkum, where no other route runs: the middle of its
    // sixth segment, read from the data file.
    const line: [number, number][] = JSON.parse(readFileSync('data/routes/cagp-abc.geojson', 'utf8')).features[0].geometry.coordinates;
    const [a, b] = [line[5]!, line[6]!];
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const pt = await page.evaluate((m) => window.__corridorAtlasMap.project(m), mid);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + pt.x, box.y + pt.y);
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/Gas Pipeline|gas pipeline/i);
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/Gas/);
  });

  it('choosing a proposal point highlights its routes and countries; from a route you can jump to its point and back', async () => {
    const { page } = await english();
    await visit(page, '&route=cku-railway');
    await page.getByTestId('route-detail').locator('button[data-point="2"]').click();
    const point = page.getByTestId('point-detail');
    await expect.poll(() => point.isVisible()).toBe(true);
    expect(await point.locator('button[data-route="cku-railway"]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('point=2');
    // The map follows the panel a frame later (after the panel is painted).
    await expect.poll(() => page.evaluate(() => {
      const map = window.__corridorAtlasMap;
      return { kaz: map.getFeatureState({ source: 'countries', id: 'KAZ' }).highlight, oil: map.getFeatureState({ source: 'routes', id: 'cagp-abc' }).selected };
    })).toEqual({ kaz: true, oil: true });
    await point.getByRole('button', { name: /Back to/ }).click();
    await expect.poll(() => page.getByTestId('route-detail').isVisible()).toBe(true);
  });

  it('search finds countries in either language, with spelling variants', async () => {
    const { page } = await english();
    await visit(page, '');
    const input = page.getByRole('combobox');
    for (const q of ['كازاخستان', 'قازاقستان', 'Kazakh']) {
      await input.fill(q);
      await expect.poll(() => page.locator('[data-hit="country:KAZ"]').count()).toBe(1);
    }
    await input.fill('Torugart');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__corridorAtlasMap.getFeatureState({ source: 'places', id: 'torugart' }).selected)).toBe(true);
  });

  it('search puts the exact name first and finds a kind of route; a place dot on the map opens its panel', async () => {
    const { page } = await english();
    await visit(page, '');
    const input = page.getByRole('combobox');
    await input.fill('China');
    await expect.poll(() => page.locator('.search-hit').first().getAttribute('data-hit')).toBe('country:CHN');
    await input.fill('railway');
    await expect.poll(async () => (await page.locator('.search-hit[data-hit^="route:"]').allTextContents()).length).toBeGreaterThanOrEqual(2);
    await input.fill('');
    // Kashgar's dot, where the railway starts: clicking it opens Kashgar, not the railway.
    const kashgar = (JSON.parse(readFileSync('data/places.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[] })
      .features.find((f) => f.properties.id === 'kashgar')!.geometry.coordinates;
    const pt = await page.evaluate((c) => window.__corridorAtlasMap.project(c), kashgar);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => page.getByTestId('place-detail').locator('h2').textContent()).toBe('Kashgar');
  });

  it('names every rights holder on the map, and opens the full credits on request', async () => {
    const { page } = await english();
    await visit(page, '');
    const credits = page.locator('.attribution--map .attribution-toggle');
    expect(await credits.textContent()).toContain('© OpenStreetMap contributors');
    await credits.click();
    await expect.poll(() => page.getByTestId('attribution-full').first().textContent()).toMatch(/ODbL.*|CC BY/);
  });

  // Last on this page: the layers are a setting, which no link or Back undoes.
  it('a layer toggle hides the routes of that kind', async () => {
    const { page } = await english();
    await visit(page, '');
    expect(await drawnRoutes(page)).toContain('cagp-abc');
    await page.getByRole('checkbox', { name: 'Gas pipeline' }).uncheck();
    await expect.poll(() => drawnRoutes(page)).not.toContain('cagp-abc');
    const after = await drawnRoutes(page);
    expect(after).not.toContain('cagp-d');
    expect(after).toContain('cku-railway');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('layers'))).not.toContain('gas-pipeline');
  });
});

describe('exploring in Arabic', () => {
  // First on this page: Tab starts from the top of a page just loaded.
  it('Tab reaches the panel before the map controls, and the focused map shows a ring', async () => {
    const { page } = await arabic();
    const order: string[] = [];
    for (let i = 0; i < 60 && !order.includes('map'); i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.closest('#panel')) return 'panel';
        if (el?.closest('.maplibregl-ctrl')) return 'control';
        if (el?.classList.contains('maplibregl-canvas')) return 'map';
        return 'other';
      }));
    }
    expect(order.indexOf('panel')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('panel')).toBeLessThan(order.indexOf('map'));
    expect(order.indexOf('panel')).toBeLessThan(order.indexOf('control') === -1 ? Infinity : order.indexOf('control'));
    // The ring is drawn inside the map's edge, where nothing clips it.
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeLessThan(0);
  });

  it('a place chosen in search opens its own panel and goes into the link', async () => {
    const { page } = await arabic();
    await visit(page, '');
    await page.getByRole('combobox').fill('Torugart');
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('place-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('place-title');
    expect(await detail.locator('button[data-route]').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('place'))).toBe('torugart');
  });

  it('marks English source titles in the Arabic panel as English, isolated for direction', async () => {
    const { page } = await arabic();
    await visit(page, '&route=cku-railway');
    const titles = page.locator('.sources li bdi[lang="en"]');
    await expect.poll(() => titles.count()).toBeGreaterThan(0);
    expect(await titles.first().getAttribute('dir')).toBe('ltr');
    expect(await titles.first().textContent()).toMatch(/[A-Za-z]/);
  });

  it('shows the Arabic app right to left, with the panel on the right', async () => {
    const { page, errors } = await arabic();
    await visit(page, '&route=cku-railway');
    const app = page.getByTestId('app');
    expect(await app.getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.getAttribute('dir'))).toBeNull();
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(panel.x + panel.width).toBeGreaterThan(1280 - 40);
    expect(await page.getByTestId('route-detail').locator('h2').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.getByRole('button', { name: 'English' }).count()).toBe(1);
    await page.screenshot({ path: 'e2e/artifacts/route-ar.png' });
    expect(errors).toEqual([]);
  });
});
