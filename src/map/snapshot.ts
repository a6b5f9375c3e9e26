// Renders a view of the map off screen, at any size, for exports and the handout. It is a second,
// short-lived map: the interactive one is never resized or moved under the user.
import * as maplibregl from 'maplibre-gl';
import type { AtlasData, Lang, SlideCamera } from '../data/types';
import type { BBox } from '../view/bounds';
import type { Emphasis } from '../state/emphasis';
import type { Insets } from './camera/freeArea';
import { absoluteUrl } from '../styles/fonts';
import { compareState, visibleKinds } from './bridge';
import { COMPARE_STATE, ROUTE_LAYERS, routeFilter, routeLabelColour } from './layers';
import { provideImages } from './images';
import { loadedPhysical, loadPhysical } from './physicalData';
import { buildStyle } from './style';
import { contrastTheme, lightTheme } from './theme';

export interface SnapshotView {
  width: number;
  height: number;
  camera: SlideCamera;
  /** The camera's padding: the centre is the middle of the rest. None when left out. */
  padding?: Insets;
  /** Device pixels per CSS pixel: labels, lines and dots grow with it (1 when left out). */
  pixelRatio?: number;
  lang: Lang;
  layers: readonly string[];
  emphasis: Emphasis;
  contrast?: boolean;
  /** Routes compared (2 to 4): drawn alone, each in its comparison colour, as on the map. */
  compare?: readonly string[] | null;
}

export interface Snapshot {
  /** The map as drawn: its CSS size times the pixel ratio. */
  canvas: HTMLCanvasElement;
  /** Kilometres per CSS pixel at the centre, for the scale bar. */
  kmPerPixel: number;
  bearing: number;
  pixelRatio: number;
}

/** The interactive map (MapView sets this handle; the tests use it too). */
function interactiveMap(): maplibregl.Map | null {
  return (window as unknown as { __corridorAtlasMap?: maplibregl.Map }).__corridorAtlasMap ?? null;
}

/**
 * What the user sees now: the box (west, south, east, north) of the map's free area, the part no
 * panel, legend or control covers. The map's padding is that area, so its corners are the padded
 * rectangle's. Null when there is no interactive map.
 */
export function visibleBox(): { box: BBox; maxZoom: number } | null {
  const map = interactiveMap();
  if (!map) return null;
  const el = map.getContainer();
  const [w, h] = [el.clientWidth, el.clientHeight];
  const p = map.getPadding();
  let [left, top, right, bottom] = [p.left ?? 0, p.top ?? 0, w - (p.right ?? 0), h - (p.bottom ?? 0)];
  // A free area squeezed to nothing (everything folded over the map) says nothing: use the whole map.
  if (right - left < 10 || bottom - top < 10) [left, top, right, bottom] = [0, 0, w, h];
  const corners = [[left, top], [right, top], [right, bottom], [left, bottom]].map(([x, y]) => map.unproject([x!, y!]));
  const lons = corners.map((c) => c.lng);
  const lats = corners.map((c) => c.lat);
  return { box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], maxZoom: map.getMaxZoom() };
}

export function mapSize(): { width: number; height: number } {
  const el = document.querySelector<HTMLElement>('[data-testid="map"]');
  return { width: el?.clientWidth ?? 1280, height: el?.clientHeight ?? 800 };
}

function styleFor(atlas: AtlasData, view: Omit<SnapshotView, 'width' | 'height'>) {
  return buildStyle({
    atlas, theme: view.contrast ? contrastTheme : lightTheme, lang: view.lang, kinds: visibleKinds(view.layers),
    showPlaces: view.layers.includes('places'), resolveUrl: absoluteUrl, physical: loadedPhysical(),
  });
}

function idle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

/**
 * One hidden map that draws view after view at a fixed size: the handout draws every slide with
 * it rather than paying for a new map (workers, fonts, tiling) each time.
 */
export async function createSnapshotter(atlas: AtlasData, size: { width: number; height: number; pixelRatio?: number }, first: Omit<SnapshotView, 'width' | 'height'>) {
  const pixelRatio = size.pixelRatio ?? 1;
  // The land beneath the routes, as the map shows it (a presenter window may not have loaded it yet).
  await loadPhysical().catch(() => null);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-20000px', top: '0', width: `${size.width}px`, height: `${size.height}px` });
  document.body.appendChild(host);
  const map = new maplibregl.Map({
    container: host,
    style: styleFor(atlas, first),
    center: first.camera.center,
    zoom: first.camera.zoom,
    interactive: false,
    attributionControl: false,
    pixelRatio,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  provideImages(map);
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('error', (e) => reject(e.error ?? new Error('map error')));
      map.once('load', () => resolve());
    });
  } catch (e) {
    map.remove();
    host.remove();
    throw e;
  }

  const render = async (view: Omit<SnapshotView, 'width' | 'height'>): Promise<Snapshot> => {
    map.setStyle(styleFor(atlas, view), { diff: true });
    for (const source of ['routes', 'countries', 'places']) map.removeFeatureState({ source });
    const compare = view.compare?.length ? view.compare : null;
    for (const r of atlas.routes) {
      const selected = view.emphasis.routes.includes(r.id);
      map.setFeatureState({ source: 'routes', id: r.id }, { selected, dim: view.emphasis.routes.length > 0 && !selected, [COMPARE_STATE]: compareState(r.id, compare) });
    }
    if (compare) {
      for (const id of ROUTE_LAYERS) map.setFilter(id, routeFilter(id, visibleKinds(view.layers), compare));
      map.setPaintProperty('route-label', 'text-color', routeLabelColour(view.contrast ? contrastTheme : lightTheme, compare));
    }
    for (const c of view.emphasis.countries) map.setFeatureState({ source: 'countries', id: c }, { highlight: true });
    for (const p of view.emphasis.places) map.setFeatureState({ source: 'places', id: p }, { selected: true });
    map.jumpTo({ ...view.camera, padding: view.padding ?? { top: 0, right: 0, bottom: 0, left: 0 } });
    map.triggerRepaint();
    await idle(map);
    const drawn = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = drawn.width;
    canvas.height = drawn.height;
    canvas.getContext('2d')!.drawImage(drawn, 0, 0);
    const centre = map.getCenter();
    const p = map.project(centre);
    const kmPerPixel = centre.distanceTo(map.unproject([p.x + 100, p.y])) / 100 / 1000;
    return { canvas, kmPerPixel, bearing: map.getBearing(), pixelRatio };
  };

  return {
    render,
    destroy: () => {
      map.remove();
      host.remove();
    },
  };
}

export async function renderSnapshot(atlas: AtlasData, view: SnapshotView): Promise<Snapshot> {
  const snapper = await createSnapshotter(atlas, { width: view.width, height: view.height, pixelRatio: view.pixelRatio }, view);
  try {
    return await snapper.render(view);
  } finally {
    snapper.destroy();
  }
}
