// The land beneath the corridors (physicalLayers.ts) comes in a chunk of its own, asked for only after
// the map is first ready: the first map-ready pays nothing for it. Exports load it too, so that
// they draw what the map shows.
import type { PhysicalData } from './physicalLayers';

let loaded: PhysicalData | null = null;
let pending: Promise<PhysicalData> | null = null;

export function loadPhysical(): Promise<PhysicalData> {
  pending ??= import('virtual:physical-data').then(
    (m) => (loaded = m.default),
    (e: unknown) => {
      // Offline before the chunk was ever cached: try again next time rather than never.
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** The data once loaded, or null before. */
export function loadedPhysical(): PhysicalData | null {
  return loaded;
}
