// What a view stresses on the map: its routes (the others dimmed), countries and places. Pure.
import type { AtlasData, View } from '../data/types';
import { focusOf } from './view';

export interface Emphasis {
  /** Routes to stress; when non-empty, the others are dimmed. */
  routes: string[];
  /** Countries to highlight. */
  countries: string[];
  places: string[];
}

type EmphasisAtlas = Pick<AtlasData, 'routes' | 'proposal' | 'countries'>;

export function emphasisOf(v: View, atlas: EmphasisAtlas): Emphasis {
  if (v.subject) return { routes: v.subject.routes, countries: v.subject.countries, places: v.subject.places };
  const places = v.place ? [v.place] : [];
  if (v.compare?.length) {
    const routes = atlas.routes.filter((r) => v.compare!.includes(r.id));
    return { routes: routes.map((r) => r.id), countries: [...new Set(routes.flatMap((r) => r.countries))], places };
  }
  if (v.country) return { routes: [], countries: [v.country], places };
  const focus = focusOf(v);
  if (focus === 'route') {
    const route = atlas.routes.find((r) => r.id === v.route);
    return { routes: route ? [route.id] : [], countries: route?.countries ?? [], places };
  }
  if (focus === 'point') {
    const point = atlas.proposal.points.find((p) => p.id === v.point);
    const routes = atlas.routes.filter((r) => r.points.includes(v.point!)).map((r) => r.id);
    return { routes, countries: point?.countries ?? [], places };
  }
  if (focus === 'meeting') {
    return { routes: [], countries: atlas.countries.filter((c) => c.focus).map((c) => c.iso3), places };
  }
  return { routes: [], countries: [], places };
}
