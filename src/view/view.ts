// A view as a value (src/data/types.ts View): the atlas at home, and what a view is about.
import { LAYER_IDS, type View } from '../data/types.ts';

/** Nothing chosen, every layer on, today's network, the map framing the six countries. */
export const HOME_VIEW: View = {
  panel: 'routes', route: null, point: null, place: null, country: null, compare: null, subject: null,
  year: null, layers: [...LAYER_IDS], camera: null,
};

/**
 * What a chosen view is about: its route in the Routes tab, its point in the Proposal tab, the
 * meeting in its tab. The Share and Briefings tabs keep showing what was chosen before they were opened.
 */
export function focusOf(v: Pick<View, 'panel' | 'route' | 'point'>): 'route' | 'point' | 'meeting' | null {
  const tool = v.panel === 'share' || v.panel === 'decks';
  if ((v.panel === 'routes' || tool) && v.route) return 'route';
  if ((v.panel === 'proposal' || tool) && v.point !== null) return 'point';
  if (v.panel === 'meeting') return 'meeting';
  return null;
}

/** The panel a view opens when it names none: the route if there is one, else the point. */
export function defaultPanel(v: { route?: string | null; point?: number | null }): View['panel'] {
  if (v.route) return 'routes';
  if (v.point !== undefined && v.point !== null) return 'proposal';
  return 'routes';
}
