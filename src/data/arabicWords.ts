// Arabic writes the article and some prepositions and conjunctions as one word with the name they
// stand before: «السكك الحديدية», «بقيرغيزستان», «وأوزبكستان». Search compares words without them,
// alongside the words as typed, so that «الطريق الدولي» finds «طريق دولي» and the reverse.

/** Longest first: «وال» before «و», «لل» (ل + ال) before «ل». */
const PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل'];
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** A shorter rest is more likely a word that only begins with these letters («بش…» while typing). */
const MIN_REST = 2;

/** A folded Arabic word without a leading article, «و», «ب» or «ل»; other words unchanged. */
export function stripPrefix(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  for (const p of PREFIXES) if (word.startsWith(p) && word.length - p.length >= MIN_REST) return word.slice(p.length);
  return word;
}

/** Each word of a folded text without its prefix: «الطريق الدولي» → «طريق دولي». */
export function bareWords(folded: string): string {
  return folded.split(' ').map(stripPrefix).join(' ');
}
