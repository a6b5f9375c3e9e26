// The map's layers as pure data: a function of theme and language. Kind is told by colour and by
// pattern (railway ties, highway centre line, corridor band); status by the dash of the main line;
// alignment by the casing: solid under a leg traced from open geodata, beaded under a schematic one.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang, RouteKind } from '../data/types';
import { COMPARE_COLOURS, COMPARE_COLOURS_CONTRAST } from '../view/palette.ts';
import { contrastTheme, type Theme } from './theme.ts';

export const FONT_REGULAR = 'Atlas Sans Regular';
export const FONT_BOLD = 'Atlas Sans Bold';

/** Layers whose text follows the language. */
export const LABEL_LAYERS = ['country-label', 'water-label', 'place-label', 'route-label'] as const;
/** Layers that draw routes; each is filtered by the visible kinds. */
export const ROUTE_LAYERS = ['route-hit', 'route-casing', 'route-band', 'route-line', 'route-ties', 'route-centre', 'route-blocker', 'route-label'] as const;
export const PLACE_LAYERS = ['place-dot', 'place-label'] as const;
/** The image of the invisible marks along routes (added on demand: see blockerImage). */
export const BLOCKER_IMAGE = 'route-blocker';
/** A transparent square: its size is the room each mark keeps free of labels. */
export const blockerImage = (): { width: number; height: number; data: Uint8Array } => ({ width: 6, height: 6, data: new Uint8Array(6 * 6 * 4) });
/** The casing under a schematic leg: dots one casing-width wide, 1.6 widths apart (in line widths). */
export const SCHEMATIC_CASING_DASH = [0, 1.6];
/** The invisible, wide layer used for hover and click. */
export const ROUTE_HIT_LAYER = 'route-hit';

/** A layer's own filter, before the visible-kinds filter is added. */
const ROUTE_BASE_FILTER: Partial<Record<(typeof ROUTE_LAYERS)[number], ExpressionSpecification>> = {
  'route-band': ['==', ['get', 'kind'], 'transport-corridor'],
  'route-ties': ['all', ['==', ['get', 'kind'], 'railway'], ['==', ['get', 'leg'], 'land']],
  'route-centre': ['==', ['get', 'kind'], 'highway'],
  'route-label': ['==', ['get', 'role'], 'route'],
};

/**
 * A route layer's filter: the visible kinds. During a comparison (2 to 4 routes) the compared routes
 * are drawn whatever their kind's layer, and only their names: the labels source has no feature
 * state, so its layer is filtered. The lines are coloured, and the routes left out hidden, by the
 * `compare` feature state (see routeColour), which costs no new layer or shader.
 */
export function routeFilter(layer: (typeof ROUTE_LAYERS)[number], kinds: readonly RouteKind[], compare?: readonly string[] | null): FilterSpecification {
  const kindOn: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', [...kinds]]];
  const compared: ExpressionSpecification | null = compare?.length ? ['in', ['get', 'id'], ['literal', [...compare]]] : null;
  const visible: ExpressionSpecification = !compared ? kindOn : layer === 'route-label' ? compared : ['any', kindOn, compared];
  const base = ROUTE_BASE_FILTER[layer];
  return base ? ['all', base, visible] : visible;
}

export function compareColours(theme: Theme): readonly string[] {
  return theme === contrastTheme ? COMPARE_COLOURS_CONTRAST : COMPARE_COLOURS;
}

/** The route's place in the comparison: 0–3 compared, -1 not compared (hidden), -2 no comparison. */
export const COMPARE_STATE = 'compare';
const compareIndex: ExpressionSpecification = ['number', ['feature-state', COMPARE_STATE], -2];

/** Its kind's colour, or its comparison colour while compared (feature state: no new shader, line-color is per feature already). */
function routeColour(theme: Theme): ExpressionSpecification {
  const c = compareColours(theme);
  return ['match', compareIndex, 0, c[0]!, 1, c[1]!, 2, c[2]!, 3, c[3]!, kindColour(theme)];
}

/** Route names: the kind's colour, or the comparison colour of a compared route (by id: the labels source has no feature state). */
export function routeLabelColour(theme: Theme, compare?: readonly string[] | null): ExpressionSpecification {
  const c = compareColours(theme);
  const pairs = (compare ?? []).slice(0, c.length).flatMap((id, i) => [id, c[i]!]);
  return pairs.length ? ['match', ['get', 'id'], ...pairs, kindColour(theme)] as unknown as ExpressionSpecification : kindColour(theme);
}

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', `name_${lang}`];
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

