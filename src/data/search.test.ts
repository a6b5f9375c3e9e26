import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import { testTranslators } from '../i18n/testing';
import { bareWords, stripPrefix } from './arabicWords';
import { buildIndex, fold, search, wordList } from './search';
import { ROUTE_KINDS } from './types';

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
  it('reads a query with the article against words without it, and the reverse', () => {
    const bare = buildIndex(atlas as never, { railway: wordList('سكك حديدية، قطار') });
    expect(search(bare, 'السكك الحديدية').map((h) => h.id).sort()).toEqual(['china-europe-rail', 'cku-railway']);
    expect(search(bare, 'بالقطار').map((h) => h.id).sort()).toEqual(['china-europe-rail', 'cku-railway']);
    // «الصين» in a name is found by «صين», and «قيرغيزستان» inside «…وقيرغيزستان» by the name alone.
    expect(search(bare, 'صين').map((h) => h.id)).toContain('CHN');
  });
  it('finds nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });
});

describe('Arabic prefixes', () => {
  it('strips a leading article, «و», «ب» or «ل» from an Arabic word, leaving short words and Latin alone', () => {
    expect(bareWords(fold('السكك الحديدية'))).toBe(fold('سكك حديدية'));
    expect(bareWords(fold('بقيرغيزستان وأوزبكستان'))).toBe(fold('قيرغيزستان أوزبكستان'));
    expect(bareWords(fold('والصين بالقطار للنفط'))).toBe(fold('صين قطار نفط'));
    expect(stripPrefix('بش')).toBe('بش');
    expect(stripPrefix('ال')).toBe('ال');
    expect(stripPrefix('lanzhou')).toBe('lanzhou');
  });
});

// The real routes, places and countries, with the kinds' words of both locales, as the search box builds them.
describe('search reads Arabic as it is typed', () => {
  const t = testTranslators();
  const real = buildIndex(loadAtlas(path.resolve('data')), Object.fromEntries(ROUTE_KINDS.map((k) => [k, (['en', 'ar'] as const).flatMap((l) => wordList(t[l](`search.kinds.${k}`)))])));
  const ids = (q: string) => search(real, q).map((h) => h.id);
  const routesOf = (q: string) => search(real, q).filter((h) => h.type === 'route').map((h) => h.id).sort();

  it.each([
    ['السكك الحديدية', ['china-europe-rail', 'cku-railway']],
    ['السكة الحديدية', ['china-europe-rail', 'cku-railway']],
    ['خط الأنابيب', ['cagp-abc', 'cagp-d', 'kz-cn-oil']],
    ['ممر النقل', ['trans-caspian']],
    ['الطريق الدولي', ['cku-highway']],
    ['الطريق السريع', ['cku-highway']],
  ])('«%s» finds its routes', (q, routes) => {
    expect(routesOf(q)).toEqual(routes);
  });

  it('«ممر النقل» and «الطريق الدولي» put the route they name first', () => {
    expect(ids('ممر النقل')[0]).toBe('trans-caspian');
    expect(ids('ممر النقل عبر بحر قزوين')[0]).toBe('trans-caspian');
    expect(ids('الطريق الدولي')[0]).toBe('cku-highway');
  });

  it('a name with «ب», «و» or «ال» before it finds the name', () => {
    expect(ids('بقيرغيزستان')[0]).toBe('KGZ');
    expect(ids('وقازاقستان')[0]).toBe('KAZ');
    expect(ids('بكاشغر')[0]).toBe('kashgar');
    expect(ids('الصين')[0]).toBe('CHN');
  });

  it('names that begin with those letters still find themselves first', () => {
    expect(ids('كاشغر')[0]).toBe('kashgar');
    expect(ids('باكو')[0]).toBe('baku');
    expect(ids('بشكيك')[0]).toBe('bishkek');
    expect(ids('ووتشيا')[0]).toBe('wuqia');
    expect(ids('ألماتي')[0]).toBe('almaty');
    expect(ids('بحر قزوين')[0]).toBe('caspian-sea');
  });

  it('English and the variant spellings work as before', () => {
    expect(ids('Kashgar')[0]).toBe('kashgar');
    expect(routesOf('railway')).toEqual(['china-europe-rail', 'cku-railway']);
    expect(ids('كازاخستان')[0]).toBe('KAZ');
    expect(ids('Horgos')[0]).toBe('horgos');
  });
});
