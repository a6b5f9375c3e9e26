// Search over routes, places and countries in both languages. Names are folded so that spelling
// variants still meet: Arabic alef/yeh/teh-marbuta forms and diacritics, Latin accents and case.
import type { AtlasData, RouteKind, Text } from './types';

export type HitType = 'route' | 'place' | 'country';
export interface SearchEntry {
  type: HitType;
  id: string;
  name: Text;
  keys: string[];
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
  return [
    ...atlas.routes.map((r) => ({
      type: 'route' as const, id: r.id, name: r.name,
      keys: [...keysOf(r.name), ...keysOf(r.shortName), r.id, ...(kindWords[r.kind] ?? []).map(fold)],
    })),
    ...atlas.countries.map((c) => ({ type: 'country' as const, id: c.iso3, name: c.name, keys: keysOf(c.name, c.altNames) })),
    ...atlas.places.map((p) => ({ type: 'place' as const, id: p.properties.id, name: p.properties.name, keys: keysOf(p.properties.name, p.properties.altNames) })),
  ];
}

/** Among equally good matches, a country before a route before a place. */
const TYPE_ORDER: Record<HitType, number> = { country: 0, route: 1, place: 2 };

/** Splits a translated list of words ("railway, rail, train" or «قطار، سكة حديد»). */
export function wordList(text: string): string[] {
  return text.split(/[,،]/).map((w) => w.trim()).filter(Boolean);
}

/** An exact name first, then whole-name prefixes, then word prefixes, then anywhere. */
export function search(index: SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of index) {
    let best = 0;
    for (const k of e.keys) {
      if (k === q) best = 4;
      else if (k.startsWith(q)) best = Math.max(best, 3);
      else if (k.split(' ').some((w) => w.startsWith(q))) best = Math.max(best, 2);
      else if (k.includes(q)) best = Math.max(best, 1);
    }
    if (best > 0) scored.push({ e, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || TYPE_ORDER[a.e.type] - TYPE_ORDER[b.e.type]).slice(0, limit).map((s) => s.e);
}
