// What the map should stress for the current panel and selection. Pure, so the bridge stays dumb.
import type { AtlasData } from '../data/types';
import type { AtlasState } from './store';

export interface Emphasis {
  /** Routes to stress; when non-empty, the others are dimmed. */
  routes: string[];
  /** Countries to highlight. */
  countries: string[];
  place: string | null;
}

export function emphasisOf(
  s: Pick<AtlasState, 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId'>,
  atlas: Pick<AtlasData, 'routes' | 'proposal' | 'countries'>,
): Emphasis {
  const place = s.placeId;
  if (s.countryId) return { routes: [], countries: [s.countryId], place };
  if (s.panel === 'routes' && s.routeId) {
    const route = atlas.routes.find((r) => r.id === s.routeId);
    return { routes: route ? [route.id] : [], countries: route?.countries ?? [], place };
  }
  if (s.panel === 'proposal' && s.pointId !== null) {
    const point = atlas.proposal.points.find((p) => p.id === s.pointId);
    const routes = atlas.routes.filter((r) => r.points.includes(s.pointId!)).map((r) => r.id);
    return { routes, countries: point?.countries ?? [], place };
  }
  if (s.panel === 'meeting') {
    return { routes: [], countries: atlas.countries.filter((c) => c.focus).map((c) => c.iso3), place };
  }
  return { routes: [], countries: [], place };
}
