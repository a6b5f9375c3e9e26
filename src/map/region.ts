// What the map covers. The build (build/atlasData.ts) ships the whole world's land, so a wide screen
// zoomed out meets no edge; REGION_BBOX is where it keeps the detail, and the box route statistics
// cut the countries to.
import type { BBox } from '../view/bounds';

/** The countries around the six: drawn in detail here, more coarsely the further out. */
export const REGION_BBOX: BBox = [-30, 12, 135, 66];
/** What the map data covers: the world, but Antarctica south of the camera's limit. */
export const WORLD_BBOX: BBox = [-180, -72, 180, 90];
/**
 * The camera stays inside the data: 70°S up to Mercator's limit, and short of ±180°, where shapes
 * are cut (and where, exactly at ±180, MapLibre 6.17 fails to start: "Cannot read properties of null").
 */
export const REGION_MAX_BOUNDS: [[number, number], [number, number]] = [[-179.5, -70], [179.5, 85]];
