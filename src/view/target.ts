// What the camera should show for a view: the thing the user picked, a slide's subject, or the six
// countries. Pure, so every camera decision (first view, selection, slide, language switch,
// resize, a panel opening) asks the same question and gets the same answer.
import type { AtlasData, Subject, View } from '../data/types';
import { unionBounds, type BBox } from './bounds';
import { emphasisOf, type Emphasis } from './emphasis';

export interface Target {
  /** Names what is shown ("route:cku-railway", "slide:3", "home"), to tell a new target from the same one. */
  key: string;
  box: BBox;
  /** No closer than this: a single place is not shown at street level. */
  maxZoom: number;
}

type TargetAtlas = Pick<AtlasData, 'routes' | 'places' | 'countries' | 'proposal'>;

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
export function homeTarget(atlas: Pick<AtlasData, 'countries'>): Target {
  const six = atlas.countries.filter((c) => c.focus).map((c) => c.iso3);
  return { key: 'home', box: countriesBox(six, atlas) ?? [46, 31, 106, 56], maxZoom: MAX_ZOOM };
}

/** A slide's subject: its routes (and places), or else its countries (and places). */
function subjectTarget(subject: Subject, atlas: TargetAtlas): Target {
  const parts = subject.routes.length
    ? [routesBox(subject.routes, atlas), placesBox(subject.places, atlas)]
    : [countriesBox(subject.countries, atlas), placesBox(subject.places, atlas)];
  const boxes = parts.filter((b): b is BBox => b !== null);
  if (!boxes.length) return homeTarget(atlas);
  const key = `subject:${[subject.routes, subject.places, subject.countries].map((l) => l.join(',')).join('|')}`;
  return { key, box: unionBounds(boxes), maxZoom: subject.maxZoom };
}

/** `emphasis`: the view's, when the caller has it already (sceneOf). */
export function targetOf(v: View, atlas: TargetAtlas, emphasis: Emphasis = emphasisOf(v, atlas)): Target {
  if (v.subject) return subjectTarget(v.subject, atlas);
  if (v.compare?.length) {
    const box = routesBox(v.compare, atlas);
    if (box) return { key: `compare:${v.compare.join(',')}`, box, maxZoom: MAX_ZOOM };
  }
  if (v.place) {
    const p = atlas.places.find((x) => x.properties.id === v.place);
    if (p) {
      const [lon, lat] = p.geometry.coordinates as [number, number];
      return { key: `place:${v.place}`, box: [lon - PLACE_BOX[0], lat - PLACE_BOX[1], lon + PLACE_BOX[0], lat + PLACE_BOX[1]], maxZoom: MAX_ZOOM };
    }
  }
  if (v.country) {
    const c = atlas.countries.find((x) => x.iso3 === v.country);
    if (c) return { key: `country:${c.iso3}`, box: c.bbox, maxZoom: 6 };
  }
  const routes = routesBox(emphasis.routes, atlas);
  if (routes) return { key: `routes:${emphasis.routes.join(',')}`, box: routes, maxZoom: MAX_ZOOM };
  const countries = countriesBox(emphasis.countries, atlas);
  if (countries) return { key: `countries:${emphasis.countries.join(',')}`, box: countries, maxZoom: MAX_ZOOM };
  return homeTarget(atlas);
}
