// What the map says about its own lines: which legs are traced from open geodata and which are
// schematic (legend, panel, map source, GeoJSON download), published lengths compared like with
// like, and the railway's ground profile with its highest point named from a source.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { openAtlas, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });
// One page per language at 1280×800, going from route to route as a link would.
const pages = { en: sharedAtlas(base, { lang: 'en' }, { scale: 0.5 }), ar: sharedAtlas(base, { lang: 'ar' }, { scale: 0.5 }) };

async function openRoute(route: string, lang: 'en' | 'ar'): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await pages[lang]();
  await visit(page, `&route=${route}`);
  await page.getByTestId('route-detail').waitFor();
  return { page, errors };
}

/** The x of the distance axis label that reads `text` (tick labels only). */
async function tickX(page: Page, text: RegExp): Promise<number> {
  const ticks = page.locator('.profile-axis > g > text');
  const n = await ticks.count();
  for (let i = 0; i < n; i++) {
    const tick = ticks.nth(i);
    if (text.test((await tick.textContent()) ?? '')) {
      const box = (await tick.boundingBox())!;
      return box.x + box.width / 2;
    }
  }
  throw new Error(`no distance tick reads ${text}`);
}

describe('the ground profile', () => {
  it.each([
    ['en', 'Torugart Pass', /Highest point: Torugart Pass, 3,752 m/, /km/],
    ['ar', 'ممر توروغارت', /أعلى نقطة: ممر توروغارت، 3,752 م/, /كم/],
  ] as const)('shows how high the railway climbs, with Torugart named and its height (%s)', async (lang, name, highest, unit) => {
    const { page, errors } = await openRoute('cku-railway', lang);
    const profile = page.getByTestId('profile');
    await profile.scrollIntoViewIfNeeded();
    expect(await profile.isVisible()).toBe(true);
    // The named point, from data, on the chart and in the caption.
    const mark = page.getByTestId('profile-highest-mark');
    expect(await mark.textContent()).toContain(name);
    expect(await mark.textContent()).toContain('3,752');
    expect(await page.getByTestId('profile-highest').textContent()).toMatch(highest);
    // The grid's resolution is stated; the axes are labelled.
    const caption = (await profile.locator('figcaption').textContent())!;
    expect(caption).toMatch(lang === 'en' ? /20′ elevation grid/ : /20 دقيقة قوسية/);
    expect(await profile.locator('.profile-axis-title').allTextContents()).toEqual(lang === 'en'
      ? ['Distance along the line (km)', 'Height (m)']
      : ['المسافة على امتداد الخط (كم)', 'الارتفاع (م)']);
    // Distance runs left to right in English, right to left in Arabic.
    const zero = await tickX(page, /^0$/);
    const far = await tickX(page, /^400$/);
    expect(lang === 'en' ? far > zero : far < zero).toBe(true);
    // The value under the keyboard: the slider reads km and metres.
    const slider = page.getByTestId('profile-slider');
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(new RegExp(`^4\\d\\d ${unit.source}: \\d{3,4} ${lang === 'en' ? 'm' : 'م'}$`));
    await page.keyboard.press('Home');
    expect(await page.getByTestId('profile-readout').textContent()).toMatch(new RegExp(`^0 ${unit.source}: 1,?\\d{3} `));
    // And under the pointer.
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('profile-readout').textContent()).toMatch(/\d+ (km|كم): [\d,]+ (m|م)/);
    expect(errors).toEqual([]);
  });

  it('follows the digits setting in Arabic', async () => {
    const { page } = await openRoute('cku-railway', 'ar');
    await page.locator('.digits-toggle').click();
    await expect.poll(() => page.getByTestId('profile-highest-mark').textContent()).toMatch(/[٠-٩]/);
    expect(await page.locator('.profile-axis > g > text').first().textContent()).toMatch(/^[٠-٩]+$/);
    await page.locator('.digits-toggle').click();
  });

  it('is on the railway\'s briefing slide, and stays when the text is folded away', async () => {
    const { page, errors } = await pages.en();
    await visit(page, '&mode=brief&slide=4');
    const card = page.getByTestId('slide-card');
    await expect.poll(() => card.getByTestId('profile').isVisible()).toBe(true);
    expect(await card.locator('svg text').allTextContents()).toContain('Torugart Pass 3,752 m');
    await card.getByRole('button', { name: 'Hide text' }).click();
    await expect.poll(() => card.locator('.slide-text').isVisible()).toBe(false);
    expect(await card.getByTestId('profile').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is not drawn for a schematic-only route, which says why', async () => {
    const { page } = await openRoute('trans-caspian', 'en');
    expect(await page.getByTestId('profile').count()).toBe(0);
    expect(await page.getByTestId('no-profile').textContent()).toMatch(/too much of this line is schematic/);
  });
});

