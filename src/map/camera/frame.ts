// The one place that moves the interactive map's camera. Every decision goes through the free
// area: the map's padding always equals it, so the map's centre is the middle of what the user can
// see, and a target is framed into it. What to do on each occasion:
//
//   a choice (selection, slide, R, Back)  → frame the new target (fly, or jump if motion is reduced)
//   the covers change (language switch, resize, turning a phone, legend, panel or sheet, slide card)
//                                         → frame the last target again, unless the user has moved
//                                           the camera since; then keep their centre and zoom
//   the target cannot fit                 → ask for room (fold the legend, lower the sheet) and let
//                                           the camera past the region's bounds; never a fixed centre
import * as maplibregl from 'maplibre-gl';
import { REGION_MAX_BOUNDS } from '../region';
import { boxAspect, fitCamera, minZoomInside } from './fit';
import { freeRect, insetsOf, sameInsets, type Insets, type Rect, type Size } from './freeArea';
import { measureCovers, watchCovers } from './covers';
import type { Target } from '../../view/target';

export interface View {
  center: [number, number];
  zoom: number;
  padding: Insets;
  fits: boolean;
  /** The camera must go past the region's bounds to show the whole target. */
  beyondBounds: boolean;
}

/** Room kept between the target and the edge of the free area. */
export function marginFor(size: Size): number {
  return size.width < 600 || size.height < 500 ? 24 : 40;
}

/** How to show `target` on a canvas of `size` with these covers: pure, also used for the first view. */
export function viewFor(target: Target, size: Size, covers: readonly Rect[]): View {
  const area = freeRect(size, covers, boxAspect(target.box));
  const fit = fitCamera(target.box, area, { margin: marginFor(size), maxZoom: target.maxZoom, minZoom: 0 });
  const beyondBounds = fit.zoom < minZoomInside(REGION_MAX_BOUNDS, size);
  return { center: fit.center, zoom: fit.zoom, padding: insetsOf(size, area), fits: fit.fits && !beyondBounds, beyondBounds };
}

/** The free area's insets when there is no target to shape it: the largest free rectangle. */
export function freeInsets(size: Size, covers: readonly Rect[], aspect?: number): Insets {
  return insetsOf(size, freeRect(size, covers, aspect));
}

/**
 * The map's first camera, for its constructor: the user's own (from a shared link) or the target
 * framed into the free area as the page is laid out now. Starting there draws everything once.
 */
export function startView(target: Target, container: HTMLElement, root: ParentNode, own: { center: [number, number]; zoom: number } | null): { center: [number, number]; zoom: number } {
  if (own) return own;
  const view = viewFor(target, { width: container.clientWidth, height: container.clientHeight }, measureCovers(root, container));
  return { center: view.center, zoom: view.zoom };
}

const SETTLE_MS = 120;
/** Below this width or height the map is not worth framing into. */
const MIN_FREE_PX = 80;

export interface Framer {
  /** Frames a target the user chose (or a slide), and forgets any camera of their own. */
  frame: (target: Target, opts: { duration: number }) => void;
  /** Back/Forward to a view where the user had moved the camera: that camera, as their own. */
  restore: (camera: { center: [number, number]; zoom: number; bearing: number; pitch: number }) => void;
  /** True when the user has moved the camera since the last framing. */
  userMoved: () => boolean;
  /** A change is on its way to the map (the bridge applies it after the next paint): not still yet. */
  hold: () => void;
  release: () => void;
  destroy: () => void;
}

