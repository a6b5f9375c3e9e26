// Camera padding that keeps fitted routes clear of the side panel. The panel sits on the start
// side of the reading direction (left in English, right in Arabic); the map itself never mirrors.
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function fitPadding(opts: { panelWidth: number; dir: 'ltr' | 'rtl'; margin?: number; viewportWidth: number }): Padding {
  const margin = opts.margin ?? 48;
  // On narrow screens the panel covers the bottom, not a side; keep a plain margin.
  const panel = opts.viewportWidth - opts.panelWidth < 320 ? 0 : opts.panelWidth;
  const start = panel + margin;
  return opts.dir === 'rtl'
    ? { top: margin, bottom: margin, left: margin, right: start }
    : { top: margin, bottom: margin, left: start, right: margin };
}
