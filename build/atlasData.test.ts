// The schema check as an analyst meets it: broken files fail with the file, feature and field.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from './data/check';
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
        id: 'test-line', kind: 'railway', name: t('Test line', 'خط تجريبي'), shortName: t('Test', 'تجربة'),
        summary: t('A line.', 'خط.'), countries: ['KAZ'],
        milestones: [{ date: '2020', text: t('Opened', 'افتتح'), source: 'src', status: 'operating' }] as Record<string, unknown>[],
        capacity: [{ value: 5, unit: 'mt-per-year', source: 'src' }],
        operators: [{ name: t('Railways', 'السكك'), source: 'src' }],
        lengths: [{ km: 160, scope: t('whole line', 'الخط كله'), countries: ['KAZ'], source: 'src' }] as Record<string, unknown>[],
        points: [2],
        sources: [{ id: 'src', title: 'A source', publisher: 'Someone', url: 'https://example.org/a', date: '2021-01-01' }],
      },
      features: [{ type: 'Feature', properties: { leg: 'land', alignment: 'schematic', via: ['shymkent', 'taraz'] } as { leg: string; alignment: string; via: string[]; trace?: unknown; alongValleys?: unknown }, geometry: { type: 'LineString', coordinates: [[69.595, 42.32], [71.365, 42.9]] } }],
    },
    /** data/traces/test-trace.geojson: a line from Shymkent past Taraz, with a bend. */
    trace: {
      type: 'FeatureCollection',
      properties: {
        name: 'Test trace', licence: 'CC-BY-4.0', attribution: '© Someone (CC BY 4.0)', openStreetMap: false,
        source: { id: 'trace-src', title: 'Trace file', publisher: 'Someone', url: 'https://example.org/trace', date: '2024' },
      } as Record<string, unknown>,
      features: [{ type: 'Feature', properties: { id: 'T1' }, geometry: { type: 'LineString', coordinates: [[69.4, 42.25], [69.595, 42.32], [70.5, 42.75], [71.365, 42.9], [71.6, 43.0]] } }],
    },
    /** data/timeline.json: the meeting of proposal.json and a summit. */
    timeline: {
      events: [
        { id: 'meeting', kind: 'foreign-ministers', date: '2022-06-08', title: t('The meeting', 'الاجتماع'), place: t('Nur-Sultan', 'نور سلطان'), summary: t('Text.', 'نص.'),
          placeId: 'astana', opens: 'meeting', sources: [{ id: 'seed', title: 'Article', publisher: 'Xinhua', date: '2022-06-08', url: 'https://example.org/seed' }] },
        { id: 'summit', kind: 'summit', date: '2023-05-18', title: t('A summit', 'قمة'), place: t('Astana', 'أستانا'), summary: t('Text.', 'نص.'),
          sources: [{ id: 'cgtn', title: 'Report', publisher: 'CGTN', date: '2023-05-19', url: 'https://example.org/summit' }] },
      ] as Record<string, unknown>[],
    },
    /** data/terrain/elevation.json: a flat 500 m grid at 1°, 60–80°E, 35–50°N. */
    elevation: { resolutionArcMin: 60, west: 60, north: 50, cols: 20, rows: 15, attribution: 'Test grid', heights: new Array(300).fill(500) as number[] },
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
  writeFileSync(path.join(data, 'timeline.json'), JSON.stringify(f.timeline));
  writeFileSync(path.join(data, 'routes', `${f.route.properties.id}.geojson`), JSON.stringify(f.route));
  mkdirSync(path.join(data, 'traces'));
  writeFileSync(path.join(data, 'traces', 'test-trace.geojson'), JSON.stringify(f.trace));
  mkdirSync(path.join(data, 'terrain'));
  writeFileSync(path.join(data, 'terrain', 'elevation.json'), JSON.stringify(f.elevation));
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
    // Each slide becomes the view it shows: its subject, framed no closer than its camera's zoom.
    expect(atlas.briefing.slides[0]!.view.subject?.maxZoom).toBe(5);
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

