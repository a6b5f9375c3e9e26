// Composes an exported image: the map, a title band, the legend of what is shown, a scale bar, a
// north arrow and the attribution. Laid out from the start side of the language: right in Arabic.
import type { Lang, Text } from '../data/types';
import type { Rect, Size } from '../map/camera/freeArea';
import { lightTheme } from '../map/theme';
import { patternOf } from '../map/sources';
import { UI_FAMILY } from '../styles/fonts';
import type { LegendRow } from '../view/words';

/** One row of the legend: a route kind and status (or its sea legs), a kind of place, or a country fill. */
export interface Composition {
  lang: Lang;
  bilingual: boolean;
  title: Text;
  subtitle: Text;
  legend: LegendRow[];
  attribution: Text;
  scaleLabel: (km: number, lang: Lang) => string;
  northLabel: Text;
}

/** The width of a line of text in the given font size, in pixels. */
export type Measure = (text: string, px: number, bold?: boolean) => number;

/** Where compose draws each of its parts over the map, in image pixels. */
export interface ComposeLayout {
  /** One layout unit: the parts grow with the image. */
  unit: number;
  margin: number;
  /** The title band across the top. */
  band: Rect;
  /** The legend box in the bottom start corner, or null when there is nothing to list. */
  legend: Rect | null;
  /** How the legend's rows are laid out: columns from the start side, each as wide as its text. */
  legendColumns: { rows: LegendRow[]; width: number; mainWidth: number }[];
  /** The legend's text size, as a share of the designed one. */
  legendScale: number;
  /** The scale bar at its longest, in the bottom end corner. */
  scale: Rect;
  /** The north arrow and its letter, above the scale bar. */
  north: Rect;
  /** The attribution strip along the bottom. */
  attribution: Rect;
}

const DASH: Record<ReturnType<typeof patternOf>, number[]> = { solid: [], dash: [8, 5], dot: [2, 5], sea: [10, 5, 3, 5] };
const NICE_KM = [1, 2, 5, 10, 20, 50, 100, 200, 300, 500, 1000, 2000, 3000];
const SCALE_MAX = 180;

/** The longest round distance whose bar fits in maxPx. */
export function niceScale(kmPerPixel: number, maxPx: number): { km: number; px: number } {
  let best = { km: NICE_KM[0]!, px: NICE_KM[0]! / kmPerPixel };
  for (const km of NICE_KM) {
    const px = km / kmPerPixel;
    if (px <= maxPx) best = { km, px };
  }
  return best;
}

function font(px: number, bold = false): string {
  return `${bold ? 700 : 400} ${Math.round(px)}px '${UI_FAMILY}', sans-serif`;
}

/** Measures with a canvas in the UI font: the same widths compose draws with. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (s, px, bold) => {
    ctx.font = font(px, bold);
    return ctx.measureText(s).width;
  };
}

/** A rough measure for when no canvas is at hand (tests): about half an em a character. */
export const roughMeasure: Measure = (s, px, bold) => [...s].length * px * (bold ? 0.6 : 0.55);

/** Draws text from the start side; x is the start edge for that direction. */
function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, dir: 'ltr' | 'rtl') {
  ctx.direction = dir;
  ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
  ctx.fillText(s, x, y);
}

/** The sizes everything is drawn at, from the image size and the options: shared by layoutOf and compose. */
function metrics(size: Size, bilingual: boolean, legendScale = 1) {
  const { width: W, height: H } = size;
  const u = Math.max(1, Math.min(W, H * 1.6) / 1000);
  const m = 20 * u;
  const titlePx = 30 * u;
  const subPx = 17 * u;
  const otherPx = titlePx * 0.75;
  const rowPx = 16 * u * legendScale;
  const attrPx = 12 * u;
  return {
    u, m, titlePx, subPx, otherPx, rowPx, attrPx,
    bandH: m * 1.6 + titlePx + (bilingual ? otherPx * 1.3 : 0) + subPx * 1.5,
    rowH: rowPx * 1.7,
    swatchW: 40 * u * legendScale,
    gap: 10 * u * legendScale,
    pad: m * 0.6,
    attrH: attrPx * 2.2,
  };
}

type LayoutInput = { lang: Lang; bilingual: boolean; legend: readonly LegendRow[] };

/** Legend text sizes tried when a long legend leaves too little of the map (1 = as designed). */
export const LEGEND_SCALES = [1, 0.9, 0.8] as const;

