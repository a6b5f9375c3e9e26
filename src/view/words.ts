// What a scene shows, in words: its title, the legend rows, the sources, the attribution line and
// the citation. Pure functions of the scene (view/scene.ts) and the content, for the PNG export,
// the Share tab, the embed's caption and the briefing.
import type { Position } from 'geojson';
import { PLACE_KINDS, ROUTE_KINDS, ROUTE_STATUSES, type AtlasData, type Lang, type PlaceKind, type RouteKind, type RouteStatus, type Source, type Text } from '../data/types';
import { formatPartialDate } from '../i18n/format';
import { mercX, mercY, type BBox } from './bounds';
import { COMPARE_COLOURS } from './palette';
import type { Scene } from './scene';
import { focusOf } from './view';

type T = (key: string, opts?: Record<string, unknown>) => string;
export type Translators = Record<Lang, T>;

/** A row of a legend: a route's kind and status, a kind of place, a country fill, or a compared route. */
export type LegendRow =
  | { type: 'route'; kind: RouteKind; status: RouteStatus; leg: 'land' | 'sea'; label: Text }
  | { type: 'place'; kind: PlaceKind; label: Text }
  | { type: 'fill'; fill: 'focus' | 'neighbour' | 'highlight'; label: Text }
  /** A compared route, named, in its comparison colour with its kind's pattern and status's dash. */
  | { type: 'compare'; kind: RouteKind; status: RouteStatus; colour: string; leg?: 'land' | 'sea'; label: Text };

type Route = AtlasData['routes'][number];

/** The routes compared, in the order chosen (each with its colour), as of the year shown; or none. */
export function comparedRoutes(scene: Scene): Route[] {
  if (!scene.compare) return [];
  return scene.compare.map((id) => scene.network.routes.find((r) => r.id === id)).filter((r): r is Route => r !== undefined).slice(0, COMPARE_COLOURS.length);
}

/** Routes drawn in the scene: those of its year whose kind's layer is on, with the status they had then. */
export function shownRoutes(scene: Scene): Route[] {
  return scene.network.routes.filter((r) => scene.kinds.includes(r.kind));
}

/** The routes the scene is about: the stressed ones if any, else all drawn. */
export function focusRoutes(scene: Scene): Route[] {
  const stressed = scene.emphasis.routes;
  const shown = shownRoutes(scene);
  return stressed.length ? shown.filter((r) => stressed.includes(r.id)) : shown;
}

/** The chosen view's focus; none for a slide (its title says what it is about). */
const focusIn = (scene: Scene) => (scene.slide === null ? focusOf(scene.view) : null);

