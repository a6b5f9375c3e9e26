// The comparison's facts and charts, from a small made-up atlas.
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/types';
import { COMPARE_COLOURS } from '../view/palette';
import { COMPARE_ROWS, compareFacts, seriesByUnit } from './compareRows';
import { alignYears, decimalsOf, hasGaps } from './seriesData';

const t = (en: string) => ({ en, ar: `ع ${en}` });
const src = (id: string, date: string) => ({ id, title: id, publisher: 'P', url: `https://example.org/${id}`, date });
const leg = (via: string[], kind: 'land' | 'sea' = 'land') => ({ type: 'Feature', properties: { leg: kind, via, alignment: 'schematic' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } });

function route(id: string, over: Record<string, unknown> = {}) {
  return {
    id, kind: 'railway', status: 'operating', name: t(id), shortName: t(id), summary: t('s'), countries: ['KAZ', 'CHN'],
    milestones: [], capacity: [], operators: [], lengths: [], points: [], sources: [src('a', '2021-05'), src('b', '2025')],
    legs: [leg(['x', 'y'])],
    stats: { lengthKm: 500, byCountry: [{ iso3: 'KAZ', km: 300 }, { iso3: 'CHN', km: 200 }], offshoreKm: 0, crossings: [], bbox: [0, 0, 1, 1], compared: [], profiledShare: 0, profile: null },
    ...over,
  };
}

const atlas = {
  places: [
    { type: 'Feature', properties: { id: 'makmal', kind: 'gauge-break' }, geometry: { type: 'Point', coordinates: [0, 0] } },
    { type: 'Feature', properties: { id: 'torugart', kind: 'border-crossing' }, geometry: { type: 'Point', coordinates: [0, 0] } },
  ],
  routes: [
    route('rail', {
      milestones: [
        { date: '2022-09-14', text: t('agreed'), source: 'a', status: 'planned' },
        { date: '2024-06', text: t('other'), source: 'a' },
        { date: '2024-12-27', text: t('built'), source: 'a', status: 'under-construction' },
        { date: '2030', text: t('open'), source: 'b', status: 'operating', future: true },
      ],
      status: 'under-construction',
      legs: [leg(['kashgar', 'makmal'])],
      stats: { lengthKm: 250, byCountry: [], offshoreKm: 0, crossings: [{ from: 'CHN', to: 'KGZ', at: [0, 0], placeIds: ['torugart'] }], bbox: [0, 0, 1, 1], compared: [{ computedKm: 240, diff: 0.04 }], profiledShare: 1, profile: null },
      lengths: [{ km: 250, scope: t('whole'), countries: ['CHN'], source: 'a' }],
      capacity: [{ value: 15, unit: 'mt-per-year', source: 'a' }],
    }),
    route('corridor', {
      kind: 'transport-corridor',
      legs: [leg(['x', 'kuryk']), leg(['kuryk', 'alat'], 'sea')],
      stats: { lengthKm: 1000, byCountry: [], offshoreKm: 410, crossings: [], bbox: [0, 0, 1, 1], compared: [], profiledShare: 0, profile: null },
      series: [
        { id: 'cargo', label: t('cargo'), unit: 'mt-per-year', points: [{ year: 2019, value: 0.759, source: 'a' }, { year: 2025, value: 4.119, source: 'b' }] },
        { id: 'teu', label: t('teu'), unit: 'teu-per-year', points: [{ year: 2024, value: 56500, source: 'a' }, { year: 2025, value: 77000, source: 'b' }] },
      ],
    }),
    route('trains', {
      series: [
        { id: 'both', label: t('both'), unit: 'trains-per-year', points: [{ year: 2020, value: 9679, source: 'a' }, { year: 2024, value: 16400, source: 'b' }] },
        { id: 'one', label: t('one'), unit: 'trains-per-year', points: [{ year: 2020, value: 5027, source: 'a' }, { year: 2025, value: 8165, source: 'b' }] },
      ],
    }),
    route('road'),
    route('pipe'),
  ],
} as unknown as Pick<AtlasData, 'routes' | 'places'>;

