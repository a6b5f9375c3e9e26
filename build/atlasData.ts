// Reads data/, validates every file, computes what the map derives from geometry (lengths per
// country, crossings, bounds: on the Natural Earth countries cut to the region) and the map's land
// and borders for the whole world (see mapShapes and worldContext.ts).
// Runs in Node: in the Vite plugin (dev and build) and in the unit tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bboxClip } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { Ctx, DataError } from './data/check.ts';
import {
  checkLinks, parseBriefing, parseCountries, parseElevation, parsePlaces, parseProposal, parseRoute, parseTimeline, parseTrace, type ElevationGrid, type Trace,
} from './data/schema.ts';
import { deriveStatus, isoDay } from './data/status.ts';
import { REGION_BBOX, WORLD_BBOX } from '../src/map/region.ts';
import type {
  AtlasData, AtlasRoute, Country, CountryShape, DrawnLeg, HighestPoint, MapShape, NamedHighest, Place, Route, RouteLeg, RouteProfile, RouteStats,
} from '../src/data/types';
import { kmOver, lengthDiff, needsExplaining } from './geo/compare.ts';
import { borderCrossings, lengthsByCountry, lineLengthKm, positionsOf, round, type Shape } from './geo/measure.ts';
import { boundsOf, unionBounds, type BBox } from '../src/view/bounds.ts';
import { deckOf } from '../src/view/deck.ts';
import { isChain, lineKm, positionAlong, profileAlong, profileStepKm, type HeightGrid } from './geo/profile.ts';
import { nearestOnLine, roundLine, simplifyLine, sliceLine, type Pos } from './geo/trace.ts';
import { arcsTouching, areaOf, bordersBetween, isArea, mergedLand, polygonsOf, simplifyTopology } from './worldContext.ts';

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

/** A traced leg's two positions must lie this close to its trace: they say where it joins it. */
export const TRACE_JOIN_KM = 5;
/**
 * Traces are shipped to the map simplified (Douglas–Peucker, this many km: invisible below zoom 9);
 * lengths, crossings, boxes and profiles are computed on the full trace.
 */
export const TRACE_SIMPLIFY_KM = 0.1;
/** A route shows its ground profile when at least this share of its land length is traced or drawn along valleys. */
export const PROFILE_MIN_SHARE = 0.75;
/** The named highest point must lie this close to the drawn line. */
const HIGHEST_NEAR_KM = 15;
/** Above this the grid is in the mountains, where it needs a sourced highest point to be trusted. */
export const MOUNTAIN_M = 2000;
/** How far the smoothed curve may read above the sourced highest point (a tenth). */
export const GRID_OVERSHOOT = 0.1;

const require = createRequire(import.meta.url);

export interface AtlasFiles {
  routes: string[];
  places: string;
  countries: string;
  proposal: string;
  briefing: string;
  /** Open geodata traced legs take their lines from (data/traces/*.geojson). */
  traces: string[];
  /** The elevation grid profiles are read from. */
  elevation: string;
  /** The China–Central Asia mechanism's meetings, on the time slider's axis. */
  timeline: string;
}

