// The map's relief, made at build time: a hillshade of the 20′ elevation grid (NOAA ETOPO5, public
// domain; data/physical/README.md), drawn into a Web Mercator picture for a MapLibre `image` source.
// An image source stretches its picture linearly between its four corners in Mercator space, so each
// row of the picture is one Mercator y: its latitude is computed, and the grid sampled there.
//
// The shade is a signed number per pixel (< 0 in shadow, > 0 lit, 0 flat), written as an 8-bit
// palette PNG whose colours are black (shadows) or white (lit slopes) with alpha: flats are clear,
// so the country colours show through unchanged. Only land is shaded (the sea floor of the context
// grid and the Caspian are masked out), and the picture fades out towards its borders.
import { deflateSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface ElevationGrid {
  west: number;
  south: number;
  east: number;
  north: number;
  cols: number;
  rows: number;
  /** Row-major metres, north row first; each value is the mean over its cell (cell-centred). */
  heights: ArrayLike<number>;
}

/** A picture in Web Mercator covering a longitude/latitude box. */
export interface MercatorRaster {
  west: number;
  south: number;
  east: number;
  north: number;
  width: number;
  height: number;
}

const RAD = Math.PI / 180;
/** Web Mercator y (radians of the unit sphere) of a latitude in degrees. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
/** The latitude in degrees of a Mercator y. */
export const latitudeOfY = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** The picture's box at `width` pixels; its height keeps Mercator's proportions (square pixels). */
export function mercatorRaster(box: { west: number; south: number; east: number; north: number }, width: number): MercatorRaster {
  const height = Math.round((width * (mercatorY(box.north) - mercatorY(box.south))) / ((box.east - box.west) * RAD));
  return { ...box, width, height };
}

/** The latitude of the centre of pixel row `row` (0 = top). */
export function rowLatitude(r: MercatorRaster, row: number): number {
  const top = mercatorY(r.north);
  const bottom = mercatorY(r.south);
  return latitudeOfY(top - ((row + 0.5) / r.height) * (top - bottom));
}

/** The longitude of the centre of pixel column `col` (0 = left). */
export function columnLongitude(r: MercatorRaster, col: number): number {
  return r.west + ((col + 0.5) / r.width) * (r.east - r.west);
}

/**
 * The grid's value at a point, interpolated bilinearly between cell centres (a value belongs to its
 * cell's centre); beyond the outermost centres the edge value holds.
 */
export function sampleBilinear(g: Omit<ElevationGrid, 'heights'>, values: ArrayLike<number>, lon: number, lat: number): number {
  const fc = Math.min(g.cols - 1, Math.max(0, ((lon - g.west) / (g.east - g.west)) * g.cols - 0.5));
  const fr = Math.min(g.rows - 1, Math.max(0, ((g.north - lat) / (g.north - g.south)) * g.rows - 0.5));
  const c0 = Math.floor(fc);
  const r0 = Math.floor(fr);
  const c1 = Math.min(g.cols - 1, c0 + 1);
  const r1 = Math.min(g.rows - 1, r0 + 1);
  const tc = fc - c0;
  const tr = fr - r0;
  const at = (r: number, c: number) => values[r * g.cols + c]!;
  const top = at(r0, c0) * (1 - tc) + at(r0, c1) * tc;
  const bottom = at(r1, c0) * (1 - tc) + at(r1, c1) * tc;
  return top * (1 - tr) + bottom * tr;
}

/** A field on the grid (heights, or anything computed per cell) resampled into the Mercator picture. */
export function resampleToMercator(g: Omit<ElevationGrid, 'heights'>, values: ArrayLike<number>, r: MercatorRaster): Float32Array {
  const out = new Float32Array(r.width * r.height);
  const lons = Array.from({ length: r.width }, (_, col) => columnLongitude(r, col));
  for (let row = 0; row < r.height; row++) {
    const lat = rowLatitude(r, row);
    for (let col = 0; col < r.width; col++) out[row * r.width + col] = sampleBilinear(g, values, lons[col]!, lat);
  }
  return out;
}

export interface ShadeOptions {
  /** Where the light comes from, degrees clockwise from north (315 = north-west). */
  azimuth: number;
  /** The light's height above the horizon, degrees. */
  altitude: number;
  /** Vertical exaggeration: a 20′ cell is ~30 km wide, so real slopes are a few degrees at most. */
  exaggeration: number;
  /** How much steepness alone darkens, whatever its direction (so ranges read from any side). */
  slopeWeight: number;
  /** Passes of a 1-2-1 blur over the heights first: generalises the grid's cell-sized bumps. */
  smooth: number;
}

export const SHADE: ShadeOptions = { azimuth: 315, altitude: 45, exaggeration: 18, slopeWeight: 0.15, smooth: 1 };

/** The heights (below 0 as 0) after `passes` of a separable 1-2-1 blur, edges held. */
export function smoothHeights(g: ElevationGrid, passes: number): Float32Array {
  const { cols, rows } = g;
  const a = Float32Array.from(g.heights, (h) => Math.max(0, h));
  const b = new Float32Array(a.length);
  for (let n = 0; n < passes; n++) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const k = r * cols + c;
        b[k] = (a[k - (c > 0 ? 1 : 0)]! + 2 * a[k]! + a[k + (c < cols - 1 ? 1 : 0)]!) / 4;
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const k = r * cols + c;
        a[k] = (b[k - (r > 0 ? cols : 0)]! + 2 * b[k]! + b[k + (r < rows - 1 ? cols : 0)]!) / 4;
      }
    }
  }
  return a;
}

