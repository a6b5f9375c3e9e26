// Today's status of a route, derived at build time from its dated milestones, and the checks an
// analyst meets when the milestones do not say enough. The status as of any year is the app's
// (src/data/status.ts).
import { Ctx } from './check.ts';
import type { Milestone, RouteStatus } from '../../src/data/types.ts';
import { isFuture } from '../../src/data/status.ts';

/** The day as the build and the app compare dates: YYYY-MM-DD, in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The status on `today`: the last status-marking milestone dated on or before it. */
export function statusOn(milestones: readonly Milestone[], today: string): RouteStatus | null {
  let found: RouteStatus | null = null;
  for (const m of milestones) if (m.status && !isFuture(m.date, today)) found = m.status;
  return found;
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
