import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ROUTE_KINDS } from '../data/types';
import { LABEL_LAYERS, ROUTE_LAYERS, mapLayers, routeFilter } from './layers';
import { labelsSource, routesSource, patternOf } from './sources';
import { buildStyle, fontFaces } from './style';
import { lightTheme } from './theme';

const atlas = {
  routes: [], places: [], countries: [], proposal: { meeting: {}, points: [] },
  countryShapes: { type: 'FeatureCollection', features: [] }, asOf: '2024',
} as unknown as Parameters<typeof buildStyle>[0]['atlas'];

describe('the map style', () => {
  it.each(['en', 'ar'] as const)('is valid MapLibre style in %s', (lang) => {
    const style = buildStyle({ atlas, theme: lightTheme, lang, kinds: ROUTE_KINDS, showPlaces: true, resolveUrl: (u) => `http://127.0.0.1/${u}` });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
  });

  it('declares every font file with its script range, so each is fetched only for labels that need it', () => {
    const faces = Object.values(fontFaces((u) => u)).flat();
    expect(faces).toHaveLength(4);
    for (const f of faces) {
      if (typeof f === 'string') throw new Error('a font face without a unicode range');
      const ranges = (f['unicode-range'] ?? []).join(',');
      expect(ranges).toContain(String(f.url).includes('arabic') ? 'U+0600-06FF' : 'U+0000-00FF');
      expect(String(f.url).includes('arabic') ? ranges.includes('U+0000-00FF') : ranges.includes('U+0600-06FF')).toBe(false);
    }
  });

  it('labels read the current language', () => {
    const layers = mapLayers(lightTheme, 'ar', ROUTE_KINDS, true);
    for (const id of LABEL_LAYERS) {
      const layer = layers.find((l) => l.id === id) as { layout: { 'text-field': unknown } };
      expect(layer.layout['text-field']).toEqual(['get', 'name_ar']);
    }
  });

  it('every route layer is filtered by the visible kinds', () => {
    expect(routeFilter('route-line', ['railway'])).toEqual(['in', ['get', 'kind'], ['literal', ['railway']]]);
    expect(routeFilter('route-ties', [])).toEqual(['all', ['all', ['==', ['get', 'kind'], 'railway'], ['==', ['get', 'leg'], 'land']], ['in', ['get', 'kind'], ['literal', []]]]);
    const layers = mapLayers(lightTheme, 'en', ['highway'], false);
    for (const id of ROUTE_LAYERS) {
      const layer = layers.find((l) => l.id === id) as { filter?: unknown } | undefined;
      expect(JSON.stringify(layer?.filter)).toContain('["literal",["highway"]]');
    }
    expect(layers.find((l) => l.id === 'place-dot')?.layout?.visibility).toBe('none');
  });
});

describe('route patterns', () => {
  it('tell status and sea legs apart', () => {
    expect(patternOf('operating', 'land')).toBe('solid');
    expect(patternOf('under-construction', 'land')).toBe('dash');
    expect(patternOf('stalled', 'land')).toBe('dot');
    expect(patternOf('planned', 'land')).toBe('dot');
    expect(patternOf('operating', 'sea')).toBe('sea');
  });

  it('flatten each leg, with the label names kept apart in the labels source', () => {
    const content = {
      routes: [{
        id: 'r', kind: 'railway', status: 'operating', shortName: { en: 'R', ar: 'ر' },
        legs: [{ type: 'Feature', properties: { leg: 'land', via: [] }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }],
      }],
      places: [{ type: 'Feature', properties: { id: 'p', kind: 'city', name: { en: 'P', ar: 'ب' } }, geometry: { type: 'Point', coordinates: [2, 2] } }],
      countries: [{ iso3: 'KAZ', focus: true, label: [3, 3], name: { en: 'Kazakhstan', ar: 'قازاقستان' } }],
    } as unknown as Parameters<typeof labelsSource>[0];
    expect(routesSource(content).features[0]!.properties).toEqual({ id: 'r', kind: 'railway', status: 'operating', leg: 'land', pattern: 'solid' });
    expect(labelsSource(content).features.map((f) => f.properties)).toEqual([
      { role: 'country', id: 'KAZ', focus: true, name_en: 'Kazakhstan', name_ar: 'قازاقستان' },
      { role: 'place', id: 'p', kind: 'city', name_en: 'P', name_ar: 'ب' },
      { role: 'route', id: 'r', kind: 'railway', name_en: 'R', name_ar: 'ر' },
    ]);
  });

  it('puts every label layer, and nothing else, on the labels source', () => {
    const layers = mapLayers(lightTheme, 'en', ROUTE_KINDS, true);
    const onLabels = layers.filter((l) => 'source' in l && l.source === 'labels').map((l) => l.id).sort();
    expect(onLabels).toEqual([...LABEL_LAYERS].sort());
  });
});
