// Boxes on the map (west, south, east, north in degrees) and the Web Mercator plane the map draws
// on (0–1 across the world). Pure and free of turf, so the app's bundle carries none of the build's
// geometry code.
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

const MAX_LAT = 85.051129;

export const mercX = (lon: number) => (lon + 180) / 360;
export function mercY(lat: number): number {
  const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2;
}
export const lonOf = (x: number) => x * 360 - 180;
export const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