describe('the status follows from dated milestones, and is never typed', () => {
  it('is derived from the milestones as of the day of the build; later milestones are marked future', () => {
    const f = fixture();
    f.route.properties.milestones = [
      { date: '2019', text: t('Agreed', 'اتُّفق عليه'), source: 'src', status: 'planned' },
      { date: '2020', text: t('Opened', 'افتتح'), source: 'src', status: 'operating' },
      { date: '2030', text: t('Doubled', 'ضوعف'), source: 'src' },
    ];
    const data = writeFixture(f);
    expect(loadAtlas(data, { today: '2019-06-01' }).routes[0]!.status).toBe('planned');
    const atlas = loadAtlas(data, { today: '2026-11-30' });
    expect(atlas.today).toBe('2026-11-30');
    expect(atlas.routes[0]!.status).toBe('operating');
    expect(atlas.routes[0]!.milestones.map((m) => m.future ?? false)).toEqual([false, false, true]);
  });

  it('a typed status', () => {
    const e = failure((f) => { (f.route.properties as Record<string, unknown>).status = 'operating'; });
    expect(e.message).toMatch(/^data\/routes\/test-line\.geojson: route properties: field "properties\.status" is derived from the milestones now: remove it/);
  });

  it('a route with no milestone that marks a status', () => {
    const e = failure((f) => { delete f.route.properties.milestones[0]!.status; });
    expect(e.message).toMatch(/^data\/routes\/test-line\.geojson: route properties: field "properties\.milestones" has no milestone that marks a status/);
  });

  it('an unknown status on a milestone', () => {
    const e = failure((f) => { f.route.properties.milestones[0]!.status = 'mothballed'; });
    expect(e.message).toBe('data/routes/test-line.geojson: route properties: field "properties.milestones[0].status" must be one of operating, under-construction, planned, stalled, got "mothballed"');
  });

  it('a slide of a year before its route existed', () => {
    const e = failure((f) => { (f.briefing.slides[1] as Record<string, unknown>).year = 2018; });
    expect(e.message).toBe('data/briefing.json: slide 2 (line): field "slides[1].routes[0]" names the route "test-line", which did not exist yet in 2018 (the slide\'s "year"): none of its milestones marks a status by then');
  });

  it('a slide year outside the slider', () => {
    const e = failure((f) => { (f.briefing.slides[0] as Record<string, unknown>).year = 1999; });
    expect(e.message).toBe('data/briefing.json: slide 1 (meeting): field "slides[0].year" must be between 2005 and 2030, got 1999');
  });
});

describe('data/timeline.json: the mechanism\'s meetings, checked like the rest', () => {
  it('loads, in date order, with its sources', () => {
    const atlas = loadAtlas(writeFixture(fixture()));
    expect(atlas.timeline.map((e) => [e.id, e.date, e.opens ?? null])).toEqual([['meeting', '2022-06-08', 'meeting'], ['summit', '2023-05-18', null]]);
  });

  it('a missing file', () => {
    const data = writeFixture(fixture());
    rmSync(path.join(data, 'timeline.json'));
    expect(() => loadAtlas(data)).toThrow('data/timeline.json: field "(file)" could not be read: is it missing?');
  });

  it('an event without an Arabic title', () => {
    const e = failure((f) => { f.timeline.events[1]!.title = { en: 'A summit' }; });
    expect(e.message).toBe('data/timeline.json: event 2 (summit): field "events[1].title.ar" must be a non-empty string, got nothing');
  });

  it('an event without a source', () => {
    const e = failure((f) => { f.timeline.events[1]!.sources = []; });
    expect(e.message).toBe('data/timeline.json: event 2 (summit): field "events[1].sources" must have at least 1 item');
  });

  it('a source without an address', () => {
    const e = failure((f) => { delete (f.timeline.events[1]!.sources as Record<string, unknown>[])[0]!.url; });
    expect(e.message).toBe('data/timeline.json: event 2 (summit): field "events[1].sources[0].url" must be a non-empty string, got nothing');
  });

  it('events out of date order', () => {
    const e = failure((f) => { f.timeline.events[1]!.date = '2021'; });
    expect(e.message).toBe('data/timeline.json: event 2 (summit): field "events[1].date" (2021) comes before the previous event (2022-06-08); keep them in date order');
  });

  it('an event outside the slider\'s years', () => {
    const e = failure((f) => { f.timeline.events[0]!.date = '1996-04-26'; f.timeline.events[0]!.opens = undefined; });
    expect(e.message).toBe('data/timeline.json: event 1 (meeting): field "events[0].date" must be between 2005 and 2030, got 1996');
  });

  it('the event that opens the meeting panel on another date than the meeting', () => {
    const e = failure((f) => { f.timeline.events[0]!.date = '2022-06-09'; });
    expect(e.message).toBe('data/timeline.json: event 1 (meeting): field "events[0].date" is 2022-06-09, but the event opens the meeting of data/proposal.json, which is dated 2022-06-08');
  });

  it('an unknown place or kind', () => {
    expect(failure((f) => { f.timeline.events[0]!.placeId = 'atlantis'; }).message)
      .toBe('data/timeline.json: event 1 (meeting): field "events[0].placeId" names the place "atlantis", which is not in data/places.geojson');
    expect(failure((f) => { f.timeline.events[1]!.kind = 'party'; }).message)
      .toBe('data/timeline.json: event 2 (summit): field "events[1].kind" must be one of foreign-ministers, summit, got "party"');
  });
});