export function viewTitle(scene: Scene, atlas: AtlasData, t: Translators): Text {
  const both = (f: (lang: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
  if (scene.deckSlide) return scene.deckSlide.title;
  // Every route compared, even one the year shown does not have yet.
  const compared = (scene.compare ?? []).map((id) => atlas.routes.find((r) => r.id === id)).filter((r): r is Route => r !== undefined);
  if (compared.length) return both((l) => t[l]('compare.exportTitle', { names: compared.map((r) => r.shortName[l]).join(' · ') }));
  const focus = focusIn(scene);
  if (focus === 'route') {
    const r = atlas.routes.find((x) => x.id === scene.view.route);
    if (r) return r.name;
  }
  if (focus === 'point') {
    const p = atlas.proposal.points.find((x) => x.id === scene.view.point);
    if (p) return both((l) => `${t[l]('point.label', { id: p.id })}: ${p.title[l]}`);
  }
  if (focus === 'meeting') return atlas.proposal.meeting.title;
  return both((l) => t[l]('app.subtitle'));
}

/** Whether the segment a–b crosses the box (Liang–Barsky, on the Mercator plane the map draws lines on). */
function segmentMeetsBox(a: Position, b: Position, box: BBox): boolean {
  const [x0, y0, x1, y1] = [mercX(a[0]!), mercY(a[1]!), mercX(b[0]!), mercY(b[1]!)];
  const [left, right, top, bottom] = [mercX(box[0]), mercX(box[2]), mercY(box[3]), mercY(box[1])];
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  for (const [p, q] of [[-dx, x0 - left], [dx, right - x0], [-dy, y0 - top], [dy, bottom - y0]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const lineMeetsBox = (coords: Position[], box: BBox) =>
  coords.length === 1 ? segmentMeetsBox(coords[0]!, coords[0]!, box) : coords.slice(1).some((p, i) => segmentMeetsBox(coords[i]!, p, box));
const pointInBox = ([lon, lat]: Position, box: BBox) => lon! >= box[0] && lon! <= box[2] && lat! >= box[1] && lat! <= box[3];
const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The legend of what the view shows, and nothing else: the kind and status of each route drawn
 * (the stressed ones when the view stresses some of those drawn, else every one drawn), their sea
 * legs, the kinds of place on show, and the country fills that appear. With `inView` (west, south,
 * east, north), only what reaches into that box counts.
 */
export function legendRows(scene: Scene, atlas: AtlasData, t: Translators, inView?: BBox): LegendRow[] {
  const both = (f: (l: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
  const { emphasis } = scene;
  const legsInView = (r: Route) => r.legs.filter((l) => !inView || lineMeetsBox(l.geometry.coordinates, inView));
  const drawn = shownRoutes(scene).filter((r) => legsInView(r).length > 0);
  const stressed = drawn.filter((r) => emphasis.routes.includes(r.id));
  const routes = stressed.length ? stressed : drawn;

  const rows: LegendRow[] = [];
  const seen = new Set<string>();
  // A comparison names each compared route in its colour, in the order chosen (its kind and status as on the map).
  const compared = comparedRoutes(scene);
  compared.forEach((r, i) => {
    seen.add(`${r.kind}|${r.status}`);
    rows.push({ type: 'compare', kind: r.kind, status: r.status, colour: COMPARE_COLOURS[i]!, label: both((l) => `${r.shortName[l]} · ${t[l](`status.${r.status}`)}`) });
  });
  // In the order of the kinds and statuses, as the app's legend lists them.
  const ordered = [...(compared.length ? compared : routes)].sort((a, b) => ROUTE_KINDS.indexOf(a.kind) - ROUTE_KINDS.indexOf(b.kind) || ROUTE_STATUSES.indexOf(a.status) - ROUTE_STATUSES.indexOf(b.status));
  for (const r of ordered) {
    if (!legsInView(r).some((l) => l.properties.leg === 'land')) continue;
    const key = `${r.kind}|${r.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ type: 'route', kind: r.kind, status: r.status, leg: 'land', label: both((l) => `${t[l](`kind.${r.kind}`)} · ${t[l](`status.${r.status}`)}`) });
  }
  const sea = ordered.find((r) => legsInView(r).some((l) => l.properties.leg === 'sea'));
  const seaColour = sea && compared.includes(sea) ? COMPARE_COLOURS[compared.indexOf(sea)] : undefined;
  if (sea && seaColour) rows.push({ type: 'compare', kind: sea.kind, status: sea.status, colour: seaColour, leg: 'sea', label: both((l) => t[l]('legend.seaLeg')) });
  else if (sea) rows.push({ type: 'route', kind: sea.kind, status: sea.status, leg: 'sea', label: both((l) => t[l]('legend.seaLeg')) });

  // Country fills: a highlighted country takes the place of its usual fill.
  const countries = atlas.countries.filter((c) => !inView || boxesMeet(c.bbox, inView));
  const highlighted = countries.filter((c) => emphasis.countries.includes(c.iso3));
  const plain = countries.filter((c) => !emphasis.countries.includes(c.iso3));
  if (plain.some((c) => c.focus)) rows.push({ type: 'fill', fill: 'focus', label: both((l) => t[l]('legend.focusCountry')) });
  if (highlighted.length) rows.push({ type: 'fill', fill: 'highlight', label: both((l) => t[l]('legend.highlighted')) });
  if (plain.some((c) => !c.focus)) rows.push({ type: 'fill', fill: 'neighbour', label: both((l) => t[l]('legend.neighbour')) });

  if (scene.places) {
    const kinds = new Set(atlas.places.filter((p) => p.properties.kind !== 'sea' && (!inView || pointInBox(p.geometry.coordinates, inView))).map((p) => p.properties.kind));
    for (const kind of PLACE_KINDS) {
      if (kinds.has(kind)) rows.push({ type: 'place', kind, label: both((l) => t[l](`placeKind.${kind}`)) });
    }
  }
  return rows;
}

export function viewSources(scene: Scene, atlas: AtlasData): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (src: Source) => {
    const key = src.url ?? `${src.publisher}|${src.title}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(src);
    }
  };
  for (const r of focusRoutes(scene)) r.sources.forEach(add);
  if (focusIn(scene) !== 'route') atlas.proposal.meeting.sources.forEach(add);
  return out;
}

export function attribution(scene: Scene, atlas: AtlasData, t: Translators): Text {
  const publishers = [...new Set(viewSources(scene, atlas).map((x) => x.publisher))].slice(0, 6).join(', ');
  // Lines traced from open geodata are credited wherever they are drawn (ODbL and CC BY ask it).
  const traces = shownRoutes(scene).flatMap((r) => r.legs.flatMap((l) => (l.properties.trace ? [l.properties.trace] : [])));
  const credit = traces.some((tr) => tr.openStreetMap) ? 'map.attribRoutes' : traces.length ? 'map.attribGem' : null;
  const line = (l: Lang) => {
    const year = yearPhrase(scene, atlas, t[l], 'attrib');
    return `${t[l]('export.attribution', { publishers })}${credit ? ` · ${t[l](credit)}` : ''}${year ? ` · ${year}` : ''} · ${t[l]('map.asOf', { date: formatPartialDate(atlas.asOf, l) })}`;
  };
  return { en: line('en'), ar: line('ar') };
}

/**
 * "As of 2014" for the year the view shows (the time slider's, or a slide's), '' for today. A year
 * after today's shows what is planned, and says so: expected, not fact.
 */
export function yearPhrase(scene: Pick<Scene, 'year'>, atlas: Pick<AtlasData, 'today'>, t: T, form: 'cite' | 'attrib'): string {
  const { year } = scene;
  if (year === null) return '';
  const future = year > Number(atlas.today.slice(0, 4));
  const key = form === 'cite' ? (future ? 'time.citeExpected' : 'time.citeAsOf') : (future ? 'time.attribExpected' : 'time.attribAsOf');
  return t(key, { year });
}

/** A citation of the view, in one language, with the deep link and the sources. */
export function citation(scene: Scene, atlas: AtlasData, t: Translators, lang: Lang, link: string, today: Date): string {
  const title = viewTitle(scene, atlas, t)[lang];
  const shown = focusRoutes(scene).map((r) => r.name[lang]).join(lang === 'ar' ? '، ' : '; ');
  const sources = viewSources(scene, atlas)
    .map((x) => `${x.publisher}, ${x.title} (${formatPartialDate(x.date, lang)})${x.url ? ` ${x.url}` : ''}`)
    .join(lang === 'ar' ? '؛ ' : '; ');
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
  const asOf = yearPhrase(scene, atlas, t[lang], 'cite');
  return t[lang]('export.citation', { app: t[lang]('app.title'), title, asOf, shown: shown || t[lang]('export.noRoutes'), sources, date, link });
}
