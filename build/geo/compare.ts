// Like with like: a published length is compared with the length the map draws over the same
// countries, never with the whole drawn line when the figure covers only part of it. Pure.

/** A difference larger than this (a tenth) must be explained in the data. */
export const LIKE_FOR_LIKE_TOLERANCE = 0.1;

export interface CountryKm {
  iso3: string;
  km: number;
}

/** The drawn length inside the given countries. */
export function kmOver(byCountry: CountryKm[], countries: readonly string[]): number {
  return byCountry.filter((c) => countries.includes(c.iso3)).reduce((sum, c) => sum + c.km, 0);
}

/** (computed − published) / published: +0.12 means the drawn line is 12 % longer. */
export function lengthDiff(publishedKm: number, computedKm: number): number {
  return publishedKm === 0 ? 0 : (computedKm - publishedKm) / publishedKm;
}

export function needsExplaining(diff: number): boolean {
  return Math.abs(diff) > LIKE_FOR_LIKE_TOLERANCE + 1e-9;
}

export interface Figure {
  km: number;
  countries: readonly string[];
  source: string;
}

export interface Split {
  source: string;
  parts: { iso3: string; km: number }[];
  sum: number;
  /** The same source's figure for exactly these countries together, if it gives one. */
  total?: number;
}

/**
 * One source's per-country figures, for each source that gives two or more: the parts of one split
 * must come from one source, and should add up to that source's own total.
 */
export function splitsOf(figures: readonly Figure[]): Split[] {
  const bySource = new Map<string, Figure[]>();
  for (const f of figures) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  const splits: Split[] = [];
  for (const [source, list] of bySource) {
    const parts = list.filter((f) => f.countries.length === 1).map((f) => ({ iso3: f.countries[0]!, km: f.km }));
    if (parts.length < 2) continue;
    const covered = parts.map((p) => p.iso3).sort().join();
    const total = list.find((f) => f.countries.length > 1 && [...f.countries].sort().join() === covered)?.km;
    splits.push({ source, parts, sum: parts.reduce((s, p) => s + p.km, 0), ...(total === undefined ? {} : { total }) });
  }
  return splits;
}
