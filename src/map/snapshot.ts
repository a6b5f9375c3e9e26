// Draws scenes off screen, at any size, for exports, the presenter's previews and the handout. It
// is a second, short-lived map: the live one is never resized or moved under the user. It shows a
// scene as the live map does (styleOf, applyScene) at the camera its caller frames.
import * as maplibregl from 'maplibre-gl';
import type { Scene } from '../view/scene';
import { applyScene } from './applyScene';
import { createDrawGate } from './drawGate';
import type { Insets } from './camera/freeArea';
import { provideImages } from './images';
import { loadPhysical } from './physicalData';
import { styleOf } from './style';

/** Where the off-screen map looks: a centre and zoom, and the padding whose middle the centre is (none when left out). */
export interface SnapshotCamera {
  center: [number, number];
  zoom: number;
  padding?: Insets;
}

export interface Snapshot {
  /** The map as drawn: its CSS size times the pixel ratio. */
  canvas: HTMLCanvasElement;
  /** Kilometres per CSS pixel at the centre, for the scale bar. */
  kmPerPixel: number;
  bearing: number;
  pixelRatio: number;
}

/** A picture is drawn at the latest after this long, complete or not. */
const DRAW_TIMEOUT_MS = 10_000;

function idle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

export interface Snapshotter {
  render: (scene: Scene, camera: SnapshotCamera) => Promise<Snapshot>;
  destroy: () => void;
}

/**
 * One hidden map that draws scene after scene at a fixed size: the handout draws every slide with
 * it rather than paying for a new map (workers, fonts, tiling) each time.
 */
export async function createSnapshotter(size: { width: number; height: number; pixelRatio?: number }, first: Scene, at: SnapshotCamera): Promise<Snapshotter> {
  const pixelRatio = size.pixelRatio ?? 1;
  // The land beneath the routes, as the map shows it (a presenter window may not have loaded it yet).
  const physical = await loadPhysical().catch(() => null);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-20000px', top: '0', width: `${size.width}px`, height: `${size.height}px` });
  document.body.appendChild(host);
  const map = new maplibregl.Map({
    container: host,
    style: styleOf(first, physical),
    // Made where it will first look, so the tiles it loads are the ones it draws.
    center: at.center,
    zoom: at.zoom,
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
  applyScene(map, first, null, physical);
  let shown = first;
  // Each picture is drawn once, when its view is complete, not once per batch of tiles (drawGate.ts):
  // in software WebGL every frame of the hidden map costs as much as one of the live map.
  const gate = createDrawGate(map);

  const render = async (scene: Scene, camera: SnapshotCamera): Promise<Snapshot> => {
    gate.hold(DRAW_TIMEOUT_MS);
    applyScene(map, scene, shown, physical);
    shown = scene;
    map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: 0, pitch: 0, padding: camera.padding ?? { top: 0, right: 0, bottom: 0, left: 0 } });
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
      gate.remove();
      map.remove();
      host.remove();
    },
  };
}

/** One scene, drawn once at this size and camera. */
export async function renderSnapshot(scene: Scene, size: { width: number; height: number; pixelRatio?: number }, camera: SnapshotCamera): Promise<Snapshot> {
  const snapper = await createSnapshotter(size, scene, camera);
  try {
    return await snapper.render(scene, camera);
  } finally {
    snapper.destroy();
  }
}
