/* global document, window -- browser code, linted with the project's Node globals */
// What both baseline pages share with the app's map: the same MapLibre build, worker, CSS, camera
// and canvas options, so the only difference left is what the app draws and loads on top.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// Required with Vite: MapLibre's own worker URL points at a file the bundle never emits.
maplibregl.setWorkerUrl(workerUrl);

// Copied from the app (src/map/theme.ts lightTheme; about the area of its home view, framed by
// src/map/camera/ beside the panel) rather than imported, so edits in src/ can't break the
// baselines' build.
export const THEME = {
  water: '#bcd7ea', land: '#e6e3dc', focusLand: '#f6ecd2', border: '#a29a8a', focusBorder: '#6d6250',
};
const DEFAULT_BOUNDS = [46, 34.5, 96, 55.5];
const REGION_MAX_BOUNDS = [[27, 23], [123, 57]];

/** Starts a full-page map with the given sources and layers; marks app:map-ready on its first idle, as the app does. */
export function startMap(sources, layers) {
  const container = document.getElementById('map');
  const map = new maplibregl.Map({
    container,
    style: { version: 8, sources, layers: [{ id: 'water', type: 'background', paint: { 'background-color': THEME.water } }, ...layers] },
    bounds: DEFAULT_BOUNDS,
    maxBounds: REGION_MAX_BOUNDS,
    attributionControl: false,
    renderWorldCopies: false,
    canvasContextAttributes: { antialias: true },
  });
  map.once('idle', () => {
    performance.mark('app:map-ready');
    container.dataset.ready = 'true';
  });
  window.__corridorAtlasMap = map;
}
