// Wires the store to the one live map: each change of the store becomes a scene (view/scene.ts),
// applied after the panels have painted; map events go back to the store. Nothing here renders
// React; the camera and hover never pass through React state.
import type * as maplibregl from 'maplibre-gl';
import type { AtlasData } from '../data/types';
import type { Digits } from '../i18n/format';
import type { AtlasStore } from '../state/store';
import { sceneOf, type MoveReason, type Scene } from '../view/scene';
import { applyScene } from './applyScene';
import type { Framer } from './camera/frame';
import { createControls } from './controls';
import type { DrawGate } from './drawGate';
import { PHYSICAL_SOURCE, physicalLayers, physicalSources, type PhysicalData } from './physicalLayers';
import { loadedPhysical, loadPhysical } from './physicalData';
import { watchPointer } from './pointer';
import { themeOf } from './style';

/** Fired on window when the map is first idle with all data drawn. */
export const MAP_READY_EVENT = 'corridor-atlas:map-ready';
/** New labels are shown at the latest after this long, laid out or not. */
const LABELS_TIMEOUT_MS = 5000;
/** How long the camera flies for each reason it moves: a choice is quick, a slide takes its time. */
const FLIGHT_MS: Record<MoveReason, number> = { frame: 900, restore: 900, slide: 2200, return: 0 };

interface BridgeOpts {
  map: maplibregl.Map;
  store: AtlasStore;
  atlas: AtlasData;
  tooltip: HTMLElement;
  /** The one mover of the camera (camera/frame.ts). */
  framer: Framer;
  /** Holds drawing while a view is incomplete (drawGate.ts). */
  gate: DrawGate;
  /** The scene the style was built from (MapView.tsx): only what differs from it is applied. */
  built: Scene;
}

export function connectMapToStore({ map, store, atlas, tooltip, framer, gate, built }: BridgeOpts): () => void {
  const host = map.getContainer();
  const controls = createControls(map, () => store.getState());
  let shown = built;
  let digits: Digits = store.getState().digits;
  let labelsPending = false;
  let stopped = false;

  /** The map shows `next`: the scene applied, the camera moved when the scene says so. */
  const show = (next: Scene, langTouched: boolean) => {
    const prev = shown;
    // The old labels stay on screen until the new ones are laid out and placed: one frame, not one per tile.
    if (next.lang !== prev.lang) gate.hold(LABELS_TIMEOUT_MS);
    applyScene(map, next, prev, loadedPhysical());
    shown = next;
    host.dataset.year = next.year === null ? 'today' : String(next.year);
    if (next.lang !== prev.lang) {
      controls.place(next.lang);
      labelsPending = true;
    } else if (langTouched) {
      // Switched there and back before the map's turn: its labels are already in this language,
      // and it says so as after any switch (one repaint, then idle marks labels-ready).
      labelsPending = true;
      map.triggerRepaint();
    }
    const { target, own, move } = next.camera;
    if (move.seq !== prev.camera.move.seq) {
      if (own && move.why !== 'frame') framer.restore(own);
      else framer.frame(target, { duration: FLIGHT_MS[move.why] });
    }
    const s = store.getState();
    if (s.digits !== digits) controls.relabel();
    digits = s.digits;
  };

  /** The land beneath the routes, added in its places in the layer order once its data has come. */
  const addPhysical = (data: PhysicalData) => {
    if (stopped) return;
    const ready = () => {
      host.dataset.physical = 'ready';
    };
    // A theme switch may have put them there already (setStyle with loadedPhysical()).
    if (map.getSource(PHYSICAL_SOURCE)) return ready();
    for (const [id, source] of Object.entries(physicalSources(data))) if (!map.getSource(id)) map.addSource(id, source);
    for (const { layer, before } of physicalLayers(themeOf(shown), shown.lang)) {
      if (!map.getLayer(layer.id)) map.addLayer(layer, map.getLayer(before) ? before : undefined);
    }
    map.once('idle', ready);
  };

  /** The camera goes into the store (and the address) only when it is the user's own. */
  const onMoveEnd = () => {
    if (!framer.userMoved()) return;
    const c = map.getCenter();
    store.getState().setCamera({ zoom: map.getZoom(), center: [c.lng, c.lat], bearing: map.getBearing(), pitch: map.getPitch() });
  };

  const onIdle = () => {
    if (!labelsPending) return;
    labelsPending = false;
    performance.mark('app:labels-ready');
    host.dataset.labelsLang = shown.lang;
  };

  let pendingFrame = 0;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs `work` just after the next frame has been painted. */
  const afterPaint = (work: () => void) => {
    pendingFrame = requestAnimationFrame(() => {
      pendingFrame = 0;
      pendingTimer = setTimeout(work, 0);
    });
  };

  let unsubscribe = () => {};
  let unwatchPointer = () => {};
  const start = () => {
    controls.place(built.lang);
    // The style holds everything of the scene it was built from but what is stressed.
    applyScene(map, built, null);
    show(sceneOf(store.getState(), atlas), false);
    unwatchPointer = watchPointer(map, store, atlas, tooltip, () => shown.compare);
    map.on('moveend', onMoveEnd);
    map.on('idle', onIdle);
    map.once('idle', () => {
      performance.mark('app:map-ready');
      window.dispatchEvent(new Event(MAP_READY_EVENT));
      host.dataset.ready = 'true';
      host.dataset.labelsLang = shown.lang;
      // Only now the land beneath the routes: its chunk, relief picture and layers cost the first view nothing.
      loadPhysical().then(addPhysical, (e: unknown) => console.warn('The relief and rivers could not be loaded:', e));
    });

    // Map work waits until the browser has painted what React just rendered: in software WebGL a
    // single map frame can take a few hundred ms, and a panel or a language switch should not wait
    // for it. Changes made before then are applied together, as one new scene.
    let due = false;
    let langTouched = false;
    unsubscribe = store.subscribe((next, prev) => {
      if (next.lang !== prev.lang) langTouched = true;
      if (due) return;
      due = true;
      framer.hold();
      afterPaint(() => {
        const touched = langTouched;
        due = false;
        langTouched = false;
        try {
          show(sceneOf(store.getState(), atlas), touched);
        } finally {
          framer.release();
        }
      });
    });
  };

  // On style.load, not load: the feature states are set before the first tiles arrive, so the
  // first drawn frame already shows the selection.
  if (map.isStyleLoaded()) start();
  else map.once('style.load', start);

  return () => {
    stopped = true;
    unsubscribe();
    unwatchPointer();
    cancelAnimationFrame(pendingFrame);
    clearTimeout(pendingTimer);
    map.off('moveend', onMoveEnd);
    map.off('idle', onIdle);
  };
}
