// Counts agree with their nouns: i18next picks the form by CLDR's Arabic categories, which follow
// the rules of the number's tamyiz (1 and 2 in the noun, 3–10 plural, 11–99 singular accusative,
// hundreds and thousands singular genitive), with the figure in the reader's digits.
import { describe, expect, it } from 'vitest';
import { counted, type Digits } from './format';
import { testTranslators } from './testing';

const t = testTranslators();
const trains = (n: number, digits: Digits = 'latn') => t.ar('unit.trains-per-year', counted(n, 'ar', digits, 0));

describe('Arabic plural forms', () => {
  it('CLDR puts each count in the category its noun needs', () => {
    const rules = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 9679].map((n) => rules.select(n)))
      .toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many', 'many']);
  });

  it.each([
    [1, 'قطار واحد سنويا'],
    [2, 'قطاران سنويا'],
    [3, '3 قطارات سنويا'],
    [10, '10 قطارات سنويا'],
    [11, '11 قطارا سنويا'],
    [100, '100 قطار سنويا'],
    [101, '101 قطار سنويا'],
    [9679, '9,679 قطارا سنويا'],
  ])('%i trains a year: %s', (n, text) => {
    expect(trains(n)).toBe(text);
  });

  it('shows the figure in Arabic-Indic digits when the reader chose them; the form stays', () => {
    expect(trains(9679, 'arab')).toBe('٩٬٦٧٩ قطارا سنويا');
    expect(trains(8730, 'arab')).toBe('٨٬٧٣٠ قطارا سنويا');
    expect(trains(16400, 'arab')).toBe('١٦٬٤٠٠ قطار سنويا');
    expect(trains(5, 'arab')).toBe('٥ قطارات سنويا');
  });

  it('the kiosk line: seconds agree from 3 to 3600', () => {
    const every = (n: number) => t.ar('briefing.autoplay', { seconds: String(n), count: n }).split('.')[0];
    expect(every(3)).toBe('تتقدّم الشرائح تلقائيا كل 3 ثوانٍ');
    expect(every(10)).toBe('تتقدّم الشرائح تلقائيا كل 10 ثوانٍ');
    expect(every(20)).toBe('تتقدّم الشرائح تلقائيا كل 20 ثانية');
    expect(every(3600)).toBe('تتقدّم الشرائح تلقائيا كل 3600 ثانية');
  });

  it('routes shown, corridors drawn, millions and billions', () => {
    expect(t.ar('routes.count', counted(1, 'ar', 'latn', 0))).toBe('ممر واحد معروض');
    expect(t.ar('routes.count', counted(7, 'ar', 'latn', 0))).toBe('7 ممرات معروضة');
    expect(t.ar('embed.shownAll', { ...counted(2, 'ar', 'latn', 0), asOf: '' })).toBe('الدول الست وممران مرسومان');
    expect(t.ar('unit.mt-per-year', counted(4, 'ar'))).toBe('4 ملايين طن سنويا');
    expect(t.ar('unit.mt-per-year', counted(4.12, 'ar', 'latn', 2))).toBe('4.12 مليون طن سنويا');
    expect(t.ar('unit.bcm-per-year', counted(55, 'ar'))).toBe('55 مليار متر مكعب سنويا');
    expect(t.ar('unit.arcmin', counted(5, 'ar', 'latn', 0))).toBe('5 دقائق قوسية');
    expect(t.ar('unit.arcmin', counted(20, 'ar', 'latn', 0))).toBe('20 دقيقة قوسية');
  });

  it('English has one and other', () => {
    expect(t.en('unit.trains-per-year', counted(1, 'en', 'latn', 0))).toBe('1 train a year');
    expect(t.en('unit.trains-per-year', counted(9679, 'en', 'latn', 0))).toBe('9,679 trains a year');
    expect(t.en('routes.count', counted(1, 'en', 'latn', 0))).toBe('1 route shown');
    expect(t.en('embed.shownAll', { ...counted(7, 'en', 'latn', 0), asOf: '' })).toBe('The six countries and 7 corridors');
  });
});