/**
 * Every way to lay the image out with the legend `columns` wide at `legendScale` times its text
 * size: the title band, legend, scale bar, north arrow and attribution, and whether the legend fits
 * (under the title band, clear of the scale bar and north arrow).
 */
function arrange(size: Size, o: LayoutInput, measure: Measure, columns: number, legendScale: number): ComposeLayout & { fits: boolean } {
  const { width: W, height: H } = size;
  const k = metrics(size, o.bilingual, legendScale);
  const { u, m } = k;
  const rtl = o.lang === 'ar';
  const other: Lang = rtl ? 'en' : 'ar';
  const mirror = (r: Rect): Rect => (rtl ? { ...r, left: W - r.right, right: W - r.left } : r);

  const perColumn = Math.ceil(o.legend.length / columns);
  const legendColumns = Array.from({ length: columns }, (_, i) => o.legend.slice(i * perColumn, (i + 1) * perColumn))
    .filter((rows) => rows.length > 0)
    .map((rows) => {
      const widest = (l: Lang) => Math.max(0, ...rows.map((r) => measure(r.label[l], k.rowPx)));
      const mainWidth = widest(o.lang);
      const width = k.swatchW + k.gap + mainWidth + (o.bilingual ? k.gap * 3 + widest(other) : 0);
      return { rows, width, mainWidth };
    });
  const legendW = k.pad * 2 + legendColumns.reduce((sum, c) => sum + c.width, 0) + (legendColumns.length - 1) * k.gap * 3;
  const legendH = m + perColumn * k.rowH + m * 0.4;
  const ly = H - k.attrH - m - legendH;
  const legend = legendColumns.length ? mirror({ left: m, top: ly, right: m + legendW, bottom: ly + legendH }) : null;

  const barY = H - k.attrH - m - 10 * u;
  const scale = mirror({ left: W - m - SCALE_MAX * u - 8 * u, top: barY - 28 * u, right: W - m + 8 * u, bottom: barY + 12 * u });
  const ny = barY - 80 * u;
  const north = mirror({ left: W - m - 48 * u, top: ny - 30 * u - 13 * u, right: W - m, bottom: ny + 24 * u });
  const avail = H - k.bandH - k.attrH - 2 * m;
  const maxW = W - 2 * m - (SCALE_MAX + 16) * u - 2 * 10 * u;
  return {
    unit: u,
    margin: m,
    band: { left: 0, top: 0, right: W, bottom: k.bandH },
    legend,
    legendColumns,
    legendScale,
    scale,
    north,
    attribution: { left: 0, top: H - k.attrH, right: W, bottom: H },
    fits: legendH <= avail && legendW <= maxW,
  };
}

const strip = ({ fits: _fits, ...layout }: ComposeLayout & { fits: boolean }): ComposeLayout => layout;

/**
 * Where the title band, legend, scale bar, north arrow and attribution go on an image of `size`:
 * a pure function of the size, the language (Arabic mirrors the layout), the bilingual option and
 * the legend's rows (the box is as wide as its text). A long legend flows into columns rather than
 * climb towards the title band, as long as it stays clear of the scale bar and north arrow; it
 * stays one column when it can. The map's camera keeps what matters out of all of them.
 */
export function layoutOf(size: Size, o: LayoutInput, measure: Measure = roughMeasure): ComposeLayout {
  const options = Array.from({ length: Math.max(1, o.legend.length) }, (_, i) => arrange(size, o, measure, i + 1, 1));
  const m = options[0]!.margin;
  const avail = options[0]!.attribution.top - options[0]!.band.bottom - 2 * m;
  const height = (l: ComposeLayout) => (l.legend ? l.legend.bottom - l.legend.top : 0);
  const fitting = options.filter((l) => l.fits);
  const chosen =
    fitting.find((l) => height(l) <= avail * 0.6) ?? // the narrowest that stays low
    fitting.at(-1) ?? // else the lowest that stays clear of the scale bar
    options.find((l) => height(l) <= avail) ?? // else the narrowest that fits under the title band
    options.at(-1)!;
  return strip(chosen);
}

/**
 * Every layout whose legend fits, in one or more columns and at each of LEGEND_SCALES: the export
 * picks the one that leaves the map the most room. Never empty: with no fitting legend, layoutOf's.
 */
