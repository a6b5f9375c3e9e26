// Applies store changes to the one map, and map events back to the store. Nothing here renders
// React; the camera and hover never pass through React state.
import * as maplibregl from 'maplibre-gl';
import type { AtlasData, Lang, RouteKind } from '../data/types';
import { atlasAt, yearOf } from '../data/status';
import { labelsSource, routesSource } from './sources';
import { dirOf, i18n } from '../i18n';
import { emphasisOf, layersOf, type Emphasis } from '../state/emphasis';
import type { AtlasState, AtlasStore } from '../state/store';
import { isRouteKind } from '../state/url';
import { absoluteUrl } from '../styles/fonts';
import { formatNumber } from '../i18n/format';
import { ScaleBar } from './scaleControl';
import { buildStyle } from './style';
import { contrastTheme, lightTheme } from './theme';
import { COMPARE_STATE, LABEL_LAYERS, PLACE_LAYERS, ROUTE_HIT_LAYER, ROUTE_LAYERS, labelField, routeFilter, routeLabelColour } from './layers';
import { loadedPhysical, loadPhysical } from './physicalData';
import { PHYSICAL_LABEL_LAYERS, PHYSICAL_SOURCE, physicalLayers, physicalSources, type PhysicalData } from './physicalLayers';
import type { Framer } from './camera/frame';
import type { DrawGate } from './drawGate';
import { slideTarget, targetOf } from './camera/target';

/** Fired on window when the map is first idle with all data drawn. */
export const MAP_READY_EVENT = 'corridor-atlas:map-ready';
/** New labels are shown at the latest after this long, laid out or not. */
const LABELS_TIMEOUT_MS = 5000;

export function visibleKinds(layers: readonly string[]): RouteKind[] {
  return layers.filter((l): l is RouteKind => isRouteKind(l as never));
}

/** The routes compared on the map: while exploring only (a slide shows its own routes). */
export function comparedOf(s: Pick<AtlasState, 'mode' | 'compare'>): string[] | null {
  return s.mode === 'explore' && s.compare?.length ? s.compare : null;
}

/** Each route's `compare` feature state: its colour's place (0–3), -1 when left out of a comparison, -2 with none. */
export function compareState(id: string, compare: readonly string[] | null): number {
  return compare ? compare.indexOf(id) : -2;
}

/** MapLibre's own control strings, in the given language (its `locale` option). */
export function mapLocale(lang: Lang): Record<string, string> {
  const t = i18n.getFixedT(lang);
  return {
    'NavigationControl.ZoomIn': t('maplibre.zoomIn'),
    'NavigationControl.ZoomOut': t('maplibre.zoomOut'),
    'NavigationControl.ResetBearing': t('maplibre.resetBearing'),
  };
}

interface BridgeOpts {
  map: maplibregl.Map;
  store: AtlasStore;
  atlas: AtlasData;
  tooltip: HTMLElement;
  /** The one mover of the camera (camera/frame.ts). */
  framer: Framer;
  /** Holds drawing while a view is incomplete (drawGate.ts). */
  gate: DrawGate;
  /** What the style was built for: only what has changed since is applied when the style loads. */
  built: Pick<AtlasState, 'lang' | 'contrast'> & { layers: readonly string[] };
}

