// Brings a map from one scene to the next, changing only what differs: the one applier of scenes,
// for the live map (bridge.ts) and the off-screen map of exports, previews and the handout
// (snapshot.ts). Each change costs MapLibre work and a repaint, so nothing is set that is already so.
import type * as maplibregl from 'maplibre-gl';
import type { Emphasis } from '../view/emphasis';
import type { Scene } from '../view/scene';
import { COMPARE_STATE, LABEL_LAYERS, PLACE_LAYERS, ROUTE_LAYERS, labelField, routeFilter, routeLabelColour } from './layers';
import { PHYSICAL_LABEL_LAYERS, type PhysicalData } from './physicalLayers';
import { labelsSource, routesSource } from './sources';
import { styleOf, themeOf } from './style';

/** Each route's `compare` feature state: its colour's place (0–3), -1 when left out of a comparison, -2 with none. */
export function compareState(id: string, compare: readonly string[] | null): number {
  return compare ? compare.indexOf(id) : -2;
}

const same = (a: readonly unknown[] | null, b: readonly unknown[] | null) => (a ?? []).join() === (b ?? []).join() && (a === null) === (b === null);
const NOTHING: Emphasis = { routes: [], countries: [], places: [] };

/** What the map's feature states say: what is stressed and compared. */
type Marked = Pick<Scene, 'emphasis' | 'compare' | 'network'>;

/** Sets the feature states that differ between `was` (null: a map with none set) and `next`. */
function applyStates(map: maplibregl.Map, next: Marked, was: Marked | null): void {
  const before = was?.emphasis ?? NOTHING;
  const compareBefore = was?.compare ?? null;
  const routeState = (e: Emphasis, id: string) => ({ selected: e.routes.includes(id), dim: e.routes.length > 0 && !e.routes.includes(id) });
  // Every route of either year: a route not drawn now keeps no stale state for when it returns.
  for (const id of new Set([...(was?.network.routes ?? []), ...next.network.routes].map((r) => r.id))) {
    const [a, b] = [routeState(before, id), routeState(next.emphasis, id)];
    const [ca, cb] = [compareState(id, compareBefore), compareState(id, next.compare)];
    if (a.selected !== b.selected || a.dim !== b.dim || ca !== cb) map.setFeatureState({ source: 'routes', id }, { ...b, [COMPARE_STATE]: cb });
  }
  for (const id of new Set([...before.countries, ...next.emphasis.countries])) {
    const on = next.emphasis.countries.includes(id);
    if (before.countries.includes(id) !== on) map.setFeatureState({ source: 'countries', id }, { highlight: on });
  }
  for (const id of new Set([...before.places, ...next.emphasis.places])) {
    const on = next.emphasis.places.includes(id);
    if (before.places.includes(id) !== on) map.setFeatureState({ source: 'places', id }, { selected: on });
  }
}

/**
 * Shows `next` on a map that shows `prev`. With `prev` null the map was just made from
 * styleOf(next) and only what is stressed is left to set. The camera is not a scene's to move:
 * the live map's belongs to the framer (camera/frame.ts), the off-screen map's to its caller.
 */
export function applyScene(map: maplibregl.Map, next: Scene, prev: Scene | null, physical: PhysicalData | null = null): void {
  if (prev && next.contrast !== prev.contrast) {
    // Another theme: a new style, diffed by MapLibre; it holds everything of `next` but the feature states.
    map.setStyle(styleOf(next, physical), { diff: true });
  } else if (prev) {
    if (next.lang !== prev.lang) {
      for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(next.lang));
      // The land's names, once they are on the map (they come after the first map-ready).
      for (const id of PHYSICAL_LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelField(next.lang));
    }
    if (!same(next.kinds, prev.kinds) || !same(next.compare, prev.compare)) {
      for (const id of ROUTE_LAYERS) map.setFilter(id, routeFilter(id, next.kinds, next.compare));
    }
    if (!same(next.compare, prev.compare)) map.setPaintProperty('route-label', 'text-color', routeLabelColour(themeOf(next), next.compare));
    if (next.places !== prev.places) {
      for (const id of PLACE_LAYERS) map.setLayoutProperty(id, 'visibility', next.places ? 'visible' : 'none');
    }
    if (next.network !== prev.network) {
      // The network of another year: the same layers, new data; the names only when the set of routes changed.
      (map.getSource('routes') as maplibregl.GeoJSONSource | undefined)?.setData(routesSource(next.network));
      if (!same(next.network.routes.map((r) => r.id), prev.network.routes.map((r) => r.id))) {
        (map.getSource('labels') as maplibregl.GeoJSONSource | undefined)?.setData(labelsSource(next.network));
      }
    }
  }
  applyStates(map, next, prev);
}
