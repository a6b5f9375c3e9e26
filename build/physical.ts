// The land beneath the corridors, from data/physical/ (see its README): which rivers, lakes, ranges
// and deserts the map names and in which words (features.json), the rivers' and lakes' shapes
// (water.geojson, copied from Natural Earth), and the elevation grid the relief is shaded from
// (elevation.json). Checked, simplified and rounded here for the map; served by physicalPlugin.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bbox as turfBbox, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import {
  LANDFORM_KINDS, WATER_KINDS, type LabelFeature, type PhysicalData, type PhysicalKind, type PhysicalShapeProps, type ShapeFeature,
} from '../src/map/physicalLayers.ts';
import { polygonsOf, roundRing, simplifyLine } from './worldContext.ts';
import { reliefImage, type ElevationGrid, type ReliefImage } from './relief.ts';

const require = createRequire(import.meta.url);

export interface PhysicalEntry {
  id: string;
  kind: PhysicalKind;
  name: { en: string; ar: string };
  minzoom: number;
  /** Where the name is written: a point, or several along a long range. */
  label?: [number, number] | [number, number][];
  past?: boolean;
  ne: { file: 'rivers' | 'lakes' | 'regions'; names: string[] };
}

export interface PhysicalFiles {
  features: string;
  water: string;
  elevation: string;
}

export const physicalFiles = (dir: string): PhysicalFiles => ({
  features: path.join(dir, 'features.json'),
  water: path.join(dir, 'water.geojson'),
  elevation: path.join(dir, 'elevation.json'),
});

/** How far a drawn river or shore may stray from Natural Earth's line (Mercator degrees, ~3 km: 1.5 px at zoom 5). */
const SHAPE_TOLERANCE = 0.03;
/** The path a river's name follows: smoother, so the name bends less. */
const LABEL_PATH_TOLERANCE = 0.1;
const DIGITS = 2;
const ARABIC = /[\u0600-\u06FF]/;
const KINDS: readonly string[] = [...WATER_KINDS, ...LANDFORM_KINDS];

const fail = (file: string, msg: string): never => {
  throw new Error(`${file}: ${msg}`);
};

/** The entries of features.json, each checked: a known kind, both names, a zoom, a place for its name. */
export function readEntries(file: string, text = readFileSync(file, 'utf8')): PhysicalEntry[] {
  const doc = JSON.parse(text) as { features?: unknown };
  if (!Array.isArray(doc.features)) fail(file, 'expected { "features": [...] }');
  const seen = new Set<string>();
  return (doc.features as PhysicalEntry[]).map((e, i) => {
    const at = `feature ${i} (${String(e?.id)})`;
    if (typeof e.id !== 'string' || !/^[a-z0-9-]+$/.test(e.id)) fail(file, `${at}: "id" must be lower-case letters, digits and dashes`);
    if (seen.has(e.id)) fail(file, `${at}: the id is used twice`);
    seen.add(e.id);
    if (!KINDS.includes(e.kind)) fail(file, `${at}: "kind" must be one of ${KINDS.join(', ')}`);
    const en = e.name?.en;
    const ar = e.name?.ar;
    if (typeof en !== 'string' || !en.trim()) fail(file, `${at}: "name.en" is missing`);
    if (typeof ar !== 'string' || !ar.trim()) fail(file, `${at}: "name.ar" is missing; every name is written in both languages`);
    if (!ARABIC.test(ar)) fail(file, `${at}: "name.ar" has no Arabic letters`);
    if (en === en.toUpperCase()) fail(file, `${at}: "name.en" is in capitals; write it in normal case`);
    if (typeof e.minzoom !== 'number' || e.minzoom < 0 || e.minzoom > 22) fail(file, `${at}: "minzoom" must be a zoom level`);
    const isWater = (WATER_KINDS as readonly string[]).includes(e.kind);
    const isPoint = (p: unknown) => Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (e.label !== undefined && !(isPoint(e.label) || (Array.isArray(e.label) && e.label.length > 0 && e.label.every(isPoint)))) {
      fail(file, `${at}: "label" must be [longitude, latitude] or a list of them`);
    }
    if (!isWater && !e.label) fail(file, `${at}: a ${e.kind} needs "label", the point its name is written at`);
    if (isWater !== (e.ne?.file === 'rivers' || e.ne?.file === 'lakes')) fail(file, `${at}: "ne.file" does not fit a ${e.kind}`);
    if (!Array.isArray(e.ne?.names) || e.ne.names.length === 0) fail(file, `${at}: "ne.names" must list the Natural Earth features it is drawn from`);
    return e;
  });
}

