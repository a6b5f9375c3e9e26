// The map's land for the whole world, so that no camera ever shows a straight data edge or a
// stroked cut. Everything comes from ONE topology (Natural Earth 1:50m from world-atlas) whose arcs
// are simplified once, before any polygon or line is taken from them: a coast or a border is then
// the same polyline in every fill and line that uses it, so they meet exactly everywhere.
import { bboxClip } from '@turf/turf';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Arc, GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { round } from './geo/measure.ts';
import type { BBox } from '../src/view/bounds.ts';

/** The point in Web Mercator (as the map draws it), scaled so that x stays the longitude. */
function mercator(p: Position): [number, number] {
  const lat = Math.max(-89, Math.min(89, p[1]!)) * (Math.PI / 180);
  return [p[0]!, Math.log(Math.tan(Math.PI / 4 + lat / 2)) * (180 / Math.PI)];
}

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * Douglas–Peucker with a tolerance that depends on where the points are. Distances are measured in
 * Mercator, so a tolerance means the same on screen at 10°N and at 70°N. A point is dropped only if
 * it is within the tolerance of every point of its span, so each place keeps its own accuracy.
 */
export function simplifyLine(points: Position[], tolerance: (p: Position) => number): Position[] {
  const n = points.length;
  if (n <= 2) return points;
  const xy = points.map(mercator);
  const tol = points.map(tolerance);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const spans: [number, number][] = [[0, n - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [i, j] = span;
    let far = -1;
    let farDistance = -1;
    let minTol = Infinity;
    for (let m = i + 1; m < j; m++) {
      const d = segmentDistance(xy[m]!, xy[i]!, xy[j]!);
      if (d > farDistance) {
        farDistance = d;
        far = m;
      }
      minTol = Math.min(minTol, tol[m]!);
    }
    if (far > 0 && farDistance > minTol) {
      keep[far] = 1;
      spans.push([i, far], [far, j]);
    }
  }
  return points.filter((_, m) => keep[m] === 1);
}

function decodeArcs(topo: Topology): Position[][] {
  const t = topo.transform;
  if (!t) return topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function arcsOf(g: GeometryObject): number[] {
  if (g.type === 'Polygon') return g.arcs.flat();
  if (g.type === 'MultiPolygon') return g.arcs.flat(2);
  if (g.type === 'LineString') return g.arcs;
  if (g.type === 'MultiLineString') return g.arcs.flat();
  return [];
}

/** A country that has a shape in the topology (a few geometries there are null). */
export type AreaObject = TopoPolygon | TopoMultiPolygon;
export const isArea = (g: GeometryObject): g is AreaObject => g.type === 'Polygon' || g.type === 'MultiPolygon';
/** The country's polygons (two calls: `feature` is typed per geometry type). */
export const areaOf = (topo: Topology, g: AreaObject): Polygon | MultiPolygon =>
  g.type === 'Polygon' ? feature(topo, g).geometry : feature(topo, g).geometry;

/** Indexes of the arcs that bound any of the given geometries. */
export function arcsTouching(geometries: GeometryObject[]): Set<number> {
  return new Set(geometries.flatMap(arcsOf).map((i) => (i < 0 ? ~i : i)));
}

/**
 * The topology with plain (unquantized) coordinates and every arc simplified once, except the
 * arcs in `exact`, which are kept as they are.
 */
export function simplifyTopology(topo: Topology, exact: Set<number>, tolerance: (p: Position) => number): Topology {
  const arcs = decodeArcs(topo).map((arc, i) => (exact.has(i) ? arc : simplifyLine(arc, tolerance)) as Arc);
  // No transform: the arcs now hold plain coordinates.
  return { type: 'Topology', objects: topo.objects, arcs, ...(topo.bbox ? { bbox: topo.bbox } : {}) };
}

const crossesAntimeridian = (ring: Position[]) => ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);

/** The ring with each longitude moved by ±360° where needed to follow on from the one before. */
function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    const step = i > 0 ? p[0]! - ring[i - 1]![0]! : 0;
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    return [p[0]! + shift, p[1]!];
  });
}

const meanLon = (ring: Position[]) => ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length;
const shiftRing = (ring: Position[], dx: number) => ring.map((p) => [p[0]! + dx, p[1]!]);

/**
 * world-atlas joins shapes across the antimeridian (for d3's spherical drawing): a ring may step
 * from 179.9° to -180°, which on a flat map is an edge across the whole world. Such polygons are
 * cut at ±180° into their western and eastern pieces. (A ring around a pole cannot be cut so and is
 * left alone; Antarctica's is, but cutting it at 72°S first takes its step away.)
 */
export function splitAtAntimeridian(polys: Position[][][]): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const rings = poly.map(unwrap);
    const polar = rings.some((r) => r.length > 0 && r[0]![0] !== r[r.length - 1]![0]);
    if (!poly.some(crossesAntimeridian) || polar) {
      out.push(poly);
      continue;
    }
    // Holes go to the same side of the antimeridian as their outer ring.
    const centre = meanLon(rings[0]!);
    const aligned = rings.map((r) => shiftRing(r, 360 * Math.round((centre - meanLon(r)) / 360)));
    for (const dx of [-360, 0, 360]) {
      const piece = bboxClip({ type: 'Polygon', coordinates: aligned }, [-180 - dx, -90, 180 - dx, 90]).geometry as Polygon;
      if ((piece.coordinates[0]?.length ?? 0) >= 4) out.push(piece.coordinates.map((r) => shiftRing(r, dx)));
    }
  }
  return out;
}

/**
 * Polygons of `g` ready for the map: cut at the antimeridian, rounded, and with only rings that
 * still enclose something; null when nothing is left.
 */
export function polygonsOf(g: Polygon | MultiPolygon, digits: number): Polygon | MultiPolygon | null {
  const polys = splitAtAntimeridian(g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((poly) => poly.map((ring) => roundRing(ring, digits)))
    // A ring simplified or rounded down to a line encloses nothing; a polygon without its outer
    // ring is dropped whole, so a hole never turns into land.
    .filter((poly) => (poly[0]?.length ?? 0) >= 4)
    .map((poly) => poly.filter((ring) => ring.length >= 4));
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/** Rounds each position and drops those that round onto the one before. */
export function roundRing(ring: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!, digits), round(p[1]!, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * The land of `countries`, merged into one shape, cut to `world` (only Antarctica's interior goes).
 * Its borders and coasts are not stroked, so that cut never shows.
 */
export function mergedLand(topo: Topology, countries: AreaObject[], world: BBox, digits: number): Polygon | MultiPolygon | null {
  const land: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: merge(topo, countries) };
  return polygonsOf(bboxClip(land, world).geometry as Polygon | MultiPolygon, digits);
}

/**
 * The land borders between two countries that `draw` accepts, as lines: whole arcs, never clipped,
 * so no cut is ever stroked. Coastlines are left out: the land against the water shows them.
 */
export function bordersBetween(topo: Topology, countries: GeometryCollection, draw: (g: GeometryObject) => boolean, digits: number): MultiLineString | null {
  const lines = mesh(topo, countries, (a, b) => a !== b && draw(a) && draw(b)).coordinates
    .map((line) => roundRing(line, digits))
    .filter((line) => line.length >= 2);
  return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
}
