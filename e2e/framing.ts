// Where the eye is: at a phone, 1024×768, a projector and 1920×1080, in both languages, whatever
// the user picked (a route, a proposal point, home) or a slide is about lies in the free part of
// the map, with nothing of ours on top of it. One test file per size (framing-*.e2e.ts) calls
// this, so the sizes run side by side.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { DECK, LANGS, SIX, ROUTES, expectInView, linesOf, namedSix, openAtlas, routesOfPoint, settle, visit, type ScreenSize } from './driver';

const labelPoints = SIX.map((c) => [c.label]);

export function describeFraming(size: ScreenSize): void {
  const base = inject('baseUrl');
  const browser = sharedBrowser(size.name === 'phone' ? { touch: true } : {});
  for (const lang of LANGS) {
    describe(`${size.name} (${size.width}×${size.height}), ${lang}`, () => {
      it('home names the six countries; every route and proposal point is framed in the free area', async () => {
        const { page, errors } = await openAtlas(browser(), base, size, lang);
        const named = await namedSix(page);
        // Phones name what room allows; from 1024 px up all six.
        if (size.width >= 1024) expect(named, 'countries named at home').toEqual(SIX.map((c) => c.iso3).sort());
        else expect(named.length, `countries named at home: ${named.join(', ')}`).toBeGreaterThanOrEqual(3);
        await expectInView(page, labelPoints, 'home: the six countries');

        for (const r of ROUTES) {
          await visit(page, `&route=${r.properties.id}`);
          await expectInView(page, linesOf([r.properties.id]), `route ${r.properties.id}`);
        }
        for (const point of [1, 2, 3, 4, 5]) {
          await visit(page, `&panel=proposal&point=${point}`);
          const routes = routesOfPoint(point);
          await expectInView(page, routes.length ? linesOf(routes) : labelPoints, `point ${point}`);
        }
        expect(errors).toEqual([]);
        await page.close();
      });

      it('every slide frames its routes (or its countries) beside the card, entered with the Present button', async () => {
        const { page, errors } = await openAtlas(browser(), base, size, lang);
        await page.getByTestId('present').click();
        await page.getByTestId('slide-card').waitFor();
        await settle(page);
        await expectInView(page, labelPoints, 'slide 1 from the Present button');
        for (const [i, slide] of DECK.slides.entries()) {
          await visit(page, `&mode=brief&slide=${i + 1}`);
          const routes = slide.routes ?? [];
          await expectInView(page, routes.length ? linesOf(routes) : labelPoints, `slide ${i + 1} (${slide.id})`);
        }
        // The card never covers its own buttons.
        const card = (await page.getByTestId('slide-card').boundingBox())!;
        const controls = (await page.locator('.briefing-controls').boundingBox())!;
        expect(card.y + card.height, 'card above the buttons').toBeLessThanOrEqual(controls.y + 1);
        if (size.name === 'phone') expect(await page.locator('.deck-keys').isVisible(), 'keyboard hint on a touch screen').toBe(false);
        await page.screenshot({ path: `e2e/artifacts/framing-slide-${size.width}-${lang}.png` });
        expect(errors).toEqual([]);
        await page.close();
      });

      it('a selected route is framed again for the other reading direction after a language switch', async () => {
        const { page, errors } = await openAtlas(browser(), base, size, lang, '&route=trans-caspian');
        await expectInView(page, linesOf(['trans-caspian']), 'before the switch');
        await page.locator('.lang-switch').click();
        await page.waitForSelector(`[data-testid="app"][lang="${lang === 'en' ? 'ar' : 'en'}"]`);
        await settle(page);
        await expectInView(page, linesOf(['trans-caspian']), 'after the switch');
        if (size.name === 'phone') {
          // The sheet lowered to its peek: the route is framed above it.
          await page.getByTestId('sheet-handle').focus();
          await page.keyboard.press('ArrowDown');
          await expect.poll(() => page.getByTestId('panel').getAttribute('data-sheet')).toBe('peek');
          await settle(page);
          await expectInView(page, linesOf(['trans-caspian']), 'with the sheet at its peek');
          // Turned to landscape, the route is framed again in what is left.
          await page.setViewportSize({ width: size.height, height: size.width });
          await settle(page);
          await expectInView(page, linesOf(['trans-caspian']), 'turned to landscape');
        }
        await page.screenshot({ path: `e2e/artifacts/framing-switch-${size.width}-${lang}.png` });
        expect(errors).toEqual([]);
        await page.close();
      });
    });
  }
}
