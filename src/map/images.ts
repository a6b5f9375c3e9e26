// Images the style names, added when MapLibre first asks for them (there is no sprite sheet):
// for the interactive map and for the off-screen one that draws exports.
import type * as maplibregl from 'maplibre-gl';
import { BLOCKER_IMAGE, blockerImage } from './layers';

export function provideImages(map: maplibregl.Map): void {
  map.setMissingStyleImageResolver((id) => {
    if (id === BLOCKER_IMAGE && !map.hasImage(BLOCKER_IMAGE)) map.addImage(BLOCKER_IMAGE, blockerImage());
  });
}
