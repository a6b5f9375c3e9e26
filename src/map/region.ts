// The region the map may show. Countries are cut to REGION_BBOX at build time (build/atlasData.ts);
// the camera is kept a little inside it so the cut edges never show.
import type { BBox } from '../geo/measure';

export const REGION_BBOX: BBox = [-30, 12, 135, 66];
export const REGION_MAX_BOUNDS: [[number, number], [number, number]] = [[-29, 13], [134, 65]];
