// Through time, in links and beyond the slider: ?year= opens a year's network, keeps it through a
// language switch and goes into copied links and citations; the slider on a phone; the briefing's
// own years; and Play, on the fake clock.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { SIZES, fakeClock, openAtlas, settle } from './driver';
import { FIRST, drawn, mapShowsYear, shownValue, slider, valueNow, yearParam } from './timeline';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });
// Play runs on Playwright's fake clock, which belongs to a whole browser context: a browser of its own.
const clocked = sharedBrowser({ scale: 0.5 });
beforeAll(async () => {
  await browser().context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Play's step with reduced motion, which the test browser asks for (TimeSlider.tsx). */
const STEP_MS = 2400;

describe('a year in links', () => {
  it('?year=2014 shows the network of 2014, keeps it through a language switch, and puts it in copied links and citations', async () => {
    const { page, errors } = await openAtlas(browser(), base, { size: SIZES[2]!, query: '&year=2014' });
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
    const other = await openAtlas(browser(), base, { size: SIZES[2]!, url: link, until: 'map' });
    await mapShowsYear(other.page, 2014);
    expect(Object.keys((await drawn(other.page)).routes).sort()).toEqual(Object.keys(net.routes).sort());
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('on a phone it is a small button that opens above the map, clear of the sheet', async () => {
    const { page, errors } = await openAtlas(browser(), base, { size: SIZES[0]!, lang: 'ar', query: '&year=2014' });
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
    const { page, errors } = await openAtlas(browser(), base, { size: SIZES[2]!, query: '&year=2014&mode=brief&slide=9' });
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

describe('Play', () => {
  it('advances the years, and a key or a click elsewhere stops it', async () => {
    const { page, errors } = await openAtlas(clocked(), base, { size: SIZES[2]!, prepare: fakeClock });
    await page.getByTestId('timeline-play').click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('true');
    // From today it starts at the first year, then a year at a time (slowly: the tests ask for reduced motion).
    await expect.poll(() => valueNow(page)).toBeGreaterThanOrEqual(FIRST);
    await page.clock.runFor(2 * STEP_MS);
    await expect.poll(() => valueNow(page)).toBeGreaterThanOrEqual(FIRST + 2);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('false');
    const stopped = await valueNow(page);
    // Stopped for good: ten steps' time later, the same year.
    await page.clock.runFor(10 * STEP_MS);
    expect(await valueNow(page)).toBe(stopped);
    expect(await page.getByTestId('timeline').getAttribute('data-playing')).toBe('false');
    // Play again, and a click elsewhere stops it too.
    await page.getByTestId('timeline-play').click();
    await page.clock.runFor(STEP_MS);
    await expect.poll(() => valueNow(page)).toBeGreaterThan(stopped);
    await page.mouse.click(200, 230);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-playing')).toBe('false');
    const again = await valueNow(page);
    await page.clock.runFor(10 * STEP_MS);
    expect(await valueNow(page)).toBe(again);
    expect(errors).toEqual([]);
  });
});
