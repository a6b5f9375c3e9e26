import { describe, expect, it } from 'vitest';
import { buildIndex, fold, search } from './search';

const atlas = {
  routes: [],
  places: [],
  countries: [
    { iso3: 'KAZ', numeric: '398', focus: true, label: [67, 48] as [number, number], bbox: [46, 40, 87, 55] as [number, number, number, number],
      name: { en: 'Kazakhstan', ar: 'قازاقستان' }, altNames: { ar: ['كازاخستان'], en: ['Qazaqstan'] } },
    { iso3: 'KGZ', numeric: '417', focus: true, label: [74, 41.5] as [number, number], bbox: [69, 39, 80, 43] as [number, number, number, number],
      name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' }, altNames: { ar: ['قرغيزستان'] } },
  ],
};
const index = buildIndex(atlas);

describe('fold', () => {
  it('unifies Arabic letter forms and strips diacritics', () => {
    expect(fold('أُوزْبَكِسْتَان')).toBe(fold('اوزبكستان'));
    expect(fold('مدينة')).toBe(fold('مدينه'));
  });
  it('ignores Latin case, accents and dashes', () => {
    expect(fold('Ürümqi')).toBe('urumqi');
    expect(fold('Jalal-Abad')).toBe('jalal abad');
  });
});

describe('search', () => {
  it.each(['قازاقستان', 'كازاخستان', 'kazakh', 'Qazaq'])('finds Kazakhstan from %s', (q) => {
    expect(search(index, q)[0]?.id).toBe('KAZ');
  });
  it('finds variant spellings of Kyrgyzstan', () => {
    expect(search(index, 'قرغيز')[0]?.id).toBe('KGZ');
  });
  it('finds nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });
});
