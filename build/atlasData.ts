// Reads data/, validates every file, computes what the map derives from geometry (lengths per
// country, crossings, bounds: on the Natural Earth countries cut to the region) and the map's land
// and borders for the whole world (see mapShapes and worldContext.ts).
// Runs in Node: in the Vite plugin (dev and build) and in the unit tests.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bboxClip } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { Ctx, DataError } from '../src/data/check';
import { checkLinks, parseBriefing, parseCountries, parsePlaces, parseProposal, parseRoute } from '../src/data/schema';
import { REGION_BBOX, WORLD_BBOX } from '../src/map/region';
import type { AtlasData, Country, CountryShape, MapShape, Place, Route, RouteStats } from '../src/data/types';
import {
  borderCrossings, boundsOf, lengthsByCountry, lineLengthKm, positionsOf, round, unionBounds, type BBox, type Shape,
} from '../src/geo/measure';
import { arcsTouching, areaOf, bordersBetween, isArea, mergedLand, polygonsOf, simplifyTopology } from './worldContext';

/** A border crossing place counts as "the" crossing when it is this close to where the line crosses. */
const CROSSING_MATCH_KM = 30;
/** Map coordinates need ~100 m precision for the six countries and ~1 km for the context around them. */
const FOCUS_DIGITS = 3;
const CONTEXT_DIGITS = 2;
/**
 * Everything but the six is simplified, in degrees at the equator measured in Mercator (as the map
 * draws it). Inside the region the other countries frame the six; beyond it the land only keeps the
 * map from ending, so it gets coarser with distance, where the camera sees it only from far out.
 */
const CONTEXT_SIMPLIFY = 0.025;
const WORLD_SIMPLIFY = 0.05;
const WORLD_SIMPLIFY_PER_DEGREE = 0.015;
const WORLD_SIMPLIFY_MAX = 0.5;

function simplifyTolerance(p: Position): number {
  const [w, s, e, n] = REGION_BBOX;
  const outside = Math.max(w - p[0]!, p[0]! - e, s - p[1]!, p[1]! - n);
  if (outside <= 0) return CONTEXT_SIMPLIFY;
  return Math.min(WORLD_SIMPLIFY_MAX, WORLD_SIMPLIFY + outside * WORLD_SIMPLIFY_PER_DEGREE);
}

const require = createRequire(import.meta.url);

export interface AtlasFiles {
  routes: string[];
  places: string;
  countries: string;
  proposal: string;
  briefing: string;
}

export function atlasFiles(dataDir: string): AtlasFiles {
  const routesDir = path.join(dataDir, 'routes');
  return {
    routes: readdirSync(routesDir).filter((f) => f.endsWith('.geojson')).sort().map((f) => path.join(routesDir, f)),
    places: path.join(dataDir, 'places.geojson'),
    countries: path.join(dataDir, 'countries.json'),
    proposal: path.join(dataDir, 'proposal.json'),
    briefing: path.join(dataDir, 'briefing.json'),
  };
}

function readJson(file: string, label: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new DataError(label, '', '(file)', 'could not be read: is it missing?');
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new DataError(label, '', '(file)', `is not valid JSON: ${(e as Error).message}`);
  }
}

let worldCache: Topology | undefined;
function worldTopology(): Topology {
  worldCache ??= JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  return worldCache;
}

/** Natural Earth 1:50m countries, clipped to the region and tagged with ISO3 codes we know. */
export function regionCountryShapes(countries: Country[], region: BBox = REGION_BBOX): CountryShape[] {
  const topo = worldTopology();
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
  const all = feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const shapes: CountryShape[] = [];
  for (const f of all.features) {
    if (!f.geometry) continue;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, region) as Feature<Polygon | MultiPolygon>;
    const geometry = dropEmpty(clipped.geometry);
    if (!geometry) continue;
    const known = byNumeric.get(String(f.id));
    const shape: CountryShape = {
      type: 'Feature',
      properties: { part: 'country', iso3: known?.iso3 ?? `N${String(f.id)}`, focus: known?.focus ?? false },
      geometry,
    };
    shapes.push(shape);
  }
  return shapes;
}

function dropEmpty(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4);
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * What the map's `countries` source draws, for the whole world, so that no camera meets an edge:
 * - the countries named in data/countries.json, whole (the six exact, the others simplified), each
 *   its own feature, so fill and outline can follow the highlight; being whole, no outline is a cut;
 * - all other land, merged into one feature, simplified more the further it lies from the region;
 * - the land borders other than the six's, as lines. The six's borders are their outlines. Coasts
 *   other than the six's are not stroked (the land against the water shows them), nor are the other
 *   named countries' outlines unless highlighted (see the country-border layer).
 * All of it comes from one simplified topology, so fills and border lines agree exactly.
 * (Route statistics use regionCountryShapes instead: unsimplified, every country apart.)
 */
