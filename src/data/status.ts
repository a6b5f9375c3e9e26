// A route's status through time, derived from its dated milestones and never typed twice: a
// milestone may mark the status the route enters on its date (planned, under construction,
// operating, stalled). The build derives today's status from them (build/data/status.ts); the
// time slider, the panels, the exports and the briefing ask for the status as of a year. Pure.
import type { Milestone, PartialDate, Route, RouteStatus } from './types.ts';


/**
 * Whether a date lies after `today`. A partial date counts from its first day: "2026" is not in the
 * future on 2026-11-30, "2026-12" and "2030" are. (Compared as text: a prefix sorts first.)
 */
export function isFuture(date: PartialDate, today: string): boolean {
  return date > today;
}

export const yearOfDate = (date: PartialDate): number => Number(date.slice(0, 4));

export interface StatusAt {
  status: RouteStatus;
  /** The milestone that set it. */
  since: Milestone;
  /** Set by a milestone after today: what is planned, expected, not fact. */
  expected: boolean;
}

/**
 * The route's status at the end of `year`: set by the last milestone that marks a status, dated on or
 * before the end of that year; null before the first (the route did not exist yet, not even as a plan).
 */
export function statusAt(milestones: readonly Milestone[], year: number, today: string): StatusAt | null {
  let found: Milestone | null = null;
  for (const m of milestones) if (m.status && yearOfDate(m.date) <= year) found = m;
  return found ? { status: found.status!, since: found, expected: isFuture(found.date, today) } : null;
}

/** The status as of a year, or today's when the year is null. */
export function routeStatusAt(route: Pick<Route, 'status' | 'milestones'>, year: number | null, today: string): StatusAt | null {
  if (year === null) {
    const since = [...route.milestones].reverse().find((m) => m.status && !isFuture(m.date, today));
    return since ? { status: route.status, since, expected: false } : null;
  }
  return statusAt(route.milestones, year, today);
}

/**
 * The content as of a year, for everything that draws or lists routes: the routes that existed
 * then (any status, a plan included), each with the status it had. Today's content when null.
 */
export function atlasAt<A extends { routes: readonly Pick<Route, 'status' | 'milestones'>[]; today: string }>(atlas: A, year: number | null): A {
  if (year === null) return atlas;
  const cached = cache.get(atlas)?.get(year);
  if (cached) return cached as A;
  const routes = atlas.routes.flatMap((r) => {
    const at = statusAt(r.milestones, year, atlas.today);
    return at ? [{ ...r, status: at.status }] : [];
  });
  const out = { ...atlas, routes };
  const byYear = cache.get(atlas) ?? new Map<number, unknown>();
  byYear.set(year, out);
  cache.set(atlas, byYear);
  return out;
}

const cache = new WeakMap<object, Map<number, unknown>>();
