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
  const endX = (inset: number) => (rtl ? inset : W - inset);

  ctx.drawImage(map, 0, 0, W, H);

  // Title band across the top.
  const titlePx = 30 * u;
  const subPx = 17 * u;
  const bandH = m * 1.6 + titlePx + subPx * 1.5 + (c.bilingual ? 0 : 0);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, W, bandH);
  ctx.fillStyle = '#1f1e1b';
  ctx.font = font(titlePx, true);
  text(ctx, c.title[c.lang], startX(m), m + titlePx * 0.9, dir);
  ctx.font = font(subPx);
  ctx.fillStyle = '#57534b';
  text(ctx, c.subtitle[c.lang], startX(m), m + titlePx + subPx * 1.2, dir);
  if (c.bilingual) {
    // The other language's title on the other side of the band.
    ctx.fillStyle = '#1f1e1b';
    ctx.font = font(titlePx * 0.8, true);
    text(ctx, c.title[other], endX(m), m + titlePx * 0.9, rtl ? 'ltr' : 'rtl');
    ctx.font = font(subPx);
    ctx.fillStyle = '#57534b';
    text(ctx, c.subtitle[other], endX(m), m + titlePx + subPx * 1.2, rtl ? 'ltr' : 'rtl');
  }

  // Legend box in the bottom start corner.
  const rowPx = 16 * u;
  const rowH = rowPx * 1.7;
  const swatchW = 40 * u;
  const attrPx = 12 * u;
  const attrH = attrPx * 2.2;
  const legendW = (c.bilingual ? 430 : 280) * u;
  const legendH = m + c.legend.length * rowH + m * 0.4;
  const lx = rtl ? W - m - legendW : m;
  const ly = H - attrH - m - legendH;
  if (c.legend.length > 0) {
    ctx.fillStyle = 'rgba(255,255,255,0.94)';
    ctx.fillRect(lx, ly, legendW, legendH);
    c.legend.forEach((row, i) => {
      const y = ly + m * 0.8 + i * rowH + rowH / 2;
      const sx = rtl ? lx + legendW - m * 0.6 - swatchW : lx + m * 0.6;
      drawSwatch(ctx, row, sx, y, swatchW, u);
      ctx.fillStyle = '#1f1e1b';
      ctx.font = font(rowPx);
      const tx = rtl ? sx - 8 * u : sx + swatchW + 8 * u;
      text(ctx, row.label[c.lang], tx, y + rowPx * 0.35, dir);
      if (c.bilingual) {
        ctx.fillStyle = '#57534b';
        text(ctx, row.label[other], rtl ? lx + m * 0.6 : lx + legendW - m * 0.6, y + rowPx * 0.35, rtl ? 'ltr' : 'rtl');
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
  ctx.font = font(attrPx);
  text(ctx, c.attribution[c.lang], startX(m / 2), H - attrH / 2 + attrPx * 0.35, dir);
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
