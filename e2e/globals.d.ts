// What the app exposes to the browser tests, typed once: the one map (src/map/MapView.tsx) and the
// record of the last PNG export (src/export/image.ts). Used inside page.evaluate.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ExportRecord } from '../src/export/image';

declare global {
  interface Window {
    /** The app's map; `_placementDirty` is the MapLibre internal the draw gate reads (src/map/drawGate.ts). */
    __corridorAtlasMap: MapLibreMap & { _placementDirty?: boolean };
    __corridorAtlasLastExport?: ExportRecord;
  }
}

export {};