describe('compareFacts', () => {
  it('keeps the routes in the order chosen, each with its colour, and drops unknown ones', () => {
    const facts = compareFacts(['corridor', 'nope', 'rail'], atlas);
    expect(facts.map((f) => f.id)).toEqual(['corridor', 'rail']);
    expect(facts.map((f) => f.colour)).toEqual([COMPARE_COLOURS[0], COMPARE_COLOURS[2]]);
    expect(compareFacts(['rail', 'corridor', 'trains', 'road', 'pipe'], atlas)).toHaveLength(4);
    expect(new Set(COMPARE_COLOURS).size).toBe(4);
  });

  it('gives the year of each status step, the future ones as expected', () => {
    const [rail] = compareFacts(['rail', 'corridor'], atlas);
    expect(rail!.steps).toEqual([
      { status: 'planned', date: '2022-09-14', year: 2022, expected: false, source: 'a' },
      { status: 'under-construction', date: '2024-12-27', year: 2024, expected: false, source: 'a' },
      { status: 'operating', date: '2030', year: 2030, expected: true, source: 'b' },
    ]);
  });

  it('lays lengths beside the longest, with each published figure against the drawn one', () => {
    const [rail, corridor] = compareFacts(['rail', 'corridor'], atlas);
    expect(rail!.lengthShare).toBe(0.25);
    expect(corridor!.lengthShare).toBe(1);
    expect(rail!.published).toEqual([{ km: 250, countries: ['CHN'], scope: t('whole'), source: 'a', computedKm: 240, diff: 0.04 }]);
  });

  it('finds the breaks of gauge, the crossings and the sea legs on the line', () => {
    const [rail, corridor] = compareFacts(['rail', 'corridor'], atlas);
    expect(rail!.gaugeBreaks).toEqual(['makmal']);
    expect(rail!.crossings).toEqual([{ from: 'CHN', to: 'KGZ', placeIds: ['torugart'] }]);
    expect(rail!.seaLegs).toEqual([]);
    expect(corridor!.gaugeBreaks).toEqual([]);
    expect(corridor!.seaLegs).toEqual([['kuryk', 'alat']]);
    expect(corridor!.seaKm).toBe(410);
  });

  it('dates capacity by its source and takes traffic from the last year of each series', () => {
    const [rail, corridor] = compareFacts(['rail', 'corridor'], atlas);
    expect(rail!.capacity).toEqual([{ value: 15, unit: 'mt-per-year', source: 'a', year: 2021 }]);
    expect(rail!.traffic).toEqual([]);
    expect(corridor!.traffic.map((x) => [x.series, x.year, x.value, x.unit, x.source])).toEqual([['cargo', 2025, 4.119, 'mt-per-year', 'b'], ['teu', 2025, 77000, 'teu-per-year', 'b']]);
  });

  it('has a row for every fact the issue names', () => {
    expect(COMPARE_ROWS).toEqual(['kind', 'status', 'length', 'byCountry', 'capacity', 'traffic', 'operators', 'countries', 'crossings', 'gaugeBreaks', 'seaLegs', 'highest', 'points', 'sources']);
  });
});

describe('seriesByUnit', () => {
  it('charts series of one unit together, one line per route in its colour (its first series in that unit)', () => {
    const groups = seriesByUnit(compareFacts(['trains', 'corridor', 'rail'], atlas));
    expect(groups.map((g) => [g.unit, g.lines.map((l) => `${l.routeId}:${l.series.id}:${l.colour}`)])).toEqual([
      ['trains-per-year', [`trains:both:${COMPARE_COLOURS[0]}`]],
      ['mt-per-year', [`corridor:cargo:${COMPARE_COLOURS[1]}`]],
      ['teu-per-year', [`corridor:teu:${COMPARE_COLOURS[1]}`]],
    ]);
  });
});

describe('series chart data', () => {
  it('aligns the lines on every year between the first and the last, null where a line has no figure', () => {
    const a = { points: [{ year: 2020, value: 1, source: 's' }, { year: 2022, value: 3, source: 's' }] };
    const b = { points: [{ year: 2021, value: 5, source: 's' }] };
    expect(alignYears([a, b])).toEqual({ years: [2020, 2021, 2022], values: [[1, null, 3], [null, 5, null]], withValue: [2020, 2021, 2022] });
    expect(alignYears([{ points: [{ year: 2020, value: 1, source: 's' }, { year: 2024, value: 2, source: 's' }] }]).withValue).toEqual([2020, 2024]);
    expect(alignYears([])).toEqual({ years: [], values: [], withValue: [] });
  });

  it('tells a gap inside a line from years before or after it', () => {
    expect(hasGaps([1, null, 3])).toBe(true);
    expect(hasGaps([null, 5, null])).toBe(false);
    expect(hasGaps([1, 2])).toBe(false);
  });

  it('keeps the decimals the source gives, at most three', () => {
    expect(decimalsOf([0.759, 4.484, 1.5])).toBe(3);
    expect(decimalsOf([9679, 16400])).toBe(0);
    expect(decimalsOf([0.12345])).toBe(3);
  });
});
