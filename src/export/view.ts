// What the current view shows, in words and data: the title, the legend rows, the sources, the
// citation and the GeoJSON. Pure functions of the store state and the content.
import type { FeatureCollection, Position } from 'geojson';
import { PLACE_KINDS, ROUTE_KINDS, ROUTE_STATUSES, type AtlasData, type Lang, type Source, type Text } from '../data/types';
import type { BBox } from '../view/bounds';
import { mercX, mercY } from '../map/camera/fit';
import { COMPARE_COLOURS } from '../map/layers';
import { formatPartialDate } from '../i18n/format';
import { atlasAt, yearOf } from '../data/status';
import { emphasisOf, focusOf, layersOf } from '../state/emphasis';
import type { AtlasState } from '../state/store';
import type { LegendRow } from './compose';

type T = (key: string, opts?: Record<string, unknown>) => string;
export type Translators = Record<Lang, T>;
type ViewState = Pick<AtlasState, 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'mode' | 'slide' | 'layers'> & Partial<Pick<AtlasState, 'compare' | 'year'>>;

/** The routes compared while exploring, in the order chosen (each with its colour), or none. */
export function comparedRoutes(s: ViewState, atlas: AtlasData) {
  if (s.mode !== 'explore' || !s.compare?.length) return [];
  return s.compare.map((id) => atlas.routes.find((r) => r.id === id)).filter((r): r is AtlasData['routes'][number] => r !== undefined).slice(0, COMPARE_COLOURS.length);
}

/** Routes drawn in the view (their kind's layer is on). */
export function shownRoutes(s: ViewState, atlas: AtlasData) {
  const layers = layersOf(s, atlas);
  // As of the year shown: the routes that existed then, with the status they had (status.ts).
  return atlasAt(atlas, yearOf(s, atlas.briefing)).routes.filter((r) => layers.includes(r.kind));
}

/** The routes the view is about: the stressed ones if any, else all drawn. */
export function focusRoutes(s: ViewState, atlas: AtlasData) {
  const stressed = emphasisOf(s, atlas).routes;
  const shown = shownRoutes(s, atlas);
  return stressed.length ? shown.filter((r) => stressed.includes(r.id)) : shown;
}

