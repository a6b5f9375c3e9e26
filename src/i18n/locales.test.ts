import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';
import { isPluralForm, pluralFamilies, PLURAL_FORMS } from './plurals';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();
const ARABIC = /[\u0600-\u06FF]/;
const enFlat = flatten(en);
const arFlat = flatten(ar);
const enFamilies = pluralFamilies(enFlat.keys());
const arFamilies = pluralFamilies(arFlat.keys());
/** Keys that are not plural forms: these must match one for one. */
const single = (flat: Map<string, string>) => [...flat.keys()].filter((k) => !isPluralForm(k)).sort();

describe('locale parity', () => {
  it('both locales have exactly the same keys, outside plural families', () => {
    expect(single(arFlat)).toEqual(single(enFlat));
  });

  it('a plural family in one locale is a plural family in the other, with each language’s forms', () => {
    // i18next (v21+) picks `key_<category>` by Intl.PluralRules: English has one and other; Arabic
    // has all six CLDR categories, and each must be written, or a count falls back to the bare key.
    expect([...arFamilies.keys()].sort()).toEqual([...enFamilies.keys()].sort());
    for (const [family, forms] of enFamilies) expect([...forms].sort(), `en ${family}`).toEqual([...PLURAL_FORMS.en].sort());
    for (const [family, forms] of arFamilies) expect([...forms].sort(), `ar ${family}`).toEqual([...PLURAL_FORMS.ar].sort());
    // A family has no bare key beside it: the bare key would hide a call without `count`.
    for (const family of enFamilies.keys()) {
      expect(enFlat.has(family), `en ${family}`).toBe(false);
      expect(arFlat.has(family), `ar ${family}`).toBe(false);
    }
  });

  it('no value is empty', () => {
    for (const [k, v] of [...enFlat, ...arFlat]) expect(v.trim(), k).not.toBe('');
  });

  it('each key has the same {{placeholders}} in both', () => {
    for (const k of single(enFlat)) expect(placeholders(arFlat.get(k) ?? ''), k).toEqual(placeholders(enFlat.get(k)!));
  });

  it('each plural form uses the placeholders of the English other form; Arabic may write one and two in words', () => {
    for (const family of enFamilies.keys()) {
      const all = placeholders(enFlat.get(`${family}_other`)!);
      for (const form of PLURAL_FORMS.en) expect(placeholders(enFlat.get(`${family}_${form}`)!), `en ${family}_${form}`).toEqual(all);
      // «قطار واحد»، «قطاران»: the number is in the noun. From three on, the figure is written.
      for (const form of ['few', 'many', 'other']) expect(placeholders(arFlat.get(`${family}_${form}`)!), `ar ${family}_${form}`).toEqual(all);
      for (const form of ['zero', 'one', 'two']) {
        for (const p of placeholders(arFlat.get(`${family}_${form}`)!)) expect(all, `ar ${family}_${form}`).toContain(p);
      }
    }
  });

  it('every Arabic value is written in Arabic script', () => {
    // The language switch itself is the one value that names the *other* language; values made
    // only of placeholders and punctuation ("{{current}} / {{total}}") have no letters to check.
    for (const [k, v] of arFlat) {
      const letters = /\p{L}/u.test(v.replace(/\{\{\s*\w+\s*\}\}/g, ''));
      if (k !== 'lang.switch' && letters) expect(ARABIC.test(v), `${k}: ${v}`).toBe(true);
    }
    expect(enFlat.get('lang.switch')).toBe('العربية');
    expect(arFlat.get('lang.switch')).toBe('English');
  });
});
