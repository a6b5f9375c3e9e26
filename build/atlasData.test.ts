// The schema check as an analyst meets it: broken files fail with the file, feature and field.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from '../src/data/check';
import { loadAtlas } from './atlasData';

const t = (en: string, ar: string) => ({ en, ar });

function fixture() {
  return {
    countries: [
      { iso3: 'KAZ', numeric: '398', focus: true, name: t('Kazakhstan', 'قازاقستان'), label: [67, 48] },
      { iso3: 'KGZ', numeric: '417', focus: true, name: t('Kyrgyzstan', 'قيرغيزستان'), label: [74.5, 41.5] },
      { iso3: 'CHN', numeric: '156', focus: true, name: t('China', 'الصين'), label: [88, 37] },
    ],
    places: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [69.595, 42.32] }, properties: { id: 'shymkent', kind: 'city', name: t('Shymkent', 'شيمكنت'), country: 'KAZ', source: 'Natural Earth' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [71.365, 42.9] }, properties: { id: 'taraz', kind: 'city', name: t('Taraz', 'طراز'), country: 'KAZ', source: 'Natural Earth' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [71.4278, 51.1811] }, properties: { id: 'astana', kind: 'capital', name: t('Astana', 'أستانا'), country: 'KAZ', source: 'Natural Earth' } },
      ],
    },
    proposal: {
      meeting: {
        title: t('Meeting', 'اجتماع'), date: '2022-06-08', place: t('Nur-Sultan', 'نور سلطان'), placeId: 'astana',
        summary: t('Summary.', 'ملخص.'), chair: t('Chair', 'الرئيس'), participants: [t('Someone', 'شخص')],
        documents: [t('A statement', 'بيان')], outcome: t('An outcome', 'نتيجة'),
        sources: [{ id: 'seed', title: 'Article', publisher: 'Xinhua', date: '2022-06-08' }],
      },
      points: [{ id: 2, title: t('Engine', 'محرك'), summary: t('Text.', 'نص.'), countries: ['KAZ'], source: 'seed' }],
    },
    briefing: {
      title: t('Briefing', 'إحاطة'),
      slides: [
        { id: 'meeting', title: t('The meeting', 'الاجتماع'), text: t('Text', 'نص'), notes: t('Notes', 'ملاحظات'),
          camera: { center: [71.4, 51.2], zoom: 5 }, places: ['astana'], countries: ['KAZ'] },
        { id: 'line', title: t('The line', 'الخط'), text: t('Text', 'نص'), notes: t('Notes', 'ملاحظات'),
          camera: { center: [70.5, 42.6], zoom: 6, bearing: 10, pitch: 20 }, routes: ['test-line'], layers: ['railway'], point: 2 },
      ],
    },
    route: {
      type: 'FeatureCollection',
      properties: {
        id: 'test-line', kind: 'railway', status: 'operating', name: t('Test line', 'خط تجريبي'), shortName: t('Test', 'تجربة'),
        summary: t('A line.', 'خط.'), countries: ['KAZ'],
        milestones: [{ date: '2020', text: t('Opened', 'افتتح'), source: 'src' }],
        capacity: [{ value: 5, unit: 'mt-per-year', source: 'src' }],
        operators: [{ name: t('Railways', 'السكك'), source: 'src' }],
        lengths: [{ km: 160, scope: t('whole line', 'الخط كله'), source: 'src' }],
        points: [2],
        sources: [{ id: 'src', title: 'A source', publisher: 'Someone', url: 'https://example.org/a', date: '2021-01-01' }],
      },
      features: [{ type: 'Feature', properties: { leg: 'land', via: ['shymkent', 'taraz'] }, geometry: { type: 'LineString', coordinates: [[69.595, 42.32], [71.365, 42.9]] } }],
    },
  };
}

type Fixture = ReturnType<typeof fixture>;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeFixture(f: Fixture): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-data-'));
  dirs.push(dir);
  const data = path.join(dir, 'data');
  mkdirSync(path.join(data, 'routes'), { recursive: true });
  writeFileSync(path.join(data, 'countries.json'), JSON.stringify(f.countries));
  writeFileSync(path.join(data, 'places.geojson'), JSON.stringify(f.places));
  writeFileSync(path.join(data, 'proposal.json'), JSON.stringify(f.proposal));
  writeFileSync(path.join(data, 'briefing.json'), JSON.stringify(f.briefing));
  writeFileSync(path.join(data, 'routes', `${f.route.properties.id}.geojson`), JSON.stringify(f.route));
  return data;
}

function failure(mutate: (f: Fixture) => void): DataError {
  const f = fixture();
  mutate(f);
  try {
    loadAtlas(writeFixture(f));
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the data to be rejected');
}

describe('loadAtlas on a small valid data set', () => {
  it('loads, computes the length and ships the named countries with the rest of the land', () => {
    const atlas = loadAtlas(writeFixture(fixture()));
    const route = atlas.routes[0]!;
    expect(route.stats.lengthKm).toBeGreaterThan(150);
    expect(route.stats.lengthKm).toBeLessThan(170);
    expect(route.stats.byCountry.map((c) => c.iso3)).toEqual(['KAZ']);
    // The named countries are features of their own; every other country is merged into the land.
    const parts = atlas.countryShapes.features.map((s) => (s.properties.part === 'country' ? s.properties.iso3 : s.properties.part));
    expect(parts.sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'border', 'land']);
    expect(atlas.countryShapes.features.find((s) => s.properties.part === 'country' && s.properties.iso3 === 'KAZ')?.properties.focus).toBe(true);
    expect(atlas.asOf).toBe('2022-06-08');
    expect(atlas.briefing.slides[0]!.camera).toEqual({ center: [71.4, 51.2], zoom: 5, bearing: 0, pitch: 0 });
  });
});

