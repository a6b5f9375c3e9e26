// Plural families in the locale files: `unit.trains-per-year_one`, `…_other` are one family,
// `unit.trains-per-year`, which i18next resolves by `count` with Intl.PluralRules (v21+ suffixes).
import type { Lang } from '../data/types';

/** The CLDR categories each language has; a family writes exactly these forms. */
export const PLURAL_FORMS: Record<Lang, readonly string[]> = {
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/** Whether a flattened key ("a.b_one") is one form of a plural family. */
export const isPluralForm = (key: string): boolean => PLURAL_KEY.test(key);

/** Family → the forms written, from flattened keys. */
export function pluralFamilies(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const m = PLURAL_KEY.exec(key);
    if (!m) continue;
    const forms = out.get(m[1]!) ?? new Set<string>();
    forms.add(m[2]!);
    out.set(m[1]!, forms);
  }
  return out;
}