function kindColour(theme: Theme): ExpressionSpecification {
  return ['match', ['get', 'kind'],
    'railway', theme.kinds.railway,
    'gas-pipeline', theme.kinds['gas-pipeline'],
    'oil-pipeline', theme.kinds['oil-pipeline'],
    'transport-corridor', theme.kinds['transport-corridor'],
    theme.kinds.highway];
}

function widthBy(base: number): ExpressionSpecification {
  return ['case', state('selected'), base * 1.7, state('hover'), base * 1.45, base];
}

/** Faded when another route is stressed; not drawn at all when a comparison leaves it out. */
const dimmed = (full: number, dim: number): ExpressionSpecification => ['case', ['==', compareIndex, -1], 0, state('dim'), dim, full];

/**
 * The same value for every feature, written as a per-feature expression. MapLibre compiles one
 * shader per combination of per-feature and constant paint properties, and in software WebGL each
 * compile costs ~0.3 s of the first load; giving every line layer (and every label layer) the same
 * combination lets them share one shader.
 */
function perFeature<T extends string | number | readonly number[]>(value: T): ExpressionSpecification {
  const v = Array.isArray(value) ? ['literal', value] : value;
  // Any feature lookup makes it per-feature; line-dasharray accepts feature data but not feature-state.
  return ['case', ['has', 'kind'], v, v] as ExpressionSpecification;
}

