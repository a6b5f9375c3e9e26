// The Arabic house style (docs/ARABIC.md), checked over every Arabic string of the app and the data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imperativesIn, isUnder, punctuationIn, SEARCH_WORD_KEYS, SENTENCE_KEYS, strayTermsIn, untitledIn } from './arabicStyle';
import ar from './locales/ar.json';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const locale = flatten(ar);

/** Every `ar` of data/: texts (`{ en, ar }`) and search variants (`altNames.ar`, lists). */
function dataArabic(): { where: string; text: string; variant: boolean }[] {
  const dir = path.resolve('data');
  const files = ['', 'routes', 'physical'].flatMap((sub) => readdirSync(path.join(dir, sub))
    .filter((f) => /\.(geo)?json$/.test(f)).map((f) => path.join(sub, f)));
  const out: { where: string; text: string; variant: boolean }[] = [];
  const walk = (o: unknown, where: string): void => {
    if (Array.isArray(o)) o.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (o && typeof o === 'object') {
      for (const [k, v] of Object.entries(o)) {
        if (k === 'ar' && typeof v === 'string') out.push({ where, text: v, variant: false });
        else if (k === 'ar' && Array.isArray(v)) for (const s of v) out.push({ where, text: String(s), variant: true });
        else walk(v, `${where}.${k}`);
      }
    }
  };
  for (const f of files) walk(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), `data/${f}`);
  return out;
}

describe('the checks catch what they are for', () => {
  it('finds the imperative, also with «و» or «ف» and an attached object, and not its look-alikes', () => {
    expect(imperativesIn('انسخ رابط هذا العرض')).toEqual(['انسخ']);
    expect(imperativesIn('قارنه بممر آخر…')).toEqual(['قارنه']);
    expect(imperativesIn('حدّد النص وانسخه')).toEqual(['حدّد', 'وانسخه']);
    expect(imperativesIn('أخفِ مفتاح الخريطة')).toEqual(['أخفِ']);
    expect(imperativesIn('نسخ رابط هذه الخريطة')).toEqual([]);
    expect(imperativesIn('قرب باكو، حول الخريطة، بخط أعرض، بحسب وضعها')).toEqual([]);
  });
  it('finds the glossary’s stray terms, with or without the article, and not the terms to use', () => {
    expect(strayTermsIn('Natural Earth (ملكية عامة)')).toHaveLength(1);
    expect(strayTermsIn('نقاط المقترح')).toHaveLength(1);
    expect(strayTermsIn('خريطة للممرات وللمقترح ذي النقاط الخمس')).toHaveLength(1);
    expect(strayTermsIn('عبر هذا البلد')).toHaveLength(1);
    expect(strayTermsIn('العنوان والمفتاح باللغتين')).toHaveLength(1);
    expect(strayTermsIn('العنوان ومفتاح الخريطة باللغتين، اضغط أي مفتاح، المفاتيح')).toEqual([]);
    expect(strayTermsIn('وأكد دعم بلاده، في البلدان الثلاثة، المشاريع المقترحة')).toEqual([]);
  });
  it('finds a name without its title at first mention', () => {
    expect(untitledIn('طرح وانغ يي اقتراحا')).toEqual(['وانغ']);
    expect(untitledIn('دعا شي جين بينغ إلى تسريع البناء')).toEqual(['شي جين بينغ']);
    expect(untitledIn('طرح عضو مجلس الدولة وزير الخارجية الصيني وانغ يي اقتراحا، وقال وانغ إن…')).toEqual([]);
    expect(untitledIn('وانغ يي، عضو مجلس الدولة وزير الخارجية الصيني')).toEqual([]);
    expect(untitledIn('يبعث الرئيس الصيني شي جين بينغ برسالة')).toEqual([]);
  });
  it('finds Latin punctuation and marked tanwīn in Arabic, not in English', () => {
    expect(punctuationIn('الصين, قازاقستان; "نص"?')).toEqual([',', ';', '"', '"', '?']);
    expect(punctuationIn('متوقّف مؤقتًا')).toEqual(['مؤقتًا']);
    expect(punctuationIn('جارٍ رسم الخريطة…')).toEqual([]);
    expect(punctuationIn('Drawing, the map; "yes"?')).toEqual([]);
  });
});

describe('Arabic house style', () => {
  it('controls use the verbal noun: the imperative only in full-sentence instructions and placeholders', () => {
    const found = locale.filter(([k]) => !isUnder(k, SENTENCE_KEYS)).flatMap(([k, v]) => imperativesIn(v).map((w) => `${k}: «${w}» in «${v}»`));
    expect(found).toEqual([]);
  });

  it('every sentence key still exists (a stale entry would excuse nothing, and hide a rename)', () => {
    for (const entry of SENTENCE_KEYS) expect(locale.some(([k]) => isUnder(k, [entry])), entry).toBe(true);
  });

  it('one term for one thing: no stray form of the glossary in the locale or the data', () => {
    const found = [
      ...locale.filter(([k]) => !isUnder(k, SEARCH_WORD_KEYS)).map(([k, v]) => ({ where: `ar.json ${k}`, text: v })),
      ...dataArabic().filter((d) => !d.variant),
    ].flatMap(({ where, text }) => strayTermsIn(text).map((use) => `${where}: use ${use} in «${text}»`));
    expect(found).toEqual([]);
  });

  it('titles at first mention: Wang Yi and Xi Jinping, in each text that stands on its own', () => {
    const found = [...locale.map(([k, v]) => ({ where: `ar.json ${k}`, text: v })), ...dataArabic().filter((d) => !d.variant)]
      .flatMap(({ where, text }) => untitledIn(text).map((name) => `${where}: «${name}» without the title in «${text}»`));
    expect(found).toEqual([]);
  });

  it('Arabic punctuation and unmarked tanwīn, in the locale and the data', () => {
    const found = [...locale.map(([k, v]) => ({ where: `ar.json ${k}`, text: v })), ...dataArabic()]
      .flatMap(({ where, text }) => punctuationIn(text).map((p) => `${where}: «${p}» in «${text}»`));
    expect(found).toEqual([]);
  });
});
