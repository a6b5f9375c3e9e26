// The house style for Arabic (docs/ARABIC.md) as checks: the unit test arabicStyle.test.ts runs
// them over ar.json and the Arabic of data/. Each list says what it guards; extend it when a new
// string needs it, rather than loosening a check.
import { stripPrefix } from '../data/arabicWords';
import { fold } from '../data/search';

/**
 * Imperatives that controls used before they took the verbal noun, and their kin. Written with the
 * shadda where the verb has one, so «قرب» (near) and «حول» (about) are not «قرّب» and «حوّل», and
 * with the hamza as it is written, so «أعرض» (wider) is not «اعرض» (show).
 */
export const IMPERATIVES = [
  'انسخ', 'اعرض', 'اطبع', 'قارن', 'افتح', 'نزّل', 'أضف', 'أزل', 'احذف', 'ابحث', 'امسح', 'انتقل', 'بدّل',
  'حوّل', 'أظهر', 'أخف', 'قرّب', 'ابدأ', 'غادر', 'استشهد', 'اخرج', 'صدّر', 'اختر', 'ألغ', 'الصق', 'ضع',
  'أرسل', 'أدرج', 'انقل', 'اضغط', 'المس', 'استخدم', 'حدّد', 'شغّل', 'أوقف', 'أغلق', 'كبّر', 'صغّر', 'ارجع',
  'أعد', 'اكتب', 'اعتمد', 'حمّل', 'شارك',
];

/**
 * Keys whose Arabic is a full-sentence instruction or a placeholder, where the imperative belongs
 * ("choose a point to see…"). A key matches an entry, a key under it ("embed.gestures.mac") or a
 * plural form of it ("briefing.autoplay_few"). Every other string is, or may become, a control label.
 */
export const SENTENCE_KEYS = [
  'routes.intro', 'points.intro', 'export.intro', 'export.copyFailed', 'compare.full', 'compare.pickHint',
  'embed.gestures', 'embed.share.intro', 'oneFile.thisIsIt', 'oneFile.notOffered', 'briefing.autoplay',
  'sheet.label', 'search.placeholder', 'compare.addPlaceholder', 'decks.intro', 'deck.linkTooLong', 'deck.status',
  'deckFile.newer', 'deckFile.badLink', 'deck.dragHelp',
];

/** Keys that list words people type, stray forms included: the term check leaves them alone. */
export const SEARCH_WORD_KEYS = ['search.kinds'];

export const isUnder = (key: string, entries: readonly string[]): boolean =>
  entries.some((e) => key === e || key.startsWith(`${e}.`) || key.startsWith(`${e}_`));

/** The glossary's "replace" column: a stray form, matched on folded text, and the term to use. */
export const STRAY_TERMS: { stray: RegExp; use: string }[] = [
  { stray: /ملكيه عامه/, use: 'ملك عام (public domain)' },
  { stray: /محط(ات|ه) زمني(ه)?/, use: 'المراحل (milestones)' },
  { stray: /(^|\s)\S*مقتف/, use: 'مرسوم وفق بيانات جغرافية مفتوحة (traced)' },
  { stray: /طريق سريع|الطريق السريع/, use: 'طريق بري (the highway kind); its name: الطريق الدولي' },
  { stray: /(هذا|ذلك) العرض/, use: 'هذه الخريطة (this view)' },
  { stray: /العبور البحري/, use: 'مقطع بحري (sea leg)' },
  { stray: /محطات مسماه/, use: 'نقاط وسيطة (waypoints)' },
  { stray: /(^|\s)[وب]?المفتاح(?! الخريطه)/, use: 'مفتاح الخريطة (legend)' },
  { stray: /نسخ(ه)? مطبوعه|النسخه المطبوعه/, use: 'نسخة قابلة للطباعة (printable)' },
  { stray: /طريق النقل الدولي عبر بحر قزوين/, use: 'ممر النقل عبر بحر قزوين (الممر الأوسط)' },
  { stray: /سكه حديد الصين/, use: 'خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان' },
  { stray: /نظرا[ءو]?ه الخمسه/, use: 'وزراء دول آسيا الوسطى الخمس (Tajikistan sent its transport minister)' },
];

/** Stray words, compared with and without a leading «ال», «و», «ب», «ل». */
export const STRAY_WORDS: { words: string[]; use: string }[] = [
  { words: ['مقترح', 'مقترحا'], use: 'الاقتراح (proposal)' },
  { words: ['بلد', 'بلدا'], use: 'دولة (country), with the pronouns agreeing' },
];

const HARAKAT_BUT_SHADDA = /[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g;
const plain = (s: string) => s.replace(HARAKAT_BUT_SHADDA, '');
const IMPERATIVE_SET = new Set(IMPERATIVES.map(plain));
/** «انسخه»، «افتحه»: an imperative with its object attached. */
const PRONOUN = /(ه|ها|هما|هم|هن|ني|نا)$/;

/**
 * The imperatives in a text, as written: «فانسخه» and «قارنه» count. A two-letter imperative
 * («ضع») counts only alone, since «وضعها» is a noun with «و» and «ها».
 */
export function imperativesIn(text: string): string[] {
  return (text.match(/[\u0621-\u065F\u0670\u0640]+/g) ?? []).filter((word) => {
    const w = plain(word);
    if (IMPERATIVE_SET.has(w)) return true;
    const bases = [w, w.replace(/^[وف]/, '')].flatMap((f) => [f, f.replace(PRONOUN, '')]);
    return bases.some((b) => b.length >= 3 && IMPERATIVE_SET.has(b));
  });
}

/** Stray terms of the glossary in a text, each with the term to use instead. */
export function strayTermsIn(text: string): string[] {
  const folded = fold(text);
  const words = folded.split(' ');
  return [
    ...STRAY_TERMS.filter((t) => t.stray.test(folded)).map((t) => t.use),
    // Twice, for «وللمقترح» (و + ل + ال); any of the three forms counts.
    ...STRAY_WORDS.filter((t) => words.some((w) => [w, stripPrefix(w), stripPrefix(stripPrefix(w))].some((f) => t.words.includes(f)))).map((t) => t.use),
  ];
}

/**
 * People named with their title at first mention in a text, as Arabic news and ministries write:
 * the title before the name, or after it as an apposition (a list of participants).
 */
export const TITLES: { name: string; before: string; after?: string }[] = [
  { name: 'وانغ', before: 'عضو مجلس الدولة وزير الخارجية الصيني ', after: '، عضو مجلس الدولة وزير الخارجية الصيني' },
  { name: 'شي جين بينغ', before: 'الرئيس الصيني ' },
];

/** Names whose first mention in the text lacks the title. */
export function untitledIn(text: string): string[] {
  return TITLES.filter(({ name, before, after }) => {
    const at = text.indexOf(name);
    if (at < 0) return false;
    const rest = text.slice(at + name.length).replace(/^ يي/, '');
    return !text.slice(0, at).endsWith(before) && !(after && rest.startsWith(after));
  }).map((t) => t.name);
}

/**
 * Latin , ; ? " in Arabic text (Arabic has ، ؛ ؟ and «»), and tanwīn marked with fatḥatān or
 * ḍammatān, which Xinhua leaves unmarked («سنويا»). The kasratān of a shortened word stays («جارٍ»).
 */
export function punctuationIn(text: string): string[] {
  if (!/[\u0600-\u06FF]/.test(text)) return [];
  return [...(text.match(/[,;?"]/g) ?? []), ...(text.match(/\S*[\u064B\u064C]\S*/g) ?? [])];
}
