// Composes an exported image: the map, a title band, the legend of what is shown, a scale bar, a
// north arrow and the attribution. Laid out from the start side of the language: right in Arabic.
import type { Lang, RouteKind, RouteStatus } from '../data/types';
import { lightTheme } from '../map/theme';
import { patternOf } from '../map/sources';
import { UI_FAMILY } from '../styles/fonts';

export interface LegendRow {
  kind: RouteKind;
  status: RouteStatus;
  leg: 'land' | 'sea';
  label: { en: string; ar: string };
}

export interface Composition {
  lang: Lang;
  bilingual: boolean;
  title: { en: string; ar: string };
  subtitle: { en: string; ar: string };
  legend: LegendRow[];
  attribution: { en: string; ar: string };
  scaleLabel: (km: number, lang: Lang) => string;
  northLabel: { en: string; ar: string };
}

const DASH: Record<ReturnType<typeof patternOf>, number[]> = { solid: [], dash: [8, 5], dot: [2, 5], sea: [10, 5, 3, 5] };
const NICE_KM = [1, 2, 5, 10, 20, 50, 100, 200, 300, 500, 1000, 2000, 3000];

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

/** Draws text from the start side; x is the start edge for that direction. */
function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, dir: 'ltr' | 'rtl') {
  ctx.direction = dir;
  ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
  ctx.fillText(s, x, y);
}

export function compose(ctx: CanvasRenderingContext2D, map: CanvasImageSource, c: Composition, opts: { width: number; height: number; kmPerPixel: number; bearing: number }) {
  const { width: W, height: H } = opts;
  const u = Math.max(1, Math.min(W, H * 1.6) / 1000); // one layout unit
  const m = 20 * u;
  const rtl = c.lang === 'ar';
  const dir = rtl ? 'rtl' : 'ltr';
  const other: 'en' | 'ar' = rtl ? 'en' : 'ar';
  const startX = (inset: number) => (rtl ? W - inset : inset);

  ctx.drawImage(map, 0, 0, W, H);

  // Title band across the top; in a bilingual image the other language gets its own line.
  const titlePx = 30 * u;
  const subPx = 17 * u;
  const otherPx = titlePx * 0.75;
  const bandH = m * 1.6 + titlePx + (c.bilingual ? otherPx * 1.3 : 0) + subPx * 1.5;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, W, bandH);
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

  // Legend box in the bottom start corner, as wide as its longest label.
  const rowPx = 16 * u;
  const rowH = rowPx * 1.7;
  const swatchW = 40 * u;
  const gap = 10 * u;
  const pad = m * 0.6;
  const attrPx = 12 * u;
  const attrH = attrPx * 2.2;
  ctx.font = font(rowPx);
  const widest = (l: Lang) => Math.max(0, ...c.legend.map((r) => ctx.measureText(r.label[l]).width));
  const mainW = widest(c.lang);
  const otherW = c.bilingual ? widest(other) : 0;
  const legendW = pad * 2 + swatchW + gap + mainW + (c.bilingual ? gap * 3 + otherW : 0);
  const legendH = m + c.legend.length * rowH + m * 0.4;
  const lx = rtl ? W - m - legendW : m;
  const ly = H - attrH - m - legendH;
  if (c.legend.length > 0) {
    ctx.fillStyle = 'rgba(255,255,255,0.94)';
    ctx.fillRect(lx, ly, legendW, legendH);
    c.legend.forEach((row, i) => {
      const ry = ly + m * 0.8 + i * rowH + rowH / 2;
      const sx = rtl ? lx + legendW - pad - swatchW : lx + pad;
      drawSwatch(ctx, row, sx, ry, swatchW, u);
      ctx.fillStyle = '#1f1e1b';
      ctx.font = font(rowPx);
      text(ctx, row.label[c.lang], rtl ? sx - gap : sx + swatchW + gap, ry + rowPx * 0.35, dir);
      if (c.bilingual) {
        ctx.fillStyle = '#57534b';
        text(ctx, row.label[other], rtl ? lx + pad : lx + legendW - pad, ry + rowPx * 0.35, rtl ? 'ltr' : 'rtl');
      }
    });
  }

  // Scale bar and north arrow in the bottom end corner.
  const scale = niceScale(opts.kmPerPixel, 180 * u);
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
  const colour = lightTheme.kinds[row.kind];
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
  line(colour, 3.5, DASH[patternOf(row.status, row.leg)]);
  if (row.kind === 'railway' && row.leg === 'land') line('#ffffff', 1.6, [1, 5]);
  if (row.kind === 'highway') line('#ffffff', 1.1, []);
}
