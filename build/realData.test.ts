// The shipped content in data/: it loads (every schema and geometry check passes) and says what
// the product promises.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ROUTE_KINDS, type MapShape } from '../src/data/types';
import { kmOver, needsExplaining, splitsOf } from './geo/compare';
import { mapLayers } from '../src/map/layers';
import { REGION_BBOX, REGION_MAX_BOUNDS, WORLD_BBOX } from '../src/map/region';
import { lightTheme } from '../src/map/theme';
import { buildIndex, search } from '../src/data/search';
import { loadAtlas, regionCountryShapes } from './atlasData';
import { polygonsOf } from './worldContext';

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

  it('compares every published length like with like: within 10 % of the drawn length over the same countries, or explained', () => {
    for (const r of atlas.routes) {
      r.lengths.forEach((l, i) => {
        const c = r.stats.compared[i]!;
        expect(c.computedKm, `${r.id} ${l.km} km`).toBeCloseTo(kmOver(r.stats.byCountry, l.countries), 0);
        if (needsExplaining(c.diff)) expect(l.difference?.note.en, `${r.id}: ${l.km} km over ${l.countries.join(', ')} vs ${c.computedKm} km drawn`).toBeTruthy();
      });
    }
    // The gas pipeline's 1,833 km starts at the Turkmen–Uzbek border: compared without Turkmenistan,
    // the open trace agrees with it, and with the Uzbek and Kazakh sections, within 2 %.
    const abc = route('cagp-abc');
    const figure = (r: ReturnType<typeof route>, km: number) => {
      const i = r.lengths.findIndex((l) => l.km === km);
      expect(i, `${r.id} publishes ${km} km`).toBeGreaterThanOrEqual(0);
      return { ...r.lengths[i]!, ...r.stats.compared[i]! };
    };
    expect(figure(abc, 1833).countries).toEqual(['UZB', 'KAZ', 'CHN']);
    for (const km of [1833, 530, 1293]) expect(Math.abs(figure(abc, km).diff), `${km} km`).toBeLessThan(0.02);
    expect(Math.abs(figure(abc, 188).diff)).toBeLessThan(0.1);
    // Line D's 966 km leaves Turkmenistan out; the oil pipeline's Atasu–Alashankou figures lie in Kazakhstan.
    expect(figure(route('cagp-d'), 966).countries).not.toContain('TKM');
    for (const km of [962, 998, 1000]) expect(Math.abs(figure(route('kz-cn-oil'), km).diff), `${km} km`).toBeLessThan(0.03);
    // A figure for part of a line is not compared with all of it unexplained.
    expect(figure(route('kz-cn-oil'), 2228).difference?.note.en).toMatch(/Atyrau/);
  });

  it('takes the railway’s per-country lengths from one source’s split, which adds up to that source’s total', () => {
    const rail = route('cku-railway');
    const perCountry = rail.lengths.filter((l) => l.countries.length === 1);
    expect(perCountry.map((l) => `${l.countries[0]}:${l.km}:${l.source}`).sort()).toEqual(['CHN:213:railgaz', 'KGZ:260:railgaz', 'UZB:50:railgaz']);
    const totals = rail.lengths.filter((l) => l.countries.length === 3).map((l) => l.km);
    const [split, ...others] = splitsOf(rail.lengths);
    expect(others).toEqual([]);
    expect(split!.sum).toBe(523);
    expect(split!.total).toBe(523);
    expect(split!.sum).toBeLessThanOrEqual(Math.max(...totals));
  });

  it('every published split adds up to its own source’s total', () => {
    for (const r of atlas.routes) {
      for (const split of splitsOf(r.lengths)) {
        const totals = r.lengths.filter((l) => l.countries.length > 1).map((l) => l.km);
        expect(split.sum, `${r.id}: ${split.source}`).toBeLessThanOrEqual(Math.max(...totals) * 1.02);
        if (split.total !== undefined) expect(Math.abs(split.sum - split.total) / split.total, `${r.id}: ${split.source}`).toBeLessThan(0.02);
      }
    }
  });

  it('says for each leg whether it is traced from open geodata or schematic', () => {
    const alignments = (id: string) => route(id).legs.map((l) => l.properties.alignment);
    expect(alignments('cagp-abc')).toEqual(['schematic', 'traced']);
    expect(alignments('kz-cn-oil')).toEqual(['traced', 'schematic']);
    for (const id of ['cagp-d', 'cku-railway', 'cku-highway', 'china-europe-rail', 'trans-caspian']) expect(new Set(alignments(id)), id).toEqual(new Set(['schematic']));
    const abc = route('cagp-abc').legs[1]!.properties.trace!;
    expect(abc).toMatchObject({ feature: 'P1124', licence: 'ODbL-1.0', openStreetMap: true });
    expect(abc.attribution).toContain('© OpenStreetMap contributors');
    expect(route('kz-cn-oil').legs[0]!.properties.trace).toMatchObject({ feature: 'P0648', licence: 'CC-BY-4.0', openStreetMap: false });
    // Traces are shipped lighter than they are measured.
    expect(abc.shippedPoints).toBeLessThan(abc.points);
    expect(route('cagp-abc').stats.lengthKm).toBeGreaterThan(1990);
  });

  it('profiles the railway (how high it climbs, with Torugart named from a source) but not a schematic corridor', () => {
    const rail = route('cku-railway');
    expect(rail.legs.every((l) => l.properties.alongValleys)).toBe(true);
    const p = rail.stats.profile!;
    expect(p.stepKm).toBeGreaterThanOrEqual(2);
    expect(p.stepKm).toBeLessThanOrEqual(5);
    expect(rail.highest).toMatchObject({ place: 'torugart', m: 3752, name: { en: 'Torugart Pass' } });
    // Torugart lies where the line crosses from China into Kyrgyzstan, about 135 km from Kashgar.
    expect(p.highestKm).toBeGreaterThan(120);
    expect(p.highestKm).toBeLessThan(150);
    const heights = p.m.filter((v): v is number => v !== null);
    expect(heights[0]).toBeLessThan(1600);
    expect(Math.max(...heights)).toBeGreaterThan(3000);
    expect(route('trans-caspian').stats).toMatchObject({ profile: null, noProfile: 'schematic' });
    expect(route('cagp-d').stats.profile).toBeNull();
    // The pipelines, traced, are profiled, their schematic stretches left empty.
    expect(route('cagp-abc').stats.profile!.m[0]).toBeNull();
    expect(route('cagp-abc').stats.profile!.m.at(-1)).not.toBeNull();
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

});

