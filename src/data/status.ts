// A route's status through time, derived from its dated milestones and never typed twice: a
// milestone may mark the status the route enters on its date (planned, under construction,
// operating, stalled). The build derives today's status from them; the time slider, the panels,
// the exports and the briefing ask for the status as of a year. Pure.
import { Ctx } from './check.ts';
import type { Briefing, Milestone, PartialDate, Route, RouteStatus } from './types.ts';

/** The years the time slider spans: YEARS of src/state/url.ts (a test checks they agree), for the data check. */
export const TIME_SPAN = { first: 2005, last: 2030 } as const;

/** The day as the build and the app compare dates: YYYY-MM-DD, in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

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

/** The status on `today`: the last status-marking milestone dated on or before it. */
export function statusOn(milestones: readonly Milestone[], today: string): RouteStatus | null {
  let found: RouteStatus | null = null;
  for (const m of milestones) if (m.status && !isFuture(m.date, today)) found = m.status;
  return found;
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
 * Checks a route's status-marking milestones and derives its status on `today`; marks the
 * milestones after today as future. Fails with file, feature and field: a typed `status` (it is
 * derived now), no milestone marking a status, the same status marked twice in a row, or none
 * on or before today.
 */
export function deriveStatus<R extends { milestones: Milestone[] }>(route: R, typed: unknown, file: string, today: string): R & { status: RouteStatus } {
  const pc = new Ctx(file).feature('route properties').at('properties');
  if (typed !== undefined) {
    pc.at('status').fail('is derived from the milestones now: remove it, and give the milestone from which the route has that status a "status" (e.g. "status": "operating")');
  }
  const marked = route.milestones.map((m, i) => ({ m, i })).filter(({ m }) => m.status);
  if (marked.length === 0) {
    pc.at('milestones').fail('has no milestone that marks a status: give the milestone from which the route is planned, under construction, operating or stalled a "status" (e.g. "status": "planned"), as its source says');
  }
  marked.forEach(({ m, i }, k) => {
    const prev = marked[k - 1];
    if (prev && prev.m.status === m.status) {
      pc.at('milestones').at(i).at('status').fail(`marks "${m.status}" again: the route is ${m.status} since milestones[${prev.i}] (${prev.m.date}); remove one of the two`);
    }
  });
  const status = statusOn(route.milestones, today);
  if (!status) {
    const first = marked[0]!;
    return pc.at('milestones').at(first.i).at('status').fail(`is the first status, dated ${first.m.date}, after the day of the build (${today}): the route needs a status it has today, from a milestone dated on or before it`);
  }
  const milestones = route.milestones.map((m) => (isFuture(m.date, today) ? { ...m, future: true as const } : m));
  return { ...route, milestones, status };
}

/** The year the map shows: the explore year, or in a briefing the slide's own (today's when it has none). */
export function yearOf(s: { mode: string; slide: number; year?: number | null }, briefing: Pick<Briefing, 'slides'>): number | null {
  if (s.mode === 'explore') return s.year ?? null;
  return briefing.slides[s.slide]?.year ?? null;
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
