// A route's status through time, as of any year, from its dated milestones (build/data/status.test.ts
// checks today's, derived by the build, and every route in every year of the slider).
import { describe, expect, it } from 'vitest';
import { atlasAt, isFuture, routeStatusAt, statusAt } from './status';
import type { Milestone } from './types';

const TODAY = '2026-11-30';
const t = (en: string) => ({ en, ar: 'نص' });
const m = (date: string, status?: Milestone['status']): Milestone => ({ date, text: t(date), source: 'src', ...(status ? { status } : {}) });

describe('dates and today', () => {
  it('a partial date is in the future only from its first day', () => {
    expect(isFuture('2030', TODAY)).toBe(true);
    expect(isFuture('2026-12', TODAY)).toBe(true);
    expect(isFuture('2026-12-01', TODAY)).toBe(true);
    expect(isFuture('2026', TODAY)).toBe(false);
    expect(isFuture('2026-11', TODAY)).toBe(false);
    expect(isFuture('2026-11-30', TODAY)).toBe(false);
    expect(isFuture('2014-05-31', TODAY)).toBe(false);
  });
});

describe('status at a year', () => {
  const line = [m('2004-05-17', 'planned'), m('2004-09', 'under-construction'), m('2005-11'), m('2006-05-25', 'operating'), m('2017-03-29')];

  it('is null before the first milestone that marks a status, then the last one marked by the end of the year', () => {
    expect(statusAt(line, 2003, TODAY)).toBeNull();
    expect(statusAt(line, 2004, TODAY)?.status).toBe('under-construction');
    expect(statusAt(line, 2005, TODAY)?.status).toBe('under-construction');
    expect(statusAt(line, 2006, TODAY)).toEqual({ status: 'operating', since: line[3], expected: false });
    expect(statusAt(line, 2030, TODAY)?.status).toBe('operating');
  });

  it('a status set by a milestone after today is expected, not fact', () => {
    const rail = [m('2022-09-14', 'planned'), m('2024-12-27', 'under-construction'), m('2030', 'operating')];
    expect(statusAt(rail, 2029, TODAY)).toMatchObject({ status: 'under-construction', expected: false });
    expect(statusAt(rail, 2030, TODAY)).toMatchObject({ status: 'operating', expected: true });
    expect(routeStatusAt({ status: 'under-construction', milestones: rail }, null, TODAY)).toMatchObject({ status: 'under-construction', expected: false, since: rail[1] });
  });

  it('the network as of a year keeps the routes that existed, each with the status it had', () => {
    const atlas = {
      today: TODAY,
      routes: [
        { id: 'a', status: 'operating' as const, milestones: [m('2009', 'operating')] },
        { id: 'b', status: 'under-construction' as const, milestones: [m('2022', 'planned'), m('2024', 'under-construction')] },
      ],
    };
    expect(atlasAt(atlas, null)).toBe(atlas);
    expect(atlasAt(atlas, 2008).routes).toEqual([]);
    expect(atlasAt(atlas, 2023).routes.map((r) => [r.id, r.status])).toEqual([['a', 'operating'], ['b', 'planned']]);
    // The same object for the same year: the map compares sources by identity.
    expect(atlasAt(atlas, 2023)).toBe(atlasAt(atlas, 2023));
  });
});
