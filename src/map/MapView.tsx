// The one owner of the maplibregl.Map: created on mount, removed on unmount. Everything else
// reaches the map through the store (bridge.ts), or asks live.ts what the user sees.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'virtual:maplibre-worker-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atlas } from '../data/atlas';
import { REGION_MAX_BOUNDS } from './region';
import { getAppStore } from '../state/store';
import { sceneOf } from '../view/scene';
import { connectMapToStore } from './bridge';
import { createFramer, startView } from './camera/frame';
import { mapLocale } from './controls';
import { createDrawGate } from './drawGate';
import { provideImages } from './images';
import { setLiveMap } from './live';
import { styleOf } from './style';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's worker (download and compile, ~0.5 MB) while React is still rendering the panels.
maplibregl.prewarm();

/** The first view is shown at the latest after this long, complete or not. */
const FIRST_DRAW_TIMEOUT_MS = 12_000;

export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * `cooperativeGestures`: in an embed, the page scrolls past the map and only ctrl/⌘ + wheel or two
 * fingers move it; the value is MapLibre's help texts for that, in the embed's language.
 */
export function MapView({ cooperativeGestures }: { cooperativeGestures?: Record<string, string> } = {}) {
  const { t } = useTranslation();
  // Read once: the map is created once, and MapLibre takes these options only at creation.
  const cooperative = useRef(cooperativeGestures);
  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(() => !hasWebGL());

  useEffect(() => {
    if (failed || !container.current || !tooltip.current) return;
    const store = getAppStore();
    const scene = sceneOf(store.getState(), atlas);
    // What covers the map is measured from the app around it (camera/covers.ts).
    const root = container.current.closest<HTMLElement>('.app') ?? document.body;
    const { target, own } = scene.camera;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: styleOf(scene),
        // Start at the final view: moving the camera after load would draw everything twice.
        ...startView(target, container.current, root, own),
        bearing: own?.bearing ?? 0,
        pitch: own?.pitch ?? 0,
        maxBounds: REGION_MAX_BOUNDS,
        attributionControl: false,
        locale: { ...mapLocale(scene.lang), ...cooperative.current },
        cooperativeGestures: cooperative.current !== undefined,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        // Labels appear at once: fading them in keeps the map drawing for 300 ms after each change,
        // which made a language switch ~0.4 s slower here (measured with software WebGL).
        fadeDuration: 0,
      });
    } catch (e) {
      console.warn('The map could not start:', e);
      // The constructor is the external system here: its failure is only known inside the effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailed(true);
      return;
    }
    provideImages(map);
    // One frame, not five, before the map is ready (drawGate.ts says why and how).
    const host = map.getContainer();
    const gate = createDrawGate(map);
    gate.hold(FIRST_DRAW_TIMEOUT_MS, (how) => { host.dataset.drawGate = how; });
    setLiveMap(map);
    // A handle for the browser tests and the benchmark, which ask the map what it draws; the app
    // itself reaches the map only through live.ts.
    (window as unknown as { __corridorAtlasMap?: maplibregl.Map }).__corridorAtlasMap = map;
    const framer = createFramer(map, {
      root, initial: target, userCamera: own !== null,
      askForRoom: () => store.getState().makeRoom(),
    });
    const disconnect = connectMapToStore({ map, store, atlas, tooltip: tooltip.current, framer, gate, built: scene });
    return () => {
      gate.remove();
      disconnect();
      framer.destroy();
      setLiveMap(null);
      map.remove();
    };
  }, [failed]);

  if (failed) {
    return (
      <div className="map map--failed" role="alert">
        <p>{t('map.noWebgl')}</p>
      </div>
    );
  }
  return (
    <div className="map" ref={container} data-testid="map">
      <div className="map-tooltip" ref={tooltip} hidden dir="auto" role="tooltip" />
    </div>
  );
}
