// Numbers and dates for the current language. Arabic uses Western digits by default, as the
// seed article (Xinhua Arabic) does; a setting switches to Arabic-Indic digits (٠١٢٣).
import type { Lang } from '../data/types';

export type Digits = 'latn' | 'arab';

export function localeOf(lang: Lang, digits: Digits = 'latn'): string {
  return lang === 'ar' ? `ar-u-nu-${digits}` : 'en-GB';
}

// Building an Intl formatter costs far more than using one; a route panel formats dozens of values.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(value: number, lang: Lang, digits: Digits = 'latn', maximumFractionDigits = 1): string {
  const locale = localeOf(lang, digits);
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
  return format.format(value);
}

const shownNumbers = new Map<number, Intl.NumberFormat>();

/**
 * The options for a count shown with a noun ("9679 trains a year"): `value` is the number in the
 * reader's digits, for the text; `count` is the same number as shown (rounded alike), for i18next
 * to pick the plural form by. A figure shown as "3" must take the form of 3 even if it was 2.96.
 */
export function counted(value: number, lang: Lang, digits: Digits = 'latn', maximumFractionDigits = 1): { count: number; value: string } {
  let format = shownNumbers.get(maximumFractionDigits);
  if (!format) shownNumbers.set(maximumFractionDigits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits, useGrouping: false })));
  return { count: Number(format.format(value)), value: formatNumber(value, lang, digits, maximumFractionDigits) };
}

/** "2024" → 2024, "2024-06" → June 2024, "2024-06-06" → 6 June 2024, in the language's words. */
export function formatPartialDate(date: string, lang: Lang, digits: Digits = 'latn'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const when = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) opts.month = 'long';
  if (d) opts.day = 'numeric';
  const locale = localeOf(lang, digits);
  const key = `${locale}|${m ? 'm' : ''}${d ? 'd' : ''}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, opts)));
  return format.format(when);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * The figures in a piece of prose, in the chosen digits: "1833 كم" → "١٨٣٣ كم", "43.2" → "٤٣٫٢".
 * A figure that is part of a Latin-letter code or name (P1124, 5G, CC BY 4.0) is left alone, and the
 * text is never a URL or a source title: those are not passed here.
 */
export function localDigits(text: string, digits: Digits): string {
  if (digits !== 'arab') return text;
  // Not after a Latin letter, directly or across one space: "P1124", "CC BY 4.0" stay as written.
  return text.replace(/(?<![A-Za-z0-9]|[A-Za-z] |\d[.,])\d+(?:[.,]\d+)*(?![A-Za-z0-9])/g, (n) =>
    n.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!).replace(/\./g, '٫').replace(/,/g, '٬'));
}