/** Every layer of the map for a theme, language, the kinds and places shown and a comparison (none when left out). */
export function mapLayers(theme: Theme, lang: Lang, kinds: readonly RouteKind[], showPlaces: boolean, compare: readonly string[] | null = null): LayerSpecification[] {
  const placesVisibility = showPlaces ? 'visible' : 'none';
  return [
    { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
    {
      // The named countries and the rest of the world's land (one merged shape, the same colour).
      id: 'country-fill', type: 'fill', source: 'countries', filter: ['!=', ['get', 'part'], 'border'],
      paint: {
        // The border layer draws the edges; the fill's own outline pass would be a second shader.
        'fill-antialias': false,
        'fill-color': ['case', state('highlight'), theme.highlightLand, ['get', 'focus'], theme.focusLand, theme.land],
      },
    },
    {
      // Border lines, the six's outlines, and the other named countries' outlines when highlighted
      // (whole countries, so no cut is ever stroked). The merged land is not outlined: its coasts
      // show against the water, and its cut south of the camera's limit is never seen.
      id: 'country-border', type: 'line', source: 'countries', filter: ['!=', ['get', 'part'], 'land'],
      paint: {
        'line-color': ['case', ['get', 'focus'], theme.focusBorder, theme.border],
        'line-width': ['case', state('highlight'), 1.6, ['get', 'focus'], 1, 0.6],
        'line-opacity': ['case', ['get', 'focus'], 1, ['==', ['get', 'part'], 'border'], 0.85, state('highlight'), 0.85, 0],
      },
    },
    {
      id: 'route-hit', type: 'line', source: 'routes', filter: routeFilter('route-hit', kinds, compare),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
    },
    {
      id: 'route-casing', type: 'line', source: 'routes', filter: routeFilter('route-casing', kinds, compare),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': perFeature(theme.halo), 'line-width': widthBy(6.5), 'line-opacity': dimmed(0.9, 0.3),
        // Round dots of casing (zero-length dashes with round caps) under schematic legs. Per feature,
        // like the main line's and the ties' dashes, so the three share one shader.
        'line-dasharray': ['match', ['get', 'alignment'], 'schematic', ['literal', SCHEMATIC_CASING_DASH], ['literal', [1, 0]]],
      },
    },
    {
      id: 'route-band', type: 'line', source: 'routes', filter: routeFilter('route-band', kinds, compare),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': routeColour(theme), 'line-width': widthBy(12), 'line-opacity': dimmed(0.22, 0.07) },
    },
    {
      id: 'route-line', type: 'line', source: 'routes', filter: routeFilter('route-line', kinds, compare),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': routeColour(theme),
        'line-width': widthBy(3.5),
        'line-opacity': dimmed(1, 0.25),
        'line-dasharray': ['match', ['get', 'pattern'],
          'dash', ['literal', [2.4, 1.4]],
          'dot', ['literal', [0.6, 1.4]],
          'sea', ['literal', [3, 1.5, 0.8, 1.5]],
          ['literal', [1, 0]]],
      },
    },
    {
      id: 'route-ties', type: 'line', source: 'routes', filter: routeFilter('route-ties', kinds, compare),
      paint: {
        'line-color': perFeature(theme.halo), 'line-width': widthBy(1.6), 'line-opacity': dimmed(0.95, 0.3), 'line-dasharray': perFeature([0.6, 3]),
      },
    },
    {
      id: 'route-centre', type: 'line', source: 'routes', filter: routeFilter('route-centre', kinds, compare),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(theme.halo), 'line-width': widthBy(1.1), 'line-opacity': dimmed(0.95, 0.3) },
    },
    {
      id: 'place-dot', type: 'circle', source: 'places', filter: ['!=', ['get', 'kind'], 'sea'],
      layout: { visibility: placesVisibility },
      paint: {
        'circle-radius': ['case', state('selected'), 8, ['match', ['get', 'kind'], 'capital', 5, 'city', 3.5, 4.5]],
        'circle-color': ['match', ['get', 'kind'],
          'border-crossing', theme.crossing, 'port', theme.port, 'gauge-break', theme.gaugeBreak, theme.place],
        'circle-stroke-color': ['match', ['get', 'kind'], 'border-crossing', theme.place, theme.halo],
        'circle-stroke-width': ['match', ['get', 'kind'], 'border-crossing', 2, 1.5],
      },
    },
    // Labels, lowest priority first: MapLibre places the topmost layer first. Route names, then the
    // marks that keep other labels off the lines, then the countries (the six before the rest),
    // then capitals before crossings and other places, then the seas.
    {
      id: 'water-label', type: 'symbol', source: 'labels', filter: ['all', ['==', ['get', 'role'], 'place'], ['==', ['get', 'kind'], 'sea']],
      layout: { 'text-field': labelField(lang), 'text-font': ['literal', [FONT_REGULAR]], 'text-size': 14, 'text-max-width': 6, 'text-letter-spacing': 0.05 },
      paint: { 'text-color': perFeature(theme.waterLabel), 'text-halo-color': theme.water, 'text-halo-width': 1.2 },
    },
    {
      id: 'place-label', type: 'symbol', source: 'labels', filter: ['all', ['==', ['get', 'role'], 'place'], ['!=', ['get', 'kind'], 'sea']],
      layout: {
        visibility: placesVisibility,
        'text-field': labelField(lang),
        'text-font': ['case', ['==', ['get', 'kind'], 'capital'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['match', ['get', 'kind'], 'capital', 13, 11.5],
        // Eight places around the dot, a little away from it: a line through the dot leaves most free.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 0.9,
        'text-max-width': 9,
        'symbol-sort-key': ['match', ['get', 'kind'], 'capital', 0, 'border-crossing', 1, 'port', 1, 'gauge-break', 1, 2],
      },
      paint: { 'text-color': perFeature(theme.label), 'text-halo-color': theme.halo, 'text-halo-width': 1.4 },
    },
    {
      id: 'country-label', type: 'symbol', source: 'labels', filter: ['==', ['get', 'role'], 'country'],
      layout: {
        'text-field': labelField(lang),
        'text-font': ['case', ['get', 'focus'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['case', ['get', 'focus'], 11.5, 10], 3, ['case', ['get', 'focus'], 13, 11], 6, ['case', ['get', 'focus'], 18, 14]],
        'text-max-width': 8,
        'text-letter-spacing': 0,
        // A name may step aside from a route line rather than cross it, or be left out.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 0.8,
        'symbol-sort-key': ['case', ['get', 'focus'], 0, 1],
      },
      paint: {
        'text-color': ['case', ['get', 'focus'], theme.label, theme.mutedLabel],
        'text-halo-color': theme.halo,
        'text-halo-width': 1.5,
      },
    },
    {
      // Invisible marks along the route lines that other labels must not cover, so no name is
      // written across a route. Drawn with opacity 0, which MapLibre skips: no extra shader.
      id: 'route-blocker', type: 'symbol', source: 'routes', filter: routeFilter('route-blocker', kinds, compare),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 6,
        'icon-image': BLOCKER_IMAGE,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
      },
      paint: { 'icon-opacity': 0 },
    },
    {
      id: 'route-label', type: 'symbol', source: 'labels', filter: routeFilter('route-label', kinds, compare), minzoom: 4.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': labelField(lang),
        'text-font': ['literal', [FONT_BOLD]],
        'text-size': 12,
        'symbol-spacing': 400,
        'text-max-angle': 30,
      },
      paint: { 'text-color': routeLabelColour(theme, compare), 'text-halo-color': theme.halo, 'text-halo-width': 2 },
    },
  ];
}
