// The free area and the framing arithmetic, at the four sizes the atlas promises, in both directions.
import { describe, expect, it } from 'vitest';
import { boxAspect, fitCamera, minZoomInside, projectWith } from './fit';
import { freeRect, insetsOf, type Rect, type Size } from './freeArea';
import { viewFor } from './frame';

const SIZES: Size[] = [{ width: 390, height: 844 }, { width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1920, height: 1080 }];

/** The desktop layout in English: panel on the left, legend bottom right, zoom buttons top right. */
function desktopCovers(size: Size): Rect[] {
  return [
    { left: 12, top: 12, right: 412, bottom: size.height - 12 },
    { left: size.width - 262, top: size.height - 420, right: size.width - 12, bottom: size.height - 34 },
    { left: size.width - 40, top: 0, right: size.width, bottom: 100 },
  ];
}
/** The same layout in Arabic: everything mirrored. */
const mirror = (size: Size, rs: Rect[]): Rect[] => rs.map((r) => ({ ...r, left: size.width - r.right, right: size.width - r.left }));
/** The phone: a sheet at the bottom, the legend button top left, zoom buttons top right. */
const phoneCovers = (size: Size, sheet: number): Rect[] => [
  { left: 0, top: size.height - sheet, right: size.width, bottom: size.height },
  { left: 12, top: 12, right: 150, bottom: 48 },
  { left: size.width - 40, top: 0, right: size.width, bottom: 100 },
];
const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('freeRect', () => {
  it('is the whole canvas when nothing covers it', () => {
    expect(freeRect({ width: 800, height: 600 }, [])).toEqual({ left: 0, top: 0, right: 800, bottom: 600 });
  });

  for (const size of SIZES.slice(1)) {
    it(`at ${size.width}×${size.height} it lies beside the panel in English and mirrored in Arabic`, () => {
      const en = desktopCovers(size);
      const ar = mirror(size, en);
      const rEn = freeRect(size, en, 2);
      const rAr = freeRect(size, ar, 2);
      for (const c of en) expect(overlaps(rEn, c)).toBe(false);
      for (const c of ar) expect(overlaps(rAr, c)).toBe(false);
      expect(rEn.left).toBeGreaterThanOrEqual(412);
      expect(rAr.right).toBeLessThanOrEqual(size.width - 412);
      expect(rAr.right - rAr.left).toBeCloseTo(rEn.right - rEn.left, 6);
      expect(rAr.bottom - rAr.top).toBeCloseTo(rEn.bottom - rEn.top, 6);
    });
  }

  it('on a phone it is the map above the sheet', () => {
    const size = SIZES[0]!;
    const r = freeRect(size, phoneCovers(size, 150), 1.5);
    expect(r.bottom).toBeLessThanOrEqual(size.height - 150);
    expect(r.right - r.left).toBe(size.width);
    expect(r.top).toBe(100);
  });

  it('prefers the shape that holds the target largest, not the largest area', () => {
    // A tall column beside a box, or a wide strip above it.
    const size = { width: 1000, height: 600 };
    const covers = [{ left: 600, top: 200, right: 1000, bottom: 600 }];
    const wide = freeRect(size, covers, 5);
    const tall = freeRect(size, covers, 0.5);
    expect(wide).toEqual({ left: 0, top: 0, right: 1000, bottom: 200 });
    expect(tall).toEqual({ left: 0, top: 0, right: 600, bottom: 600 });
  });

  it('ignores covers outside the canvas and clamps those that reach past it', () => {
    const size = { width: 500, height: 500 };
    expect(freeRect(size, [{ left: 600, top: 0, right: 700, bottom: 500 }])).toEqual({ left: 0, top: 0, right: 500, bottom: 500 });
    expect(freeRect(size, [{ left: -50, top: -50, right: 100, bottom: 600 }])).toEqual({ left: 100, top: 0, right: 500, bottom: 500 });
  });

  it('gives MapLibre padding from the edges', () => {
    expect(insetsOf({ width: 1000, height: 600 }, { left: 420, top: 0, right: 960, bottom: 560 })).toEqual({ top: 0, left: 420, right: 40, bottom: 40 });
  });
});

describe('fitCamera', () => {
  const box: [number, number, number, number] = [60, 38, 80, 46];
  const area = { left: 400, top: 0, right: 1200, bottom: 700 };

  it('puts the whole box inside the area, less the margin, touching it on one axis', () => {
    const c = fitCamera(box, area, { margin: 20, maxZoom: 10 });
    const anchor = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
    const sw = projectWith(c, anchor, [box[0], box[1]]);
    const ne = projectWith(c, anchor, [box[2], box[3]]);
    expect(sw.x).toBeGreaterThanOrEqual(area.left + 20 - 1e-6);
    expect(ne.x).toBeLessThanOrEqual(area.right - 20 + 1e-6);
    expect(ne.y).toBeGreaterThanOrEqual(area.top + 20 - 1e-6);
    expect(sw.y).toBeLessThanOrEqual(area.bottom - 20 + 1e-6);
    const touches = Math.abs(sw.x - (area.left + 20)) < 1e-6 || Math.abs(ne.y - (area.top + 20)) < 1e-6;
    expect(touches).toBe(true);
    expect(c.fits).toBe(true);
  });

  it('stops at maxZoom for a single place, and says when a box needs more room than the zoom limit allows', () => {
    expect(fitCamera([70, 40, 70, 40], area, { margin: 20, maxZoom: 7 }).zoom).toBe(7);
    const cramped = fitCamera([-20, -40, 160, 70], { left: 0, top: 0, right: 100, bottom: 80 }, { margin: 10, maxZoom: 7, minZoom: 2 });
    expect(cramped.fits).toBe(false);
    expect(cramped.zoom).toBe(2);
  });

  it('knows how far out a canvas may go inside bounds', () => {
    // The whole world is 512 px wide at zoom 0: 1024 px needs zoom 1.
    expect(minZoomInside([[-180, -85.05], [180, 85.05]], { width: 1024, height: 500 })).toBeCloseTo(1, 2);
  });

  it('measures a box by its shape on screen', () => {
    expect(boxAspect([0, 0, 10, 10])).toBeCloseTo(1, 1);
    expect(boxAspect([0, 60, 10, 70])).toBeLessThan(0.5);
  });
});

describe('viewFor', () => {
  it('frames a target beside the panel in both directions at every desktop size', () => {
    for (const size of SIZES.slice(1)) {
      for (const covers of [desktopCovers(size), mirror(size, desktopCovers(size))]) {
        const target = { key: 't', box: [46, 31, 106, 55] as [number, number, number, number], maxZoom: 7 };
        const v = viewFor(target, size, covers);
        expect(v.fits).toBe(true);
        const area = { left: v.padding.left, top: v.padding.top, right: size.width - v.padding.right, bottom: size.height - v.padding.bottom };
        for (const c of covers) expect(overlaps(area, c)).toBe(false);
        const anchor = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
        for (const corner of [[46, 31], [106, 55]] as [number, number][]) {
          const p = projectWith(v, anchor, corner);
          expect(p.x).toBeGreaterThanOrEqual(area.left);
          expect(p.x).toBeLessThanOrEqual(area.right);
          expect(p.y).toBeGreaterThanOrEqual(area.top);
          expect(p.y).toBeLessThanOrEqual(area.bottom);
        }
      }
    }
  });
});
