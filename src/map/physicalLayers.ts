// The land the corridors cross, as pure style data: the relief (a hillshade picture made at build
// time, build/relief.ts), rivers and lakes, and the names of rivers, lakes, ranges and deserts.
// The data arrives after the map is first ready (physicalData.ts), so these sources and layers are
// added then (bridge.ts), and the off-screen map of exports includes them (snapshot.ts).
//
// Everything here lies beneath the routes. The relief and the lakes go under the borders, the rivers
// over them; the names go below every other label in the layer list, so MapLibre places them last:
// a river or a desert is named only where the routes, countries, places and seas have left room.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Lang } from '../data/types';
import { FONT_REGULAR, ROUTE_HIT_LAYER, labelField } from './layers.ts';
import type { Theme } from './theme';

export const WATER_KINDS = ['river', 'lake', 'reservoir'] as const;
export const LANDFORM_KINDS = ['range', 'desert', 'plateau', 'plain', 'basin', 'valley'] as const;
export type PhysicalKind = (typeof WATER_KINDS)[number] | (typeof LANDFORM_KINDS)[number];

export interface PhysicalShapeProps {
  id: string;
  /** Lakes are drawn filled; rivers as lines (reservoirs count as lakes here). */
  kind: 'river' | 'lake';
  /** Drawn from an older survey than today's water (the Aral Sea): paler, so it claims no shoreline. */
  past: boolean;
  /** 1 for the great rivers, 2 and 3 for smaller ones: the line's width. */
  rank: 1 | 2 | 3;
}

export interface PhysicalLabelProps {
  id: string;
  kind: PhysicalKind;
  name_en: string;
  name_ar: string;
  /** The zoom from which the name is written (filters see whole zoom levels). */
  minzoom: number;
  /** Lower is placed first among the names of one layer. */
  priority: number;
}

export type ShapeFeature = Feature<LineString | MultiLineString | Polygon | MultiPolygon, PhysicalShapeProps>;
export type LabelFeature = Feature<Point | LineString, PhysicalLabelProps>;

export interface PhysicalData {
  shapes: FeatureCollection<ShapeFeature['geometry'], PhysicalShapeProps>;
  labels: FeatureCollection<LabelFeature['geometry'], PhysicalLabelProps>;
  relief: {
    url: string;
    /** Top-left, top-right, bottom-right, bottom-left, as MapLibre's image source wants them. */
    coordinates: [[number, number], [number, number], [number, number], [number, number]];
  };
}

export const RELIEF_SOURCE = 'relief';
export const PHYSICAL_SOURCE = 'physical';
export const PHYSICAL_LABEL_SOURCE = 'physical-labels';
/** The physical layers whose text follows the language. */
export const PHYSICAL_LABEL_LAYERS = ['physical-river-label', 'physical-label'] as const;
/** The relief and the lakes go just under this layer of the base style (borders cross the Aral Sea)… */
export const SHAPES_BEFORE = 'country-border';
/** …and the rivers and the names just under the routes: drawn beneath them, names placed after every other label. */
export const LABELS_BEFORE = ROUTE_HIT_LAYER;

export function physicalSources(data: PhysicalData): Record<string, SourceSpecification> {
  return {
    [RELIEF_SOURCE]: { type: 'image', url: data.relief.url, coordinates: data.relief.coordinates },
    [PHYSICAL_SOURCE]: { type: 'geojson', data: data.shapes },
    [PHYSICAL_LABEL_SOURCE]: { type: 'geojson', data: data.labels },
  };
}

const isWaterKind: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', [...WATER_KINDS]]];
/** Names are written from their own zoom on (a filter is evaluated at whole zoom levels). */
const fromOwnZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

function labelColour(theme: Theme): ExpressionSpecification {
  return ['case', isWaterKind, theme.waterLabel, ['==', ['get', 'kind'], 'range'], theme.physical.rangeLabel, theme.physical.landformLabel];
}

/**
 * The layers, each with the base layer it goes before. Paint properties are data-driven in the same
 * way as the base style's (fill colour; line colour, width and opacity; text colour, with constant
 * halos), so that no new shader is compiled for them but the relief's.
 */