const METRES_PER_DEGREE = 111_320;

/**
 * The signed shade of each grid cell against a flat cell: 0 where flat, < 0 in shadow, > 0 lit.
 * Heights below 0 count as 0 (the grid's sea floor would otherwise shade the coasts). Horn's
 * 3×3 gradient, with each cell's true size in metres (narrower to the north).
 */
export function shadeGrid(g: ElevationGrid, o: ShadeOptions = SHADE): Float32Array {
  const { cols, rows } = g;
  const heights = smoothHeights(g, o.smooth);
  const h = (r: number, c: number) => heights[Math.min(rows - 1, Math.max(0, r)) * cols + Math.min(cols - 1, Math.max(0, c))]!;
  const az = o.azimuth * RAD;
  const alt = o.altitude * RAD;
  const light = [Math.sin(az) * Math.cos(alt), Math.cos(az) * Math.cos(alt), Math.sin(alt)] as const;
  const flat = light[2];
  const dLon = (g.east - g.west) / cols;
  const dLat = (g.north - g.south) / rows;
  const out = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const lat = g.north - (r + 0.5) * dLat;
    const dx = dLon * METRES_PER_DEGREE * Math.cos(lat * RAD);
    const dy = dLat * METRES_PER_DEGREE;
    for (let c = 0; c < cols; c++) {
      const [a, b, cc] = [h(r - 1, c - 1), h(r - 1, c), h(r - 1, c + 1)];
      const [d, f] = [h(r, c - 1), h(r, c + 1)];
      const [gg, hh, i] = [h(r + 1, c - 1), h(r + 1, c), h(r + 1, c + 1)];
      // Rise to the east and to the north (row 0 is the north).
      const p = ((cc + 2 * f + i - (a + 2 * d + gg)) / (8 * dx)) * o.exaggeration;
      const q = ((a + 2 * b + cc - (gg + 2 * hh + i)) / (8 * dy)) * o.exaggeration;
      const len = Math.hypot(p, q, 1);
      const lit = (-p * light[0] - q * light[1] + light[2]) / len;
      // 1 - cos(slope): 0 when flat, growing with steepness in any direction.
      const steep = 1 - 1 / len;
      out[r * cols + c] = lit - flat - o.slopeWeight * steep;
    }
  }
  return out;
}

/**
 * The share (0–1) of each pixel covered by the polygons, with 4 sub-rows per pixel and exact
 * horizontal coverage along each: soft, antialiased edges.
 */
