// Pure geometry helpers (turf): how long a drawn route is, how much of it lies in each country,
// where it crosses a border, and what box holds it. They run at build time and in unit tests.
import { bbox as turfBbox, booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Shape = Feature<Polygon | MultiPolygon, { iso3: string }>;
export type Line = Feature<LineString, unknown> | LineString;

/** Step for walking a line: small enough that a border is placed within about a kilometre. */
const STEP_KM = 1;
/** Slivers shorter than this are rounding noise along a border, not a country crossed. */
export const MIN_COUNTRY_KM = 0.5;

function coordsOf(line: Line): Position[] {
  return 'geometry' in line ? line.geometry.coordinates : line.coordinates;
}

export function lineLengthKm(lines: Line[]): number {
  let km = 0;
  for (const line of lines) {
    const c = coordsOf(line);
    for (let i = 1; i < c.length; i++) km += distance(c[i - 1]!, c[i]!, { units: 'kilometers' });
  }
  return km;
}

interface Piece {
  mid: [number, number];
  km: number;
  iso3: string | null;
}

/** A country lookup with a bounding-box pre-filter, so walking long lines stays fast. */
export function makeLocator(shapes: Shape[]): (p: [number, number]) => string | null {
  const boxes = shapes.map((s) => ({ s, b: turfBbox(s) }));
  return (p) => {
    for (const { s, b } of boxes) {
      if (p[0] < b[0] || p[0] > b[2] || p[1] < b[1] || p[1] > b[3]) continue;
      if (booleanPointInPolygon(p, s)) return s.properties.iso3;
    }
    return null;
  };
}

/**
 * Cuts a line into ~1 km pieces and tells which country holds each piece.
 * Pieces are interpolated straight in lon/lat, which is how the map draws short segments.
 */
function walk(line: Line, locate: (p: [number, number]) => string | null): Piece[] {
  const c = coordsOf(line);
  const pieces: Piece[] = [];
  for (let i = 1; i < c.length; i++) {
    const a = c[i - 1]!;
    const b = c[i]!;
    const segKm = distance(a, b, { units: 'kilometers' });
    const n = Math.max(1, Math.ceil(segKm / STEP_KM));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      const mid: [number, number] = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
      pieces.push({ mid, km: segKm / n, iso3: locate(mid) });
    }
  }
  return pieces;
}

export interface CountryLength {
  iso3: string;
  km: number;
}

/** Length of the drawn lines inside each country, longest first; `offshoreKm` is what lies over water. */
export function lengthsByCountry(lines: Line[], shapes: Shape[]): { byCountry: CountryLength[]; offshoreKm: number } {
  const locate = makeLocator(shapes);
  const totals = new Map<string, number>();
  let offshoreKm = 0;
  for (const line of lines) {
    for (const piece of walk(line, locate)) {
      if (piece.iso3 === null) offshoreKm += piece.km;
      else totals.set(piece.iso3, (totals.get(piece.iso3) ?? 0) + piece.km);
    }
  }
  const byCountry = [...totals]
    .filter(([, km]) => km >= MIN_COUNTRY_KM)
    .map(([iso3, km]) => ({ iso3, km }))
    .sort((x, y) => y.km - x.km);
  return { byCountry, offshoreKm };
}

export interface Crossing {
  from: string;
  to: string;
  at: [number, number];
}

/**
 * Where the lines pass from one country's land straight into another's. Landfall after a sea
 * leg is not a border crossing, and slivers under MIN_COUNTRY_KM are ignored as border noise.
 */
export function borderCrossings(lines: Line[], shapes: Shape[]): Crossing[] {
  const locate = makeLocator(shapes);
  const crossings: Crossing[] = [];
  for (const line of lines) {
    const runs = runsOf(walk(line, locate)).filter((r) => r.iso3 === null || r.km >= MIN_COUNTRY_KM);
    for (let i = 1; i < runs.length; i++) {
      const prev = runs[i - 1]!;
      const next = runs[i]!;
      if (prev.iso3 && next.iso3 && prev.iso3 !== next.iso3) {
        crossings.push({ from: prev.iso3, to: next.iso3, at: midpoint(prev.last, next.first) });
      }
    }
  }
  return crossings;
}

interface Run {
  iso3: string | null;
  km: number;
  first: [number, number];
  last: [number, number];
}

function runsOf(pieces: Piece[]): Run[] {
  const runs: Run[] = [];
  for (const p of pieces) {
    const cur = runs[runs.length - 1];
    if (cur && cur.iso3 === p.iso3) {
      cur.km += p.km;
      cur.last = p.mid;
    } else {
      runs.push({ iso3: p.iso3, km: p.km, first: p.mid, last: p.mid });
    }
  }
  // A run too short to count is folded into its neighbour, so A→sliver→A is no crossing.
  const merged: Run[] = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    if (prev && (r.iso3 === prev.iso3 || (r.iso3 !== null && r.km < MIN_COUNTRY_KM))) {
      prev.km += r.km;
      prev.last = r.last;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

function midpoint(a: [number, number], b: [number, number]): [number, number] {
  return [round((a[0] + b[0]) / 2, 4), round((a[1] + b[1]) / 2, 4)];
}

export function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** The nearest of the candidate points within maxKm, or undefined. */
export function nearest<T extends { at: [number, number] }>(p: [number, number], candidates: T[], maxKm: number): T | undefined {
  let best: T | undefined;
  let bestKm = maxKm;
  for (const c of candidates) {
    const km = distance(p, c.at, { units: 'kilometers' });
    if (km <= bestKm) {
      best = c;
      bestKm = km;
    }
  }
  return best;
}

export function positionsOf(lines: Line[]): Position[] {
  return lines.flatMap(coordsOf);
}
