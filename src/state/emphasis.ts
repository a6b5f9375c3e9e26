// What the map should stress and show for the current panel, selection or briefing slide.
// Pure, so the map bridge stays dumb.
import type { AtlasData } from '../data/types';
import type { AtlasState } from './store';
import { LAYER_IDS, type LayerId } from './url';

export interface Emphasis {
  /** Routes to stress; when non-empty, the others are dimmed. */
  routes: string[];
  /** Countries to highlight. */
  countries: string[];
  places: string[];
}

type ViewState = Pick<AtlasState, 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'mode' | 'slide' | 'layers'> & Partial<Pick<AtlasState, 'compare'>>;
type ViewAtlas = Pick<AtlasData, 'routes' | 'proposal' | 'countries' | 'briefing'>;

/** What the view is about. The Share tab keeps showing what was selected before it was opened. */
export function focusOf(s: Pick<ViewState, 'panel' | 'routeId' | 'pointId'>): 'route' | 'point' | 'meeting' | null {
  if ((s.panel === 'routes' || s.panel === 'share') && s.routeId) return 'route';
  if ((s.panel === 'proposal' || s.panel === 'share') && s.pointId !== null) return 'point';
  if (s.panel === 'meeting') return 'meeting';
  return null;
}

export function emphasisOf(s: ViewState, atlas: ViewAtlas): Emphasis {
  if (s.mode !== 'explore') {
    const slide = atlas.briefing.slides[s.slide];
    return { routes: slide?.routes ?? [], countries: slide?.countries ?? [], places: slide?.places ?? [] };
  }
  const places = s.placeId ? [s.placeId] : [];
  if (s.compare?.length) {
    const routes = atlas.routes.filter((r) => s.compare!.includes(r.id));
    return { routes: routes.map((r) => r.id), countries: [...new Set(routes.flatMap((r) => r.countries))], places };
  }
  if (s.countryId) return { routes: [], countries: [s.countryId], places };
  const focus = focusOf(s);
  if (focus === 'route') {
    const route = atlas.routes.find((r) => r.id === s.routeId);
    return { routes: route ? [route.id] : [], countries: route?.countries ?? [], places };
  }
  if (focus === 'point') {
    const point = atlas.proposal.points.find((p) => p.id === s.pointId);
    const routes = atlas.routes.filter((r) => r.points.includes(s.pointId!)).map((r) => r.id);
    return { routes, countries: point?.countries ?? [], places };
  }
  if (focus === 'meeting') {
    return { routes: [], countries: atlas.countries.filter((c) => c.focus).map((c) => c.iso3), places };
  }
  return { routes: [], countries: [], places };
}

/** The layers on show: the user's choice while exploring, the slide's in a briefing. */
export function layersOf(s: ViewState, atlas: ViewAtlas): LayerId[] {
  if (s.mode === 'explore') return s.layers;
  const chosen = atlas.briefing.slides[s.slide]?.layers;
  return chosen ? LAYER_IDS.filter((l) => chosen.includes(l)) : [...LAYER_IDS];
}
