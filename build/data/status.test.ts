// Today's status of every route, derived by the build from its dated milestones, every route in
// every year of the slider as the data says, and the checks an analyst meets when the milestones
// do not say enough.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../atlasData';
import { atlasAt, statusAt } from '../../src/data/status';
import { YEARS, type Milestone } from '../../src/data/types';
import { DataError } from './check';
import { deriveStatus, statusOn } from './status';

const TODAY = '2026-11-30';
const FILE = 'data/routes/test-line.geojson';
const t = (en: string) => ({ en, ar: 'نص' });
const m = (date: string, status?: Milestone['status']): Milestone => ({ date, text: t(date), source: 'src', ...(status ? { status } : {}) });

describe('today\'s status', () => {
  it('is the last status marked on or before today; a later one is not yet', () => {
    const rail = [m('2022-09-14', 'planned'), m('2024-12-27', 'under-construction'), m('2030', 'operating')];
    expect(statusOn(rail, TODAY)).toBe('under-construction');
    expect(statusOn([m('2028', 'planned')], TODAY)).toBeNull();
  });
});

function failure(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the milestones to be rejected');
}

describe('the status is derived, and the check names file, feature and field', () => {
  it('derives today\'s status and marks the milestones after today as future', () => {
    const route = deriveStatus({ milestones: [m('2022-09-14', 'planned'), m('2024-12-27', 'under-construction'), m('2025-12'), m('2030', 'operating')] }, undefined, FILE, TODAY);
    expect(route.status).toBe('under-construction');
    expect(route.milestones.map((x) => x.future ?? false)).toEqual([false, false, false, true]);
  });

  it('a typed status', () => {
    const e = failure(() => deriveStatus({ milestones: [m('2020', 'operating')] }, 'operating', FILE, TODAY));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.status" is derived from the milestones now: remove it, and give the milestone from which the route has that status a "status" (e.g. "status": "operating")`);
  });

  it('a route with no milestone that marks a status', () => {
    const e = failure(() => deriveStatus({ milestones: [m('2020'), m('2021')] }, undefined, FILE, TODAY));
    expect(e.message).toMatch(/^data\/routes\/test-line\.geojson: route properties: field "properties\.milestones" has no milestone that marks a status: give the milestone from which the route is planned, under construction, operating or stalled a "status"/);
  });

  it('the same status marked twice in a row', () => {
    const e = failure(() => deriveStatus({ milestones: [m('2009', 'operating'), m('2010'), m('2014', 'operating')] }, undefined, FILE, TODAY));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.milestones[2].status" marks "operating" again: the route is operating since milestones[0] (2009); remove one of the two`);
  });

  it('a route whose every status lies in the future', () => {
    const e = failure(() => deriveStatus({ milestones: [m('2028', 'planned'), m('2030', 'operating')] }, undefined, FILE, TODAY));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.milestones[0].status" is the first status, dated 2028, after the day of the build (${TODAY}): the route needs a status it has today, from a milestone dated on or before it`);
  });
});

// The data as fact-checked on 2026-11-30, year by year (2005 first): - not yet, P planned,
// U under construction, O operating, S stalled; lower case: expected (set by a future milestone).
const EXPECTED: Record<string, string> = {
  // Framework agreement 2006, construction from August 2007, Line A inaugurated December 2009 (B and C are milestones).
  'cagp-abc': '-PUUOOOOOOOOOOOOOOOOOOOOOO',
  // Agreements September 2013, foundation stone September 2014, Uzbek section suspended and Kyrgyz postponed in 2016.
  'cagp-d': '--------PUUSSSSSSSSSSSSSSS',
  // The first China–Europe trains through Alashankou, 2011.
  'china-europe-rail': '------OOOOOOOOOOOOOOOOOOOO',
  // Opened to traffic on 25 February 2018.
  'cku-highway': '-------------OOOOOOOOOOOOO',
  // Samarkand agreement September 2022, construction launched December 2024, operations expected about 2030.
  'cku-railway': '-----------------PPUUUUUUo',
  // Agreement and construction 2004, the line working from May 2006.
  'kz-cn-oil': 'UOOOOOOOOOOOOOOOOOOOOOOOOO',
  // The Nomad Express, the route's first container train, reached Baku on 3 August 2015.
  'trans-caspian': '----------OOOOOOOOOOOOOOOO',
};
const LETTER = { planned: 'P', 'under-construction': 'U', operating: 'O', stalled: 'S' } as const;

describe('every route, every year of the slider, as the data says', () => {
  const atlas = loadAtlas(path.resolve('data'), { today: TODAY });

  it('covers every route', () => {
    expect(atlas.routes.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(YEARS).toEqual({ first: 2005, last: 2030 });
  });

  for (const [id, row] of Object.entries(EXPECTED)) {
    it(id, () => {
      const route = atlas.routes.find((r) => r.id === id)!;
      const got = [];
      for (let y = YEARS.first; y <= YEARS.last; y++) {
        const at = statusAt(route.milestones, y, TODAY);
        got.push(at ? (at.expected ? LETTER[at.status].toLowerCase() : LETTER[at.status]) : '-');
      }
      expect(got.join(''), `${id}, 2005 → 2030`).toBe(row);
      // Today's status, derived by the build, is the status of this year.
      expect(LETTER[route.status], `${id} today`).toBe(got[Number(TODAY.slice(0, 4)) - YEARS.first]);
    });
  }

  it('the railway\'s opening is the one future milestone, and it is marked so', () => {
    const future = atlas.routes.flatMap((r) => r.milestones.filter((x) => x.future).map((x) => `${r.id} ${x.date}`));
    expect(future).toEqual(['cku-railway 2030']);
    const rail = atlas.routes.find((r) => r.id === 'cku-railway')!;
    expect(rail.milestones.at(-1)).toMatchObject({ date: '2030', status: 'operating', future: true });
  });

  it('each status-marking milestone cites one of its route\'s sources', () => {
    for (const r of atlas.routes) {
      for (const x of r.milestones.filter((y) => y.status)) expect(r.sources.map((s) => s.id), `${r.id} ${x.date}`).toContain(x.source);
    }
  });

  it('Line D: stalled from 2016, when the sources say work on the Uzbek section was suspended', () => {
    const d = atlas.routes.find((r) => r.id === 'cagp-d')!;
    expect(statusAt(d.milestones, 2016, TODAY)?.since).toMatchObject({ date: '2016', source: 'diplomat' });
    expect(d.status).toBe('stalled');
  });

  it('2014: the railway and the highway absent, Line C a milestone of the operating pipeline', () => {
    const y2014 = atlasAt(atlas, 2014);
    const ids = y2014.routes.map((r) => r.id);
    expect(ids).not.toContain('cku-railway');
    expect(ids).not.toContain('cku-highway');
    expect(y2014.routes.find((r) => r.id === 'cagp-abc')?.status).toBe('operating');
    expect(y2014.routes.find((r) => r.id === 'cagp-d')?.status).toBe('under-construction');
  });
});
