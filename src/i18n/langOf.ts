// The language a piece of text is written in, told by its script: a source title in English inside
// the Arabic app (or the reverse) is marked with its own `lang` and isolated for direction, so a
// screen reader switches voice (WCAG 3.1.2) and its words keep their own order.
import type { Lang } from '../data/types';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

export function langOf(text: string): Lang | undefined {
  const ar = ARABIC.test(text);
  const latin = LATIN.test(text);
  if (ar && !latin) return 'ar';
  if (latin && !ar) return 'en';
  // Mixed text: the script of its first letter decides.
  const first = text.search(/[A-Za-z\u00C0-\u024F\u0600-\u06FF]/);
  if (first < 0) return undefined;
  return ARABIC.test(text[first]!) ? 'ar' : 'en';
}