describe('traced legs: a leg takes its line from data/traces/', () => {
  const traced = (f: Fixture, ends: number[][] = [[69.595, 42.32], [71.365, 42.9]]) => {
    f.route.features[0]!.properties = { leg: 'land', alignment: 'traced', trace: { file: 'test-trace.geojson', feature: 'T1' }, via: ['shymkent', 'taraz'] };
    f.route.features[0]!.geometry.coordinates = ends;
  };

  it('joins the part of the trace between the leg’s two ends, measures it in full and carries its source and licence', () => {
    const f = fixture();
    traced(f);
    const route = loadAtlas(writeFixture(f)).routes[0]!;
    const leg = route.legs[0]!;
    expect(leg.properties.alignment).toBe('traced');
    expect(leg.properties.trace).toMatchObject({ file: 'test-trace.geojson', feature: 'T1', licence: 'CC-BY-4.0', openStreetMap: false, attribution: '© Someone (CC BY 4.0)' });
    expect(leg.properties.trace!.source.url).toBe('https://example.org/trace');
    // Shymkent → bend → Taraz: the trace's own vertex between the ends is kept, the parts beyond are not.
    expect(leg.geometry.coordinates).toEqual([[69.595, 42.32], [70.5, 42.75], [71.365, 42.9]]);
    expect(route.stats.lengthKm).toBeGreaterThan(150);
    expect(route.stats.bbox[0]).toBeCloseTo(69.595, 3);
  });

  it('follows the trace backwards when the leg runs against it', () => {
    const f = fixture();
    traced(f, [[71.365, 42.9], [69.595, 42.32]]);
    expect(loadAtlas(writeFixture(f)).routes[0]!.legs[0]!.geometry.coordinates).toEqual([[71.365, 42.9], [70.5, 42.75], [69.595, 42.32]]);
  });

  it('a trace file that does not exist', () => {
    const e = failure((f) => { traced(f); (f.route.features[0]!.properties.trace as { file: string }).file = 'ghost.geojson'; });
    expect(e.message).toBe('data/routes/test-line.geojson: feature 0: field "properties.trace.file" names data/traces/ghost.geojson, which does not exist (data/traces/ has test-trace.geojson)');
  });

  it('a feature that is not in the trace file', () => {
    const e = failure((f) => { traced(f); (f.route.features[0]!.properties.trace as { feature: string }).feature = 'T9'; });
    expect(e.message).toBe('data/routes/test-line.geojson: feature 0: field "properties.trace.feature" names "T9", which is not in data/traces/test-trace.geojson (it has T1)');
  });

  it('a broken trace, naming the trace file, its feature and the field', () => {
    const e = failure((f) => { traced(f); f.trace.features[0]!.geometry.coordinates[1] = [69.595, 142.32]; });
    expect(e.message).toBe('data/traces/test-trace.geojson: feature 0 (T1): field "geometry.coordinates[1][1]" must be between -90 and 90, got 142.32');
  });

  it('a trace file that is not JSON', () => {
    const f = fixture();
    traced(f);
    const data = writeFixture(f);
    writeFileSync(path.join(data, 'traces', 'test-trace.geojson'), '{ "type": ');
    expect(() => loadAtlas(data)).toThrow(/data\/traces\/test-trace\.geojson: field "\(file\)" is not valid JSON/);
  });

  it('an end that is not on the trace', () => {
    const e = failure((f) => traced(f, [[69.595, 42.32], [71.365, 43.4]]));
    expect(e.message).toMatch(/^data\/routes\/test-line\.geojson: feature 0: field "geometry\.coordinates\[1\]" lies [\d.]+ km from trace T1 in data\/traces\/test-trace\.geojson; a traced leg's two positions are where it joins its trace \(within 5 km\)$/);
  });

  it('a traced leg drawn through waypoints, or without its trace', () => {
    expect(failure((f) => traced(f, [[69.595, 42.32], [70.5, 42.75], [71.365, 42.9]])).message)
      .toContain('feature 0: field "geometry.coordinates" has 3 positions; a traced leg gives only the two points where it joins its trace');
    expect(failure((f) => { traced(f); delete f.route.features[0]!.properties.trace; }).message)
      .toContain('feature 0: field "properties.trace" is missing: a traced leg names its trace');
  });

  it('a schematic leg naming a trace, and a leg without an alignment', () => {
    expect(failure((f) => { f.route.features[0]!.properties.trace = { file: 'test-trace.geojson', feature: 'T1' }; }).message)
      .toContain('feature 0: field "properties.trace" is for traced legs only');
    expect(failure((f) => { delete (f.route.features[0]!.properties as { alignment?: string }).alignment; }).message)
      .toBe('data/routes/test-line.geojson: feature 0: field "properties.alignment" must be one of traced, schematic, got nothing');
  });

  it('an OpenStreetMap trace must be ODbL and credit its contributors', () => {
    expect(failure((f) => { traced(f); f.trace.properties.openStreetMap = true; }).message)
      .toBe('data/traces/test-trace.geojson: trace properties: field "properties.licence" must be "ODbL-1.0" for a trace that contains OpenStreetMap data');
    expect(failure((f) => { traced(f); f.trace.properties.licence = 'ODbL-1.0'; }).message)
      .toBe('data/traces/test-trace.geojson: trace properties: field "properties.attribution" must credit "© OpenStreetMap contributors" for an ODbL trace');
  });
});

describe('published lengths are compared like with like', () => {
  it('over the countries each figure covers, stored with the route', () => {
    const route = loadAtlas(writeFixture(fixture())).routes[0]!;
    expect(route.stats.compared).toHaveLength(1);
    expect(route.stats.compared[0]!.computedKm).toBe(route.stats.byCountry[0]!.km);
    expect(route.stats.compared[0]!.diff).toBeCloseTo((route.stats.compared[0]!.computedKm - 160) / 160, 3);
  });

  it('a difference of more than a tenth must be explained', () => {
    const e = failure((f) => { f.route.properties.lengths[0]!.km = 200; });
    expect(e.message).toMatch(/^data\/routes\/test-line\.geojson: route properties: field "properties\.lengths\[0\]\.difference" is missing: the published 200 km \(src\) differs by -2\d\.\d % from the 1\d\d\.\d km drawn over KAZ; explain why/);
    const f = fixture();
    f.route.properties.lengths[0]!.km = 200;
    f.route.properties.lengths[0]!.difference = { note: t('Only part of it is drawn.', 'لم يُرسم سوى جزء منه.') };
    expect(loadAtlas(writeFixture(f)).routes[0]!.lengths[0]!.difference?.note.en).toBe('Only part of it is drawn.');
  });

  it('a figure over a country the route does not cross, or in the old form', () => {
    expect(failure((f) => { f.route.properties.lengths[0]!.countries = ['KAZ', 'KGZ']; }).message)
      .toContain('field "properties.lengths[0].countries[1]" is KGZ, which this route does not cross');
    expect(failure((f) => { f.route.properties.lengths[0]!.whole = true; }).message)
      .toContain('field "properties.lengths[0].whole" is replaced by "countries"');
  });
});

describe('the ground profile', () => {
  const alongValleys = (f: Fixture) => { f.route.features[0]!.properties.alongValleys = true; };

  it('is sampled from the grid every few km along a profiled line: a flat grid gives a flat profile', () => {
    const f = fixture();
    alongValleys(f);
    const { stats } = loadAtlas(writeFixture(f)).routes[0]!;
    expect(stats.profiledShare).toBe(1);
    expect(stats.profile!.stepKm).toBe(2);
    expect(stats.profile!.m.length).toBe(Math.ceil(stats.profile!.lengthKm / 2) + 1);
    expect(new Set(stats.profile!.m)).toEqual(new Set([500]));
  });

  it('is left out for a schematic line, saying why', () => {
    const { stats } = loadAtlas(writeFixture(fixture())).routes[0]!;
    expect(stats.profile).toBeNull();
    expect(stats.noProfile).toBe('schematic');
  });

  it('names the highest point from data, where it lies on the line', () => {
    const f = fixture();
    alongValleys(f);
    (f.route.properties as Record<string, unknown>).highest = { place: 'taraz', m: 620, source: 'https://example.org/taraz' };
    const route = loadAtlas(writeFixture(f)).routes[0]!;
    expect(route.highest).toMatchObject({ place: 'taraz', m: 620, name: { en: 'Taraz' }, at: [71.365, 42.9] });
    expect(route.stats.profile!.highestKm).toBeCloseTo(route.stats.profile!.lengthKm, 0);
    (f.route.properties as Record<string, unknown>).highest = { place: 'astana', m: 350, source: 'https://example.org/astana' };
    expect(() => loadAtlas(writeFixture(f))).toThrow(/field "properties\.highest\.place" lies \d+(\.\d)? km from the drawn line/);
  });

  it('a grid that does not fit its cells', () => {
    const e = failure((f) => { f.elevation.heights.pop(); });
    expect(e.message).toBe('data/terrain/elevation.json: field "heights" has 299 values; cols × rows is 300');
  });
});
