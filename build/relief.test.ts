// The relief picture: Web Mercator rows, bilinear samples of the grid, a shade that leaves flats
// clear, the sea masked out, and a PNG that decodes to what was meant.
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { physicalFiles, readElevation, worldLand } from './physical';
import {
  LOOK, coverageMask, edgeFade, encodePalettePng, latitudeOfY, mercatorRaster, mercatorY, reliefImage, reliefIndexes, reliefPalette,
  resampleToMercator, rowLatitude, columnLongitude, sampleBilinear, shadeGrid, type ElevationGrid,
} from './relief';

const grid = readElevation(physicalFiles(path.resolve('data/physical')).elevation);

/** A small grid over 60–70°E, 30–40°N (1° cells) whose value is given per cell centre. */
function testGrid(value: (lon: number, lat: number) => number): ElevationGrid {
  const g = { west: 60, south: 30, east: 70, north: 40, cols: 10, rows: 10 };
  const heights = Array.from({ length: 100 }, (_, k) => value(g.west + (k % 10) + 0.5, g.north - Math.floor(k / 10) - 0.5));
  return { ...g, heights };
}

/** Reads back the palette indexes of a PNG written by encodePalettePng (undoing its row filters). */
function decodeIndexes(png: Buffer): { width: number; height: number; indexes: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const a = x > 0 ? out[y * width + x - 1]! : 0;
      const b = y > 0 ? out[(y - 1) * width + x]! : 0;
      const c = x > 0 && y > 0 ? out[(y - 1) * width + x - 1]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][f]!;
      out[y * width + x] = (raw[y * (width + 1) + 1 + x]! + pred) & 0xff;
    }
  }
  return { width, height, indexes: out };
}

describe('the Mercator picture', () => {
  const r = mercatorRaster(grid, 900);

  it('keeps Mercator proportions, so its pixels are square on the map', () => {
    expect(r.width).toBe(900);
    const widthRad = ((r.east - r.west) * Math.PI) / 180;
    expect(r.height).toBe(Math.round((900 * (mercatorY(60) - mercatorY(20))) / widthRad));
    expect(latitudeOfY(mercatorY(41.3))).toBeCloseTo(41.3, 10);
  });

  it('gives each row its latitude: the middle row lies at 43.2°N, not halfway between 20° and 60°', () => {
    expect(rowLatitude(r, 0)).toBeLessThan(60);
    expect(rowLatitude(r, 0)).toBeGreaterThan(59.9);
    expect(rowLatitude(r, r.height - 1)).toBeGreaterThan(20);
    expect(rowLatitude(r, r.height - 1)).toBeLessThan(20.1);
    // Between the two middle rows' centres lies Mercator's midpoint.
    const mid = (rowLatitude(r, r.height / 2 - 1) + rowLatitude(r, r.height / 2)) / 2;
    expect(mid).toBeCloseTo(latitudeOfY((mercatorY(60) + mercatorY(20)) / 2), 1);
    expect(mid).toBeCloseTo(43.2, 1);
    // Rows get taller towards the north: 1° of latitude takes more rows at 55°N than at 25°N.
    const rowAt = (lat: number) => Array.from({ length: r.height }, (_, i) => i).find((i) => rowLatitude(r, i) < lat)!;
    expect(rowAt(54) - rowAt(55)).toBeGreaterThan(1.5 * (rowAt(24) - rowAt(25)));
  });

  it('samples a cell at its centre exactly: the Issyk-Kul cell reads 1,619 m', () => {
    // The cell whose centre is 42.5°N 77.167°E (data/physical/README.md, validation table).
    const c = Math.floor((77.17 - grid.west) * 3);
    const row = Math.floor((grid.north - 42.5) * 3);
    const lon = grid.west + (c + 0.5) / 3;
    const lat = grid.north - (row + 0.5) / 3;
    expect(grid.heights[row * grid.cols + c]).toBe(1619);
    expect(sampleBilinear(grid, grid.heights, lon, lat)).toBeCloseTo(1619, 6);
    // Halfway to the next cell east, the mean of the two.
    const east = grid.heights[row * grid.cols + c + 1]!;
    expect(sampleBilinear(grid, grid.heights, lon + 1 / 6, lat)).toBeCloseTo((1619 + east) / 2, 6);
  });

  it('resamples each pixel at its own longitude and latitude', () => {
    // A field equal to each cell centre's latitude comes back, row by row, as the row's latitude.
    const g = testGrid((_, lat) => lat);
    const small = mercatorRaster(g, 50);
    const out = resampleToMercator(g, g.heights, small);
    for (const row of [5, 20, small.height - 8]) {
      expect(out[row * small.width + 25]).toBeCloseTo(rowLatitude(small, row), 4);
    }
    // And one equal to longitude, column by column, as the column's longitude.
    const byLon = testGrid((lon) => lon);
    const out2 = resampleToMercator(byLon, byLon.heights, small);
    expect(out2[10 * small.width + 20]).toBeCloseTo(columnLongitude(small, 20), 4);
  });
});