export function physicalLayers(theme: Theme, lang: Lang): { layer: LayerSpecification; before: string }[] {
  const p = theme.physical;
  const water = (kind: 'river' | 'lake'): ExpressionSpecification => ['==', ['get', 'kind'], kind];
  // Under the borders: the relief, then the lakes (their shores first: the fill covers each shore's
  // inner half, so the outer half smooths the fill's edge).
  const shapes: LayerSpecification[] = [
    {
      id: 'relief', type: 'raster', source: RELIEF_SOURCE,
      // Fainter as the map zooms in, where the 20′ grid's cells grow into soft blots.
      paint: {
        'raster-opacity': ['interpolate', ['linear'], ['zoom'], 4, p.reliefOpacity, 7, p.reliefOpacity * 0.55, 9, p.reliefOpacity * 0.3],
        'raster-fade-duration': 0,
        'raster-resampling': 'linear',
      },
    },
    {
      id: 'physical-shore', type: 'line', source: PHYSICAL_SOURCE, filter: water('lake'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['case', ['get', 'past'], p.pastWater, p.shore], 'line-width': ['case', ['get', 'past'], 1, 1.2], 'line-opacity': ['case', ['get', 'past'], 0.8, 1] },
    },
    {
      id: 'physical-lake', type: 'fill', source: PHYSICAL_SOURCE, filter: water('lake'),
      paint: { 'fill-antialias': false, 'fill-color': ['case', ['get', 'past'], p.pastWater, theme.water] },
    },
  ];
  // Above the borders: a border that follows a river (the Amu Darya, the Panj) would hide it.
  const rivers: LayerSpecification[] = [
    {
      id: 'physical-river', type: 'line', source: PHYSICAL_SOURCE, filter: water('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        // One colour, written per feature as the borders' is: the same shader serves both.
        'line-color': ['case', water('river'), p.river, p.river],
        'line-width': ['match', ['get', 'rank'], 1, 1.6, 2, 1.25, 0.9],
        'line-opacity': ['case', ['get', 'past'], 0.5, 1],
      },
    },
  ];
  const halo = { 'text-color': labelColour(theme), 'text-halo-color': p.halo, 'text-halo-width': 1.2 };
  // River names first in the list: the layer above (lakes, ranges, deserts) is placed before them.
  const labels: LayerSpecification[] = [
    {
      id: 'physical-river-label', type: 'symbol', source: PHYSICAL_LABEL_SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'LineString'], fromOwnZoom] as FilterSpecification,
      layout: {
        'symbol-placement': 'line',
        'text-field': labelField(lang),
        'text-font': ['literal', [FONT_REGULAR]],
        'text-size': 11,
        'text-letter-spacing': 0.06,
        // Close candidates where rivers are short on screen, fewer repeats close up.
        'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 4, 250, 8, 500],
        'text-max-angle': 40,
        'text-padding': 3,
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: halo,
    },
    {
      id: 'physical-label', type: 'symbol', source: PHYSICAL_LABEL_SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'Point'], fromOwnZoom] as FilterSpecification,
      layout: {
        'text-field': labelField(lang),
        'text-font': ['literal', [FONT_REGULAR]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', isWaterKind, 10.5, 11], 6, ['case', isWaterKind, 12, 13.5]],
        // Spaced-out letters for ranges and deserts, as atlases letter land; MapLibre leaves Arabic joined.
        'text-letter-spacing': ['case', isWaterKind, 0.04, 0.16],
        'text-max-width': 8.5,
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-padding': 3,
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: halo,
    },
  ];
  return [
    ...shapes.map((layer) => ({ layer, before: SHAPES_BEFORE })),
    ...[...rivers, ...labels].map((layer) => ({ layer, before: LABELS_BEFORE })),
  ];
}

/** The base layers with the physical ones put in their places (each group in its own order). */
export function withPhysicalLayers(base: LayerSpecification[], physical: { layer: LayerSpecification; before: string }[]): LayerSpecification[] {
  const out = [...base];
  for (const { layer, before } of physical) {
    const at = out.findIndex((l) => l.id === before);
    if (at < 0) throw new Error(`physical layer ${layer.id}: the base style has no layer "${before}" to go under`);
    out.splice(at, 0, layer);
  }
  return out;
}