export function connectMapToStore({ map, store, atlas, tooltip, framer, gate, built }: BridgeOpts): () => void {
  const routeNames = new Map(atlas.routes.map((r) => [r.id, r.name]));
  const placeNames = new Map(atlas.places.map((p) => [p.properties.id, p.properties]));
  let emphasis: Emphasis = { routes: [], countries: [], places: [] };
  let hovered: string | null = null;
  let nav: maplibregl.NavigationControl | null = null;
  let scale: ScaleBar | null = null;
  let labelsPending = false;

  /** Durations of the camera's flights: a selection is quick, a slide takes its time. */
  const SELECT_MS = 900;
  const SLIDE_MS = 2200;

  /** "500 km" / «٥٠٠ كم», in the current language and digits. */
  const distanceLabel = (value: number, unit: 'km' | 'm') => {
    const { lang, digits } = store.getState();
    const t = i18n.getFixedT(lang);
    const n = formatNumber(value, lang, digits, 0);
    return unit === 'km' ? t('unit.km', { value: n }) : `${n} ${t('maplibre.m')}`;
  };

  const placeControls = (lang: Lang) => {
    if (nav) map.removeControl(nav);
    if (scale) map.removeControl(scale);
    // Controls sit on the end side, away from the panel; the map itself never mirrors.
    const corner = dirOf(lang) === 'rtl' ? 'top-left' : 'top-right';
    nav = new maplibregl.NavigationControl({ visualizePitch: false });
    scale = new ScaleBar(distanceLabel);
    map.addControl(nav, corner);
    map.addControl(scale, corner);
    // The zoom buttons' names in this language (MapLibre takes its own strings only at creation).
    const t = i18n.getFixedT(lang);
    const names: [string, string][] = [['zoom-in', t('maplibre.zoomIn')], ['zoom-out', t('maplibre.zoomOut')], ['compass', t('maplibre.resetBearing')]];
    for (const [cls, name] of names) {
      const button = map.getContainer().querySelector<HTMLElement>(`.maplibregl-ctrl-${cls}`);
      button?.setAttribute('title', name);
      button?.setAttribute('aria-label', name);
    }
    // The control corners cover the map like any panel (camera/covers.ts).
    for (const el of map.getContainer().querySelectorAll<HTMLElement>('.maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right')) el.dataset.cover = 'controls';
  };

  const applyLang = (lang: Lang) => {
    // The old labels stay on screen until the new ones are laid out and placed: one frame, not one per tile.
    gate.hold(LABELS_TIMEOUT_MS);
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(lang));
    // The land's names, once they are on the map (they come after the first map-ready).
    for (const id of PHYSICAL_LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelField(lang));
    map.getCanvas().setAttribute('aria-label', i18n.getFixedT(lang)('map.label'));
    placeControls(lang);
    labelsPending = true;
  };

  const applyTheme = (s: AtlasState) => {
    const layers = layersOf(s, atlas);
    map.setStyle(buildStyle({
      atlas: atlasAt(atlas, yearOf(s, atlas.briefing)), theme: s.contrast ? contrastTheme : lightTheme, lang: s.lang, kinds: visibleKinds(layers),
      showPlaces: layers.includes('places'), resolveUrl: absoluteUrl, physical: loadedPhysical(),
    }), { diff: true });
  };

  /**
   * The network as of the year shown (the time slider's, or a slide's): the routes that existed
   * then, each drawn with the status it had (its pattern follows). The same layers, new data; the
   * route names only for the routes drawn, so the labels are laid out again only when that set changes.
   */
  let shownYear: number | null = null;
  const applyYear = (s: AtlasState) => {
    const year = yearOf(s, atlas.briefing);
    map.getContainer().dataset.year = year === null ? 'today' : String(year);
    if (year === shownYear) return;
    const [before, next] = [atlasAt(atlas, shownYear), atlasAt(atlas, year)];
    shownYear = year;
    (map.getSource('routes') as maplibregl.GeoJSONSource | undefined)?.setData(routesSource(next));
    if (before.routes.map((r) => r.id).join() !== next.routes.map((r) => r.id).join()) {
      (map.getSource('labels') as maplibregl.GeoJSONSource | undefined)?.setData(labelsSource(next));
    }
  };

  let stopped = false;
  /** The land beneath the routes, added in its places in the layer order once its data has come. */
  const addPhysical = (data: PhysicalData) => {
    if (stopped) return;
    const ready = () => {
      map.getContainer().dataset.physical = 'ready';
    };
    // A theme switch may have put them there already (setStyle with loadedPhysical()).
    if (map.getSource(PHYSICAL_SOURCE)) return ready();
    const s = store.getState();
    for (const [id, source] of Object.entries(physicalSources(data))) if (!map.getSource(id)) map.addSource(id, source);
    for (const { layer, before } of physicalLayers(s.contrast ? contrastTheme : lightTheme, s.lang)) {
      if (!map.getLayer(layer.id)) map.addLayer(layer, map.getLayer(before) ? before : undefined);
    }
    map.once('idle', ready);
  };

  const applyLayers = (s: AtlasState) => {
    const layers = layersOf(s, atlas);
    const kinds = visibleKinds(layers);
    for (const id of ROUTE_LAYERS) map.setFilter(id, routeFilter(id, kinds, comparedOf(s)));
    const vis = layers.includes('places') ? 'visible' : 'none';
    for (const id of PLACE_LAYERS) map.setLayoutProperty(id, 'visibility', vis);
  };

  /** A comparison: the compared routes in their colours, the others hidden (feature state), only their names. */
  let compared: string[] | null = null;
  const applyCompare = (s: AtlasState, { restyled = false } = {}) => {
    const next = comparedOf(s);
    for (const r of atlas.routes) {
      const state = compareState(r.id, next);
      if (state !== compareState(r.id, compared)) map.setFeatureState({ source: 'routes', id: r.id }, { [COMPARE_STATE]: state });
    }
    // A new style (the contrast theme) comes without the comparison's names.
    if (next?.join() !== compared?.join() || (restyled && next)) {
      const kinds = visibleKinds(layersOf(s, atlas));
      for (const id of ROUTE_LAYERS) map.setFilter(id, routeFilter(id, kinds, next));
      map.setPaintProperty('route-label', 'text-color', routeLabelColour(s.contrast ? contrastTheme : lightTheme, next));
    }
    compared = next;
  };

  const applyEmphasis = (next: Emphasis) => {
    // Only changed states are set: each change re-uploads the source's paint data and redraws.
    const routeState = (e: Emphasis, id: string) => ({ selected: e.routes.includes(id), dim: e.routes.length > 0 && !e.routes.includes(id) });
    for (const r of atlas.routes) {
      const was = routeState(emphasis, r.id);
      const state = routeState(next, r.id);
      if (state.selected !== was.selected || state.dim !== was.dim) map.setFeatureState({ source: 'routes', id: r.id }, state);
    }
    for (const id of new Set([...emphasis.countries, ...next.countries])) {
      if (emphasis.countries.includes(id) === next.countries.includes(id)) continue;
      map.setFeatureState({ source: 'countries', id }, { highlight: next.countries.includes(id) });
    }
    for (const id of new Set([...emphasis.places, ...next.places])) {
      if (emphasis.places.includes(id) === next.places.includes(id)) continue;
      map.setFeatureState({ source: 'places', id }, { selected: next.places.includes(id) });
    }
    emphasis = next;
  };

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

  const hideTooltip = () => {
    tooltip.hidden = true;
  };

  const onMove = (e: maplibregl.MapMouseEvent) => {
    const lang = store.getState().lang;
    const hit = map.queryRenderedFeatures(e.point, { layers: [ROUTE_HIT_LAYER, 'place-dot'].filter((l) => map.getLayer(l)) });
    // In a comparison only the compared routes are drawn, so only they answer the pointer.
    const route = hit.find((f) => f.layer.id === ROUTE_HIT_LAYER && (!compared || compared.includes(String(f.properties.id))));
    const place = hit.find((f) => f.layer.id === 'place-dot');
    const routeId = route ? String(route.properties.id) : null;
    setHover(routeId);
    map.getCanvas().style.cursor = routeId || place ? 'pointer' : '';
    if (place) {
      const p = placeNames.get(String(place.properties.id));
      if (p) return showTooltip(`${p.name[lang]} · ${i18n.getFixedT(lang)(`placeKind.${p.kind}`)}`, e.point);
    }
    const name = routeId ? routeNames.get(routeId) : undefined;
    if (name) showTooltip(name[lang], e.point);
    else hideTooltip();
  };

  const onLeave = () => {
    setHover(null);
    hideTooltip();
  };

  /** A place dot wins over the route beneath it: it is the smaller, more deliberate target. */
  const onClick = (e: maplibregl.MapMouseEvent) => {
    // A comparison is left with its own button or Back; a click on the map does not end it unseen.
    if (compared) return;
    const hit = map.queryRenderedFeatures(e.point, { layers: ['place-dot', ROUTE_HIT_LAYER].filter((l) => map.getLayer(l)) });
    const place = hit.find((f) => f.layer.id === 'place-dot')?.properties.id;
    if (typeof place === 'string') return store.getState().showPlace(place);
    const id = hit.find((f) => f.layer.id === ROUTE_HIT_LAYER)?.properties.id;
    if (typeof id === 'string') store.getState().selectRoute(id);
  };

  /** The camera goes into the store (and the address) only when it is the user's own. */
  const onMoveEnd = () => {
    if (!framer.userMoved()) return;
    const c = map.getCenter();
    store.getState().setCamera({ zoom: map.getZoom(), center: [c.lng, c.lat], bearing: map.getBearing(), pitch: map.getPitch() });
  };

  const onIdle = () => {
    if (!labelsPending) return;
    labelsPending = false;
    performance.mark('app:labels-ready');
    map.getContainer().dataset.labelsLang = store.getState().lang;
  };

  const apply = (next: AtlasState, prev: AtlasState, langTouched: boolean) => {
    if (next.lang !== prev.lang) applyLang(next.lang);
    else if (langTouched) {
      // Switched there and back before the map's turn: its labels are already in this language,
      // and it says so as after any switch (one repaint, then idle marks labels-ready).
      labelsPending = true;
      map.triggerRepaint();
    }
    if (next.lang === prev.lang && next.digits !== prev.digits) scale?.setLabel(distanceLabel);
    const deckMoved = next.mode !== prev.mode || next.slide !== prev.slide;
    if (next.layers !== prev.layers || deckMoved) applyLayers(next);
    if (next.year !== prev.year || deckMoved) applyYear(next);
    if (deckMoved || next.panel !== prev.panel || next.routeId !== prev.routeId || next.pointId !== prev.pointId ||
      next.placeId !== prev.placeId || next.countryId !== prev.countryId || next.compare !== prev.compare) {
      applyEmphasis(emphasisOf(next, atlas));
    }
    if (next.mode !== 'explore' && (deckMoved || next.slideViewSeq !== prev.slideViewSeq)) {
      framer.frame(slideTarget(next.slide, atlas), { duration: SLIDE_MS });
    } else if (next.mode === 'explore' && next.restoreSeq !== prev.restoreSeq && next.camera) {
      framer.restore(next.camera);
    } else if (next.mode === 'explore' && (next.fitSeq !== prev.fitSeq || prev.mode !== 'explore')) {
      framer.frame(targetOf(next, atlas), { duration: prev.mode !== 'explore' ? 0 : SELECT_MS });
    }
    if (next.contrast !== prev.contrast) applyTheme(next);
    if (deckMoved || next.compare !== prev.compare || next.contrast !== prev.contrast) applyCompare(next, { restyled: next.contrast !== prev.contrast });
  };

  let pendingFrame = 0;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs `work` just after the next frame has been painted. */
  const afterPaint = (work: () => void) => {
    pendingFrame = requestAnimationFrame(() => {
      pendingFrame = 0;
      pendingTimer = setTimeout(work, 0);
    });
  };

  let unsubscribe = () => {};
  const start = () => {
    const s = store.getState();
    placeControls(s.lang);
    map.getCanvas().setAttribute('aria-label', i18n.getFixedT(s.lang)('map.label'));
    // The style already holds the layers and language it was built with: setting them again would
    // cost a whole extra frame before ready (MapLibre repaints on every setFilter, even a no-op).
    if (s.lang !== built.lang) applyLang(s.lang);
    if (layersOf(s, atlas).join() !== built.layers.join()) applyLayers(s);
    applyYear(s);
    if (s.contrast !== built.contrast) applyTheme(s);
    applyEmphasis(emphasisOf(s, atlas));
    applyCompare(s, { restyled: true });

    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    map.on('moveend', onMoveEnd);
    map.on('idle', onIdle);
    map.once('idle', () => {
      performance.mark('app:map-ready');
      window.dispatchEvent(new Event(MAP_READY_EVENT));
      map.getContainer().dataset.ready = 'true';
      map.getContainer().dataset.labelsLang = store.getState().lang;
      // Only now the land beneath the routes: its chunk, relief picture and layers cost the first view nothing.
      loadPhysical().then(addPhysical, (e: unknown) => console.warn('The relief and rivers could not be loaded:', e));
    });

    // Map work waits until the browser has painted what React just rendered: in software WebGL a
    // single map frame can take a few hundred ms, and a panel or a language switch should not wait
    // for it. Changes made before then are applied together, against the state before the first.
    let since: AtlasState | null = null;
    let langTouched = false;
    unsubscribe = store.subscribe((next, prev) => {
      if (next.lang !== prev.lang) langTouched = true;
      if (since) return;
      since = prev;
      framer.hold();
      afterPaint(() => {
        const before = since!;
        const touched = langTouched;
        since = null;
        langTouched = false;
        try {
          apply(store.getState(), before, touched);
        } finally {
          framer.release();
        }
      });
    });
  };

  // On style.load, not load: the feature states are set before the first tiles arrive, so the
  // first drawn frame already shows the selection.
  if (map.isStyleLoaded()) start();
  else map.once('style.load', start);

  return () => {
    stopped = true;
    unsubscribe();
    cancelAnimationFrame(pendingFrame);
    clearTimeout(pendingTimer);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('moveend', onMoveEnd);
    map.off('idle', onIdle);
  };
}
