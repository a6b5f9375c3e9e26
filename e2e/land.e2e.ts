// The land the corridors cross: after the map is first ready, the relief, the rivers and lakes and
// their names come from the app's own origin, in the current language, beneath the routes; they
// follow a language switch and the high-contrast theme. One page per language, opened on Central Asia.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGS, SIZES, mapIdle, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');

interface Rendered { id: string; name: string; layer: string }

const LAND_LAYERS = ['relief', 'physical-shore', 'physical-lake', 'physical-river', 'physical-river-label', 'physical-label'];
const LABEL_LAYERS = ['physical-river-label', 'physical-label'];
/** Central Asia at zoom 5: the Amu Darya and the Syr Darya, the Tian Shan and the Pamirs. */
const CENTRAL_ASIA = '&map=5.00/40.50/68.00';

async function landReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-physical="ready"]', { timeout: 45_000 });
  await mapIdle(page);
}

/** The page of each language, opened on Central Asia, with the images it asked for. */
const images: Record<string, string[]> = { en: [], ar: [] };
const pages = Object.fromEntries(LANGS.map((lang) => [lang, sharedAtlas(base, {
  size: SIZES[2]!, lang, query: CENTRAL_ASIA,
  prepare: (p) => p.on('request', (r) => { if (r.url().endsWith('.png')) images[lang]!.push(new URL(r.url()).pathname); }),
})]));

/** The land's names drawn now, each in the language its layer writes. */
function namesDrawn(page: Page): Promise<Rendered[]> {
  return page.evaluate((layers) => {
    const map = window.__corridorAtlasMap;
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const field = map.getLayoutProperty(f.layer.id, 'text-field') as [string, string];
      return { id: f.properties.id as string, name: f.properties[field[1]] as string, layer: f.layer.id };
    });
  }, LABEL_LAYERS);
}

function layerOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__corridorAtlasMap.getStyle().layers.map((l) => l.id));
}

/** The land is beneath every route layer and placed after every other label (lower in the list). */
function expectBeneath(order: string[]) {
  const last = Math.max(...LAND_LAYERS.map((id) => order.indexOf(id)));
  for (const id of LAND_LAYERS) expect(order, id).toContain(id);
  for (const id of ['route-hit', 'route-casing', 'route-line', 'place-dot', 'water-label', 'place-label', 'country-label', 'route-blocker', 'route-label']) {
    expect(order.indexOf(id), `${id} above the land`).toBeGreaterThan(last);
  }
  expect(order.indexOf('relief')).toBeGreaterThan(order.indexOf('country-fill'));
}

const ARABIC = /^[\u0600-\u06FF ]+$/;

describe('the land beneath the corridors', () => {
  for (const lang of LANGS) {
    it(`comes after the map is ready, from this origin, named in ${lang}, at 1280×720`, async () => {
      const { page, errors, foreignRequests } = await pages[lang]!();
      await landReady(page);

      // Asked for only after the first map-ready: the data chunk starts after the mark.
      const timing = await page.evaluate(() => {
        const ready = performance.getEntriesByName('app:map-ready')[0]!.startTime;
        const chunk = performance.getEntriesByType('resource').find((e) => /physical-data/.test(e.name));
        return { ready, chunk: chunk?.startTime ?? -1 };
      });
      expect(timing.chunk, 'the physical data chunk').toBeGreaterThanOrEqual(timing.ready);
      // The relief is a hashed asset of the build.
      expect(images[lang]!.some((p) => /\/assets\/relief-[\w-]+\.png$/.test(p)), images[lang]!.join(', ')).toBe(true);
      expect(await page.evaluate(() => window.__corridorAtlasMap.getSource('relief')?.loaded())).toBe(true);

      expectBeneath(await layerOrder(page));
      const drawn = await namesDrawn(page);
      const ids = drawn.map((d) => d.id);
      expect(ids, 'Tian Shan named').toContain('tian-shan');
      expect(ids.includes('amu-darya') || ids.includes('syr-darya'), `a great river named: ${ids.join(', ')}`).toBe(true);
      const tianShan = drawn.find((d) => d.id === 'tian-shan')!;
      expect(tianShan.name).toBe(lang === 'ar' ? 'جبال تيان شان' : 'Tian Shan');
      for (const d of drawn) {
        if (lang === 'ar') expect(d.name, d.id).toMatch(ARABIC);
        else expect(d.name, d.id).toMatch(/^[A-Z][A-Za-z' -]+$/);
      }
      // The six countries' names are still all there: the land's are placed after them.
      const countries = await page.evaluate(() => window.__corridorAtlasMap
        .queryRenderedFeatures({ layers: ['country-label'] }).map((f) => f.properties.id as string));
      expect(countries).toEqual(expect.arrayContaining(['KGZ', 'TJK', 'UZB']));
      await page.screenshot({ path: `e2e/artifacts/land-${lang}.png` });

      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }

  it('follows a language switch: the land is named in Arabic, then in English again', async () => {
    const { page, errors, foreignRequests } = await pages.en!();
    await landReady(page);
    for (const [to, button] of [['ar', 'العربية'], ['en', 'English']] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.waitForSelector(`[data-testid="map"][data-labels-lang="${to}"]`, { timeout: 20_000 });
      await mapIdle(page);
      for (const id of LABEL_LAYERS) {
        expect(await page.evaluate(([layer]) => window.__corridorAtlasMap.getLayoutProperty(layer!, 'text-field'), [id]))
          .toEqual(['get', `name_${to}`]);
      }
      const drawn = await namesDrawn(page);
      expect(drawn.length, `names drawn in ${to}`).toBeGreaterThan(3);
      for (const d of drawn) expect(d.name, d.id).toMatch(to === 'ar' ? ARABIC : /^[A-Z]/);
    }
    expectBeneath(await layerOrder(page));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('stays through the high-contrast theme in a briefing, in its own colours', async () => {
    const { page, errors, foreignRequests } = await pages.ar!();
    await visit(page, '&mode=brief&slide=4');
    await landReady(page);
    const opacity = () => page.evaluate(() => JSON.stringify(window.__corridorAtlasMap.getPaintProperty('relief', 'raster-opacity')));
    const before = await opacity();
    await page.keyboard.press('c');
    await page.waitForSelector('[data-testid="app"][data-contrast="true"]');
    await expect.poll(opacity).not.toBe(before);
    await mapIdle(page);
    expectBeneath(await layerOrder(page));
    const drawn = await namesDrawn(page);
    expect(drawn.map((d) => d.id), 'the slide names its land').toEqual(expect.arrayContaining(['tian-shan']));
    for (const d of drawn) expect(d.name, d.id).toMatch(ARABIC);
    await page.screenshot({ path: 'e2e/artifacts/land-contrast-ar.png' });
    // And back: the plain theme keeps them too.
    await page.keyboard.press('c');
    await page.waitForSelector('[data-testid="app"][data-contrast="false"]');
    await expect.poll(opacity).toBe(before);
    expectBeneath(await layerOrder(page));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
