// Through time, at 1280×720: the year slider with the mouse and the keyboard in both reading
// directions, the network of a year on the map (routes not yet begun hidden, the others in the
// status they had), the mechanism's meetings, and a slider that never covers what was picked. The
// tests share one page per language (time-links.e2e.ts has the links, the phone, the briefing and Play).
import { describe, expect, inject, it } from 'vitest';
import { SIZES, expectInView, linesOf, settle, sharedAtlas, visit } from './driver';
import { FIRST, LAST, chooseYear, drawn, mapShowsYear, shownValue, slider, valueNow, xOf, yearParam } from './timeline';

const base = inject('baseUrl');
const english = sharedAtlas(base, { size: SIZES[2]!, lang: 'en' }, { scale: 0.5 });
const arabic = sharedAtlas(base, { size: SIZES[2]!, lang: 'ar' }, { scale: 0.5 });
const pages = { en: english, ar: arabic };

describe('the year slider', () => {
  it('a click on the track and a drag choose a year, in English left to right', async () => {
    const { page, errors } = await english();
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
    expect(errors).toEqual([]);
  });

  it('a click on the track chooses a year in Arabic, where the axis runs right to left', async () => {
    const { page, errors } = await arabic();
    // 2014 lies near the right end.
    const box = (await slider(page).boundingBox())!;
    const ticks = await page.locator('.timebar-tick').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().x]));
    expect(ticks.at(0)![0]).toBe('2005');
    expect(Number(ticks.at(0)![1]), '2005 on the right').toBeGreaterThan(Number(ticks.at(-1)![1]));
    const p = await xOf(page, 2014, true);
    expect(p.x).toBeGreaterThan(box.x + box.width / 2);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => valueNow(page)).toBe(2014);
    await expect.poll(() => yearParam(page)).toBe('2014');
    await page.screenshot({ path: 'e2e/artifacts/time-2014-ar.png' });
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`the keyboard steps years, arrows in the reading direction, Home and End, PageUp and PageDown (${lang})`, async () => {
      const { page, errors } = await pages[lang]();
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
      expect(await page.getByTestId('timeline-milestones').textContent()).toMatch(lang === 'en' ? /expected, not fact/ : /توقعات لا وقائع/);
      await page.keyboard.press(lang === 'en' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => valueNow(page)).toBe(LAST - 1);
      await page.keyboard.press('PageDown');
      await expect.poll(() => valueNow(page)).toBe(LAST - 6);
      await expect.poll(() => yearParam(page)).toBe(String(LAST - 6));
      expect(await slider(page).getAttribute('aria-valuetext')).toBe(String(LAST - 6));
      expect(errors).toEqual([]);
    });
  }

  it('2022: the railway planned; 2030: its opening expected, marked as the future', async () => {
    const { page, errors } = await english();
    await chooseYear(page, 2022);
    await visit(page, '&route=cku-railway');
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
    expect(errors).toEqual([]);
  });

  it('the mechanism\'s meetings lie on the same axis: picking one goes to its year and opens it', async () => {
    const { page, errors } = await english();
    await visit(page, '');
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
});

describe('the slider does not cover what is picked at 1280×720', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Arabic'}`, async () => {
      const { page, errors } = await pages[lang]();
      for (const [route, year] of [['trans-caspian', 2020], ['china-europe-rail', 2014], ['cagp-abc', 2014]] as const) {
        await chooseYear(page, year);
        await visit(page, `&route=${route}`);
        await mapShowsYear(page, year);
        expect(await page.getByTestId('timeline-milestones').isVisible()).toBe(true);
        await expectInView(page, linesOf([route]), `${route} in ${year}, ${lang}, with the slider open`);
      }
      expect(errors).toEqual([]);
    });
  }
});