export function viewTitle(s: ViewState, atlas: AtlasData, t: Translators): Text {
  const both = (f: (lang: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
  if (s.mode !== 'explore') {
    const slide = atlas.briefing.slides[s.slide];
    if (slide) return slide.title;
  }
  const compared = comparedRoutes(s, atlas);
  if (compared.length) return both((l) => t[l]('compare.exportTitle', { names: compared.map((r) => r.shortName[l]).join(' · ') }));
  const focus = s.mode === 'explore' ? focusOf(s) : null;
  if (focus === 'route') {
    const r = atlas.routes.find((x) => x.id === s.routeId);
    if (r) return r.name;
  }
  if (focus === 'point') {
    const p = atlas.proposal.points.find((x) => x.id === s.pointId);
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
export function legendRows(s: ViewState, atlas: AtlasData, t: Translators, inView?: BBox): LegendRow[] {
  const both = (f: (l: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
  const emphasis = emphasisOf(s, atlas);
  const layers = layersOf(s, atlas);
  const legsInView = (r: AtlasData['routes'][number]) => r.legs.filter((l) => !inView || lineMeetsBox(l.geometry.coordinates, inView));
  const drawn = shownRoutes(s, atlas).filter((r) => legsInView(r).length > 0);
  const stressed = drawn.filter((r) => emphasis.routes.includes(r.id));
  const routes = stressed.length ? stressed : drawn;

  const rows: LegendRow[] = [];
  const seen = new Set<string>();
  // A comparison names each compared route in its colour, in the order chosen (its kind and status as on the map).
  const compared = comparedRoutes(s, atlas);
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

  if (layers.includes('places')) {
    const kinds = new Set(atlas.places.filter((p) => p.properties.kind !== 'sea' && (!inView || pointInBox(p.geometry.coordinates, inView))).map((p) => p.properties.kind));
    for (const kind of PLACE_KINDS) {
      if (kinds.has(kind)) rows.push({ type: 'place', kind, label: both((l) => t[l](`placeKind.${kind}`)) });
    }
  }
  return rows;
}

export function viewSources(s: ViewState, atlas: AtlasData): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (src: Source) => {
    const key = src.url ?? `${src.publisher}|${src.title}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(src);
    }
  };
  for (const r of focusRoutes(s, atlas)) r.sources.forEach(add);
  if (s.mode !== 'explore' || focusOf(s) !== 'route') atlas.proposal.meeting.sources.forEach(add);
  return out;
}

export function attribution(s: ViewState, atlas: AtlasData, t: Translators): Text {
  const publishers = [...new Set(viewSources(s, atlas).map((x) => x.publisher))].slice(0, 6).join(', ');
  // Lines traced from open geodata are credited wherever they are drawn (ODbL and CC BY ask it).
  const traces = shownRoutes(s, atlas).flatMap((r) => r.legs.flatMap((l) => (l.properties.trace ? [l.properties.trace] : [])));
  const credit = traces.some((tr) => tr.openStreetMap) ? 'map.attribRoutes' : traces.length ? 'map.attribGem' : null;
  const line = (l: Lang) => {
    const year = yearPhrase(s, atlas, t[l], 'attrib');
    return `${t[l]('export.attribution', { publishers })}${credit ? ` · ${t[l](credit)}` : ''}${year ? ` · ${year}` : ''} · ${t[l]('map.asOf', { date: formatPartialDate(atlas.asOf, l) })}`;
  };
  return { en: line('en'), ar: line('ar') };
}

/**
 * "As of 2014" for the year the view shows (the time slider's, or a slide's), '' for today. A year
 * after today's shows what is planned, and says so: expected, not fact.
 */
export function yearPhrase(s: ViewState, atlas: Pick<AtlasData, 'briefing' | 'today'>, t: T, form: 'cite' | 'attrib'): string {
  const year = yearOf(s, atlas.briefing);
  if (year === null) return '';
  const future = year > Number(atlas.today.slice(0, 4));
  const key = form === 'cite' ? (future ? 'time.citeExpected' : 'time.citeAsOf') : (future ? 'time.attribExpected' : 'time.attribAsOf');
  return t(key, { year });
}

/** Where a drawn leg's line comes from, and under which licence: for each feature of the GeoJSON. */
export function legOrigin(leg: AtlasData['routes'][number]['legs'][number]): { alignment: string; source: string; source_url: string | null; licence: string; attribution: string } {
  const trace = leg.properties.trace;
  if (!trace) {
    return {
      alignment: leg.properties.alignment,
      source: 'Corridor Atlas: schematic line drawn through waypoints',
      source_url: null,
      licence: 'CC-BY-4.0',
      attribution: 'Corridor Atlas',
    };
  }
  return {
    alignment: leg.properties.alignment,
    source: `${trace.source.publisher}: ${trace.source.title} (feature ${trace.feature}), simplified for the map`,
    source_url: trace.source.url ?? null,
    licence: trace.licence,
    attribution: trace.attribution,
  };
}

const ODBL_NOTE = 'Legs with licence ODbL-1.0 contain OpenStreetMap data © OpenStreetMap contributors, available under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/): credit "© OpenStreetMap contributors", and offer those legs, or any database you make from them, under the ODbL.';
const GEM_NOTE = 'Legs traced from Global Energy Monitor\'s pipeline routes: © Global Energy Monitor, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

/** A citation of the view, in one language, with the deep link and the sources. */
export function citation(s: ViewState, atlas: AtlasData, t: Translators, lang: Lang, link: string, today: Date): string {
  const title = viewTitle(s, atlas, t)[lang];
  const shown = focusRoutes(s, atlas).map((r) => r.name[lang]).join(lang === 'ar' ? '، ' : '; ');
  const sources = viewSources(s, atlas)
    .map((x) => `${x.publisher}, ${x.title} (${formatPartialDate(x.date, lang)})${x.url ? ` ${x.url}` : ''}`)
    .join(lang === 'ar' ? '؛ ' : '; ');
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
  const asOf = yearPhrase(s, atlas, t[lang], 'cite');
  return t[lang]('export.citation', { app: t[lang]('app.title'), title, asOf, shown: shown || t[lang]('export.noRoutes'), sources, date, link });
}

/** The routes and places on show as GeoJSON, with their properties and the licence note. */
export function viewGeoJson(s: ViewState, atlas: AtlasData, link: string): FeatureCollection & Record<string, unknown> {
  const layers = layersOf(s, atlas);
  const routes = shownRoutes(s, atlas);
  const traces = routes.flatMap((r) => r.legs.flatMap((l) => (l.properties.trace ? [l.properties.trace] : [])));
  const osm = traces.some((tr) => tr.openStreetMap);
  const gem = traces.some((tr) => tr.source.publisher.startsWith('Global Energy Monitor'));
  return {
    type: 'FeatureCollection',
    name: 'Corridor Atlas',
    link,
    dataAsOf: atlas.asOf,
    // The routes and their statuses as of this year (null: today, the day the atlas was built).
    networkAsOf: yearOf(s, atlas.briefing),
    attribution: [
      'Corridor Atlas. Route legs are traced from open geodata where "alignment" is "traced" (see each feature\'s source and licence), elsewhere schematic, drawn through named waypoints; country context: Natural Earth (public domain). Cite the sources listed on each feature.',
      ...(gem ? ['Pipeline routes: © Global Energy Monitor (CC BY 4.0).'] : []),
      ...(osm ? ['Contains OpenStreetMap data © OpenStreetMap contributors (ODbL 1.0).'] : []),
    ].join(' '),
    license: [
      'Schematic route geometry and text: CC BY 4.0, Corridor Atlas. Figures belong to the sources cited with them. Each route feature names its own licence.',
      ...(gem ? [GEM_NOTE] : []),
      ...(osm ? [ODBL_NOTE] : []),
    ].join(' '),
    features: [
      ...routes.flatMap((r) => r.legs.map((leg, i) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: {
          id: r.id, leg: i, mode: leg.properties.leg, kind: r.kind, status: r.status, name_en: r.name.en, name_ar: r.name.ar,
          countries: r.countries, via: leg.properties.via, ...legOrigin(leg), computed_length_km: r.stats.lengthKm,
          published_lengths: r.lengths, sources: r.sources,
        },
      }))),
      ...(layers.includes('places') ? atlas.places.filter((p) => p.properties.kind !== 'sea').map((p) => ({
        type: 'Feature' as const,
        geometry: p.geometry,
        properties: { id: p.properties.id, kind: p.properties.kind, name_en: p.properties.name.en, name_ar: p.properties.name.ar, country: p.properties.country ?? null, approximate: p.properties.approx ?? false, source: p.properties.source },
      })) : []),
    ],
  };
}

