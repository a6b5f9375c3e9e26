// Builds an exported PNG of the current view, at screen size or as a 1920×1080 slide. The map is
// framed so that what the user sees in the app lies in the part of the image that the title band,
// legend, scale bar and attribution leave free; the slide is drawn at 1.5 device pixels per CSS
// pixel so that its labels and lines read from the back of a room.
import { atlas } from '../data/atlas';
import { translators } from '../i18n';
import { formatNumber, localDigits } from '../i18n/format';
import type { Insets, Rect, Size } from '../map/camera/freeArea';
import { viewFor } from '../map/camera/frame';
import { mapSize, visibleBox } from '../map/live';
import { renderSnapshot } from '../map/snapshot';
import type { AtlasState } from '../state/store';
import { latOf, lonOf, mercX, mercY, type BBox } from '../view/bounds';
import { sceneOf, type SceneState } from '../view/scene';
import { attribution, legendRows, viewTitle, type LegendRow } from '../view/words';
import { canvasMeasure, compose, coversOf, layoutChoices, type ComposeLayout } from './compose';

export const SLIDE_SIZE = { width: 1920, height: 1080 };
/** The slide is a 1280×720 map drawn at 1.5×: labels of 11.5–13 px come out at 17–20 px. */
export const SLIDE_PIXEL_RATIO = 1.5;

/** A legend text 10% smaller is worth it only if the view comes out this much larger (zoom levels). */
const SMALLER_TEXT_COST = 0.15;

/** What the last export drew, for the browser tests: image size, the map's camera, the covers. */
export interface ExportRecord {
  size: Size;
  pixelRatio: number;
  /** The map's camera, in CSS pixels of the off-screen map (image pixels / pixelRatio). */
  camera: { center: [number, number]; zoom: number; padding: Insets };
  /** The box framed: what the user saw in the app. */
  box: BBox;
  /** The legend's text size, as a share of the designed one. */
  legendScale: number;
  /** In image pixels. */
  covers: { band: Rect; legend: Rect | null; scale: Rect; north: Rect; attribution: Rect };
  legend: { type: LegendRow['type']; kind: string; label: { en: string; ar: string } }[];
}

export { translators };

const TILE = 512;

/** The box (west, south, east, north) that a rectangle of the map shows, for a camera whose centre is the middle of the padded area. */
function boxOf(camera: { center: [number, number]; zoom: number; padding: Insets }, size: Size, r: Rect): BBox {
  const scale = TILE * 2 ** camera.zoom;
  const ax = (camera.padding.left + size.width - camera.padding.right) / 2;
  const ay = (camera.padding.top + size.height - camera.padding.bottom) / 2;
  const lon = (x: number) => lonOf(mercX(camera.center[0]) + (x - ax) / scale);
  const lat = (y: number) => latOf(mercY(camera.center[1]) + (y - ay) / scale);
  return [lon(r.left), lat(r.bottom), lon(r.right), lat(r.top)];
}

const rowsKey = (rows: LegendRow[]) => rows.map((r) => `${r.type}:${r.type === 'fill' ? r.fill : r.kind}:${r.type === 'route' || r.type === 'compare' ? `${r.status}:${r.leg}` : ''}`).join('|');

/**
 * The map of a state as a picture, with title, legend, scale, north arrow and attribution.
 * `seen`: what to frame (default: what the user sees now); `untitled`: the title band left empty,
 * for a title written over it as text (PowerPoint).
 */
export async function exportImage(s: SceneState & Pick<AtlasState, 'digits'>, opts: ImageOptions): Promise<Blob> {
  return (await exportPicture(s, opts)).blob;
}

export interface ImageOptions { size: 'screen' | 'slide'; bilingual: boolean; seen?: { box: BBox; maxZoom: number }; untitled?: boolean }