describe('the shade', () => {
  it('is clear on flat land, whatever its height', () => {
    const flat = testGrid(() => 1200);
    expect([...shadeGrid(flat)].every((s) => Math.abs(s) < 1e-9)).toBe(true);
    const idx = reliefIndexes(flat, mercatorRaster(flat, 60), null);
    const { alpha } = reliefPalette();
    expect([...idx].every((i) => alpha[i] === 0)).toBe(true);
  });

  it('is drawn on a slope: lit where the ground faces the north-west light, dark where it faces away', () => {
    const { alpha } = reliefPalette();
    // Rising 3 km towards the east over 10° (a west-facing slope), and towards the west.
    const facingWest = testGrid((lon) => (lon - 60) * 300);
    const facingEast = testGrid((lon) => (70 - lon) * 300);
    const lit = reliefIndexes(facingWest, mercatorRaster(facingWest, 60), null);
    const dark = reliefIndexes(facingEast, mercatorRaster(facingEast, 60), null);
    const centre = 30 * 60 + 30;
    expect(alpha[lit[centre]!]).toBeGreaterThan(0);
    expect(lit[centre]).toBeGreaterThan(LOOK.levels);
    expect(alpha[dark[centre]!]).toBeGreaterThan(0);
    expect(dark[centre]).toBeLessThan(LOOK.levels);
  });

  it('counts the sea floor as flat: below sea level is 0 m', () => {
    const trench = testGrid((lon) => (lon < 65 ? -3000 : 0));
    expect([...shadeGrid(trench)].every((s) => Math.abs(s) < 1e-9)).toBe(true);
  });

  it('masks what no land polygon covers, with soft edges, and fades out towards the borders', () => {
    const r = mercatorRaster({ west: 0, south: 0, east: 10, north: 10 }, 20);
    const westHalf = { type: 'Polygon' as const, coordinates: [[[-1, -1], [5.25, -1], [5.25, 11], [-1, 11], [-1, -1]]] };
    const mask = coverageMask(r, [westHalf]);
    const row = 10 * r.width;
    expect(mask[row + 3]).toBeCloseTo(1, 6);
    expect(mask[row + 10]).toBeCloseTo(0.5, 6); // 5.25° is the middle of pixel 10 (5–5.5°)
    expect(mask[row + 15]).toBe(0);
    const fade = edgeFade(r, { x: 0.2, y: 0.2 });
    expect(fade[0]).toBeLessThan(0.05);
    expect(fade[10 * r.width + 10]).toBe(1);
  });
});

describe('the PNG', () => {
  it('decodes to the palette indexes it was given, with clear flats', () => {
    const indexes = Uint8Array.from({ length: 7 * 5 }, (_, k) => (k * 7) % (2 * LOOK.levels + 1));
    const png = encodePalettePng(7, 5, indexes, reliefPalette());
    const back = decodeIndexes(png);
    expect(back.width).toBe(7);
    expect(back.height).toBe(5);
    expect([...back.indexes]).toEqual([...indexes]);
    expect(reliefPalette().alpha[LOOK.levels]).toBe(0);
  });

  it('of the real grid: small, clear over the Caspian and at its borders, shaded over the Tian Shan', () => {
    const image = reliefImage(grid, 900, worldLand());
    expect(image.png.length).toBeLessThan(40_000);
    expect(image.coordinates).toEqual([[25, 60], [120, 60], [120, 20], [25, 20]]);
    const { width, indexes } = decodeIndexes(image.png);
    const { alpha } = reliefPalette();
    const at = (lon: number, lat: number) => {
      const col = Math.floor(((lon - 25) / 95) * width);
      const row = Math.round(((mercatorY(60) - mercatorY(lat)) / (mercatorY(60) - mercatorY(20))) * image.raster.height);
      return alpha[indexes[row * width + col]!]!;
    };
    expect(at(25.1, 59.9)).toBe(0);
    expect(at(119.9, 20.1)).toBe(0);
    // The Caspian off the Alborz, whose slopes would otherwise shade the water.
    expect(at(51.5, 37.3)).toBe(0);
    expect(at(50.5, 42)).toBe(0);
    // The Tian Shan south of Issyk-Kul and the Pamirs are shaded somewhere near.
    const near = (lon: number, lat: number) => Math.max(...[-0.5, 0, 0.5].flatMap((dx) => [-0.5, 0, 0.5].map((dy) => at(lon + dx, lat + dy))));
    expect(near(78, 41.8)).toBeGreaterThan(20);
    expect(near(73, 38.5)).toBeGreaterThan(0);
    // The plains of western Siberia and the Turan lowland are left clear.
    expect(near(70, 55)).toBe(0);
    expect(near(62, 42)).toBe(0);
  });
});