export function layoutChoices(size: Size, o: LayoutInput, measure: Measure = roughMeasure): ComposeLayout[] {
  const out = LEGEND_SCALES.flatMap((scale) =>
    Array.from({ length: Math.max(1, o.legend.length) }, (_, i) => arrange(size, o, measure, i + 1, scale)).filter((l) => l.fits).map(strip));
  return out.length ? out : [layoutOf(size, o, measure)];
}

/** The rectangles compose draws over the map: what the camera must keep the view out of. */
export function coversOf(layout: ComposeLayout): Rect[] {
  return [layout.band, layout.legend, layout.scale, layout.north, layout.attribution].filter((r): r is Rect => r !== null);
}

/**
 * Draws the image. `layout` is the one the camera was framed for (layoutOf or one of
 * layoutChoices, measured with this canvas); without it, layoutOf's.
 */
export function compose(ctx: CanvasRenderingContext2D, map: CanvasImageSource, c: Composition, opts: { width: number; height: number; kmPerPixel: number; bearing: number; layout?: ComposeLayout }) {
  const { width: W, height: H } = opts;
  const size = { width: W, height: H };
  const layout = opts.layout ?? layoutOf(size, c, canvasMeasure(ctx));
  const k = metrics(size, c.bilingual, layout.legendScale);
  const { u, m } = k;
  const rtl = c.lang === 'ar';
  const dir = rtl ? 'rtl' : 'ltr';
  const other: Lang = rtl ? 'en' : 'ar';
  const startX = (inset: number) => (rtl ? W - inset : inset);

  ctx.drawImage(map, 0, 0, W, H);

  // Title band across the top; in a bilingual image the other language gets its own line.
  const { titlePx, subPx, otherPx, rowPx, rowH, swatchW, gap, pad, attrPx, attrH } = k;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, W, layout.band.bottom);
  let y = m + titlePx * 0.9;
  ctx.fillStyle = '#1f1e1b';
  ctx.font = font(titlePx, true);
  text(ctx, fit(ctx, c.title[c.lang], W - 2 * m), startX(m), y, dir);
  if (c.bilingual) {
    y += otherPx * 1.3;
    ctx.font = font(otherPx, true);
    const otherDir = rtl ? 'ltr' : 'rtl';
    text(ctx, fit(ctx, c.title[other], W - 2 * m), otherDir === 'rtl' ? W - m : m, y, otherDir);
  }
  y += subPx * 1.4;
  ctx.font = font(subPx);
  ctx.fillStyle = '#57534b';
  text(ctx, fit(ctx, c.bilingual ? `${c.subtitle[c.lang]} · ${c.subtitle[other]}` : c.subtitle[c.lang], W - 2 * m), startX(m), y, dir);

  // Legend box in the bottom start corner, its columns from the start side, each as wide as its text.
  if (layout.legend) {
    const box = layout.legend;
    ctx.fillStyle = 'rgba(255,255,255,0.94)';
    ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
    let inset = pad; // from the box's start edge
    for (const column of layout.legendColumns) {
      const colStart = rtl ? box.right - inset : box.left + inset;
      const colEnd = rtl ? colStart - column.width : colStart + column.width;
      column.rows.forEach((row, i) => {
        const ry = box.top + m * 0.8 + i * rowH + rowH / 2;
        const sx = rtl ? colStart - swatchW : colStart;
        drawSwatch(ctx, row, sx, ry, swatchW, u);
        ctx.fillStyle = '#1f1e1b';
        ctx.font = font(rowPx);
        text(ctx, row.label[c.lang], rtl ? sx - gap : sx + swatchW + gap, ry + rowPx * 0.35, dir);
        if (c.bilingual) {
          ctx.fillStyle = '#57534b';
          text(ctx, row.label[other], colEnd, ry + rowPx * 0.35, rtl ? 'ltr' : 'rtl');
        }
      });
      inset += column.width + gap * 3;
    }
  }

  // Scale bar and north arrow in the bottom end corner.
  const scale = niceScale(opts.kmPerPixel, SCALE_MAX * u);
  const barY = H - attrH - m - 10 * u;
  const barX0 = rtl ? m : W - m - scale.px;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(barX0 - 8 * u, barY - 28 * u, scale.px + 16 * u, 40 * u);
  ctx.strokeStyle = '#1f1e1b';
  ctx.lineWidth = 3 * u;
  ctx.beginPath();
  ctx.moveTo(barX0, barY - 6 * u);
  ctx.lineTo(barX0, barY);
  ctx.lineTo(barX0 + scale.px, barY);
  ctx.lineTo(barX0 + scale.px, barY - 6 * u);
  ctx.stroke();
  ctx.fillStyle = '#1f1e1b';
  ctx.font = font(13 * u, true);
  ctx.direction = dir;
  ctx.textAlign = 'center';
  ctx.fillText(c.scaleLabel(scale.km, c.lang), barX0 + scale.px / 2, barY - 10 * u);

  const nx = rtl ? m + 24 * u : W - m - 24 * u;
  const ny = barY - 80 * u;
  ctx.save();
  ctx.translate(nx, ny);
  ctx.rotate((-opts.bearing * Math.PI) / 180);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.arc(0, 0, 24 * u, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#1f1e1b';
  ctx.beginPath();
  ctx.moveTo(0, -18 * u);
  ctx.lineTo(9 * u, 10 * u);
  ctx.lineTo(0, 4 * u);
  ctx.lineTo(-9 * u, 10 * u);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.font = font(13 * u, true);
  ctx.textAlign = 'center';
  ctx.fillText(c.northLabel[c.lang], nx, ny - 30 * u);

  // Attribution along the bottom.
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, H - attrH, W, attrH);
  ctx.fillStyle = '#3f3c36';
  // Shrink the attribution to fit rather than cut it: every source named there matters.
  let attrSize = attrPx;
  ctx.font = font(attrSize);
  while (attrSize > 7 && ctx.measureText(c.attribution[c.lang]).width > W - m) ctx.font = font((attrSize -= 0.5));
  text(ctx, c.attribution[c.lang], startX(m / 2), H - attrH / 2 + attrSize * 0.35, dir);
}

