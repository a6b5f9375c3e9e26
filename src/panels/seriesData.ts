// The numbers behind a series chart, pure: the years on its axis, each line's value per year, and
// how many decimals the source gives.
import type { SeriesPoint } from '../data/types';

/** Decimals enough to show every value as the source gives it (at most 3). */
export function decimalsOf(values: readonly number[]): number {
  return Math.min(3, Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length)));
}

/**
 * Every year from the first to the last point of any line, each line's value in each of those years
 * (null where its source gives none), and the years where at least one line has a value.
 */
export function alignYears(lines: readonly { points: readonly SeriesPoint[] }[]): { years: number[]; values: (number | null)[][]; withValue: number[] } {
  const all = lines.flatMap((l) => l.points.map((p) => p.year));
  if (!all.length) return { years: [], values: [], withValue: [] };
  const first = Math.min(...all);
  const last = Math.max(...all);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const values = lines.map((l) => years.map((y) => l.points.find((p) => p.year === y)?.value ?? null));
  const withValue = years.filter((_, i) => values.some((v) => v[i] !== null));
  return { years, values, withValue };
}

/** Whether a line misses a year between two it has: the chart then links them with a dashed line. */
export function hasGaps(values: readonly (number | null)[]): boolean {
  const first = values.findIndex((v) => v !== null);
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  return first >= 0 && values.slice(first, last + 1).some((v) => v === null);
}
