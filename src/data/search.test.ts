import { describe, expect, it } from 'vitest';
import { buildIndex, fold, search, wordList } from './search';

const atlas = {
  routes: [
    { id: 'kz-cn-oil', kind: 'oil-pipeline', name: { en: 'Kazakhstan–China Oil Pipeline', ar: 'خط أنابيب النفط بين قازاقستان والصين' }, shortName: { en: 'KZ–CN oil', ar: 'نفط قازاقستان - الصين' } },
    { id: 'cku-railway', kind: 'railway', name: { en: 'China–Kyrgyzstan–Uzbekistan Railway', ar: 'سكة حديد الصين - قيرغيزستان - أوزبكستان' }, shortName: { en: 'CKU railway', ar: 'سكة CKU' } },
    { id: 'china-europe-rail', kind: 'railway', name: { en: 'China–Europe freight trains', ar: 'قطارات الشحن بين الصين وأوروبا' }, shortName: { en: 'China–Europe trains', ar: 'قطارات' } },
  ],
  places: [],
  countries: [
    { iso3: 'KAZ', numeric: '398', focus: true, label: [67, 48] as [number, number], bbox: [46, 40, 87, 55] as [number, number, number, number],
      name: { en: 'Kazakhstan', ar: 'قازاقستان' }, altNames: { ar: ['كازاخستان'], en: ['Qazaqstan'] } },
    { iso3: 'CHN', numeric: '156', focus: true, label: [100, 35] as [number, number], bbox: [73, 18, 135, 53] as [number, number, number, number],
      name: { en: 'China', ar: 'الصين' } },
    { iso3: 'KGZ', numeric: '417', focus: true, label: [74, 41.5] as [number, number], bbox: [69, 39, 80, 43] as [number, number, number, number],
      name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' }, altNames: { ar: ['قرغيزستان'] } },
  ],
};
const index = buildIndex(atlas as never, { railway: wordList('railway, rail, train'), 'oil-pipeline': wordList('نفط، أنابيب') });

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
  it('puts an exact name first: China is the country, Kazakhstan the country before its pipeline', () => {
    expect(search(index, 'China')[0]).toMatchObject({ type: 'country', id: 'CHN' });
    expect(search(index, 'kazakhstan').map((h) => h.id)).toEqual(['KAZ', 'kz-cn-oil']);
  });
  it('finds every route of a kind by the words people type for it, in either language', () => {
    expect(search(index, 'railway').map((h) => h.id).sort()).toEqual(['china-europe-rail', 'cku-railway']);
    expect(search(index, 'نفط').map((h) => h.id)).toEqual(['kz-cn-oil']);
  });
  it('finds nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });
});
