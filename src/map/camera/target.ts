// What the camera should show: the thing the user picked, the slide's subject, or the six
// countries. Pure, so every camera decision (first view, selection, slide, language switch,
// resize, a panel opening) asks the same question and gets the same answer.
import type { AtlasData } from '../../data/types';
import { unionBounds, type BBox } from '../../view/bounds';
import { emphasisOf } from '../../state/emphasis';
import type { AtlasState } from '../../state/store';

export interface Target {
  /** Names what is shown ("route:cku-railway", "slide:3", "home"), to tell a new target from the same one. */
  key: string;
  box: BBox;
  /** No closer than this: a single place is not shown at street level. */
  maxZoom: number;
}

type TargetAtlas = Pick<AtlasData, 'routes' | 'places' | 'countries' | 'briefing' | 'proposal'>;
type TargetState = Pick<AtlasState, 'mode' | 'slide' | 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'layers'> & Partial<Pick<AtlasState, 'compare'>>;

/** Countries wider than this are framed by their name, not their whole extent (China reaches the Pacific). */
const WIDE_COUNTRY_DEG = 45;
/** Half the width and height of the box kept around a wide country's label. */
const LABEL_BOX: [number, number] = [6, 4];
const PLACE_BOX: [number, number] = [1.5, 1];
const MAX_ZOOM = 7;

/** The box that shows these countries and their names: small ones whole, wide ones around their label. */
export function countriesBox(iso3s: readonly string[], atlas: Pick<AtlasData, 'countries'>): BBox | null {
  const boxes = atlas.countries.filter((c) => iso3s.includes(c.iso3)).map((c): BBox => {
    if (c.bbox[2] - c.bbox[0] <= WIDE_COUNTRY_DEG) return c.bbox;
    return [c.label[0] - LABEL_BOX[0], c.label[1] - LABEL_BOX[1], c.label[0] + LABEL_BOX[0], c.label[1] + LABEL_BOX[1]];
  });
  return boxes.length ? unionBounds(boxes) : null;
}

/** The box around the named routes, or null when none of them exists. */
export function routesBox(ids: readonly string[], atlas: Pick<AtlasData, 'routes'>): BBox | null {
  const boxes = atlas.routes.filter((r) => ids.includes(r.id)).map((r) => r.stats.bbox);
  return boxes.length ? unionBounds(boxes) : null;
}

function placesBox(ids: readonly string[], atlas: Pick<AtlasData, 'places'>): BBox | null {
  const boxes = atlas.places.filter((p) => ids.includes(p.properties.id)).map((p): BBox => {
    const [lon, lat] = p.geometry.coordinates as [number, number];
    return [lon, lat, lon, lat];
  });
  return boxes.length ? unionBounds(boxes) : null;
}

/** Home: the six cooperation countries, named. */
export function homeTarget(atlas: TargetAtlas): Target {
  const six = atlas.countries.filter((c) => c.focus).map((c) => c.iso3);
  return { key: 'home', box: countriesBox(six, atlas) ?? [46, 31, 106, 56], maxZoom: MAX_ZOOM };
}

export function slideTarget(index: number, atlas: TargetAtlas): Target {
  const slide = atlas.briefing.slides[index];
  if (!slide) return homeTarget(atlas);
  const key = `slide:${index}`;
  // A slide about routes shows them (and its places); any other shows its countries and places.
  const parts = slide.routes.length
    ? [routesBox(slide.routes, atlas), placesBox(slide.places, atlas)]
    : [countriesBox(slide.countries, atlas), placesBox(slide.places, atlas)];
  const boxes = parts.filter((b): b is BBox => b !== null);
  if (!boxes.length) {
    const [lon, lat] = slide.camera.center;
    return { key, box: [lon, lat, lon, lat], maxZoom: slide.camera.zoom };
  }
  // The slide's own zoom is the closest it goes: a short line is shown in its setting.
  return { key, box: unionBounds(boxes), maxZoom: slide.camera.zoom };
}

export function targetOf(s: TargetState, atlas: TargetAtlas): Target {
  if (s.mode !== 'explore') return slideTarget(s.slide, atlas);
  if (s.compare?.length) {
    const box = routesBox(s.compare, atlas);
    if (box) return { key: `compare:${s.compare.join(',')}`, box, maxZoom: MAX_ZOOM };
  }
  if (s.placeId) {
    const p = atlas.places.find((x) => x.properties.id === s.placeId);
    if (p) {
      const [lon, lat] = p.geometry.coordinates as [number, number];
      return { key: `place:${s.placeId}`, box: [lon - PLACE_BOX[0], lat - PLACE_BOX[1], lon + PLACE_BOX[0], lat + PLACE_BOX[1]], maxZoom: MAX_ZOOM };
    }
  }
  if (s.countryId) {
    const c = atlas.countries.find((x) => x.iso3 === s.countryId);
    if (c) return { key: `country:${c.iso3}`, box: c.bbox, maxZoom: 6 };
  }
  const emphasis = emphasisOf({ ...s, mode: 'explore' }, atlas);
  const routes = routesBox(emphasis.routes, atlas);
  if (routes) return { key: `routes:${emphasis.routes.join(',')}`, box: routes, maxZoom: MAX_ZOOM };
  const countries = countriesBox(emphasis.countries, atlas);
  if (countries) return { key: `countries:${emphasis.countries.join(',')}`, box: countries, maxZoom: MAX_ZOOM };
  return homeTarget(atlas);
}
