// The region the map may show. Countries are cut to REGION_BBOX at build time (build/atlasData.ts);
// the camera is kept a little inside it so the cut edges never show.
import type { BBox } from '../geo/measure';

export const REGION_BBOX: BBox = [-15, 18, 135, 62];
export const REGION_MAX_BOUNDS: [[number, number], [number, number]] = [[-14, 19], [134, 61]];
