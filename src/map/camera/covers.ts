// Measures what covers the map: every element that declares itself with `data-cover` (panel or
// sheet, legend, slide card, deck controls, notices, the map's own control corners). Rectangles are
// read from the elements themselves, relative to the map's container, so the free area is right in
// both reading directions and at every size without knowing how the CSS lays them out.
import type { Rect } from './freeArea';

export const COVER_SELECTOR = '[data-cover]';

function visible(el: HTMLElement): boolean {
  if (el.closest('[hidden]')) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** The covers' rectangles now, relative to `map`'s top-left corner. */
export function measureCovers(root: ParentNode, map: HTMLElement): Rect[] {
  const m = map.getBoundingClientRect();
  const out: Rect[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(COVER_SELECTOR)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    out.push({ left: r.left - m.left, top: r.top - m.top, right: r.right - m.left, bottom: r.bottom - m.top });
  }
  return out;
}

const key = (rs: Rect[]) => rs.map((r) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',')).join(';');

/**
 * Calls `onChange` with the covers whenever they change: an element added or removed, resized
 * (ResizeObserver), moved by a class, style or direction change (MutationObserver), or the window
 * resized or turned. Measuring waits for the next frame, so a burst of changes is read once;
 * `onPending` hears at once that a measure is due, and again when it is done.
 */
export function watchCovers(root: HTMLElement, map: HTMLElement, onChange: (covers: Rect[]) => void, onPending: (due: boolean) => void = () => {}): () => void {
  let last = key(measureCovers(root, map));
  let frame = 0;
  const observed = new Set<Element>();
  const sizes = new ResizeObserver(() => schedule());

  const observeAll = () => {
    for (const el of root.querySelectorAll(COVER_SELECTOR)) {
      if (!observed.has(el)) {
        observed.add(el);
        sizes.observe(el);
      }
    }
  };

  const measure = () => {
    frame = 0;
    observeAll();
    const covers = measureCovers(root, map);
    const k = key(covers);
    if (k !== last) {
      last = k;
      onChange(covers);
    }
    onPending(false);
  };

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(measure);
    onPending(true);
  }

  const mutations = new MutationObserver((records) => {
    // The map redraws its canvas and the tooltip follows the pointer: neither moves a cover.
    if (records.every((r) => (r.target as Element).closest?.('.maplibregl-canvas-container, .map-tooltip'))) return;
    schedule();
  });
  mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'dir', 'data-cover', 'aria-expanded'] });
  sizes.observe(map);
  observeAll();
  window.addEventListener('resize', schedule);
  return () => {
    cancelAnimationFrame(frame);
    mutations.disconnect();
    sizes.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