describe('broken data fails with file, feature and field', () => {
  it('a missing Arabic name', () => {
    const e = failure((f) => { (f.route.properties.name as { ar?: string }).ar = ''; });
    expect(e.message).toMatch(/data\/routes\/test-line\.geojson: route properties: field "properties\.name\.ar" must be a non-empty string/);
  });

  it('Arabic text that is not in Arabic script', () => {
    const e = failure((f) => { f.route.properties.summary.ar = 'A line.'; });
    expect(e.message).toContain('field "properties.summary.ar" must be written in Arabic script');
  });

  it('an unknown route kind', () => {
    const e = failure((f) => { (f.route.properties as { kind: string }).kind = 'canal'; });
    expect(e.message).toContain('field "properties.kind" must be one of railway');
  });

  it('a coordinate out of range, naming the feature', () => {
    const e = failure((f) => { f.route.features[0]!.geometry.coordinates[1] = [71.365, 142.9]; });
    expect(e.message).toContain('data/routes/test-line.geojson: feature 0: field "geometry.coordinates[1][1]" must be between -90 and 90');
  });

  it('a figure citing a source that is not listed', () => {
    const e = failure((f) => { f.route.properties.capacity[0]!.source = 'ghost'; });
    expect(e.message).toContain('field "properties.capacity[0].source" names the source "ghost"');
  });

  it('a waypoint that is not a place', () => {
    const e = failure((f) => { f.route.features[0]!.properties.via.push('atlantis'); });
    expect(e.message).toContain('feature 0: field "properties.via[2]" names the place "atlantis"');
  });

  it('a line drawn through a country the route does not declare', () => {
    // Shymkent straight to Bishkek's side of the border runs through Kyrgyzstan.
    const e = failure((f) => { f.route.features[0]!.geometry.coordinates = [[69.595, 42.32], [74.6, 42.6]]; });
    expect(e.message).toMatch(/feature 0: field "geometry\.coordinates" draws [\d.]+ km through KGZ, which is not in properties\.countries/);
  });

  it('a declared country the line never enters', () => {
    const e = failure((f) => { f.route.properties.countries.push('CHN'); });
    expect(e.message).toContain('field "properties.countries[1]" names CHN, but the drawn line never enters it');
  });

  it('a file whose id does not match its name', () => {
    const f = fixture();
    const data = writeFixture(f);
    writeFileSync(path.join(data, 'routes', 'other.geojson'), JSON.stringify(f.route));
    expect(() => loadAtlas(data)).toThrow(/data\/routes\/other\.geojson: route properties: field "properties\.id" is "test-line" but the file is named other\.geojson/);
  });

  it('a file that is not JSON', () => {
    const data = writeFixture(fixture());
    writeFileSync(path.join(data, 'places.geojson'), '{ "type": "FeatureCollection", ');
    expect(() => loadAtlas(data)).toThrow(/data\/places\.geojson: field "\(file\)" is not valid JSON/);
  });

  it('a duplicate place id, naming the place', () => {
    const e = failure((f) => { f.places.features[1]!.properties.id = 'shymkent'; });
    expect(e.message).toContain('data/places.geojson');
    expect(e.message).toContain('repeats the place id "shymkent"');
  });

  it('milestones out of date order', () => {
    const e = failure((f) => { f.route.properties.milestones.push({ date: '2019-05', text: t('Earlier', 'أبكر'), source: 'src' }); });
    expect(e.message).toContain('field "properties.milestones[1].date" (2019-05) comes before the previous milestone');
  });

  it('a proposal point naming an unknown country', () => {
    const e = failure((f) => { f.proposal.points[0]!.countries.push('XYZ'); });
    expect(e.message).toContain('data/proposal.json: point 2: field "points[0].countries[1]" names "XYZ"');
  });

  it('a slide naming a route that does not exist, naming the slide', () => {
    const e = failure((f) => { f.briefing.slides[1]!.routes = ['test-line', 'ghost-line']; });
    expect(e.message).toContain('data/briefing.json: slide 2 (line): field "slides[1].routes[1]" names the route "ghost-line"');
  });

  it('a slide without a camera zoom', () => {
    const e = failure((f) => { delete (f.briefing.slides[0]!.camera as { zoom?: number }).zoom; });
    expect(e.message).toContain('data/briefing.json: slide 1 (meeting): field "slides[0].camera.zoom" must be a number, got nothing');
  });

  it('a slide showing an unknown layer', () => {
    const e = failure((f) => { f.briefing.slides[1]!.layers = ['railway', 'canals']; });
    expect(e.message).toContain('field "slides[1].layers[1]" must be one of railway');
  });
});

