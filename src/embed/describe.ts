// What the embed shows, in words: the caption's title and its "what is shown" line, and the text
// alternative screen readers get for the map. Pure, so the words can be tested without a map.
import { ROUTE_KINDS, ROUTE_STATUSES, type AtlasData } from '../data/types';
import { routeStatusAt } from '../data/status';
import { localDigits, type Digits } from '../i18n/format';
import type { Scene } from '../view/scene';
import { focusOf } from '../view/view';
import { focusRoutes, shownRoutes, viewTitle, yearPhrase, type Translators } from '../view/words';

export interface Described {
  title: string;
  /** The route's kind and status in the year, the routes stressed, or how many corridors are drawn. */
  shown: string;
  /** For screen readers: the title and what is shown, as one sentence. */
  alt: string;
}

/** `digits`: the reader's digits in Arabic. */
export function describeEmbed(scene: Scene, atlas: AtlasData, t: Translators, arabicDigits: Digits): Described {
  const { lang, view } = scene;
  const tl = t[lang];
  const digits: Digits = lang === 'ar' ? arabicDigits : 'latn';
  const n = (v: number) => localDigits(String(v), digits);
  // A place or country picked on the map names itself; the route it was reached from waits behind it.
  const place = view.place ? atlas.places.find((p) => p.properties.id === view.place)?.properties : undefined;
  const country = view.country ? atlas.countries.find((c) => c.iso3 === view.country) : undefined;
  const title = localDigits(place?.name[lang] ?? country?.name[lang] ?? viewTitle(scene, atlas, t)[lang], digits);
  let shown: string;
  const route = !place && !country && focusOf(view) === 'route' ? atlas.routes.find((r) => r.id === view.route) : undefined;
  if (route) {
    shown = `${tl(`kind.${route.kind}`)} · ${statusPhrase(route, scene.year, atlas.today, tl, n)}`;
  } else {
    const focus = focusRoutes(scene);
    const all = shownRoutes(scene);
    const asOf = localDigits(yearPhrase(scene, atlas, tl, 'cite'), digits);
    shown = focus.length && focus.length < all.length
      ? tl('embed.shownRoutes', { names: focus.map((r) => r.shortName[lang]).join(lang === 'ar' ? '، ' : ', '), asOf })
      : tl('embed.shownAll', { value: n(all.length), count: all.length, asOf });
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
export function legendKeys(scene: Scene): { kinds: AtlasData['routes'][number]['kind'][]; statuses: AtlasData['routes'][number]['status'][] } {
  const routes = focusRoutes(scene);
  return {
    kinds: ROUTE_KINDS.filter((k) => routes.some((r) => r.kind === k)),
    statuses: ROUTE_STATUSES.filter((st) => routes.some((r) => r.status === st)),
  };
}
