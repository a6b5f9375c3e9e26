// Boxes on the map: west, south, east, north in degrees. Pure and free of turf, so the app's
// bundle carries none of the build's geometry code.
import type { Position } from 'geojson';

export type BBox = [number, number, number, number];

/** The box around these positions. */
export function boundsOf(positions: Position[]): BBox {
  if (positions.length === 0) throw new Error('boundsOf needs at least one position');
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    w = Math.min(w, p[0]!);
    s = Math.min(s, p[1]!);
    e = Math.max(e, p[0]!);
    n = Math.max(n, p[1]!);
  }
  return [w, s, e, n];
}

export function unionBounds(boxes: BBox[]): BBox {
  return boundsOf(boxes.flatMap((b) => [[b[0], b[1]], [b[2], b[3]]]));
}