export function coverageMask(r: MercatorRaster, shapes: (Polygon | MultiPolygon)[], subRows = 4): Float32Array {
  const mask = new Float32Array(r.width * r.height);
  const top = mercatorY(r.north);
  const span = top - mercatorY(r.south);
  const toPixel = (p: Position): [number, number] => [
    ((p[0]! - r.west) / (r.east - r.west)) * r.width,
    ((top - mercatorY(Math.max(-85, Math.min(85, p[1]!)))) / span) * r.height,
  ];
  // Edges bucketed by the first sub-row they cross.
  const rowsTotal = r.height * subRows;
  const buckets: [number, number, number, number][][] = Array.from({ length: rowsTotal }, () => []);
  const rings = shapes.flatMap((s) => (s.type === 'Polygon' ? s.coordinates : s.coordinates.flat()));
  for (const ring of rings) {
    const pts = ring.map(toPixel);
    for (let k = 1; k < pts.length; k++) {
      const [x0, y0] = pts[k - 1]!;
      const [x1, y1] = pts[k]!;
      if (y0 === y1) continue;
      const [ya, yb] = y0 < y1 ? [y0, y1] : [y1, y0];
      // Sub-row s samples y = (s + 0.5) / subRows.
      const first = Math.max(0, Math.ceil(ya * subRows - 0.5));
      const last = Math.min(rowsTotal - 1, Math.ceil(yb * subRows - 0.5) - 1);
      if (first > last) continue;
      buckets[first]!.push([x0, y0, x1, y1]);
      // Remember where the edge ends through its own y range; checked per row below.
    }
  }
  const active: [number, number, number, number][] = [];
  for (let s = 0; s < rowsTotal; s++) {
    const y = (s + 0.5) / subRows;
    active.push(...buckets[s]!);
    const xs: number[] = [];
    for (let k = active.length - 1; k >= 0; k--) {
      const [x0, y0, x1, y1] = active[k]!;
      if (y >= Math.max(y0, y1)) {
        active.splice(k, 1);
        continue;
      }
      if (y < Math.min(y0, y1)) continue;
      xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
    xs.sort((a, b) => a - b);
    const row = Math.floor(s / subRows) * r.width;
    // Even–odd: land between each pair of crossings.
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const a = Math.max(0, xs[k]!);
      const b = Math.min(r.width, xs[k + 1]!);
      if (b <= a) continue;
      const ia = Math.floor(a);
      const ib = Math.min(r.width - 1, Math.floor(b));
      if (ia === ib) {
        mask[row + ia]! += (b - a) / subRows;
        continue;
      }
      mask[row + ia]! += (ia + 1 - a) / subRows;
      for (let x = ia + 1; x < ib; x++) mask[row + x]! += 1 / subRows;
      if (ib < r.width) mask[row + ib]! += (b - ib) / subRows;
    }
  }
  for (let k = 0; k < mask.length; k++) mask[k] = Math.min(1, mask[k]!);
  return mask;
}

/** 1 inside, easing to 0 at the picture's edges over `margin` (a share of width and of height). */
export function edgeFade(r: MercatorRaster, margin: { x: number; y: number }): Float32Array {
  const smooth = (t: number) => {
    const u = Math.min(1, Math.max(0, t));
    return u * u * (3 - 2 * u);
  };
  const fx = Array.from({ length: r.width }, (_, c) => smooth(Math.min(c + 0.5, r.width - c - 0.5) / (margin.x * r.width)));
  const out = new Float32Array(r.width * r.height);
  for (let row = 0; row < r.height; row++) {
    const fy = smooth(Math.min(row + 0.5, r.height - row - 0.5) / (margin.y * r.height));
    for (let c = 0; c < r.width; c++) out[row * r.width + c] = fx[c]! * fy;
  }
  return out;
}

export interface ReliefLook {
  /** Shade (see shadeGrid) at which a shadow reaches full strength. */
  shadowAt: number;
  /** Shade at which a lit slope reaches full strength. */
  lightAt: number;
  /** Opacity of the darkest shadow and of the brightest light, before the theme's own opacity. */
  shadowAlpha: number;
  lightAlpha: number;
  /** Steps on each side of flat. */
  levels: number;
  /** Shades below this share of full strength are clear; above it they start from nothing. */
  threshold: number;
  /** Above 1, hills stay quiet and only the great ranges stand out. */
  gamma: number;
  /** The colour of shadows (lit slopes are white): a warm dark grey sits better on the map's cream land than black. */
  shadow: [number, number, number];
}

export const LOOK: ReliefLook = { shadowAt: 0.3, lightAt: 0.3, shadowAlpha: 0.75, lightAlpha: 0.55, levels: 20, threshold: 0.06, gamma: 1.1, shadow: [64, 52, 38] };

