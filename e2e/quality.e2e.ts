// Accessibility (axe-core) in both languages, and what happens without WebGL or with a failing
// panel. The accessibility checks of a language share one page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, sharedBrowser } from './browser';
import { openAtlas, sharedAtlas, visit } from './driver';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = sharedBrowser();
// One page per language; the English one first serves the keyboard test, which Tabs from the top of a page just loaded.
const pages = { en: sharedAtlas(base, { lang: 'en' }, { scale: 0.5 }), ar: sharedAtlas(base, { lang: 'ar', query: '&route=trans-caspian' }, { scale: 0.5 }) };

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol: the page's CSP rightly refuses injected script tags.
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('routes, points and the language switch are reachable from the keyboard alone', async () => {
    // First on the English page: Tab starts from the top of a page just loaded.
    const { page, errors } = await pages.en();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.route ? `route:${el.dataset.route}` : el?.className ?? '';
      }));
    }
    expect(reached).toContain('lang-switch');
    expect(reached).toContain('route:cku-railway');
    await page.locator('button[data-route="cku-railway"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('route-detail').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`the explore view and an open route panel have no serious violations in ${lang}`, async () => {
      const { page } = await pages[lang]();
      await visit(page, '&route=trans-caspian');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('route-detail').locator('.back-button').first().click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('the proposal and meeting panels have no serious violations', async () => {
    const { page } = await pages.ar();
    await visit(page, '&point=2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'الاجتماع' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const [lang, contrast] of [['en', false], ['ar', true]] as const) {
    it(`briefing mode has no serious violations in ${lang}${contrast ? ', high contrast' : ''}`, async () => {
      const { page } = await pages[lang]();
      await visit(page, '&mode=brief&slide=4');
      await page.getByTestId('briefing').waitFor();
      if (contrast) {
        await page.keyboard.press('c');
        await page.waitForSelector('[data-testid="app"][data-contrast="true"]');
      }
      expect(await seriousViolations(page)).toEqual([]);
      if (contrast) await page.screenshot({ path: 'e2e/artifacts/briefing-contrast-ar.png' });
    });
  }

  it('the presenter view has no serious violations', async () => {
    const { page } = await openAtlas(browser(), base, { lang: null, query: '?mode=presenter&slide=2&lang=ar', until: '[data-testid="presenter"]' });
    expect(await seriousViolations(page)).toEqual([]);
  });

});

describe('without WebGL', () => {
  it('says so in the current language and still lists routes and points', async () => {
    const noGl = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      const { page, errors } = await openAtlas(noGl, base, { lang: 'ar', until: 'load' });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('WebGL');
      expect(await alert.textContent()).toMatch(/[\u0600-\u06FF]/);
      // The Arabic fonts arrive after the first paint and reflow the list: click once they are in.
      await page.evaluate(async () => { await document.fonts.ready; });
      expect(await page.locator('button[data-route]').count()).toBeGreaterThanOrEqual(5);
      await page.locator('button[data-route="cku-railway"]').click();
      await expect.poll(() => page.getByTestId('route-detail').isVisible()).toBe(true);
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('a failing panel', () => {
  it('is replaced by a message with a way back, while the map and the other tabs keep working', async () => {
    // Last on the English page: it breaks number formatting there.
    const { page, errors } = await pages.en();
    await visit(page, '');
    // Make number formatting throw, as a bug in a panel would: the route panel's lengths (hundreds of
    // km) fail; the list's count of routes, a small number, still formats.
    await page.evaluate(() => {
      const proto = Intl.NumberFormat.prototype;
      const real = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
      Object.defineProperty(proto, 'format', {
        configurable: true,
        get() {
          const format = real.call(this) as (v: number) => string;
          if (!(window as unknown as { __failPanels?: boolean }).__failPanels) return format;
          return (v: number) => {
            if (Math.abs(Number(v)) >= 100) throw new Error('panel failure on purpose');
            return format(v);
          };
        },
      });
      (window as unknown as { __failPanels?: boolean }).__failPanels = true;
    });
    await page.locator('button[data-route="cku-railway"]').click();
    const alert = page.locator('.panel-error[role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('ran into a problem');
    expect(await page.getByTestId('route-detail').count()).toBe(0);
    expect(await page.locator('[data-testid="map"][data-ready="true"]').count()).toBe(1);

    // The other tabs still render, and the way back restores the route list once the fault is gone.
    await page.evaluate(() => { (window as unknown as { __failPanels?: boolean }).__failPanels = false; });
    await page.getByRole('tab', { name: 'The meeting' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await page.getByRole('tab', { name: 'Routes' }).click();
    await expect.poll(() => page.getByTestId('route-detail').isVisible()).toBe(true);
    await page.evaluate(() => { (window as unknown as { __failPanels?: boolean }).__failPanels = true; });
    await page.getByTestId('route-detail').locator('.back-button').first().click();
    await page.locator('button[data-route="trans-caspian"]').click();
    await expect.poll(() => alert.count()).toBe(1);
    await page.evaluate(() => { (window as unknown as { __failPanels?: boolean }).__failPanels = false; });
    await alert.getByRole('button', { name: 'Back to the route list' }).click();
    await expect.poll(() => page.locator('button[data-route]').count()).toBeGreaterThanOrEqual(5);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
