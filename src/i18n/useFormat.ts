import { useAtlas } from '../state/store';
import type { Text } from '../data/types';
import { counted, formatNumber, formatPartialDate, localDigits } from './format';

/** Formatters bound to the current language and digit setting. */
export function useFormat() {
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  return {
    num: (v: number, maxFraction = 1) => formatNumber(v, lang, digits, maxFraction),
    /** A count shown with a noun: `{ value, count }` for a plural key (see format.ts `counted`). */
    count: (v: number, maxFraction = 1) => counted(v, lang, digits, maxFraction),
    date: (d: string) => formatPartialDate(d, lang, digits),
    /** Content prose in the current language, its figures in the chosen digits. */
    text: (t: Text) => localDigits(t[lang], lang === 'ar' ? digits : 'latn'),
  };
}
