// Camera arithmetic in Web Mercator, pure: where to put the centre and how far to zoom so that a
// box fills a rectangle of the canvas. MapLibre draws 512-pixel tiles, so zoom z shows the world
// 512·2^z pixels wide. The map's padding is kept equal to the free area, so the centre returned
// here is the point at the middle of that area.
import { latOf, lonOf, mercX, mercY, type BBox } from '../../view/bounds';
import type { Rect, Size } from './freeArea';

const TILE = 512;

export interface FitCamera {
  center: [number, number];
  zoom: number;
  /** False when the box needs a zoom below `minZoom`: it is centred, but part of it is cut off. */
  fits: boolean;
}

/**
 * The camera that shows `box` as large as possible inside `area` (less `margin` on each side),
 * never closer than `maxZoom` nor further out than `minZoom`.
 */
export function fitCamera(box: BBox, area: Rect, opts: { margin: number; maxZoom: number; minZoom?: number }): FitCamera {
  const [w, s, e, n] = box;
  const dx = mercX(e) - mercX(w);
  const dy = mercY(s) - mercY(n);
  // A small area keeps at least a little margin rather than none; a zero-size one cannot fit.
  const margin = Math.min(opts.margin, (area.right - area.left) / 6, (area.bottom - area.top) / 6);
  const availW = area.right - area.left - 2 * margin;
  const availH = area.bottom - area.top - 2 * margin;
  const minZoom = opts.minZoom ?? 0;
  const center: [number, number] = [lonOf((mercX(w) + mercX(e)) / 2), latOf((mercY(s) + mercY(n)) / 2)];
  if (availW <= 0 || availH <= 0) return { center, zoom: minZoom, fits: false };
  const scales = [dx > 0 ? availW / (dx * TILE) : Infinity, dy > 0 ? availH / (dy * TILE) : Infinity];
  const wanted = Math.log2(Math.min(...scales));
  const zoom = Math.max(minZoom, Math.min(opts.maxZoom, wanted));
  return { center, zoom, fits: wanted >= minZoom - 1e-9 };
}

/** The lowest zoom at which a canvas of `size` stays inside `bounds` (MapLibre's maxBounds rule). */
export function minZoomInside(bounds: [[number, number], [number, number]], size: Size): number {
  const [[w, s], [e, n]] = bounds;
  const dx = mercX(e) - mercX(w);
  const dy = mercY(s) - mercY(n);
  return Math.log2(Math.max(size.width / (dx * TILE), size.height / (dy * TILE)));
}

/** Where a longitude/latitude lands on the canvas for a camera whose centre sits at `anchor`. */
export function projectWith(c: { center: [number, number]; zoom: number }, anchor: { x: number; y: number }, p: [number, number]): { x: number; y: number } {
  const scale = TILE * 2 ** c.zoom;
  return {
    x: anchor.x + (mercX(p[0]) - mercX(c.center[0])) * scale,
    y: anchor.y + (mercY(p[1]) - mercY(c.center[1])) * scale,
  };
}

/** The screen size of a box at zoom 0, in pixels: its aspect picks the best free rectangle. */
export function boxAspect(box: BBox): number {
  const dx = mercX(box[2]) - mercX(box[0]);
  const dy = mercY(box[1]) - mercY(box[3]);
  if (dx <= 0 || dy <= 0) return 1;
  return dx / dy;
}
