// Where the eye is: at a phone, 1024×768, a projector and 1920×1080, in both languages, whatever
// the user picked (a route, a proposal point, home) or a slide is about lies in the free part of
// the map, with nothing of ours on top of it. One test file per size and language
// (framing-*.e2e.ts) calls this, so they run side by side; the tests of a file share one page and
// go from case to case as a link or Back would.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DECK, SIX, ROUTES, expectInView, linesOf, namedSix, resize, routesOfPoint, settle, sharedAtlas, visit, type ScreenSize } from './driver';

const labelPoints = SIX.map((c) => [c.label]);

/** What the map says it framed last (camera/frame.ts): 'home', 'routes:a,b', 'slide:0', … */
async function framed(page: Page): Promise<{ kind: string; ids: string[] }> {
  const [kind = '', ids = ''] = ((await page.getByTestId('map').getAttribute('data-view')) ?? '').split(':');
  return { kind, ids: ids ? ids.split(',').sort() : [] };
}

export function describeFraming(size: ScreenSize, lang: 'en' | 'ar'): void {
  const base = inject('baseUrl');
  const atlas = sharedAtlas(base, { size, lang }, { scale: 0.5, touch: size.name === 'phone' });
  describe(`${size.name} (${size.width}×${size.height}), ${lang}`, () => {
    it('home names the six countries, in the free area', async () => {
      const { page, errors } = await atlas();
      const named = await namedSix(page);
      // Phones name what room allows; from 1024 px up all six.
      if (size.width >= 1024) expect(named, 'countries named at home').toEqual(SIX.map((c) => c.iso3).sort());
      else expect(named.length, `countries named at home: ${named.join(', ')}`).toBeGreaterThanOrEqual(3);
      expect(await framed(page)).toEqual({ kind: 'home', ids: [] });
      await expectInView(page, labelPoints, 'home: the six countries');
      expect(errors).toEqual([]);
    });

    it('every route is framed in the free area', async () => {
      const { page, errors } = await atlas();
      for (const r of ROUTES) {
        await visit(page, `&route=${r.properties.id}`);
        // The camera framed this route (not just kept a view that happens to hold it).
        expect(await framed(page)).toEqual({ kind: 'routes', ids: [r.properties.id] });
        await expectInView(page, linesOf([r.properties.id]), `route ${r.properties.id}`);
      }
      expect(errors).toEqual([]);
    });

    it('every proposal point is framed in the free area', async () => {
      const { page, errors } = await atlas();
      for (const point of [1, 2, 3, 4, 5]) {
        await visit(page, `&panel=proposal&point=${point}`);
        const routes = routesOfPoint(point);
        if (routes.length) expect(await framed(page)).toEqual({ kind: 'routes', ids: [...routes].sort() });
        else expect((await framed(page)).kind).toBe('countries');
        await expectInView(page, routes.length ? linesOf(routes) : labelPoints, `point ${point}`);
      }
      expect(errors).toEqual([]);
    });

    // Every slide, in two halves so that no test runs long.
    const half = Math.ceil(DECK.slides.length / 2);
    const slides = async (page: Page, from: number, to: number) => {
      for (const [i, slide] of DECK.slides.entries()) {
        if (i < from || i >= to) continue;
        await visit(page, `&mode=brief&slide=${i + 1}`);
        expect(await framed(page)).toEqual({ kind: 'slide', ids: [String(i)] });
        const routes = slide.routes ?? [];
        await expectInView(page, routes.length ? linesOf(routes) : labelPoints, `slide ${i + 1} (${slide.id})`);
      }
    };

    it(`slides 1–${half} frame their routes (or their countries) beside the card, entered with the Present button`, async () => {
      const { page, errors } = await atlas();
      await visit(page, '');
      await page.getByTestId('present').click();
      await page.getByTestId('slide-card').waitFor();
      await settle(page);
      expect(await framed(page)).toEqual({ kind: 'slide', ids: ['0'] });
      await expectInView(page, labelPoints, 'slide 1 from the Present button');
      await slides(page, 0, half);
      expect(errors).toEqual([]);
    });

    it(`slides ${half + 1}–${DECK.slides.length} frame their routes (or their countries) beside the card, which never covers its buttons`, async () => {
      const { page, errors } = await atlas();
      await slides(page, half, DECK.slides.length);
      // The card never covers its own buttons.
      const card = (await page.getByTestId('slide-card').boundingBox())!;
      const controls = (await page.locator('.briefing-controls').boundingBox())!;
      expect(card.y + card.height, 'card above the buttons').toBeLessThanOrEqual(controls.y + 1);
      if (size.name === 'phone') expect(await page.locator('.deck-keys').isVisible(), 'keyboard hint on a touch screen').toBe(false);
      await page.screenshot({ path: `e2e/artifacts/framing-slide-${size.width}-${lang}.png` });
      expect(errors).toEqual([]);
    });

    it('a selected route is framed again for the other reading direction after a language switch', async () => {
      const { page, errors } = await atlas();
      // Out of the briefing, to the route, as Back would.
      await visit(page, '&route=trans-caspian');
      await page.getByTestId('route-detail').waitFor();
      const sheet = () => page.getByTestId('panel').getAttribute('data-sheet');
      if (size.name === 'phone' && await sheet() !== 'half') {
        // The sheet at half, as a route opened from a link has it (Back does not raise it).
        await page.getByTestId('sheet-handle').focus();
        await page.keyboard.press((await sheet()) === 'peek' ? 'ArrowUp' : 'ArrowDown');
        await expect.poll(sheet).toBe('half');
        await settle(page);
      }
      await expectInView(page, linesOf(['trans-caspian']), 'before the switch');
      await page.locator('.lang-switch').click();
      await page.waitForSelector(`[data-testid="app"][lang="${lang === 'en' ? 'ar' : 'en'}"]`);
      await settle(page);
      expect(await framed(page)).toEqual({ kind: 'routes', ids: ['trans-caspian'] });
      await expectInView(page, linesOf(['trans-caspian']), 'after the switch');
      if (size.name === 'phone') {
        // The sheet lowered to its peek: the route is framed above it.
        expect(await sheet()).toBe('half');
        await page.getByTestId('sheet-handle').focus();
        await page.keyboard.press('ArrowDown');
        await expect.poll(sheet).toBe('peek');
        await settle(page);
        await expectInView(page, linesOf(['trans-caspian']), 'with the sheet at its peek');
        // Turned to landscape, the route is framed again in what is left.
        await resize(page, { width: size.height, height: size.width });
        await settle(page);
        await expectInView(page, linesOf(['trans-caspian']), 'turned to landscape');
      }
      await page.screenshot({ path: `e2e/artifacts/framing-switch-${size.width}-${lang}.png` });
      expect(errors).toEqual([]);
    });
  });
}
