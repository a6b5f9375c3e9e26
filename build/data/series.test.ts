// A route's yearly series as an analyst meets the check: each mistake names file, feature and field.
import { describe, expect, it } from 'vitest';
import { DataError } from './check';
import { parseRoute } from './schema';

const t = (en: string, ar: string) => ({ en, ar });
const FILE = 'data/routes/test-line.geojson';

function route(series: unknown) {
  return {
    type: 'FeatureCollection',
    properties: {
      id: 'test-line', kind: 'railway', status: 'operating', name: t('Test line', 'خط تجريبي'), shortName: t('Test', 'تجربة'),
      summary: t('A line.', 'خط.'), countries: ['KAZ'], milestones: [], capacity: [], operators: [], lengths: [], points: [],
      sources: [
        { id: 'a', title: 'A source', publisher: 'Someone', url: 'https://example.org/a', date: '2021' },
        { id: 'b', title: 'B source', publisher: 'Someone', url: 'https://example.org/b', date: '2025' },
      ],
      ...(series === undefined ? {} : { series }),
    },
    features: [{ type: 'Feature', properties: { leg: 'land', alignment: 'schematic', via: [] }, geometry: { type: 'LineString', coordinates: [[69, 42], [71, 43]] } }],
  };
}

const tonnes = (points: unknown[], extra: Record<string, unknown> = {}) => [{ id: 'cargo', label: t('Cargo carried', 'البضائع المنقولة'), unit: 'mt-per-year', points, ...extra }];

function failure(series: unknown): DataError {
  try {
    parseRoute(route(series), FILE, 'test-line');
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the series to be rejected');
}

describe('route series', () => {
  it('are optional, and kept as written when valid', () => {
    expect(parseRoute(route(undefined), FILE).series).toBeUndefined();
    const parsed = parseRoute(route(tonnes([{ year: 2020, value: 0.78, source: 'a' }, { year: 2022, value: 1.49, source: 'b' }])), FILE);
    expect(parsed.series).toEqual([{ id: 'cargo', label: t('Cargo carried', 'البضائع المنقولة'), unit: 'mt-per-year', points: [{ year: 2020, value: 0.78, source: 'a' }, { year: 2022, value: 1.49, source: 'b' }] }]);
  });

  it('reject an unknown unit, naming the file, feature and field', () => {
    const e = failure(tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'a' }], { unit: 'wagons' }));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.series[0].unit" must be one of bcm-per-year, mt-per-year, teu-per-year, trains-per-year, got "wagons"`);
  });

  it('reject years out of order', () => {
    const e = failure(tonnes([{ year: 2022, value: 1, source: 'a' }, { year: 2020, value: 2, source: 'a' }]));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.series[0].points[1].year" (2020) comes before the previous point (2022); keep the years in order`);
  });

  it('reject a year given twice', () => {
    const e = failure(tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2020, value: 2, source: 'b' }]));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.series[0].points[1].year" repeats the year 2020; give each year once`);
  });

  it('reject a source that is not in the route’s sources', () => {
    const e = failure(tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'ghost' }]));
    expect(e.message).toBe(`${FILE}: route properties: field "properties.series[0].points[1].source" names the source "ghost", which is not in this file's sources`);
  });

  it('reject a series of fewer than two points', () => {
    expect(failure(tonnes([{ year: 2020, value: 1, source: 'a' }])).message)
      .toBe(`${FILE}: route properties: field "properties.series[0].points" has 1 point; a series needs at least 2 years to draw`);
    expect(failure(tonnes([])).message).toContain('has 0 points');
  });

  it('reject a year that is not a whole year, a negative value, a missing Arabic label and a repeated id', () => {
    expect(failure(tonnes([{ year: 2020.5, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'a' }])).message).toContain('field "properties.series[0].points[0].year" must be a whole year');
    expect(failure(tonnes([{ year: 2020, value: -1, source: 'a' }, { year: 2021, value: 2, source: 'a' }])).message).toContain('field "properties.series[0].points[0].value" must be between 0 and Infinity');
    expect(failure(tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'a' }], { label: { en: 'Cargo', ar: 'Cargo' } })).message).toContain('field "properties.series[0].label.ar" must be written in Arabic script');
    const twice = [...tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'a' }]), ...tonnes([{ year: 2020, value: 1, source: 'a' }, { year: 2021, value: 2, source: 'a' }])];
    expect(failure(twice).message).toContain('field "properties.series[1]" repeats the series id "cargo"');
  });
});
