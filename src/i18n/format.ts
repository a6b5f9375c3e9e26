// Numbers and dates for the current language. Arabic uses Western digits by default, as the
// seed article (Xinhua Arabic) does.
import type { Lang, Text } from '../data/types';

const locales: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}

/** "2024" → 2024, "2024-06" → June 2024, "2024-06-06" → 6 June 2024, in the language's words. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const when = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(localeOf(lang), opts).format(when);
}

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
