import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ROUTE_KINDS } from '../data/types';
import { LABEL_LAYERS, ROUTE_LAYERS, mapLayers, routeFilter } from './layers';
import { routesSource, patternOf } from './sources';
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

  it('loads Arabic font files only for Arabic labels', () => {
    const en = fontFaces('en', (u) => u);
    const ar = fontFaces('ar', (u) => u);
    expect(Object.values(en).flat().every((f) => typeof f !== 'string' && !String(f.url).includes('arabic'))).toBe(true);
    expect(Object.values(ar).flat().some((f) => typeof f !== 'string' && String(f.url).includes('arabic'))).toBe(true);
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

  it('flatten each leg with both languages of the label', () => {
    const fc = routesSource({
      routes: [{
        id: 'r', kind: 'railway', status: 'operating', shortName: { en: 'R', ar: 'ر' },
        legs: [{ type: 'Feature', properties: { leg: 'land', via: [] }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }],
      }],
    } as unknown as Parameters<typeof routesSource>[0]);
    expect(fc.features[0]!.properties).toEqual({ id: 'r', kind: 'railway', status: 'operating', leg: 'land', pattern: 'solid', name_en: 'R', name_ar: 'ر' });
  });
});
