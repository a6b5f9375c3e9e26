// Pure helpers for traced legs: where a point meets a traced line, the part of the line between two
// such points, and a lighter copy of a line for the map. They run at build time and in unit tests.
import { distance } from '@turf/turf';

export type Pos = [number, number];

/** A place on a line: on the segment from coords[index] to coords[index + 1], at fraction t. */
export interface OnLine {
  index: number;
  t: number;
  point: Pos;
  /** How far the asked-for point lies from the line. */
  km: number;
}

const RAD = Math.PI / 180;

/** The point of the line nearest to p (projected locally, which is exact enough within tens of km). */
export function nearestOnLine(coords: Pos[], p: Pos): OnLine {
  if (coords.length < 2) throw new Error('nearestOnLine needs a line of at least two positions');
  const kx = Math.cos(p[1] * RAD);
  let best: OnLine | undefined;
  let bestD2 = Infinity;
  for (let i = 0; i < coords.length - 1; i++) {
    const a = coords[i]!;
    const b = coords[i + 1]!;
    const ax = (a[0] - p[0]) * kx;
    const ay = a[1] - p[1];
    const dx = (b[0] - a[0]) * kx;
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
    const x = ax + dx * t;
    const y = ay + dy * t;
    const d2 = x * x + y * y;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = { index: i, t, point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], km: 0 };
    }
  }
  best!.km = distance(p, best!.point, { units: 'kilometers' });
  return best!;
}

const before = (a: OnLine, b: OnLine) => a.index < b.index || (a.index === b.index && a.t <= b.t);

/**
 * The line between two places on it, in the order asked: from `from` to `to`, reversed when `to`
 * comes first along the line. The ends are the places themselves; the vertices between are kept.
 */
export function sliceLine(coords: Pos[], from: OnLine, to: OnLine): Pos[] {
  if (!before(from, to)) return sliceLine(coords, to, from).reverse();
  const out: Pos[] = [from.point];
  for (let i = from.index + 1; i <= to.index; i++) out.push(coords[i]!);
  out.push(to.point);
  return out.filter((p, i) => i === 0 || p[0] !== out[i - 1]![0] || p[1] !== out[i - 1]![1]);
}

/**
 * Douglas–Peucker simplification, tolerance in kilometres (measured on a local projection, so it
 * means the same in Kazakhstan as in Xinjiang). The ends are always kept.
 */
export function simplifyLine(coords: Pos[], toleranceKm: number): Pos[] {
  if (coords.length <= 2) return coords.slice();
  const keep = new Uint8Array(coords.length);
  keep[0] = 1;
  keep[coords.length - 1] = 1;
  const stack: [number, number][] = [[0, coords.length - 1]];
  const kmPerDeg = 6371 * RAD;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const a = coords[first]!;
    const b = coords[last]!;
    const kx = Math.cos(((a[1] + b[1]) / 2) * RAD);
    const dx = (b[0] - a[0]) * kx;
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = 0;
    for (let i = first + 1; i < last; i++) {
      const p = coords[i]!;
      const px = (p[0] - a[0]) * kx;
      const py = p[1] - a[1];
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, (px * dx + py * dy) / len2));
      const d = Math.hypot(px - dx * t, py - dy * t) * kmPerDeg;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0 && worstD > toleranceKm) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return coords.filter((_, i) => keep[i]);
}

/** Rounds positions (4 decimals is about 11 m) and drops repeats that rounding leaves. */
export function roundLine(coords: Pos[], digits = 4): Pos[] {
  const f = 10 ** digits;
  const out: Pos[] = [];
  for (const [x, y] of coords) {
    const p: Pos = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
