// Holds the map's drawing while what it shows is incomplete, so each view is drawn once: the
// first view, and the labels after a language switch.
//
// Why: in software WebGL (the machines this atlas is measured on, and many locked-down briefing-room
// PCs) every drawn frame costs 150–500 ms, mostly the compositor reading the picture back. Left
// alone, MapLibre draws a frame for the style, another when the sources are indexed and one per
// batch of tiles; after a language switch, one per tile laid out again. Nobody needs to see those.
// While the gate is shut the screen keeps the last frame drawn.
//
// How: MapLibre has no public "pause", so this wraps the one internal it draws through,
// `map.painter.render`, and lets nothing through until the style and every tile in view are
// loaded and label placement has settled (`map._placementDirty`). It opens at that point, on a
// timeout, or on any map error, so a source that never loads cannot leave the map blank or stale.
// Everything that relies on MapLibre internals is in this file; e2e/explore.e2e.ts checks, on the
// real MapLibre, that the gate found what it needs and opened by itself.
import type * as maplibregl from 'maplibre-gl';

/** How a hold ended: the view was complete, a timeout or error opened it, or the gate could not be installed. */
export type GateOutcome = 'complete' | 'timeout' | 'error' | 'unsupported';

interface Internals {
  painter?: { render?: (...args: unknown[]) => void };
  _placementDirty?: unknown;
}

export interface DrawGate {
  /** Draws nothing more until the view is complete (or `timeoutMs` has passed); `onOpen` says how it ended. */
  hold: (timeoutMs: number, onOpen?: (how: GateOutcome) => void) => void;
  /** Puts MapLibre's own drawing back. */
  remove: () => void;
}

export function createDrawGate(map: maplibregl.Map): DrawGate {
  const internals = map as unknown as Internals;
  const painter = internals.painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') {
    return { hold: (_ms, onOpen) => onOpen?.('unsupported'), remove: () => {} };
  }
  let shut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let notify: ((how: GateOutcome) => void) | undefined;
  const open = (how: GateOutcome) => {
    if (!shut) return;
    shut = false;
    clearTimeout(timer);
    map.off('error', onError);
    const done = notify;
    notify = undefined;
    done?.(how);
    // The frame that was held back is drawn now.
    map.triggerRepaint();
  };
  const onError = () => open('error');
  // `_placementDirty` is unset until the first placement has run; only `true` holds the gate.
  const complete = () => map.isStyleLoaded() && map.areTilesLoaded() && internals._placementDirty !== true;
  painter.render = function gated(...args: unknown[]) {
    if (shut) {
      if (!complete()) return;
      open('complete');
    }
    render.apply(painter, args);
  };
  return {
    hold: (timeoutMs, onOpen) => {
      // A hold during a hold waits for the same complete view; both hear how it ended.
      const before = notify;
      notify = before && onOpen ? (how) => { before(how); onOpen(how); } : before ?? onOpen;
      clearTimeout(timer);
      timer = setTimeout(() => open('timeout'), timeoutMs);
      if (!shut) {
        shut = true;
        map.on('error', onError);
      }
    },
    remove: () => {
      open('complete');
      painter.render = render;
    },
  };
}