// The seed article (Xinhua Arabic, Nur-Sultan, 8 June 2022) is the reference for the meeting, the five
// points and the four documents. These are its own words, quoted.
const SEED = {
  point2: 'يتعين على الدول الست بناء محرك قوي للتعافي الاقتصادي في فترة ما بعد الجائحة، يشمل التعاون في مشاريع خطوط أنابيب الغاز الطبيعي، وخدمات قطارات الشحن بين الصين وأوروبا، وخط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان، وممر النقل عبر بحر قزوين',
  point5: 'وتعزيز القيم المشتركة بين البشرية جمعاء',
  documents: [
    'إعلان مشترك للاجتماع الثالث لوزراء خارجية الصين ودول آسيا الوسطى',
    'خارطة طريق لتنفيذ توافق القمة الافتراضية بين الصين ودول آسيا الوسطى',
    'مبادرة لتعميق التعاون في مجال الارتباطية والتعاون بين الصين ودول آسيا الوسطى',
    'مبادرة للتعاون بين الصين ودول آسيا الوسطى في مجال أمن البيانات',
  ],
} as const;

/** What point 2 names, in the seed's words, and the routes on the map that answer to each. */
const POINT_2_NAMES: { seed: string; en: RegExp; routes: string[] }[] = [
  { seed: 'خطوط أنابيب الغاز الطبيعي', en: /natural gas pipeline/i, routes: ['cagp-abc', 'cagp-d'] },
  { seed: 'قطارات الشحن بين الصين وأوروبا', en: /China–Europe freight train/i, routes: ['china-europe-rail'] },
  { seed: 'خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان', en: /China–Kyrgyzstan–Uzbekistan railway/i, routes: ['cku-railway'] },
  { seed: 'ممر النقل عبر بحر قزوين', en: /trans-Caspian transport corridor/i, routes: ['trans-caspian'] },
];