type WaterGeometry = LineString | MultiLineString | Polygon | MultiPolygon;
type WaterFeature = Feature<WaterGeometry, { id: string; ne_name: string; featurecla: string }>;

const mercatorTolerance = () => SHAPE_TOLERANCE;

function simplifiedLines(g: LineString | MultiLineString, tolerance: number): Position[][] {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return lines.map((l) => roundRing(simplifyLine(l, () => tolerance), DIGITS)).filter((l) => l.length >= 2);
}

function simplifiedPolygons(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const simple: MultiPolygon = { type: 'MultiPolygon', coordinates: polys.map((p) => p.map((ring) => simplifyLine(ring, mercatorTolerance))) };
  return polygonsOf(simple, DIGITS);
}

const labelPoints = (label: NonNullable<PhysicalEntry['label']>): [number, number][] =>
  typeof label[0] === 'number' ? [label as [number, number]] : (label as [number, number][]);

const lengthOf = (line: Position[]) => line.reduce((sum, p, i) => (i ? sum + Math.hypot(p[0]! - line[i - 1]![0]!, p[1]! - line[i - 1]![1]!) : 0), 0);

/** A lake's name point: its centre when that lies on the water, or else a point that does. */
function lakeLabel(g: Polygon | MultiPolygon): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ringArea = (r: Position[]) => Math.abs(r.reduce((s, p, i) => (i ? s + (r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!) : 0), 0));
  const largest: Polygon = { type: 'Polygon', coordinates: polys.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a)) };
  const c = centerOfMass(largest).geometry.coordinates;
  const p = booleanPointInPolygon(c, largest) ? c : pointOnFeature(largest).geometry.coordinates;
  return [Number(p[0]!.toFixed(DIGITS)), Number(p[1]!.toFixed(DIGITS))];
}

/** The map's two physical sources (without the relief): shapes to draw and names to write. */
export function physicalSources(entries: PhysicalEntry[], water: FeatureCollection, file = 'water.geojson'): Omit<PhysicalData, 'relief'> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parts = new Map<string, WaterFeature[]>();
  for (const [i, f] of (water.features as WaterFeature[]).entries()) {
    const id = f.properties?.id;
    if (!byId.has(id)) fail(file, `feature ${i}: id "${String(id)}" is not in features.json`);
    parts.set(id, [...(parts.get(id) ?? []), f]);
  }
  const shapes: ShapeFeature[] = [];
  const labels: LabelFeature[] = [];
  const isWater = (e: PhysicalEntry) => (WATER_KINDS as readonly string[]).includes(e.kind);
  const shapeProps = (e: PhysicalEntry): PhysicalShapeProps => ({
    id: e.id, kind: e.kind === 'river' ? 'river' : 'lake', past: e.past === true, rank: e.minzoom <= 4 ? 1 : e.minzoom <= 5 ? 2 : 3,
  });
  const ownShapes = (e: PhysicalEntry) => parts.get(e.id) ?? fail(file, `"${e.id}" (features.json) has no shape here; run build/extractPhysical.mjs`);
  // Placed in this order (within a layer): first by zoom, then as listed in features.json.
  const labelProps = (e: PhysicalEntry, index: number) => ({
    id: e.id, kind: e.kind, name_en: e.name.en, name_ar: e.name.ar, minzoom: e.minzoom, priority: e.minzoom * 100 + index,
  });
  const point = (e: PhysicalEntry, index: number, at: [number, number]): LabelFeature =>
    ({ type: 'Feature', properties: labelProps(e, index), geometry: { type: 'Point', coordinates: at } });

  // Lakes first: the rivers are cut where they cross them (they are drawn above the lakes).
  const lakes: Polygon[] = [];
  for (const [index, e] of entries.entries()) {
    if (!isWater(e)) {
      for (const at of labelPoints(e.label!)) labels.push(point(e, index, at));
      continue;
    }
    if (e.kind === 'river') continue;
    const polys = ownShapes(e).flatMap((f) => {
      const g = f.geometry;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return fail(file, `${e.id}: a lake must be polygons`);
      const s = simplifiedPolygons(g);
      return s ? (s.type === 'Polygon' ? [s.coordinates] : s.coordinates) : [];
    });
    if (polys.length === 0) fail(file, `${e.id}: nothing is left of the lake once simplified`);
    const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
    lakes.push(...polys.map((coordinates) => ({ type: 'Polygon' as const, coordinates })));
    shapes.push({ type: 'Feature', properties: shapeProps(e), geometry });
    for (const at of e.label ? labelPoints(e.label) : [lakeLabel(geometry)]) labels.push(point(e, index, at));
  }
  const onLand = outsideOf(lakes);
  for (const [index, e] of entries.entries()) {
    if (e.kind !== 'river') continue;
    const own = ownShapes(e);
    const lines = own.flatMap((f) => (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString'
      ? simplifiedLines(f.geometry, SHAPE_TOLERANCE).flatMap(onLand)
      : fail(file, `${e.id}: a river must be lines`)));
    shapes.push({ type: 'Feature', properties: shapeProps(e), geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines } });
    // The name follows the river's longest stretch (its own river, not a lake's centre line), smoothed.
    const rivers = own.filter((f) => f.properties.featurecla !== 'Lake Centerline');
    const longest = rivers.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry as MultiLineString).coordinates))
      .reduce<Position[]>((a, b) => (lengthOf(b) > lengthOf(a) ? b : a), []);
    const path = roundRing(chaikin(simplifyLine(longest, () => LABEL_PATH_TOLERANCE), 1), DIGITS);
    if (path.length >= 2) labels.push({ type: 'Feature', properties: labelProps(e, index), geometry: { type: 'LineString', coordinates: path } });
  }
  return { shapes: { type: 'FeatureCollection', features: shapes }, labels: { type: 'FeatureCollection', features: labels } };
}