export function mapShapes(countries: Country[]): MapShape[] {
  const world = worldTopology();
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
  const known = (g: GeometryObject) => byNumeric.get(String(g.id));
  const all = (world.objects.countries as GeometryCollection).geometries;
  // The six keep every arc they touch, so their neighbours meet their exact outlines.
  const display = simplifyTopology(world, arcsTouching(all.filter((g) => known(g)?.focus)), simplifyTolerance);
  const geometries = (display.objects.countries as GeometryCollection).geometries.filter(isArea);

  const shapes: MapShape[] = [];
  const borders = bordersBetween(display, display.objects.countries as GeometryCollection, (g) => !known(g)?.focus, CONTEXT_DIGITS);
  if (borders) shapes.push({ type: 'Feature', properties: { part: 'border', focus: false }, geometry: borders });
  const land = mergedLand(display, geometries.filter((g) => !known(g)), WORLD_BBOX, CONTEXT_DIGITS);
  if (land) shapes.push({ type: 'Feature', properties: { part: 'land', focus: false }, geometry: land });
  // The six last, so their outlines are drawn over the lines they meet.
  const named = geometries.filter((g) => known(g)).sort((a, b) => Number(known(a)!.focus) - Number(known(b)!.focus));
  for (const g of named) {
    const c = known(g)!;
    const geometry = polygonsOf(areaOf(display, g), c.focus ? FOCUS_DIGITS : CONTEXT_DIGITS);
    if (geometry) shapes.push({ type: 'Feature', properties: { part: 'country', iso3: c.iso3, focus: c.focus }, geometry });
  }
  return shapes;
}

/** Computes stats and checks that the drawn line only crosses the countries the route declares. */
export function routeStats(route: Route, file: string, shapes: Shape[], places: Place[]): RouteStats {
  const { byCountry, offshoreKm } = lengthsByCountry(route.legs, shapes);
  const declared = new Set(route.countries);
  const drawn = new Set(byCountry.map((c) => c.iso3));
  for (const c of byCountry) {
    if (!declared.has(c.iso3)) {
      const leg = route.legs.findIndex((l) => lengthsByCountry([l], shapes).byCountry.some((x) => x.iso3 === c.iso3));
      new Ctx(file).feature(`feature ${leg}`).at('geometry').at('coordinates')
        .fail(`draws ${round(c.km, 1)} km through ${c.iso3}, which is not in properties.countries; add waypoints so the line stays in ${route.countries.join(', ')}`);
    }
  }
  route.countries.forEach((c, i) => {
    if (!drawn.has(c)) new Ctx(file).feature('route properties').at('properties').at('countries').at(i).fail(`names ${c}, but the drawn line never enters it`);
  });

  const crossingPlaces = places
    .filter((p) => p.properties.kind === 'border-crossing')
    .map((p) => ({ id: p.properties.id, at: p.geometry.coordinates as [number, number] }));
  const crossings = borderCrossings(route.legs, shapes).map((c) => ({
    ...c,
    placeIds: crossingPlaces
      .map((p) => ({ id: p.id, km: distanceKm(c.at, p.at) }))
      .filter((p) => p.km <= CROSSING_MATCH_KM)
      .sort((a, b) => a.km - b.km)
      .map((p) => p.id),
  }));

  return {
    lengthKm: round(lineLengthKm(route.legs), 1),
    byCountry: byCountry.map((c) => ({ iso3: c.iso3, km: round(c.km, 1) })),
    offshoreKm: round(offshoreKm, 1),
    crossings,
    bbox: boundsOf(positionsOf(route.legs)),
  };
}

function distanceKm(a: [number, number], b: [number, number]): number {
  // Equirectangular is plenty for "within 30 km".
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

function shapeBounds(s: CountryShape): BBox {
  const rings = s.geometry.type === 'Polygon' ? s.geometry.coordinates : s.geometry.coordinates.flat();
  return boundsOf(rings.flat());
}

/** Loads and validates everything in data/; throws a DataError naming file, feature and field. */
export function loadAtlas(dataDir: string): AtlasData {
  const files = atlasFiles(dataDir);
  const rel = (f: string) => path.relative(path.dirname(dataDir), f).split(path.sep).join('/');

  const countries = parseCountries(readJson(files.countries, rel(files.countries)), rel(files.countries));
  const places = parsePlaces(readJson(files.places, rel(files.places)), rel(files.places));
  const proposal = parseProposal(readJson(files.proposal, rel(files.proposal)), rel(files.proposal));
  const routes = files.routes.map((f) => ({
    file: rel(f),
    route: parseRoute(readJson(f, rel(f)), rel(f), path.basename(f, '.geojson')),
  }));
  const briefing = parseBriefing(readJson(files.briefing, rel(files.briefing)), rel(files.briefing));
  checkLinks(routes, places, countries, proposal, { places: rel(files.places), proposal: rel(files.proposal), briefing: rel(files.briefing) }, briefing);

  const shapes = regionCountryShapes(countries);
  const byIso = new Map<string, CountryShape[]>();
  for (const s of shapes) byIso.set(s.properties.iso3, [...(byIso.get(s.properties.iso3) ?? []), s]);

  const withStats = routes.map(({ route, file }) => ({ ...route, stats: routeStats(route, file, shapes, places) }));

  // "Data as of" is the newest source consulted; milestones can lie in the future (planned dates).
  const dates = [...withStats.flatMap((r) => r.sources.map((s) => s.date)), ...proposal.meeting.sources.map((s) => s.date)];

  return {
    routes: withStats,
    places,
    countries: countries.map((c) => {
      const own = byIso.get(c.iso3);
      if (!own) return new Ctx(rel(files.countries)).feature(`entry ${c.iso3}`).at('numeric').fail(`is "${c.numeric}", which matches no Natural Earth country in the region`);
      return { ...c, bbox: unionBounds(own.map(shapeBounds)) };
    }),
    proposal,
    briefing,
    countryShapes: { type: 'FeatureCollection', features: mapShapes(countries) },
    asOf: dates.sort().at(-1) ?? proposal.meeting.date,
  };
}