/**
 * Palette indexes: `levels` is flat (clear), below it shadows (darker as the index falls), above it
 * light. Monotone in the shade, so PNG's row filters find small differences between neighbours.
 */
export function quantizeShade(shade: ArrayLike<number>, look: ReliefLook = LOOK): Uint8Array {
  const out = new Uint8Array(shade.length);
  for (let k = 0; k < shade.length; k++) {
    const s = shade[k]!;
    const t = s < 0 ? Math.max(-1, s / look.shadowAt) : Math.min(1, s / look.lightAt);
    // Faint shades ease to clear rather than stop at an edge, so flats stay exactly transparent.
    const v = Math.sign(t) * Math.pow(Math.max(0, Math.abs(t) - look.threshold) / (1 - look.threshold), look.gamma);
    out[k] = look.levels + Math.round(v * look.levels);
  }
  return out;
}

/** The palette (RGB) and its alphas for quantizeShade's indexes. */
export function reliefPalette(look: ReliefLook = LOOK): { rgb: Uint8Array; alpha: Uint8Array } {
  // Light is white, shadow `look.shadow`; the middle entry (flat) is fully clear.
  const n = 2 * look.levels + 1;
  const rgb = new Uint8Array(n * 3);
  const alpha = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = (i - look.levels) / look.levels;
    rgb.set(v > 0 ? [255, 255, 255] : look.shadow, i * 3);
    alpha[i] = Math.round(255 * Math.abs(v) * (v < 0 ? look.shadowAlpha : look.lightAlpha));
  }
  return { rgb, alpha };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** An 8-bit palette PNG (with transparency), each row filtered the way that leaves the smallest residue. */
export function encodePalettePng(width: number, height: number, indexes: Uint8Array, palette: { rgb: Uint8Array; alpha: Uint8Array }): Buffer {
  const raw = new Uint8Array(height * (width + 1));
  const zero = new Uint8Array(width);
  const candidate = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    const line = indexes.subarray(y * width, (y + 1) * width);
    const prev = y > 0 ? indexes.subarray((y - 1) * width, y * width) : zero;
    let best = 0;
    let bestCost = Infinity;
    let bestBytes = new Uint8Array(width);
    for (let f = 0; f < 5; f++) {
      let cost = 0;
      for (let x = 0; x < width; x++) {
        const a = x > 0 ? line[x - 1]! : 0;
        const b = prev[x]!;
        const c = x > 0 ? prev[x - 1]! : 0;
        const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (line[x]! - pred) & 0xff;
        candidate[x] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = f;
        bestBytes = candidate.slice();
      }
    }
    raw[y * (width + 1)] = best;
    raw.set(bestBytes, y * (width + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', palette.rgb),
    chunk('tRNS', palette.alpha),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface ReliefImage {
  png: Buffer;
  raster: MercatorRaster;
  /** The four corners for MapLibre's image source: top-left, top-right, bottom-right, bottom-left. */
  coordinates: [[number, number], [number, number], [number, number], [number, number]];
}

/** The palette indexes of the relief (see quantizeShade): shade, land mask and edge fade together. */
export function reliefIndexes(grid: ElevationGrid, raster: MercatorRaster, land: (Polygon | MultiPolygon)[] | null, look: ReliefLook = LOOK, shading: ShadeOptions = SHADE): Uint8Array {
  const shade = resampleToMercator(grid, shadeGrid(grid, shading), raster);
  const mask = land ? coverageMask(raster, land) : null;
  const fade = edgeFade(raster, { x: 0.06, y: 0.1 });
  for (let k = 0; k < shade.length; k++) shade[k] = shade[k]! * fade[k]! * (mask ? mask[k]! : 1);
  return quantizeShade(shade, look);
}

export function reliefImage(grid: ElevationGrid, width: number, land: (Polygon | MultiPolygon)[] | null, look: ReliefLook = LOOK): ReliefImage {
  const raster = mercatorRaster(grid, width);
  const png = encodePalettePng(raster.width, raster.height, reliefIndexes(grid, raster, land, look), reliefPalette(look));
  const { west, south, east, north } = grid;
  return { png, raster, coordinates: [[west, north], [east, north], [east, south], [west, south]] };
}
