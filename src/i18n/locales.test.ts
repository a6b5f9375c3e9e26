import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';

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

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const ARABIC = /[\u0600-\u06FF]/;
const enFlat = flatten(en);
const arFlat = flatten(ar);

describe('locale parity', () => {
  it('both locales have exactly the same keys', () => {
    expect([...arFlat.keys()].sort()).toEqual([...enFlat.keys()].sort());
  });

  it('no value is empty', () => {
    for (const [k, v] of [...enFlat, ...arFlat]) expect(v.trim(), k).not.toBe('');
  });

  it('each key has the same {{placeholders}} in both', () => {
    for (const [k, v] of enFlat) expect(placeholders(arFlat.get(k) ?? ''), k).toEqual(placeholders(v));
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