/** The picture, and where its title band and the other things over the map are (image pixels). */
export async function exportPicture(s: SceneState & Pick<AtlasState, 'digits'>, opts: ImageOptions): Promise<{ blob: Blob; size: Size; band: Rect; covers: Rect[]; attribution: Rect }> {
  const pixelRatio = opts.size === 'slide' ? SLIDE_PIXEL_RATIO : 1;
  const size = opts.size === 'slide' ? SLIDE_SIZE : mapSize();
  // The off-screen map's own size, in CSS pixels.
  const css = { width: Math.round(size.width / pixelRatio), height: Math.round(size.height / pixelRatio) };
  const scene = sceneOf(s, atlas);
  const seen = opts.seen ?? visibleBox() ?? { box: scene.camera.target.box, maxZoom: 7 };
  const t = translators();
  await Promise.all([document.fonts.load(`700 20px 'Atlas Sans'`, 'Aأ'), document.fonts.load(`400 20px 'Atlas Sans'`, 'Aأ')]);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d')!;
  const measure = canvasMeasure(ctx);

  // Of the ways to lay the legend out (columns; a smaller text for a long one), the one that shows
  // the view largest, framed into what the covers leave free; a smaller text has to earn its place.
  const frame = (legend: LegendRow[]) => {
    let best: { layout: ComposeLayout; view: ReturnType<typeof viewFor>; score: number } | null = null;
    for (const layout of layoutChoices(size, { lang: s.lang, bilingual: opts.bilingual, legend }, measure)) {
      const covers = coversOf(layout).map((r) => ({ left: r.left / pixelRatio, top: r.top / pixelRatio, right: r.right / pixelRatio, bottom: r.bottom / pixelRatio }));
      const view = viewFor({ key: 'export', box: seen.box, maxZoom: seen.maxZoom }, css, covers);
      const score = view.zoom - SMALLER_TEXT_COST * (1 - layout.legendScale) / 0.1;
      if (!best || score > best.score + 1e-9) best = { layout, view, score };
    }
    return { layout: best!.layout, view: best!.view, legend };
  };
  // The legend's size decides the free area, which decides the camera, which decides what the
  // legend lists: start from what the user sees, then list what the framed image shows (between
  // the title band and the attribution) and frame once more if that changed the legend.
  let framed = frame(legendRows(scene, atlas, t, seen.box));
  const shown = boxOf(framed.view, css, { left: 0, right: css.width, top: framed.layout.band.bottom / pixelRatio, bottom: framed.layout.attribution.top / pixelRatio });
  const legend = legendRows(scene, atlas, t, shown);
  if (rowsKey(legend) !== rowsKey(framed.legend)) framed = frame(legend);
  const { layout, view } = framed;

  // The scene as the map shows it (the network of its year, a comparison in its colours), framed for the image.
  const snap = await renderSnapshot(scene, { ...css, pixelRatio }, { center: view.center, zoom: view.zoom, padding: view.padding });
  // Arabic text in the image follows the digits setting, as the app does.
  const arDigits = (x: { en: string; ar: string }) => ({ en: x.en, ar: localDigits(x.ar, s.digits) });
  compose(ctx, snap.canvas, {
    lang: s.lang,
    bilingual: opts.bilingual,
    title: opts.untitled ? { en: '', ar: '' } : arDigits(viewTitle(scene, atlas, t)),
    subtitle: opts.untitled ? { en: '', ar: '' } : { en: `${t.en('app.title')} · ${t.en('app.subtitle')}`, ar: `${t.ar('app.title')} · ${t.ar('app.subtitle')}` },
    legend: framed.legend,
    attribution: arDigits(attribution(scene, atlas, t)),
    scaleLabel: (km, lang) => t[lang]('unit.km', { value: formatNumber(km, lang, lang === 'ar' ? s.digits : 'latn') }),
    northLabel: { en: t.en('export.north'), ar: t.ar('export.north') },
  }, { width: size.width, height: size.height, kmPerPixel: snap.kmPerPixel / snap.pixelRatio, bearing: snap.bearing, layout });

  const record: ExportRecord = {
    size, pixelRatio: snap.pixelRatio, legendScale: layout.legendScale, camera: { center: view.center, zoom: view.zoom, padding: view.padding }, box: seen.box,
    covers: { band: layout.band, legend: layout.legend, scale: layout.scale, north: layout.north, attribution: layout.attribution },
    legend: framed.legend.map((r) => ({ type: r.type, kind: r.type === 'fill' ? r.fill : r.kind, label: r.label })),
  };
  (window as unknown as { __corridorAtlasLastExport?: ExportRecord }).__corridorAtlasLastExport = record;
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty image'))), 'image/png'));
  const covers = [layout.legend, layout.scale, layout.north].filter((r): r is Rect => r !== null);
  return { blob, size, band: layout.band, covers, attribution: layout.attribution };
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
