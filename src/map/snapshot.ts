// Renders a view of the map off screen, at any size, for exports and the handout. It is a second,
// short-lived map: the interactive one is never resized or moved under the user.
import * as maplibregl from 'maplibre-gl';
import type { AtlasData, Lang, SlideCamera } from '../data/types';
import type { Emphasis } from '../state/emphasis';
import { absoluteUrl } from '../styles/fonts';
import { visibleKinds } from './bridge';
import { provideImages } from './images';
import { buildStyle } from './style';
import { contrastTheme, lightTheme } from './theme';

export interface SnapshotView {
  width: number;
  height: number;
  camera: SlideCamera;
  lang: Lang;
  layers: readonly string[];
  emphasis: Emphasis;
  contrast?: boolean;
}

export interface Snapshot {
  canvas: HTMLCanvasElement;
  /** Kilometres per CSS pixel at the centre, for the scale bar. */
  kmPerPixel: number;
  bearing: number;
}

/** The interactive map's current view, for "export what I see". */
export function currentCamera(): SlideCamera | null {
  const map = (window as unknown as { __corridorAtlasMap?: maplibregl.Map }).__corridorAtlasMap;
  if (!map) return null;
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

export function mapSize(): { width: number; height: number } {
  const el = document.querySelector<HTMLElement>('[data-testid="map"]');
  return { width: el?.clientWidth ?? 1280, height: el?.clientHeight ?? 800 };
}

function styleFor(atlas: AtlasData, view: Omit<SnapshotView, 'width' | 'height'>) {
  return buildStyle({
    atlas, theme: view.contrast ? contrastTheme : lightTheme, lang: view.lang, kinds: visibleKinds(view.layers),
    showPlaces: view.layers.includes('places'), resolveUrl: absoluteUrl,
  });
}

function idle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

/**
 * One hidden map that draws view after view at a fixed size: the handout draws every slide with
 * it rather than paying for a new map (workers, fonts, tiling) each time.
 */
export async function createSnapshotter(atlas: AtlasData, size: { width: number; height: number }, first: Omit<SnapshotView, 'width' | 'height'>) {
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
    pixelRatio: 1,
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
    for (const r of atlas.routes) {
      const selected = view.emphasis.routes.includes(r.id);
      map.setFeatureState({ source: 'routes', id: r.id }, { selected, dim: view.emphasis.routes.length > 0 && !selected });
    }
    for (const c of view.emphasis.countries) map.setFeatureState({ source: 'countries', id: c }, { highlight: true });
    for (const p of view.emphasis.places) map.setFeatureState({ source: 'places', id: p }, { selected: true });
    map.jumpTo(view.camera);
    map.triggerRepaint();
    await idle(map);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')!.drawImage(map.getCanvas(), 0, 0, size.width, size.height);
    const centre = map.getCenter();
    const p = map.project(centre);
    const kmPerPixel = centre.distanceTo(map.unproject([p.x + 100, p.y])) / 100 / 1000;
    return { canvas, kmPerPixel, bearing: map.getBearing() };
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
  const snapper = await createSnapshotter(atlas, view, view);
  try {
    return await snapper.render(view);
  } finally {
    snapper.destroy();
  }
}
