// Ground height along a drawn line, read from a coarse elevation grid (data/terrain/). Pure: the
// build samples each route once and ships the numbers; the unit tests check a known cell and a
// flat line.
import { distance } from '@turf/turf';
import type { Pos } from './trace.ts';
import { nearestOnLine } from './trace.ts';

/** A regular grid of heights, row 0 the northernmost, each value the mean over its cell. */
export interface HeightGrid {
  west: number;
  north: number;
  cols: number;
  rows: number;
  /** Size of a cell in degrees (20′ = 1/3°). */
  cellDeg: number;
  heights: ArrayLike<number>;
}

/**
 * Height at a point, interpolated bilinearly between the four nearest cell centres (values belong
 * to cell centres). Within half a cell of the grid's edge the edge cells are used; outside the grid,
 * null.
 */
export function heightAt(g: HeightGrid, lon: number, lat: number): number | null {
  const x = (lon - g.west) / g.cellDeg - 0.5;
  const y = (g.north - lat) / g.cellDeg - 0.5;
  if (x < -0.5 || y < -0.5 || x > g.cols - 0.5 || y > g.rows - 0.5) return null;
  const fx = Math.min(g.cols - 1, Math.max(0, x));
  const fy = Math.min(g.rows - 1, Math.max(0, y));
  const c0 = Math.min(Math.floor(fx), g.cols - 2);
  const r0 = Math.min(Math.floor(fy), g.rows - 2);
  const tx = fx - c0;
  const ty = fy - r0;
  const h = (r: number, c: number) => g.heights[r * g.cols + c]!;
  const top = h(r0, c0) * (1 - tx) + h(r0, c0 + 1) * tx;
  const bottom = h(r0 + 1, c0) * (1 - tx) + h(r0 + 1, c0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

export function lineKm(coords: Pos[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) km += distance(coords[i - 1]!, coords[i]!, { units: 'kilometers' });
  return km;
}

/** Whether each line starts where the one before it ends (within toleranceKm): one path, end to end. */
export function isChain(lines: Pos[][], toleranceKm = 1): boolean {
  return lines.every((l, i) => i === 0 || distance(lines[i - 1]!.at(-1)!, l[0]!, { units: 'kilometers' }) <= toleranceKm);
}

/** A sampling step of 2–5 km, so a profile holds at most about 400 values. */
export function profileStepKm(lengthKm: number): number {
  return Math.min(5, Math.max(2, Math.ceil((lengthKm / 250) * 2) / 2));
}

export interface ProfileLine {
  coords: Pos[];
  /** False for a stretch too schematic to profile: its samples are left empty (null). */
  profiled: boolean;
}

export interface Profile {
  stepKm: number;
  lengthKm: number;
  /** Metres at 0, step, 2·step, … and at lengthKm; null where the line is not profiled. */
  m: (number | null)[];
}

/**
 * Samples the grid every stepKm along lines drawn one after the other (positions between vertices
 * are interpolated straight in lon/lat, as the map draws short segments). Returns the profile and
 * the profiled positions that fell outside the grid, if any.
 */
export function profileAlong(lines: ProfileLine[], grid: HeightGrid, stepKm: number): { profile: Profile; outside: Pos[] } {
  const segs: { a: Pos; b: Pos; from: number; km: number; profiled: boolean }[] = [];
  let total = 0;
  for (const line of lines) {
    for (let i = 1; i < line.coords.length; i++) {
      const a = line.coords[i - 1]!;
      const b = line.coords[i]!;
      const km = distance(a, b, { units: 'kilometers' });
      segs.push({ a, b, from: total, km, profiled: line.profiled });
      total += km;
    }
  }
  const at: number[] = [];
  for (let d = 0; d < total - 1e-9; d += stepKm) at.push(d);
  at.push(total);
  const m: (number | null)[] = [];
  const outside: Pos[] = [];
  let s = 0;
  for (const d of at) {
    while (s < segs.length - 1 && segs[s]!.from + segs[s]!.km < d) s++;
    const seg = segs[s];
    if (!seg) {
      m.push(null);
      continue;
    }
    const t = seg.km === 0 ? 0 : Math.min(1, Math.max(0, (d - seg.from) / seg.km));
    const p: Pos = [seg.a[0] + (seg.b[0] - seg.a[0]) * t, seg.a[1] + (seg.b[1] - seg.a[1]) * t];
    if (!seg.profiled) {
      m.push(null);
      continue;
    }
    const h = heightAt(grid, p[0], p[1]);
    if (h === null) outside.push(p);
    m.push(h === null ? null : Math.round(h));
  }
  return { profile: { stepKm, lengthKm: Math.round(total * 10) / 10, m }, outside };
}

/** How far along lines drawn one after the other the point nearest to p lies, and how far p is from it. */
export function positionAlong(lines: Pos[][], p: Pos): { alongKm: number; offKm: number } {
  let start = 0;
  let best = { alongKm: 0, offKm: Infinity };
  for (const coords of lines) {
    const near = nearestOnLine(coords, p);
    if (near.km < best.offKm) {
      const upTo = lineKm(coords.slice(0, near.index + 1)) + distance(coords[near.index]!, near.point, { units: 'kilometers' });
      best = { alongKm: start + upTo, offKm: near.km };
    }
    start += lineKm(coords);
  }
  return best;
}
