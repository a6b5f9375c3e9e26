// What the rest of the app may ask of the live map, without holding it: the part of the world the
// user sees, and the map's size (the PNG export frames the same). MapView registers its map here.
import type * as maplibregl from 'maplibre-gl';
import type { BBox } from '../view/bounds';

let live: maplibregl.Map | null = null;

export function setLiveMap(map: maplibregl.Map | null): void {
  live = map;
}

/**
 * What the user sees now: the box (west, south, east, north) of the map's free area, the part no
 * panel, legend or control covers. The map's padding is that area, so its corners are the padded
 * rectangle's. Null when there is no live map.
 */
export function visibleBox(): { box: BBox; maxZoom: number } | null {
  if (!live) return null;
  const map = live;
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

/** The live map's size in CSS pixels (a common screen's when there is none). */
export function mapSize(): { width: number; height: number } {
  const el = live?.getContainer();
  return { width: el?.clientWidth ?? 1280, height: el?.clientHeight ?? 800 };
}