/** Splits a line into its runs of points outside the polygons (a river stops at a lake's shore). */
export function outsideOf(polygons: Polygon[]): (line: Position[]) => Position[][] {
  const boxed = polygons.map((p) => ({ p, b: turfBbox(p) }));
  const inside = (pt: Position) => boxed.some(({ p, b }) => pt[0]! >= b[0] && pt[0]! <= b[2] && pt[1]! >= b[1] && pt[1]! <= b[3] && booleanPointInPolygon(pt, p));
  return (line) => {
    const runs: Position[][] = [[]];
    for (const pt of line) {
      if (inside(pt)) {
        if (runs[runs.length - 1]!.length) runs.push([]);
      } else runs[runs.length - 1]!.push(pt);
    }
    return runs.filter((r) => r.length >= 2);
  };
}

/** Rounds a path's corners (Chaikin's cutting, `passes` times), so a name bends gently along it. */
export function chaikin(line: Position[], passes: number): Position[] {
  let out = line;
  for (let n = 0; n < passes && out.length > 2; n++) {
    const next: Position[] = [out[0]!];
    for (let i = 0; i + 1 < out.length; i++) {
      const [a, b] = [out[i]!, out[i + 1]!];
      if (i > 0) next.push([0.75 * a[0]! + 0.25 * b[0]!, 0.75 * a[1]! + 0.25 * b[1]!]);
      if (i + 2 < out.length) next.push([0.25 * a[0]! + 0.75 * b[0]!, 0.25 * a[1]! + 0.75 * b[1]!]);
    }
    next.push(out[out.length - 1]!);
    out = next;
  }
  return out;
}

export function loadPhysical(dir: string): Omit<PhysicalData, 'relief'> {
  const files = physicalFiles(dir);
  const entries = readEntries(files.features);
  const water = JSON.parse(readFileSync(files.water, 'utf8')) as FeatureCollection;
  return physicalSources(entries, water, files.water);
}

export function readElevation(file: string): ElevationGrid {
  const g = JSON.parse(readFileSync(file, 'utf8')) as ElevationGrid;
  for (const k of ['west', 'south', 'east', 'north', 'cols', 'rows'] as const) if (typeof g[k] !== 'number') fail(file, `"${k}" is missing`);
  if (!Array.isArray(g.heights) || g.heights.length !== g.cols * g.rows) fail(file, `"heights" must hold cols × rows = ${g.cols * g.rows} values`);
  return g;
}

/** Natural Earth's land (1:50m, from world-atlas: the same coasts as the map's countries), to mask the sea. */
export function worldLand(): (Polygon | MultiPolygon)[] {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;
  const land = feature(topo, topo.objects.land as GeometryObject) as Feature | FeatureCollection;
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  return features.map((f) => f.geometry).filter((g): g is Polygon | MultiPolygon => g?.type === 'Polygon' || g?.type === 'MultiPolygon');
}

/** The relief picture's width: ~3 pixels a grid cell, which the map's linear filtering smooths further. */
export const RELIEF_WIDTH = 900;

export function physicalRelief(dir: string): ReliefImage {
  return reliefImage(readElevation(physicalFiles(dir).elevation), RELIEF_WIDTH, worldLand());
}