export function atlasFiles(dataDir: string): AtlasFiles {
  const routesDir = path.join(dataDir, 'routes');
  const tracesDir = path.join(dataDir, 'traces');
  return {
    routes: readdirSync(routesDir).filter((f) => f.endsWith('.geojson')).sort().map((f) => path.join(routesDir, f)),
    places: path.join(dataDir, 'places.geojson'),
    countries: path.join(dataDir, 'countries.json'),
    proposal: path.join(dataDir, 'proposal.json'),
    briefing: path.join(dataDir, 'briefing.json'),
    traces: existsSync(tracesDir) ? readdirSync(tracesDir).filter((f) => f.endsWith('.geojson')).sort().map((f) => path.join(tracesDir, f)) : [],
    elevation: path.join(dataDir, 'terrain', 'elevation.json'),
    timeline: path.join(dataDir, 'timeline.json'),
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

  const countryKm = byCountry.map((c) => ({ iso3: c.iso3, km: round(c.km, 1) }));
  return {
    lengthKm: round(lineLengthKm(route.legs), 1),
    byCountry: countryKm,
    offshoreKm: round(offshoreKm, 1),
    crossings,
    bbox: boundsOf(positionsOf(route.legs)),
    compared: compareLengths(route, file, countryKm),
    profiledShare: 0,
    profile: null,
  };
}

/**
 * Each published length against the drawn length over the countries it covers. A difference of
 * more than a tenth must be explained in the data (the figure's `difference` note).
 */
export function compareLengths(route: Route, file: string, byCountry: { iso3: string; km: number }[]): RouteStats['compared'] {
  return route.lengths.map((l, i) => {
    const computedKm = round(kmOver(byCountry, l.countries), 1);
    const diff = round(lengthDiff(l.km, computedKm), 4);
    if (needsExplaining(diff) && !l.difference) {
      new Ctx(file).feature('route properties').at('properties').at('lengths').at(i).at('difference')
        .fail(`is missing: the published ${l.km} km (${l.source}) differs by ${diff > 0 ? '+' : ''}${round(diff * 100, 1)} % from the ${computedKm} km drawn over ${l.countries.join(', ')}; explain why in "difference.note" (both languages), or correct the line or the figure's countries`);
    }
    return { computedKm, diff };
  });
}

/**
 * Joins each traced leg to its trace: the part of the trace between the leg's two positions (each
 * within TRACE_JOIN_KM of it). Returns the legs at full detail, for the statistics, and as shipped.
 */
export function joinTraces(route: Route, file: string, traces: Map<string, Trace>): { full: RouteLeg[]; drawn: DrawnLeg[] } {
  const full: RouteLeg[] = [];
  const drawn: DrawnLeg[] = [];
  route.legs.forEach((leg, i) => {
    const ref = leg.properties.trace;
    if (!ref) {
      full.push(leg);
      drawn.push(leg as DrawnLeg);
      return;
    }
    const fc = new Ctx(file).feature(`feature ${i}`);
    const trace = traces.get(ref.file);
    if (!trace) {
      const known = [...traces.keys()];
      return fc.at('properties').at('trace').at('file').fail(`names data/traces/${ref.file}, which does not exist${known.length ? ` (data/traces/ has ${known.join(', ')})` : ''}`);
    }
    const line = trace.lines.get(ref.feature) as Pos[] | undefined;
    if (!line) {
      return fc.at('properties').at('trace').at('feature').fail(`names "${ref.feature}", which is not in ${trace.file} (it has ${[...trace.lines.keys()].join(', ')})`);
    }
    const ends = leg.geometry.coordinates.map((p, j) => {
      const on = nearestOnLine(line, p as Pos);
      if (on.km > TRACE_JOIN_KM) {
        fc.at('geometry').at('coordinates').at(j).fail(`lies ${round(on.km, 1)} km from trace ${ref.feature} in ${trace.file}; a traced leg's two positions are where it joins its trace (within ${TRACE_JOIN_KM} km)`);
      }
      return on;
    });
    const coords = sliceLine(line, ends[0]!, ends[1]!);
    if (lineKm(coords) < 1) fc.at('geometry').at('coordinates').fail(`joins trace ${ref.feature} at the same place twice; give its two ends`);
    const shipped = roundLine(simplifyLine(coords, TRACE_SIMPLIFY_KM));
    full.push({ ...leg, geometry: { type: 'LineString', coordinates: coords } });
    drawn.push({
      type: 'Feature',
      properties: {
        ...leg.properties,
        trace: {
          ...ref, name: trace.name, source: trace.source, licence: trace.licence, attribution: trace.attribution,
          openStreetMap: trace.openStreetMap, points: coords.length, shippedPoints: shipped.length,
        },
      },
      geometry: { type: 'LineString', coordinates: shipped },
    });
  });
  return { full, drawn };
}

/**
 * The ground under the line, when the route is profiled enough: its land legs run end to end with
 * no sea leg, and at least PROFILE_MIN_SHARE of them is traced or drawn along valleys (schematic
 * stretches are left empty). Where the grid climbs into the mountains (above MOUNTAIN_M) the route
 * must name its highest point with a sourced height, and the smoothed curve may not read more than
 * GRID_OVERSHOOT above it: a 20′ grid reads narrow valleys between high ranges far too high, and
 * such a curve would mislead. The named highest point must lie on the line.
 */
export function routeProfile(route: Route, file: string, grid: ElevationGrid, places: Place[]): Pick<RouteStats, 'profiledShare' | 'profile' | 'noProfile'> & { highest?: NamedHighest } {
  const pc = new Ctx(file).feature('route properties').at('properties');
  const lines = route.legs.map((l) => l.geometry.coordinates as Pos[]);
  const highest = route.highest && namedHighest(route.highest, places);
  const highestAt = highest && positionAlong(lines, highest.at);
  if (highest && highestAt && highestAt.offKm > HIGHEST_NEAR_KM) {
    pc.at('highest').at(route.highest!.place ? 'place' : 'at').fail(`lies ${round(highestAt.offKm, 1)} km from the drawn line; name a point on the line (within ${HIGHEST_NEAR_KM} km)`);
  }
  const land = route.legs.filter((l) => l.properties.leg === 'land');
  const profiled = (l: RouteLeg) => l.properties.alignment === 'traced' || l.properties.alongValleys === true;
  const km = (list: RouteLeg[]) => list.reduce((s, l) => s + lineKm(l.geometry.coordinates as Pos[]), 0);
  const landKm = km(land);
  const profiledShare = landKm === 0 ? 0 : round(km(land.filter(profiled)) / landKm, 3);
  const named = highest ? { highest } : {};
  if (profiledShare < PROFILE_MIN_SHARE || land.length !== route.legs.length || !isChain(lines, TRACE_JOIN_KM)) {
    return { profiledShare, profile: null, noProfile: 'schematic', ...named };
  }

  const heightGrid: HeightGrid = { ...grid, cellDeg: grid.resolutionArcMin / 60 };
  const stretches = route.legs.map((l) => ({ coords: l.geometry.coordinates as Pos[], profiled: profiled(l) }));
  const { profile, outside } = profileAlong(stretches, heightGrid, profileStepKm(landKm));
  if (outside.length) {
    new Ctx(file).feature('route properties').at('geometry').fail(`leaves the elevation grid (data/terrain/elevation.json) at ${outside[0]!.map((v) => round(v, 2)).join(', ')}; it cannot be profiled`);
  }
  const top = Math.max(...profile.m.filter((v): v is number => v !== null));
  if (top > MOUNTAIN_M && (!highest || top > highest.m * (1 + GRID_OVERSHOOT))) {
    return { profiledShare, profile: null, noProfile: 'grid', ...named };
  }
  const out: RouteProfile = profile;
  if (highestAt) out.highestKm = round(highestAt.alongKm, 1);
  return { profiledShare, profile: out, ...named };
}

function namedHighest(h: HighestPoint, places: Place[]): NamedHighest {
  if (!h.place) return h as NamedHighest;
  const place = places.find((p) => p.properties.id === h.place)!;
  return { ...h, name: place.properties.name, at: place.geometry.coordinates as [number, number] };
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

/**
 * Loads and validates everything in data/; throws a DataError naming file, feature and field.
 * Each route's status is derived from its milestones as of `today` (the day of the build).
 */
export function loadAtlas(dataDir: string, { today = isoDay(new Date()) }: { today?: string } = {}): AtlasData {
  const files = atlasFiles(dataDir);
  const rel = (f: string) => path.relative(path.dirname(dataDir), f).split(path.sep).join('/');

  const countries = parseCountries(readJson(files.countries, rel(files.countries)), rel(files.countries));
  const places = parsePlaces(readJson(files.places, rel(files.places)), rel(files.places));
  const proposal = parseProposal(readJson(files.proposal, rel(files.proposal)), rel(files.proposal));
  const routes = files.routes.map((f) => {
    const json = readJson(f, rel(f));
    const typed = (json as { properties?: { status?: unknown } } | null)?.properties?.status;
    return { file: rel(f), route: deriveStatus(parseRoute(json, rel(f), path.basename(f, '.geojson')), typed, rel(f), today) };
  });
  const traces = new Map(files.traces.map((f) => [path.basename(f), parseTrace(readJson(f, rel(f)), rel(f))]));
  const grid = parseElevation(readJson(files.elevation, rel(files.elevation)), rel(files.elevation));
  const briefing = parseBriefing(readJson(files.briefing, rel(files.briefing)), rel(files.briefing));
  checkLinks(routes, places, countries, proposal, { places: rel(files.places), proposal: rel(files.proposal), briefing: rel(files.briefing) }, briefing);
  const timeline = parseTimeline(readJson(files.timeline, rel(files.timeline)), rel(files.timeline), places, proposal);

  const shapes = regionCountryShapes(countries);
  const byIso = new Map<string, CountryShape[]>();
  for (const s of shapes) byIso.set(s.properties.iso3, [...(byIso.get(s.properties.iso3) ?? []), s]);

  const withStats = routes.map(({ route, file }): AtlasRoute => {
    const { full, drawn } = joinTraces(route, file, traces);
    const traced: Route = { ...route, legs: full };
    const base = routeStats(traced, file, shapes, places);
    const { highest, ...profile } = routeProfile(traced, file, grid, places);
    const stats = { ...base, ...profile };
    return { ...route, legs: drawn, stats, highest };
  });

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
    // Each slide as the view it shows (src/view/deck.ts).
    briefing: deckOf(briefing),
    countryShapes: { type: 'FeatureCollection', features: mapShapes(countries) },
    asOf: dates.sort().at(-1) ?? proposal.meeting.date,
    terrain: { resolutionArcMin: grid.resolutionArcMin, attribution: grid.attribution },
    timeline,
    today,
  };
}