export function createFramer(map: maplibregl.Map, opts: {
  root: HTMLElement;
  initial: Target;
  /** The first view was the user's own camera (from a shared link), not a framing. */
  userCamera: boolean;
  /** Called when a target does not fit: fold what can be folded. */
  askForRoom: () => void;
}): Framer {
  const container = map.getContainer();
  let covers: Rect[] = [];
  let target = opts.initial;
  let userMoved = opts.userCamera;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let flying = false;
  let holds = 0;
  let measuring = false;
  const size = (): Size => ({ width: container.clientWidth, height: container.clientHeight });
  // What the browser tests and the benchmark wait for, instead of a fixed time: 'moving' while a
  // change is due, the covers are to be measured, a relayout is pending or the camera moves;
  // 'still' once it rests. `data-view` names what was framed last ('own' for the user's camera).
  const mark = () => {
    container.dataset.camera = holds > 0 || measuring || settle !== undefined || map.isMoving() ? 'moving' : 'still';
  };
  const reduced = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const go = (view: View, duration: number, key: string) => {
    container.dataset.view = key;
    // Beyond the bounds only when the target needs it; back inside as soon as it does not.
    map.setMaxBounds(view.beyondBounds ? null : REGION_MAX_BOUNDS);
    const camera = { center: view.center, zoom: view.zoom, bearing: 0, pitch: 0, padding: view.padding };
    if (duration > 0 && !reduced()) {
      flying = true;
      map.flyTo({ ...camera, duration, essential: true });
    } else {
      map.jumpTo(camera);
    }
  };

  /** A choice asks for room when its target does not fit; a layout change takes the room it is given. */
  const show = (t: Target, duration: number, chosen: boolean) => {
    const view = viewFor(t, size(), covers);
    if (!view.fits && chosen) opts.askForRoom();
    go(view, duration, t.key);
  };

  /** The covers moved: keep the user's camera (new padding, same centre) or frame the target again. */
  const relayout = () => {
    settle = undefined;
    const s = size();
    const free = freeRect(s, covers);
    // The user has covered nearly all of the map on purpose (a sheet pulled up to read): leave it be.
    if (free.right - free.left < MIN_FREE_PX || free.bottom - free.top < MIN_FREE_PX) return mark();
    if (userMoved) {
      const padding = freeInsets(size(), covers, boxAspect(target.box));
      if (!sameInsets(padding, { top: 0, right: 0, bottom: 0, left: 0, ...map.getPadding() })) map.jumpTo({ padding });
      return mark();
    }
    // A slide flight under way goes on to the new framing rather than stopping short.
    show(target, flying && map.isMoving() ? 900 : 0, false);
    mark();
  };

  const stopCovers = watchCovers(opts.root, container, (next) => {
    covers = next;
    if (settle) clearTimeout(settle);
    settle = setTimeout(relayout, SETTLE_MS);
    mark();
  }, (due) => {
    measuring = due;
    mark();
  });
  // The constructor started at the first view (startView), made from these same covers: this sets
  // the padding that goes with it, before anything is drawn.
  covers = measureCovers(opts.root, container);
  if (userMoved) {
    container.dataset.view = 'own';
    map.jumpTo({ padding: freeInsets(size(), covers, boxAspect(target.box)) });
  } else go(viewFor(target, size(), covers), 0, target.key);
  mark();

  const onMoveStart = (e: { originalEvent?: Event }) => {
    mark();
    if (!e.originalEvent) return;
    userMoved = true;
    container.dataset.view = 'own';
    flying = false;
  };
  const onMoveEnd = () => {
    flying = false;
    mark();
  };
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);

  return {
    frame: (t, o) => {
      target = t;
      userMoved = false;
      if (settle) {
        clearTimeout(settle);
        settle = undefined;
      }
      show(t, o.duration, true);
      mark();
    },
    restore: (camera) => {
      userMoved = true;
      container.dataset.view = 'own';
      map.setMaxBounds(REGION_MAX_BOUNDS);
      map.jumpTo({ ...camera, padding: freeInsets(size(), covers, boxAspect(target.box)) });
      mark();
    },
    userMoved: () => userMoved,
    hold: () => {
      holds++;
      mark();
    },
    release: () => {
      holds = Math.max(0, holds - 1);
      mark();
    },
    destroy: () => {
      stopCovers();
      if (settle) clearTimeout(settle);
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
    },
  };
}
