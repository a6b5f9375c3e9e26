// The free area: the part of the map canvas that nothing of ours covers (panel or sheet, legend,
// slide card, controls, notices). Pure: the covers come in as rectangles measured from the elements
// themselves (covers.ts), so the same function serves both reading directions and every size.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Distances from each edge of the canvas, as MapLibre's camera padding takes them. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const clampRect = (r: Rect, size: Size): Rect => ({
  left: Math.max(0, Math.min(size.width, r.left)),
  right: Math.max(0, Math.min(size.width, r.right)),
  top: Math.max(0, Math.min(size.height, r.top)),
  bottom: Math.max(0, Math.min(size.height, r.bottom)),
});

/**
 * The largest rectangle of the canvas that no cover overlaps. With `aspect` (the target's width
 * over its height, in screen pixels), the rectangle that holds the largest copy of the target wins
 * instead of the largest area: a wide route prefers a wide strip above a legend to a tall column
 * beside it. Any free rectangle's edges lie on the canvas edges or on cover edges, so trying every
 * pair of those is exact; with a dozen covers that is a few thousand candidates.
 */
export function freeRect(size: Size, covers: readonly Rect[], aspect?: number): Rect {
  const cs = covers.map((c) => clampRect(c, size)).filter((c) => c.right - c.left > 0 && c.bottom - c.top > 0);
  const whole = { left: 0, top: 0, right: size.width, bottom: size.height };
  if (cs.length === 0) return whole;
  const xs = [...new Set([0, size.width, ...cs.flatMap((c) => [c.left, c.right])])].sort((a, b) => a - b);
  const ys = [...new Set([0, size.height, ...cs.flatMap((c) => [c.top, c.bottom])])].sort((a, b) => a - b);
  let best: Rect = { left: 0, top: 0, right: 0, bottom: 0 };
  let bestScore = -1;
  let bestArea = -1;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const r = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
          const w = r.right - r.left;
          const h = r.bottom - r.top;
          const area = w * h;
          const score = aspect && aspect > 0 ? Math.min(w / aspect, h) : area;
          if (score < bestScore || (score === bestScore && area <= bestArea)) continue;
          if (cs.some((c) => overlaps(c, r))) {
            // Taller rectangles from this top edge only overlap more.
            break;
          }
          best = r;
          bestScore = score;
          bestArea = area;
        }
      }
    }
  }
  return best;
}

export function insetsOf(size: Size, r: Rect): Insets {
  return { top: r.top, left: r.left, right: Math.max(0, size.width - r.right), bottom: Math.max(0, size.height - r.bottom) };
}

export function rectOf(size: Size, i: Insets): Rect {
  return { left: i.left, top: i.top, right: size.width - i.right, bottom: size.height - i.bottom };
}

export function sameInsets(a: Insets, b: Insets, tolerance = 0.5): boolean {
  return Math.abs(a.top - b.top) <= tolerance && Math.abs(a.right - b.right) <= tolerance &&
    Math.abs(a.bottom - b.bottom) <= tolerance && Math.abs(a.left - b.left) <= tolerance;
}
