// Holds the map's first drawing until its first view is complete, so it is drawn once.
//
// Why: in software WebGL (the machines this atlas is measured on, and many locked-down briefing-room
// PCs) every drawn frame costs 150–500 ms, mostly the compositor reading the picture back. Left
// alone, MapLibre draws a frame for the style, another when the sources are indexed and one per
// batch of tiles: four or five frames nobody needs to see before the map is ready.
//
// How: MapLibre has no public "pause", so this wraps the one internal it draws through,
// `map.painter.render`, and lets nothing through until the style and every tile in view are
// loaded and label placement has settled (`map._placementDirty`). It opens for good at that point,
// on a timeout, or on any map error, so a source that never loads cannot leave the map blank.
// Everything that relies on MapLibre internals is in this file; e2e/explore.e2e.ts checks, on
// the real MapLibre, that the gate found what it needs and opened by itself.
import type * as maplibregl from 'maplibre-gl';

/** How the gate ended: opened when the view was complete, by timeout or error, or never installed. */
export type GateOutcome = 'complete' | 'timeout' | 'error' | 'unsupported';

interface Internals {
  painter?: { render?: (...args: unknown[]) => void };
  _placementDirty?: unknown;
}

export function gateFirstDraw(map: maplibregl.Map, opts: { timeoutMs: number; onOpen?: (how: GateOutcome) => void }): () => void {
  const internals = map as unknown as Internals;
  const painter = internals.painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') {
    opts.onOpen?.('unsupported');
    return () => {};
  }
  let open = false;
  const openGate = (how: GateOutcome) => {
    if (open) return;
    open = true;
    painter.render = render;
    clearTimeout(timer);
    map.off('error', onError);
    opts.onOpen?.(how);
    // The frame that was held back is drawn now.
    map.triggerRepaint();
  };
  const onError = () => openGate('error');
  // `_placementDirty` is unset until the first placement has run; only `true` holds the gate.
  const complete = () => map.isStyleLoaded() && map.areTilesLoaded() && internals._placementDirty !== true;
  painter.render = function gated(this: unknown, ...args: unknown[]) {
    if (!open && !complete()) return;
    openGate('complete');
    render.apply(painter, args);
  };
  const timer = setTimeout(() => openGate('timeout'), opts.timeoutMs);
  map.on('error', onError);
  return () => openGate('complete');
}