describe('traced and schematic legs', () => {
  it('the legend and the panel tell them apart, and the map source carries it', async () => {
    // At 1920×1080, where the legend is open.
    const { page, errors } = await openAtlas(browser(), base, { size: { width: 1920, height: 1080 }, query: '&route=cagp-abc' });
    await page.getByTestId('route-detail').waitFor();
    const legend = page.getByTestId('legend');
    if (await legend.locator('.legend-toggle').getAttribute('aria-expanded') === 'false') await legend.locator('.legend-toggle').click();
    expect(await page.getByTestId('legend-traced').textContent()).toMatch(/traced from open geodata/);
    expect(await page.getByTestId('legend-schematic').textContent()).toMatch(/Schematic/);
    const legs = page.getByTestId('route-legs').locator('li');
    expect(await legs.evaluateAll((els) => els.map((e) => e.getAttribute('data-alignment')))).toEqual(['schematic', 'traced']);
    expect(await legs.nth(0).textContent()).toMatch(/Schematic, drawn through waypoints: Malay gas field – Saman-Depe/);
    const traced = (await legs.nth(1).textContent())!;
    expect(traced).toMatch(/Traced from open geodata/);
    expect(traced).toMatch(/Global Energy Monitor/);
    expect(traced).toMatch(/Open Database License \(ODbL\) 1\.0/);
    expect(traced).toContain('© OpenStreetMap contributors');
    // Like with like: the 1,833 km is compared without Turkmenistan.
    const first = page.getByTestId('published-length').first();
    expect(await first.getByTestId('length-compare').textContent()).toMatch(/Computed over the same countries \(Uzbekistan, Kazakhstan, China\): 1,829 km, -0\.2\s?%/);
    const alignments = await page.evaluate(() => {
      const map = window.__corridorAtlasMap;
      return [...new Set(map.querySourceFeatures('routes').filter((f) => f.properties.id === 'cagp-abc').map((f) => f.properties.alignment as string))].sort();
    });
    expect(alignments).toEqual(['schematic', 'traced']);
    expect(errors).toEqual([]);
  });

  it('the Arabic panel says the same, and explains a difference of more than a tenth', async () => {
    const { page } = await openRoute('cku-railway', 'ar');
    expect(await page.getByTestId('route-legs').textContent()).toMatch(/تخطيطي، مرسوم عبر نقاط وسيطة متقاربة على امتداد الوديان والممرات الجبلية/);
    const chinese = page.getByTestId('published-length').filter({ hasText: 'القسم الصيني' });
    expect(await chinese.getByTestId('length-compare').textContent()).toMatch(/المحسوب على الدول نفسها \(الصين\): 135 كم/);
    expect(await chinese.getByTestId('length-why').textContent()).toMatch(/^سبب الفرق:/);
  });

  it('the GeoJSON download (Share → data) carries alignment, source and licence per feature', async () => {
    const { page, errors } = await openAtlas(browser(), base, { query: '&layers=gas-pipeline,oil-pipeline,railway&panel=share' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('geojson').click()]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      license: string; attribution: string;
      features: { geometry: { type: string }; properties: { id: string; alignment?: string; source?: string; licence?: string } }[];
    };
    const legs = data.features.filter((f) => f.geometry.type === 'LineString').map((f) => f.properties);
    expect(legs.length).toBeGreaterThan(4);
    for (const leg of legs) {
      expect(['traced', 'schematic'], leg.id).toContain(leg.alignment);
      expect(leg.source, leg.id).toBeTruthy();
      expect(leg.licence, leg.id).toMatch(/^(ODbL-1\.0|CC-BY-4\.0)$/);
    }
    expect(legs.filter((l) => l.alignment === 'traced').map((l) => `${l.id}:${l.licence}`).sort()).toEqual(['cagp-abc:ODbL-1.0', 'kz-cn-oil:CC-BY-4.0']);
    expect(data.license).toMatch(/ODbL/);
    expect(data.license).toContain('© OpenStreetMap contributors');
    expect(data.attribution).toContain('© OpenStreetMap contributors');
    expect(errors).toEqual([]);
  });
});
