// The height an embed asks its parent for. It is computed, not measured from a layout that fills
// the frame: the caption's own height plus a map height that follows the width. A frame that grows
// to it keeps the same width, so the answer stays the same: no feedback loop.

export const MAP_HEIGHT = { min: 240, max: 640, ratio: 0.62 } as const;
/** In a frame of fixed height the map keeps at least this much of it (embed.css says the same). */
export const MAP_MIN_HEIGHT = 200;

/** The map's preferred height for a frame this wide: a landscape map, never a sliver nor a wall. */
export function preferredMapHeight(width: number): number {
  return Math.round(Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, MAP_HEIGHT.ratio * width)));
}

/** What the whole embed needs: its caption (title, legend, credits) and the map below or above it. */
export function neededHeight(captionHeight: number, width: number): number {
  return Math.ceil(captionHeight) + preferredMapHeight(width);
}
