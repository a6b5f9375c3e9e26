// The shipped content in data/: it loads (every schema and geometry check passes) and says what
// the product promises.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from './atlasData';

const atlas = loadAtlas(path.resolve('data'));
const route = (id: string) => {
  const r = atlas.routes.find((x) => x.id === id);
  if (!r) throw new Error(`missing route ${id}`);
  return r;
};

describe('data/', () => {
  it('has the routes the deep links and tests rely on', () => {
    for (const id of ['cku-railway', 'cagp-abc', 'cagp-d', 'trans-caspian', 'china-europe-rail']) expect(route(id).id).toBe(id);
  });

  it('has the six cooperation countries and the five proposal points', () => {
    expect(atlas.countries.filter((c) => c.focus).map((c) => c.iso3).sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(atlas.proposal.points.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    expect(atlas.proposal.meeting.documents).toHaveLength(4);
  });

  it('uses the seed article’s spelling for Kazakhstan and accepts the common variant in search', () => {
    const kaz = atlas.countries.find((c) => c.iso3 === 'KAZ')!;
    expect(kaz.name.ar).toBe('قازاقستان');
    expect(kaz.altNames?.ar).toContain('كازاخستان');
  });

  it('draws each route close to a published whole-line length', () => {
    // Schematic lines through waypoints cut corners, so mountain roads come out shorter than
    // the published road length; a quarter is the most we accept.
    const compared = atlas.routes.filter((r) => r.lengths.some((l) => l.whole));
    expect(compared.map((r) => r.id)).toEqual(expect.arrayContaining(['cku-railway', 'cagp-abc', 'cagp-d']));
    for (const r of compared) {
      const whole = r.lengths.filter((l) => l.whole).map((l) => l.km);
      const closest = Math.min(...whole.map((km) => Math.abs(km - r.stats.lengthKm) / km));
      expect(closest, `${r.id}: drawn ${r.stats.lengthKm} km vs published ${whole.join(', ')}`).toBeLessThan(0.25);
    }
    expect(Math.abs(route('cagp-abc').stats.lengthKm - 1833) / 1833).toBeLessThan(0.12);
  });

  it('finds the named border crossings on the railway and the pipeline', () => {
    const cku = route('cku-railway').stats.crossings;
    expect(cku.map((c) => `${c.from}>${c.to}`)).toEqual(['CHN>KGZ', 'KGZ>UZB']);
    expect(cku[0]!.placeIds).toContain('torugart');
    const abc = route('cagp-abc').stats.crossings;
    expect(abc.map((c) => `${c.from}>${c.to}`)).toEqual(['TKM>UZB', 'UZB>KAZ', 'KAZ>CHN']);
  });

  it('the trans-Caspian corridor crosses the sea rather than a border there', () => {
    const tc = route('trans-caspian');
    expect(tc.stats.offshoreKm).toBeGreaterThan(200);
    expect(tc.legs.some((l) => l.properties.leg === 'sea')).toBe(true);
  });

  it('ships only the region: a small set of country shapes', () => {
    expect(JSON.stringify(atlas.countryShapes).length).toBeLessThan(900_000);
  });
});
