// Camera padding that keeps fitted routes clear of the side panel. The panel sits on the start
// side of the reading direction (left in English, right in Arabic); the map itself never mirrors.
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The legend sits on the end side; the panel on the start side. Both are kept clear. */
export function fitPadding(opts: { panelWidth: number; legendWidth?: number; dir: 'ltr' | 'rtl'; margin?: number; viewportWidth: number }): Padding {
  const margin = opts.margin ?? 48;
  // On narrow screens the panel covers the bottom, not a side; keep a plain margin.
  const panel = opts.viewportWidth - opts.panelWidth < 320 ? 0 : opts.panelWidth;
  const legend = opts.viewportWidth - panel - (opts.legendWidth ?? 0) < 320 ? 0 : (opts.legendWidth ?? 0);
  const start = panel + margin;
  const end = legend + margin;
  return opts.dir === 'rtl'
    ? { top: margin, bottom: margin, left: end, right: start }
    : { top: margin, bottom: margin, left: start, right: end };
}

/**
 * The fit padding still needed on top of the map's own padding: a slide camera leaves the card's
 * padding set on the map, and MapLibre adds both when it fits a box.
 */
export function beyond(wanted: Padding, current: Partial<Padding>): Padding {
  const less = (side: keyof Padding) => Math.max(0, wanted[side] - (current[side] ?? 0));
  return { top: less('top'), bottom: less('bottom'), left: less('left'), right: less('right') };
}