describe('the five points and the four documents, against the seed article', () => {
  const point = (id: number) => atlas.proposal.points.find((p) => p.id === id)!;
  const slides = atlas.briefing.slides;

  it('ties to point 2 exactly the routes its wording names, and no other', () => {
    for (const n of POINT_2_NAMES) expect(SEED.point2, n.seed).toContain(n.seed);
    const named = POINT_2_NAMES.flatMap((n) => n.routes).sort();
    expect(atlas.routes.filter((r) => r.points.includes(2)).map((r) => r.id).sort()).toEqual(named);
    // The oil pipeline and the highway are on the map, but point 2 does not name them.
    for (const id of ['kz-cn-oil', 'cku-highway']) expect(route(id).points, id).toEqual([]);
    // The point's own summary names the same four things, in both languages.
    for (const n of POINT_2_NAMES) {
      expect(point(2).summary.ar, n.seed).toContain(n.seed);
      expect(point(2).summary.en, n.en.source).toMatch(n.en);
    }
  });

  it('the point-2 slide shows the routes the point names, and the slides of the others do not claim point 2', () => {
    const named = POINT_2_NAMES.flatMap((n) => n.routes).sort();
    const p2 = slides.find((s) => s.id === 'point-2')!;
    expect([...p2.view.subject!.routes].sort()).toEqual(named);
    expect(p2.text.en).not.toMatch(/names the corridors on this map/);
    for (const id of ['kz-cn-oil', 'cku-highway']) expect(slides.find((s) => s.id === id)?.view.point, id).toBeNull();
    for (const s of slides.filter((x) => x.view.subject!.routes.length === 1 && x.view.point !== null)) {
      expect(route(s.view.subject!.routes[0]!).points, s.id).toContain(s.view.point);
    }
  });

  it('lists the four documents under the seed’s own Arabic titles, and the briefing uses the same terms', () => {
    expect(atlas.proposal.meeting.documents.map((d) => d.ar)).toEqual([...SEED.documents]);
    expect(atlas.proposal.meeting.documents.map((d) => d.en)).toEqual([
      expect.stringMatching(/^Joint statement of the third China–Central Asia foreign ministers' meeting$/),
      expect.stringMatching(/^Roadmap for implementing the consensus of the China–Central Asia virtual summit$/),
      expect.stringMatching(/^Initiative on deepening connectivity cooperation/),
      expect.stringMatching(/data security cooperation initiative$/i),
    ]);
    const followed = slides.find((s) => s.id === 'what-followed')!;
    // The seed calls the first document «إعلان مشترك»; a «بيان مشترك» anywhere would be a different word.
    expect(followed.text.ar).toContain('إعلانا مشتركا');
    const everyArabicText = JSON.stringify([atlas.proposal, atlas.briefing]);
    expect(everyArabicText).not.toMatch(/بيانا? مشتركا?/);
    expect(followed.text.ar).toContain('الارتباطية');
  });

  it('keeps the seed’s "common values of all humanity" in point 5, in both languages', () => {
    expect(SEED.point5).toContain('القيم المشتركة');
    expect(point(5).summary.en).toMatch(/common values of all humanity/);
    // The seed has «القيم المشتركة بين البشرية جمعاء»; «القيم المشتركة للبشرية جمعاء» says the same.
    expect(point(5).summary.ar).toMatch(/القيم المشتركة (بين ال|لل)بشرية جمعاء/);
    const slide5 = slides.find((s) => s.id === 'point-5')!;
    expect(slide5.text.en).toMatch(/common values of all humanity/);
    expect(slide5.text.ar).toContain('القيم المشتركة');
  });

  it('writes the countries as the seed does', () => {
    const ar = Object.fromEntries(atlas.countries.filter((c) => c.focus).map((c) => [c.iso3, c.name.ar]));
    expect(ar).toEqual({ CHN: 'الصين', KAZ: 'قازاقستان', KGZ: 'قيرغيزستان', TJK: 'طاجيكستان', TKM: 'تركمانستان', UZB: 'أوزبكستان' });
  });
});

describe('Arabic wording and search variants', () => {
  const arabicOf = (r: ReturnType<typeof route>) => JSON.stringify([r.name.ar, r.summary.ar, r.milestones.map((m) => m.text.ar),
    r.capacity.map((c) => c.note?.ar), r.operators.map((o) => o.name.ar), r.lengths.map((l) => [l.scope.ar, l.difference?.note.ar])]);

  it('has no literal «first gas» / «first oil» milestones, and no calques for gauge or the port of Alat', () => {
    for (const r of atlas.routes) {
      for (const m of r.milestones) expect(m.text.ar, `${r.id} ${m.date}`).not.toMatch(/أول (غاز|نفط)/);
      expect(arabicOf(r), r.id).not.toMatch(/المسار القياسي|آلات|طريق بري سريع/);
    }
    const places = JSON.stringify(atlas.places.map((p) => [p.properties.name.ar, p.properties.note?.ar]));
    expect(places).not.toMatch(/المسار القياسي|آلات/);
    expect(JSON.stringify(atlas.briefing)).not.toMatch(/آلات|أول (غاز|نفط)/);
  });

  it('names a place the same way in both languages, keeping the other name as a search variant', () => {
    const ala = atlas.places.find((p) => p.properties.id === 'alashankou')!.properties;
    expect(ala.name).toEqual({ en: 'Alashankou', ar: 'ألاشانكو' });
    expect(ala.altNames?.ar).toContain('ممر ألاتاو');
    expect(ala.altNames?.en).toContain('Alataw Pass');
    // Route texts use the same Arabic name.
    for (const r of atlas.routes) expect(arabicOf(r), r.id).not.toContain('ممر ألاتاو');
  });

  it('finds what people type: Xinjiang, Fergana, adjectives, Arabic spellings', () => {
    const index = buildIndex(atlas);
    const first = (q: string) => search(index, q)[0]?.id;
    expect(first('Xinjiang')).toBe('CHN');
    expect(first('شينجيانغ')).toBe('CHN');
    expect(first('Fergana')).toBe('andijan');
    expect(first('Ferghana')).toBe('andijan');
    expect(first('فرغانة')).toBe('andijan');
    expect(first('بشكك')).toBe('bishkek');
    expect(first('Chinese')).toBe('CHN');
    expect(first('Kyrgyz')).toBe('KGZ');
    expect(first('Kazakh')).toBe('KAZ');
    expect(first('Uzbek')).toBe('UZB');
    expect(first('القيرغيزي')).toBe('KGZ');
    expect(first('ممر ألاتاو')).toBe('alashankou');
  });
});

describe('sources', () => {
  it('every cited source exists and is dated; "data as of" is the newest source date', () => {
    const dates: string[] = [];
    for (const r of atlas.routes) {
      const ids = new Set(r.sources.map((s) => s.id));
      const cited = [...r.milestones.map((m) => m.source), ...r.capacity.map((c) => c.source), ...r.operators.map((o) => o.source),
        ...r.lengths.flatMap((l) => [l.source, l.difference?.source].filter((x): x is string => !!x))];
      for (const c of cited) expect(ids.has(c), `${r.id} cites ${c}`).toBe(true);
      // Every source listed is cited by something.
      for (const s of r.sources) expect(cited, `${r.id} lists ${s.id} but cites it nowhere`).toContain(s.id);
      dates.push(...r.sources.map((s) => s.date));
    }
    dates.push(...atlas.proposal.meeting.sources.map((s) => s.date));
    expect(atlas.asOf).toBe(dates.sort().at(-1));
    // Current to this year: the newest source is from 2026, and not later than the check (30 November 2026).
    expect(atlas.asOf >= '2026').toBe(true);
    expect(atlas.asOf <= '2026-11-30').toBe(true);
  });

  it('brings the stale figures up to date', () => {
    const tc = route('trans-caspian');
    expect(tc.milestones.find((m) => m.date === '2025')?.text.en).toMatch(/4\.12 Mt/);
    const cku = route('cku-railway');
    expect(cku.milestones.map((m) => m.date)).toContain('2025-04-29');
    expect(cku.milestones.some((m) => /planned to begin/.test(m.text.en))).toBe(false);
    const cer = route('china-europe-rail');
    expect(cer.capacity.every((c) => c.unit !== 'trains-per-year')).toBe(true);
    expect(JSON.stringify(route('cagp-abc').operators)).toMatch(/QazaqGaz/);
  });

});

describe('the map’s land (countryShapes): the whole world, no edge anywhere', () => {
  const shapes = atlas.countryShapes.features;
  const layers = mapLayers(lightTheme, 'en', ROUTE_KINDS, true);
  const drawnBy = (id: string): MapShape[] => {
    const layer = layers.find((l) => l.id === id) as { filter?: FilterSpecification } | undefined;
    const { filter } = featureFilter(layer?.filter, id);
    return shapes.filter((s) => filter({ zoom: 4 }, { type: s.geometry.type, properties: s.properties }));
  };
  const fills = drawnBy('country-fill');
  const stroked = drawnBy('country-border');
  const linesOf = (s: MapShape): Position[][] => {
    const g = s.geometry;
    if (g.type === 'LineString') return [g.coordinates];
    if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
    return g.coordinates.flat();
  };
  const segments = (list: MapShape[]) => list.flatMap((s) => linesOf(s).flatMap((l) => l.slice(1).map((p, i) => [l[i]!, p] as const)));
  const count = (list: MapShape[]) => list.reduce((n, s) => n + linesOf(s).reduce((m, l) => m + l.length, 0), 0);

  it('fills countries and land, and strokes border lines and the named countries’ outlines', () => {
    expect(new Set(fills.map((s) => s.properties.part))).toEqual(new Set(['country', 'land']));
    expect(new Set(stroked.map((s) => s.properties.part))).toEqual(new Set(['country', 'border']));
    expect(stroked.filter((s) => s.properties.part === 'country').map((s) => s.properties.part === 'country' && s.properties.iso3).sort())
      .toEqual(atlas.countries.map((c) => c.iso3).sort());
  });

  it('strokes no straight cut: nothing runs along the old region box or the southern cut', () => {
    const [w, south, e, n] = REGION_BBOX;
    const along = ([a, b]: readonly [Position, Position], axis: 0 | 1, at: number) => a[axis] === at && b[axis] === at && a[1 - axis] !== b[1 - axis];
    const onCut = segments(stroked).filter((seg) =>
      along(seg, 1, n) || along(seg, 1, south) || along(seg, 0, w) || along(seg, 0, e) || along(seg, 1, WORLD_BBOX[1]));
    expect(onCut).toEqual([]);
    // Shapes are cut at the antimeridian, beyond where the camera may go.
    const [[minLon], [maxLon]] = REGION_MAX_BOUNDS;
    for (const [a, b] of segments(stroked).filter((seg) => along(seg, 0, 180) || along(seg, 0, -180))) {
      expect(Math.abs(a[0]!)).toBeGreaterThan(Math.max(-minLon, maxLon));
      expect(Math.abs(b[0]!)).toBeGreaterThan(Math.max(-minLon, maxLon));
    }
  });

  it('has no edge across the world (shapes crossing the antimeridian are cut)', () => {
    // Only Antarctica's cut runs that far, along 72°S, below the camera's limit and never stroked.
    const wide = segments(shapes).filter(([a, b]) => Math.abs(a[0]! - b[0]!) > 180 && !(a[1] === WORLD_BBOX[1] && b[1] === WORLD_BBOX[1]));
    expect(wide).toEqual([]);
    expect(WORLD_BBOX[1]).toBeLessThan(REGION_MAX_BOUNDS[0][1]);
  });

  it('has land beyond the old region and water where the sea is', () => {
    const isLand = (p: [number, number]) => fills.some((s) => s.geometry.type !== 'LineString' && s.geometry.type !== 'MultiLineString' && booleanPointInPolygon(p, s.geometry));
    const land: Record<string, [number, number]> = {
      Taymyr: [100, 75], Scandinavia: [20, 69], Ethiopia: [39, 8], Alaska: [-150, 64], Greenland: [-40, 72],
      Brazil: [-50, -10], Australia: [134, -25], 'East Antarctica': [45, -69], Kamchatka: [159, 56],
    };
    for (const [name, p] of Object.entries(land)) expect(isLand(p), name).toBe(true);
    const water: Record<string, [number, number]> = {
      'North Atlantic': [-30, 45], Pacific: [-150, 0], 'Indian Ocean': [80, -30], Arctic: [0, 85], Caspian: [51, 42], 'Bering Strait': [-169, 65.8],
    };
    for (const [name, p] of Object.entries(water)) expect(isLand(p), name).toBe(false);
  });

  it('ships the six exactly as Natural Earth 1:50m draws them', () => {
    const exact = regionCountryShapes(atlas.countries).filter((s) => s.properties.focus);
    expect(exact).toHaveLength(6);
    for (const s of exact) {
      const shipped = shapes.find((x) => x.properties.part === 'country' && x.properties.iso3 === s.properties.iso3);
      expect(shipped?.geometry, s.properties.iso3).toEqual(polygonsOf(s.geometry, 3));
    }
  });

  it('stays small: within the budget the world was given over the region alone', () => {
    // Before the world was added (the region's countries only): 18,665 positions, 285,351 bytes of
    // JSON, 91,248 bytes gzipped. The budget allowed about +12,000 positions and +40 kB gzipped.
    const json = JSON.stringify(atlas.countryShapes);
    expect(count(shapes)).toBeLessThan(30_000);
    expect(json.length).toBeLessThan(420_000);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(131_000);
  });
});
