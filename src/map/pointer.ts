// The pointer on the live map: a route or place under it is named in a tooltip and lit, and a click
// chooses it, through the store like a click in a panel. A place dot wins over the route beneath
// it: it is the smaller, more deliberate target.
import type * as maplibregl from 'maplibre-gl';
import type { AtlasData } from '../data/types';
import { i18n } from '../i18n';
import type { AtlasStore } from '../state/store';
import { ROUTE_HIT_LAYER } from './layers';

export function watchPointer(map: maplibregl.Map, store: AtlasStore, atlas: AtlasData, tooltip: HTMLElement, compared: () => readonly string[] | null): () => void {
  const routeNames = new Map(atlas.routes.map((r) => [r.id, r.name]));
  const placeNames = new Map(atlas.places.map((p) => [p.properties.id, p.properties]));
  let hovered: string | null = null;

  const setHover = (id: string | null) => {
    if (hovered === id) return;
    if (hovered) map.setFeatureState({ source: 'routes', id: hovered }, { hover: false });
    if (id) map.setFeatureState({ source: 'routes', id }, { hover: true });
    hovered = id;
  };
  const showTooltip = (text: string, point: maplibregl.Point) => {
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
  };
  const hit = (point: maplibregl.Point) => map.queryRenderedFeatures(point, { layers: [ROUTE_HIT_LAYER, 'place-dot'].filter((l) => map.getLayer(l)) });

  const onMove = (e: maplibregl.MapMouseEvent) => {
    const lang = store.getState().lang;
    const found = hit(e.point);
    // In a comparison only the compared routes are drawn, so only they answer the pointer.
    const inComparison = compared();
    const route = found.find((f) => f.layer.id === ROUTE_HIT_LAYER && (!inComparison || inComparison.includes(String(f.properties.id))));
    const place = found.find((f) => f.layer.id === 'place-dot');
    const routeId = route ? String(route.properties.id) : null;
    setHover(routeId);
    map.getCanvas().style.cursor = routeId || place ? 'pointer' : '';
    if (place) {
      const p = placeNames.get(String(place.properties.id));
      if (p) return showTooltip(`${p.name[lang]} · ${i18n.getFixedT(lang)(`placeKind.${p.kind}`)}`, e.point);
    }
    const name = routeId ? routeNames.get(routeId) : undefined;
    if (name) showTooltip(name[lang], e.point);
    else tooltip.hidden = true;
  };
  const onLeave = () => {
    setHover(null);
    tooltip.hidden = true;
  };
  const onClick = (e: maplibregl.MapMouseEvent) => {
    // A comparison is left with its own button or Back; a click on the map does not end it unseen.
    if (compared()) return;
    const found = hit(e.point);
    const place = found.find((f) => f.layer.id === 'place-dot')?.properties.id;
    if (typeof place === 'string') return store.getState().showPlace(place);
    const id = found.find((f) => f.layer.id === ROUTE_HIT_LAYER)?.properties.id;
    if (typeof id === 'string') store.getState().selectRoute(id);
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
