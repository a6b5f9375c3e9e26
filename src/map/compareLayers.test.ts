// A comparison on the map: the compared routes coloured and the others hidden by feature state on
// the existing route layers; only the route names' layer is filtered (its source has no state).
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ROUTE_KINDS } from '../data/types';
import { compareState } from './applyScene';
import { COMPARE_COLOURS, COMPARE_COLOURS_CONTRAST } from '../view/palette';
import { ROUTE_LAYERS, compareColours, mapLayers, routeFilter, routeLabelColour } from './layers';
import { buildStyle } from './style';
import { contrastTheme, lightTheme } from './theme';

const atlas = {
  routes: [], places: [], countries: [], proposal: { meeting: {}, points: [] },
  countryShapes: { type: 'FeatureCollection', features: [] }, asOf: '2024',
} as unknown as Parameters<typeof buildStyle>[0]['atlas'];

describe('comparison on the map', () => {
  it('gives each compared route its place in the palette, -1 to the others, -2 with no comparison', () => {
    expect(compareState('b', ['a', 'b'])).toBe(1);
    expect(compareState('c', ['a', 'b'])).toBe(-1);
    expect(compareState('a', null)).toBe(-2);
  });

  it('colours lines by the compare state, and hides routes left out, without new layers', () => {
    const layers = mapLayers(lightTheme, 'en', ROUTE_KINDS, true);
    const line = layers.find((l) => l.id === 'route-line') as { paint: Record<string, unknown> };
    expect(JSON.stringify(line.paint['line-color'])).toContain('["feature-state","compare"]');
    for (const c of COMPARE_COLOURS) expect(JSON.stringify(line.paint['line-color'])).toContain(c);
    for (const id of ['route-casing', 'route-band', 'route-line', 'route-ties', 'route-centre']) {
      const l = layers.find((x) => x.id === id) as { paint: Record<string, unknown> };
      expect(JSON.stringify(l.paint['line-opacity']), id).toContain('["==",["number",["feature-state","compare"],-2],-1],0');
    }
    // No layer of its own: the route layers are those there always were.
    expect(layers.filter((l) => l.id.startsWith('route-')).map((l) => l.id).sort()).toEqual([...ROUTE_LAYERS].sort());
    const style = buildStyle({ atlas, theme: lightTheme, lang: 'en', kinds: ROUTE_KINDS, showPlaces: true, resolveUrl: (u) => `http://127.0.0.1/${u}` });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws compared routes whatever their kind’s layer, and only their names', () => {
    expect(routeFilter('route-line', ['railway'], ['cku-railway', 'trans-caspian'])).toEqual(['any', ['in', ['get', 'kind'], ['literal', ['railway']]], ['in', ['get', 'id'], ['literal', ['cku-railway', 'trans-caspian']]]]);
    expect(routeFilter('route-label', ['railway'], ['cku-railway', 'trans-caspian'])).toEqual(['all', ['==', ['get', 'role'], 'route'], ['in', ['get', 'id'], ['literal', ['cku-railway', 'trans-caspian']]]]);
    expect(routeFilter('route-line', ['railway'], null)).toEqual(['in', ['get', 'kind'], ['literal', ['railway']]]);
  });

  it('names compared routes in their colours, brighter on the projector', () => {
    expect(routeLabelColour(lightTheme, ['x', 'y']).slice(0, 6)).toEqual(['match', ['get', 'id'], 'x', COMPARE_COLOURS[0], 'y', COMPARE_COLOURS[1]]);
    expect(compareColours(contrastTheme)).toBe(COMPARE_COLOURS_CONTRAST);
    expect(routeLabelColour(lightTheme, null)[0]).toBe('match');
  });
});
