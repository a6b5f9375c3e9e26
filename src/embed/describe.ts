// What the embed shows, in words: the caption's title and its "what is shown" line, and the text
// alternative screen readers get for the map. Pure, so the words can be tested without a map.
import { ROUTE_KINDS, ROUTE_STATUSES, type AtlasData, type Lang } from '../data/types';
import { routeStatusAt } from '../data/status';
import { localDigits, type Digits } from '../i18n/format';
import { focusRoutes, shownRoutes, viewTitle, yearPhrase, type Translators } from '../export/view';
import { focusOf } from '../state/emphasis';
import type { AtlasState } from '../state/store';

export type DescribedState = Pick<AtlasState, 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'mode' | 'slide' | 'layers' | 'compare' | 'year' | 'lang' | 'digits'>;

export interface Described {
  title: string;
  /** The route's kind and status in the year, the routes stressed, or how many corridors are drawn. */
  shown: string;
  /** For screen readers: the title and what is shown, as one sentence. */
  alt: string;
}

export function describeEmbed(s: DescribedState, atlas: AtlasData, t: Translators): Described {
  const lang: Lang = s.lang;
  const tl = t[lang];
  const digits: Digits = lang === 'ar' ? s.digits : 'latn';
  const n = (v: number) => localDigits(String(v), digits);
  // A place or country picked on the map names itself; the route it was reached from waits behind it.
  const place = s.placeId ? atlas.places.find((p) => p.properties.id === s.placeId)?.properties : undefined;
  const country = s.countryId ? atlas.countries.find((c) => c.iso3 === s.countryId) : undefined;
  const title = localDigits(place?.name[lang] ?? country?.name[lang] ?? viewTitle(s, atlas, t)[lang], digits);
  let shown: string;
  const route = !place && !country && focusOf(s) === 'route' ? atlas.routes.find((r) => r.id === s.routeId) : undefined;
  if (route) {
    shown = `${tl(`kind.${route.kind}`)} · ${statusPhrase(route, s.year, atlas.today, tl, n)}`;
  } else {
    const focus = focusRoutes(s, atlas);
    const all = shownRoutes(s, atlas);
    const asOf = localDigits(yearPhrase(s, atlas, tl, 'cite'), digits);
    shown = focus.length && focus.length < all.length
      ? tl('embed.shownRoutes', { names: focus.map((r) => r.shortName[lang]).join(lang === 'ar' ? '، ' : ', '), asOf })
      : tl('embed.shownAll', { count: n(all.length), asOf });
    if (place) shown = `${tl(`placeKind.${place.kind}`)} · ${shown}`;
  }
  return { title, shown, alt: tl('embed.alt', { title, shown }) };
}

type T = Translators['en'];

/** "Under construction in 2019", "Not yet in 2008", or today's status. */
function statusPhrase(route: AtlasData['routes'][number], year: number | null, today: string, t: T, n: (v: number) => string): string {
  const at = routeStatusAt(route, year, today);
  if (year === null) return t(`status.${route.status}`);
  if (!at) return t('time.notYet', { year: n(year) });
  return t(at.expected ? 'time.statusExpected' : 'time.statusIn', { status: t(`status.${at.status}`), year: n(year) });
}

/** The compact legend: the kinds and statuses of the routes the view is about (the stressed ones, else all drawn). */
export function legendKeys(s: DescribedState, atlas: AtlasData): { kinds: AtlasData['routes'][number]['kind'][]; statuses: AtlasData['routes'][number]['status'][] } {
  const routes = focusRoutes(s, atlas);
  return {
    kinds: ROUTE_KINDS.filter((k) => routes.some((r) => r.kind === k)),
    statuses: ROUTE_STATUSES.filter((st) => routes.some((r) => r.status === st)),
  };
}
