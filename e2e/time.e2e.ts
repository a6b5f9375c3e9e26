// Through time: the year slider with the mouse and the keyboard in both reading directions, play,
// the network of a year on the map (routes not yet begun hidden, the others in the status they had),
// the year in links, language switches, citations and the briefing, and a slider that never covers
// what was picked.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser, waitForMapReady } from './browser';
import { SIZES, expectInView, linesOf, openAtlas, settle } from './driver';

const base = inject('baseUrl');
const browser = sharedBrowser();
beforeAll(async () => {
  await browser().context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const FIRST = 2005;
const LAST = 2030;
const SPAN = LAST - FIRST;

const slider = (page: Page) => page.getByTestId('year-slider');
const valueNow = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));
const yearParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('year'));
const shownValue = (page: Page) => page.getByTestId('year-value').textContent();

/** Each route drawn on the map now, with the status it is drawn in; and the route names on the map. */
async function drawn(page: Page): Promise<{ routes: Record<string, string>; names: string[] }> {
  return page.evaluate(() => {
    type F = { properties: Record<string, unknown> };
    const map = (window as unknown as { __corridorAtlasMap: { querySourceFeatures: (s: string) => F[] } }).__corridorAtlasMap;
    const routes: Record<string, string> = {};
    for (const f of map.querySourceFeatures('routes')) routes[String(f.properties.id)] = String(f.properties.status);
    const names = [...new Set(map.querySourceFeatures('labels').filter((f) => f.properties.role === 'route').map((f) => String(f.properties.id)))].sort();
    return { routes, names };
  });
}

/** Waits until the map has drawn the network of `year` ('today' for none). */
async function mapShowsYear(page: Page, year: number | 'today'): Promise<void> {
  await expect.poll(() => page.getByTestId('map').getAttribute('data-year')).toBe(String(year));
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __corridorAtlasMap: { loaded: () => boolean; once: (e: string, f: () => void) => void; isMoving: () => boolean; triggerRepaint: () => void } }).__corridorAtlasMap;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/** The x of a year on the track, in either reading direction. */
async function xOf(page: Page, year: number, rtl = false): Promise<{ x: number; y: number }> {
  const box = (await slider(page).boundingBox())!;
  const f = (year - FIRST) / SPAN;
  return { x: box.x + box.width * (rtl ? 1 - f : f), y: box.y + box.height / 2 };
}

