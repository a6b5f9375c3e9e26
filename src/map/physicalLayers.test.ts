// The land's layers: in their places in the order (under the routes and every other label), in the
// current language and theme, and painted the way the base layers are, so no new shader is needed.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { ROUTE_KINDS } from '../data/types';
import { LABEL_LAYERS, ROUTE_LAYERS, mapLayers } from './layers';
import {
  LABELS_BEFORE, PHYSICAL_LABEL_LAYERS, SHAPES_BEFORE, physicalLayers, physicalSources, withPhysicalLayers, type PhysicalData,
} from './physicalLayers';
import { buildStyle } from './style';
import { contrastTheme, lightTheme } from './theme';

const atlas = {
  routes: [], places: [], countries: [], proposal: { meeting: {}, points: [] },
  countryShapes: { type: 'FeatureCollection', features: [] }, asOf: '2024',
} as unknown as Parameters<typeof buildStyle>[0]['atlas'];

const physical: PhysicalData = {
  shapes: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'amu-darya', kind: 'river', past: false, rank: 1 }, geometry: { type: 'LineString', coordinates: [[60, 42], [62, 41]] } },
      { type: 'Feature', properties: { id: 'aral', kind: 'lake', past: true, rank: 1 }, geometry: { type: 'Polygon', coordinates: [[[59, 45], [61, 45], [61, 46], [59, 45]]] } },
    ],
  },
  labels: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'tian-shan', kind: 'range', name_en: 'Tian Shan', name_ar: 'جبال تيان شان', minzoom: 3, priority: 300 }, geometry: { type: 'Point', coordinates: [80, 42] } },
    ],
  },
  relief: { url: 'http://127.0.0.1/assets/relief.png', coordinates: [[25, 60], [120, 60], [120, 20], [25, 20]] },
};

const ids = (layers: LayerSpecification[]) => layers.map((l) => l.id);
const PHYSICAL_IDS = physicalLayers(lightTheme, 'en').map((p) => p.layer.id);

describe('the land beneath the routes', () => {
  const layers = withPhysicalLayers(mapLayers(lightTheme, 'en', ROUTE_KINDS, true), physicalLayers(lightTheme, 'en'));
  const order = ids(layers);
  const at = (id: string) => {
    const i = order.indexOf(id);
    expect(i, id).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('lies above the land, under the borders, the routes and every other label', () => {
    for (const id of PHYSICAL_IDS) {
      expect(at(id)).toBeGreaterThan(at('country-fill'));
      for (const other of [...ROUTE_LAYERS, ...LABEL_LAYERS]) expect(at(id), `${id} under ${other}`).toBeLessThan(at(other));
    }
    for (const id of ['relief', 'physical-shore', 'physical-lake']) expect(at(id)).toBeLessThan(at(SHAPES_BEFORE));
    // The relief under the water; the rivers over the borders that follow them.
    expect(at('relief')).toBeLessThan(at('physical-shore'));
    expect(at('physical-shore')).toBeLessThan(at('physical-lake'));
    expect(at('physical-river')).toBeGreaterThan(at(SHAPES_BEFORE));
    expect(at('physical-river')).toBeLessThan(at('physical-river-label'));
  });

  it('has its names placed after every other label (MapLibre places the topmost layer first)', () => {
    const symbolIds = layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    expect(symbolIds.slice(0, PHYSICAL_LABEL_LAYERS.length).sort()).toEqual([...PHYSICAL_LABEL_LAYERS].sort());
    for (const id of PHYSICAL_LABEL_LAYERS) expect(at(id)).toBe(at(LABELS_BEFORE) - (id === 'physical-label' ? 1 : 2));
    // The lakes', ranges' and deserts' names before the rivers'.
    expect(at('physical-label')).toBeGreaterThan(at('physical-river-label'));
  });

  it('refuses to misplace a layer when the base style lacks its anchors', () => {
    expect(() => withPhysicalLayers([], physicalLayers(lightTheme, 'en'))).toThrow(/no layer "country-border"/);
  });

  it.each([['en', lightTheme], ['ar', contrastTheme]] as const)('makes a valid style in %s, with its names in that language', (lang, theme) => {
    const style = buildStyle({ atlas, theme, lang, kinds: ROUTE_KINDS, showPlaces: true, resolveUrl: (u) => `http://127.0.0.1/${u}`, physical });
    expect(validateStyleMin(style)).toEqual([]);
    expect(Object.keys(style.sources)).toEqual(expect.arrayContaining(Object.keys(physicalSources(physical))));
    for (const id of PHYSICAL_LABEL_LAYERS) {
      const layer = style.layers.find((l) => l.id === id) as { layout: { 'text-field': unknown } };
      expect(layer.layout['text-field']).toEqual(['get', `name_${lang}`]);
    }
    const relief = style.layers.find((l) => l.id === 'relief') as { paint: { 'raster-opacity': unknown } };
    expect(JSON.stringify(relief.paint['raster-opacity'])).toContain(String(theme.physical.reliefOpacity));
  });

  it('leaves the style as it was without the data (before the map is first ready)', () => {
    const style = buildStyle({ atlas, theme: lightTheme, lang: 'en', kinds: ROUTE_KINDS, showPlaces: true, resolveUrl: (u) => u, physical: null });
    expect(ids(style.layers)).toEqual(ids(mapLayers(lightTheme, 'en', ROUTE_KINDS, true)));
    expect(Object.keys(style.sources)).toEqual(['labels', 'countries', 'routes', 'places']);
  });

  it('paints like the base layers of its kind: the same properties per feature, no zoom, constant halos', () => {
    const base = mapLayers(lightTheme, 'en', ROUTE_KINDS, true);
    const perFeature = (v: unknown) => /"(get|has|feature-state|geometry-type)"/.test(JSON.stringify(v) ?? '');
    const kindOf = (layer: LayerSpecification) => Object.fromEntries(Object.entries(layer.paint ?? {}).map(([k, v]) => [k, perFeature(v)]));
    const twin = { line: 'country-border', fill: 'country-fill', symbol: 'water-label' } as const;
    for (const { layer } of physicalLayers(lightTheme, 'en')) {
      if (layer.type === 'raster') continue;
      const same = base.find((l) => l.id === twin[layer.type as keyof typeof twin])!;
      expect(kindOf(layer), layer.id).toEqual(kindOf(same));
      for (const v of Object.values(layer.paint ?? {})) expect(JSON.stringify(v)).not.toContain('zoom');
    }
  });
});
