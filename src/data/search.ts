// Search over routes, places and countries in both languages. Names are folded so that spelling
// variants still meet: Arabic alef/yeh/teh-marbuta forms and diacritics, Latin accents and case;
// Arabic words are also compared without a leading «ال», «و», «ب» or «ل» (arabicWords.ts).
import { bareWords } from './arabicWords';
import type { AtlasData, RouteKind, Text } from './types';

export type HitType = 'route' | 'place' | 'country';
export interface SearchEntry {
  type: HitType;
  id: string;
  name: Text;
  keys: string[];
  /** The keys word by word without Arabic prefixes, in the same order. */
  bare: string[];
}

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic harakat, dagger alef, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي')
    .toLowerCase()
    .replace(/[\s\-–—_'’‘.,()«»"]+/g, ' ')
    .trim();
}

function keysOf(name: Text, alt?: { en?: string[]; ar?: string[] }): string[] {
  return [name.en, name.ar, ...(alt?.en ?? []), ...(alt?.ar ?? [])].map(fold);
}

/**
 * `kindWords` are the words people type for a kind of route, in both languages ("railway",
 * «قطار»): every route of that kind answers them.
 */
export function buildIndex(atlas: Pick<AtlasData, 'routes' | 'places' | 'countries'>, kindWords: Partial<Record<RouteKind, string[]>> = {}): SearchEntry[] {
  const entries: Omit<SearchEntry, 'bare'>[] = [
    ...atlas.routes.map((r) => ({
      type: 'route' as const, id: r.id, name: r.name,
      keys: [...keysOf(r.name), ...keysOf(r.shortName), r.id, ...(kindWords[r.kind] ?? []).map(fold)],
    })),
    ...atlas.countries.map((c) => ({ type: 'country' as const, id: c.iso3, name: c.name, keys: keysOf(c.name, c.altNames) })),
    ...atlas.places.map((p) => ({ type: 'place' as const, id: p.properties.id, name: p.properties.name, keys: keysOf(p.properties.name, p.properties.altNames) })),
  ];
  return entries.map((e) => ({ ...e, bare: e.keys.map(bareWords) }));
}

/** Among equally good matches, a country before a route before a place. */
const TYPE_ORDER: Record<HitType, number> = { country: 0, route: 1, place: 2 };

/** Splits a translated list of words ("railway, rail, train" or «قطار، سكة حديد»). */
export function wordList(text: string): string[] {
  return text.split(/[,،]/).map((w) => w.trim()).filter(Boolean);
}

/** 4 for the same text, 3 for a prefix of it, 2 for a prefix of one of its words, 1 anywhere in it. */
function match(key: string, q: string, anywhere: boolean): number {
  if (key === q) return 4;
  if (key.startsWith(q)) return 3;
  if (key.split(' ').some((w) => w.startsWith(q))) return 2;
  return anywhere && key.includes(q) ? 1 : 0;
}

/**
 * An exact name first, then whole-name prefixes, then word prefixes, then anywhere. Words as typed
 * are compared first; without their Arabic prefixes they count a little less (so «بحر» finds the
 * Caspian before «حرير»), and only whole words or their beginnings.
 */
export function search(index: SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const qBare = bareWords(q);
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of index) {
    let best = 0;
    e.keys.forEach((k, i) => {
      const kBare = e.bare[i]!;
      // As typed against as typed, then any side without its prefixes.
      best = Math.max(best, match(k, q, true), match(kBare, qBare, false) - 0.5, match(kBare, q, false) - 0.5, match(k, qBare, false) - 0.5);
    });
    if (best > 0) scored.push({ e, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || TYPE_ORDER[a.e.type] - TYPE_ORDER[b.e.type]).slice(0, limit).map((s) => s.e);
}