/** Cuts a line with an ellipsis so that it fits in maxPx with the current font. */
export function fit(ctx: CanvasRenderingContext2D, s: string, maxPx: number): string {
  if (ctx.measureText(s).width <= maxPx) return s;
  let cut = s;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawSwatch(ctx: CanvasRenderingContext2D, row: LegendRow, x: number, y: number, w: number, u: number) {
  const t = lightTheme;
  if (row.type === 'fill') {
    // A patch of land as the map fills it, with its border.
    const [fill, stroke] = row.fill === 'focus' ? [t.focusLand, t.focusBorder] : row.fill === 'highlight' ? [t.highlightLand, t.focusBorder] : [t.land, t.border];
    const h = 16 * u;
    ctx.fillStyle = fill;
    ctx.fillRect(x + w * 0.2, y - h / 2, w * 0.6, h);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1.5 * u;
    ctx.setLineDash([]);
    ctx.strokeRect(x + w * 0.2, y - h / 2, w * 0.6, h);
    return;
  }
  if (row.type === 'place') {
    // The dot the map draws for this kind of place (layers.ts: place-dot).
    const r = row.kind === 'capital' ? 5 : row.kind === 'city' ? 3.5 : 4.5;
    const fill = row.kind === 'border-crossing' ? t.crossing : row.kind === 'port' ? t.port : row.kind === 'gauge-break' ? t.gaugeBreak : t.place;
    const stroke = row.kind === 'border-crossing' ? t.place : t.halo;
    ctx.beginPath();
    ctx.arc(x + w / 2, y, r * 1.2 * u, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = stroke;
    ctx.lineWidth = (row.kind === 'border-crossing' ? 2 : 1.5) * 1.2 * u;
    ctx.setLineDash([]);
    ctx.stroke();
    return;
  }
  const colour = row.type === 'compare' ? row.colour : t.kinds[row.kind];
  const leg = row.type === 'compare' ? row.leg ?? 'land' : row.leg;
  const line = (stroke: string, width: number, dash: number[], alpha = 1) => {
    ctx.save();
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width * u;
    ctx.setLineDash(dash.map((d) => d * u));
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + w, y);
    ctx.stroke();
    ctx.restore();
  };
  if (row.kind === 'transport-corridor') line(colour, 12, [], 0.25);
  line('#ffffff', 6.5, []);
  line(colour, 3.5, DASH[patternOf(row.status, leg)]);
  if (row.kind === 'railway' && leg === 'land') line('#ffffff', 1.6, [1, 5]);
  if (row.kind === 'highway') line('#ffffff', 1.1, []);
}
