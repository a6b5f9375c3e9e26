// Where compose draws over the map, at the slide size, in both directions: the covers the
// export's camera keeps the view out of.
import { describe, expect, it } from 'vitest';
import { freeRect, type Rect } from '../map/camera/freeArea';
import type { LegendRow } from '../view/words';
import { coversOf, layoutChoices, layoutOf, roughMeasure } from './compose';

const SLIDE = { width: 1920, height: 1080 };
const row = (en: string, ar: string): LegendRow => ({ type: 'route', kind: 'railway', status: 'under-construction', leg: 'land', label: { en, ar } });
const LEGEND: LegendRow[] = [
  row('Railway · Under construction', 'سكة حديد · قيد الإنشاء'),
  { type: 'fill', fill: 'focus', label: { en: 'Cooperation country', ar: 'دولة تعاون' } },
  { type: 'fill', fill: 'highlight', label: { en: 'Country crossed by the selection', ar: 'دولة يعبرها الاختيار' } },
  { type: 'place', kind: 'capital', label: { en: 'Capital', ar: 'عاصمة' } },
];
const mirror = (r: Rect): Rect => ({ ...r, left: SLIDE.width - r.right, right: SLIDE.width - r.left });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('layoutOf', () => {
  const en = layoutOf(SLIDE, { lang: 'en', bilingual: false, legend: LEGEND });
  const ar = layoutOf(SLIDE, { lang: 'ar', bilingual: false, legend: LEGEND });

  it('at 1920×1080 in English: title band across the top, legend bottom left, scale and north bottom right, attribution along the bottom', () => {
    const u = 1.728; // min(1920, 1080 × 1.6) / 1000
    const m = 20 * u;
    expect(en.band.left).toBe(0);
    expect(en.band.top).toBe(0);
    expect(en.band.right).toBe(1920);
    expect(en.band.bottom).toBeCloseTo(m * 1.6 + 30 * u + 17 * u * 1.5, 6); // ≈ 151 px
    expect(en.attribution).toEqual({ left: 0, top: expect.closeTo(1080 - 12 * u * 2.2, 6), right: 1920, bottom: 1080 });
    const legend = en.legend!;
    expect(legend.left).toBeCloseTo(m, 6);
    expect(legend.bottom).toBeCloseTo(en.attribution.top - m, 6);
    expect(legend.bottom - legend.top).toBeCloseTo(m + LEGEND.length * 16 * u * 1.7 + m * 0.4, 6);
    expect(legend.top).toBeGreaterThan(en.band.bottom);
    expect(en.scale.right).toBeCloseTo(1920 - m + 8 * u, 6);
    expect(en.scale.left).toBeGreaterThan(legend.right);
    expect(en.north.right).toBeCloseTo(1920 - m, 6);
    expect(en.north.bottom).toBeLessThanOrEqual(en.scale.top);
    expect(coversOf(en)).toEqual([en.band, en.legend, en.scale, en.north, en.attribution]);
  });

  it('mirrors in Arabic: legend bottom right, scale and north bottom left; band and attribution unchanged', () => {
    expect(ar.band).toEqual(en.band);
    expect(ar.attribution).toEqual(en.attribution);
    for (const key of ['scale', 'north'] as const) {
      const [a, e] = [ar[key], mirror(en[key])];
      expect(a.left).toBeCloseTo(e.left, 6);
      expect(a.right).toBeCloseTo(e.right, 6);
      expect(a.top).toBeCloseTo(e.top, 6);
      expect(a.bottom).toBeCloseTo(e.bottom, 6);
    }
    const legend = ar.legend!;
    expect(legend.right).toBeCloseTo(1920 - en.margin, 6);
    expect(legend.bottom).toBeCloseTo(en.legend!.bottom, 6);
    expect(legend.left).toBeGreaterThan(1920 / 2);
    expect(ar.scale.right).toBeLessThan(legend.left);
  });

  it('leaves a free area clear of every cover, in both directions', () => {
    for (const l of [en, ar]) {
      const covers = coversOf(l);
      const free = freeRect(SLIDE, covers, 2);
      for (const c of covers) expect(overlaps(free, c)).toBe(false);
      expect(free.top).toBeGreaterThanOrEqual(l.band.bottom);
      expect((free.right - free.left) * (free.bottom - free.top)).toBeGreaterThan(0.35 * 1920 * 1080);
    }
  });

  it('sizes the legend to its text, gives the bilingual title its own line, and draws no legend box for no rows', () => {
    const longer = layoutOf(SLIDE, { lang: 'en', bilingual: false, legend: [...LEGEND, row('A much longer label than any other in the legend', 'نص')] });
    expect(longer.legend!.right - longer.legend!.left).toBeGreaterThan(en.legend!.right - en.legend!.left);
    const measured = LEGEND.map((r) => roughMeasure(r.label.en, 16 * 1.728));
    expect(en.legend!.right - en.legend!.left).toBeCloseTo(2 * 0.6 * 20 * 1.728 + 40 * 1.728 + 10 * 1.728 + Math.max(...measured), 6);
    const both = layoutOf(SLIDE, { lang: 'en', bilingual: true, legend: LEGEND });
    expect(both.band.bottom).toBeCloseTo(en.band.bottom + 30 * 1.728 * 0.75 * 1.3, 6);
    expect(both.legend!.right - both.legend!.left).toBeGreaterThan(en.legend!.right - en.legend!.left);
    expect(layoutOf(SLIDE, { lang: 'en', bilingual: false, legend: [] }).legend).toBeNull();
  });

  it('flows a long legend into columns rather than up into the title band', () => {
    const many = Array.from({ length: 17 }, (_, i) => row(`Row ${i}`, `صف ${i}`));
    const l = layoutOf(SLIDE, { lang: 'ar', bilingual: false, legend: many });
    expect(l.legendColumns.length).toBe(2);
    expect(l.legendColumns.flatMap((c) => c.rows)).toEqual(many);
    expect(l.legend!.top).toBeGreaterThan(l.band.bottom + 200);
    expect(l.legend!.right).toBeCloseTo(1920 - l.margin, 6);
  });

  it('keeps a wide bilingual legend clear of the scale bar and north arrow, at slide and screen sizes', () => {
    const many = Array.from({ length: 14 }, (_, i) => row(`Country crossed by the selection ${i}`, `بلد يعبره الممر المختار ${i}`));
    for (const size of [SLIDE, { width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
      for (const lang of ['en', 'ar'] as const) {
        const l = layoutOf(size, { lang, bilingual: true, legend: many }, roughMeasure);
        expect(overlaps(l.legend!, l.scale)).toBe(false);
        expect(overlaps(l.legend!, l.north)).toBe(false);
        expect(l.legend!.top).toBeGreaterThanOrEqual(l.band.bottom);
      }
    }
  });

  it('offers every legend arrangement that fits, down to a smaller text for a long one, for the export to choose from', () => {
    const many = Array.from({ length: 16 }, (_, i) => row(`Gas pipeline · Planned, stalled ${i}`, `خط أنابيب غاز · مخطط له ومتعثر ${i}`));
    const choices = layoutChoices(SLIDE, { lang: 'en', bilingual: true, legend: many });
    expect(choices.length).toBeGreaterThan(1);
    expect(new Set(choices.map((c) => c.legendScale)).size).toBeGreaterThan(1);
    // One column of 16 bilingual rows is too tall at full size, but fits at a smaller size.
    expect(choices.some((c) => c.legendScale === 1 && c.legendColumns.length === 1)).toBe(false);
    expect(choices.some((c) => c.legendScale < 1 && c.legendColumns.length === 1)).toBe(true);
    for (const c of choices) {
      expect(c.legend!.top).toBeGreaterThanOrEqual(c.band.bottom);
      expect(overlaps(c.legend!, c.scale)).toBe(false);
      expect(overlaps(c.legend!, c.north)).toBe(false);
      expect(c.legendColumns.flatMap((col) => col.rows)).toEqual(many);
    }
    // A legend that fits as designed is among the choices as layoutOf lays it out.
    expect(layoutChoices(SLIDE, { lang: 'en', bilingual: false, legend: LEGEND })).toContainEqual(layoutOf(SLIDE, { lang: 'en', bilingual: false, legend: LEGEND }));
  });
});