describe('the year slider', () => {
  it('a click on the track and a drag choose a year, in English left to right and in Arabic right to left', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, 'en');
    expect(await shownValue(page)).toBe('Today');
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('today');
    let p = await xOf(page, 2014);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => shownValue(page)).toBe('2014');
    await expect.poll(() => yearParam(page)).toBe('2014');
    await mapShowsYear(page, 2014);
    // Drag from 2014 to 2020 (the bar has grown by the year's milestones: measure again).
    await settle(page);
    p = await xOf(page, 2014);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    p = await xOf(page, 2017);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    p = await xOf(page, 2020);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => valueNow(page)).toBe(2020);
    await expect.poll(() => yearParam(page)).toBe('2020');
    await page.getByTestId('timeline-today').click();
    await expect.poll(() => shownValue(page)).toBe('Today');
    await expect.poll(() => yearParam(page)).toBe(null);

    // Arabic: the axis runs right to left, so 2014 lies near the right end.
    await page.goto(`${base}/?lang=ar`);
    await waitForMapReady(page);
    const box = (await slider(page).boundingBox())!;
    const ticks = await page.locator('.timebar-tick').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().x]));
    expect(ticks.at(0)![0]).toBe('2005');
    expect(Number(ticks.at(0)![1]), '2005 on the right').toBeGreaterThan(Number(ticks.at(-1)![1]));
    p = await xOf(page, 2014, true);
    expect(p.x).toBeGreaterThan(box.x + box.width / 2);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => valueNow(page)).toBe(2014);
    await expect.poll(() => yearParam(page)).toBe('2014');
    await page.screenshot({ path: 'e2e/artifacts/time-2014-ar.png' });
    expect(errors).toEqual([]);
  });

  it('the keyboard steps years, arrows in the reading direction, Home and End, PageUp and PageDown', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, lang);
      await slider(page).focus();
      await page.keyboard.press('Home');
      await expect.poll(() => valueNow(page)).toBe(FIRST);
      // → is later in English, earlier in Arabic; ← the other way.
      await page.keyboard.press(lang === 'en' ? 'ArrowRight' : 'ArrowLeft');
      await expect.poll(() => valueNow(page)).toBe(FIRST + 1);
      await page.keyboard.press('PageUp');
      await expect.poll(() => valueNow(page)).toBe(FIRST + 6);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => valueNow(page)).toBe(FIRST + 7);
      await page.keyboard.press('End');
      await expect.poll(() => valueNow(page)).toBe(LAST);
      // After today: the value says it is the future, what is planned.
      expect(await slider(page).getAttribute('aria-valuetext')).toMatch(lang === 'en' ? /^2030, in the future: what is planned, expected$/ : /^2030، في المستقبل/);
      expect(await page.getByTestId('timeline').getAttribute('class')).toContain('timebar--future');
      expect(await page.getByTestId('timeline-milestones').textContent()).toMatch(lang === 'en' ? /expected, not fact/ : /متوقع لا واقع/);
      await page.keyboard.press(lang === 'en' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => valueNow(page)).toBe(LAST - 1);
      await page.keyboard.press('PageDown');
      await expect.poll(() => valueNow(page)).toBe(LAST - 6);
      await expect.poll(() => yearParam(page)).toBe(String(LAST - 6));
      expect(await slider(page).getAttribute('aria-valuetext')).toBe(String(LAST - 6));
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('play advances the years, and a key stops it', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, 'en');
    await page.getByTestId('timeline-play').click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('true');
    // From today it starts at the first year, then a year at a time (slowly: the tests ask for reduced motion).
    await expect.poll(() => valueNow(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(FIRST + 2);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('false');
    const stopped = await valueNow(page);
    await page.waitForTimeout(3000);
    expect(await valueNow(page)).toBe(stopped);
    // Play again, and a click elsewhere stops it too.
    await page.getByTestId('timeline-play').click();
    await expect.poll(() => valueNow(page), { timeout: 15_000 }).toBeGreaterThan(stopped);
    await page.mouse.click(200, 230);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('?year=2014 shows the network of 2014, keeps it through a language switch, and puts it in copied links and citations', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, 'en', '&year=2014');
    await mapShowsYear(page, 2014);
    const net = await drawn(page);
    // Not yet begun in 2014: the railway, the highway, the trans-Caspian route.
    for (const id of ['cku-railway', 'cku-highway', 'trans-caspian']) expect(net.routes[id], id).toBeUndefined();
    expect(net.routes['cagp-abc']).toBe('operating');
    expect(net.routes['cagp-d']).toBe('under-construction');
    expect(net.routes['kz-cn-oil']).toBe('operating');
    // The route names follow what is drawn.
    expect(net.names).toEqual(Object.keys(net.routes).sort());
    // Line C is a milestone of the operating pipeline in 2014, listed with the year.
    expect(await page.getByTestId('timeline-milestones').textContent()).toContain('Gas starts flowing into Line C');
    expect(await page.locator('.list-button[data-route="cku-railway"] [data-testid="route-list-status"]').textContent()).toContain('Not yet in 2014');
    expect(await page.locator('.list-button[data-route="cagp-d"] [data-testid="route-list-status"]').textContent()).toContain('Under construction in 2014');

    // The route panel gives the status of 2014, and today's beside it.
    await page.locator('.list-button[data-route="cagp-d"]').click();
    await expect.poll(() => page.getByTestId('route-status').textContent()).toBe('Under construction in 2014');
    expect(await page.locator('.badge--today').textContent()).toBe('Today: Planned, stalled');

    await page.locator('.lang-switch').click();
    await page.waitForSelector('[data-testid="app"][lang="ar"]');
    await expect.poll(() => yearParam(page)).toBe('2014');
    expect(await shownValue(page)).toBe('2014');
    expect(await page.getByTestId('route-status').textContent()).toBe('قيد الإنشاء في 2014');
    expect(Object.keys((await drawn(page)).routes).sort()).toEqual(Object.keys(net.routes).sort());

    await page.getByRole('tab', { name: 'مشاركة' }).click();
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('نُسخ الرابط.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('year=2014');
    expect(link).toContain('lang=ar');

    await page.getByTestId('cite-en').click();
    const citation = await page.getByTestId('citation').inputValue();
    expect(citation).toContain('as of 2014');
    expect(citation).toContain('year=2014');
    await page.getByTestId('cite-ar').click();
    expect(await page.getByTestId('citation').inputValue()).toContain('بحسب الوضع عام 2014');

    // And the link opens the same network.
    const other = await openPage(browser(), base);
    await other.page.setViewportSize({ width: 1280, height: 720 });
    await other.page.goto(link);
    await waitForMapReady(other.page);
    await mapShowsYear(other.page, 2014);
    expect(Object.keys((await drawn(other.page)).routes).sort()).toEqual(Object.keys(net.routes).sort());
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('2022: the railway planned; 2030: its opening expected, marked as the future', async () => {
    const { page } = await openAtlas(browser(), base, SIZES[2]!, 'en', '&year=2022&route=cku-railway');
    await mapShowsYear(page, 2022);
    expect((await drawn(page)).routes['cku-railway']).toBe('planned');
    expect(await page.getByTestId('route-status').textContent()).toBe('Planned in 2022');
    await slider(page).focus();
    await page.keyboard.press('End');
    await mapShowsYear(page, 2030);
    expect((await drawn(page)).routes['cku-railway']).toBe('operating');
    expect(await page.getByTestId('route-status').textContent()).toBe('Operating in 2030: expected');
    expect(await shownValue(page)).toBe('2030 · expected');
    // The milestone of 2030 is marked as expected wherever it is shown.
    expect(await page.locator('[data-testid="route-detail"] li[data-future="true"]').textContent()).toMatch(/expected.*Operations expected/);
    expect(await page.locator('[data-testid="timeline-milestones"] li[data-future="true"]').textContent()).toMatch(/expected/);
  });

  it('the mechanism\'s meetings lie on the same axis: picking one goes to its year and opens it', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, 'en');
    await page.locator('[data-event="foreign-ministers-2022"]').click();
    await expect.poll(() => valueNow(page)).toBe(2022);
    await expect.poll(() => page.getByTestId('meeting').isVisible()).toBe(true);
    expect(await page.getByTestId('timeline-event').textContent()).toContain("Third China–Central Asia foreign ministers' meeting");
    await page.locator('[data-event="summit-2023"]').click();
    await expect.poll(() => valueNow(page)).toBe(2023);
    expect(await page.getByTestId('timeline-event').textContent()).toMatch(/First China–Central Asia Summit.*18–19 May/);
    expect(await page.locator('[data-event]').count()).toBe(5);
    expect(errors).toEqual([]);
  });

  it('does not cover what is picked, in either reading direction at 1280×720', async () => {
    for (const lang of ['en', 'ar'] as const) {
      for (const [route, year] of [['trans-caspian', 2020], ['china-europe-rail', 2014], ['cagp-abc', 2014]] as const) {
        const { page } = await openAtlas(browser(), base, SIZES[2]!, lang, `&route=${route}&year=${year}`);
        expect(await page.getByTestId('timeline-milestones').isVisible()).toBe(true);
        await expectInView(page, linesOf([route]), `${route} in ${year}, ${lang}, with the slider open`);
        await page.close();
      }
    }
  });

  it('on a phone it is a small button that opens above the map, clear of the sheet', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[0]!, 'ar', '&year=2014');
    const button = page.getByTestId('timeline-open');
    expect(await button.textContent()).toBe('السنة: 2014');
    await button.click();
    await settle(page);
    const bar = (await page.getByTestId('timeline').boundingBox())!;
    const sheet = (await page.getByTestId('panel').boundingBox())!;
    expect(bar.y + bar.height, 'the slider above the sheet').toBeLessThanOrEqual(sheet.y);
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => valueNow(page)).toBe(2015);
    await page.screenshot({ path: 'e2e/artifacts/time-phone-ar.png' });
    expect(errors).toEqual([]);
  });

  it('is not in the briefing; a slide of another year shows that year\'s network and says so', async () => {
    const { page, errors } = await openAtlas(browser(), base, SIZES[2]!, 'en', '&year=2014&mode=brief&slide=9');
    expect(await page.getByTestId('timeline').count()).toBe(0);
    expect(await page.getByTestId('slide-year').textContent()).toBe('The network as of 2022');
    await mapShowsYear(page, 2022);
    expect((await drawn(page)).routes['cku-railway']).toBe('planned');
    await page.keyboard.press('PageDown');
    await mapShowsYear(page, 'today');
    expect((await drawn(page)).routes['cku-railway']).toBe('under-construction');
    expect(await page.getByTestId('slide-year').count()).toBe(0);
    // Leaving the briefing brings back the explore year.
    await page.keyboard.press('Escape');
    await mapShowsYear(page, 2014);
    expect(errors).toEqual([]);
  });
});
