// The shareable state in the URL: parse and serialise, pure. Unknown or malformed values are
// dropped with a problem report (shown to the user as a notice), never thrown.
import { LANGS, ROUTE_KINDS, type Lang, type RouteKind } from '../data/types';

export const LAYER_IDS = [...ROUTE_KINDS, 'places'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface Camera {
  zoom: number;
  center: [number, number];
  bearing: number;
  pitch: number;
}

export const PANELS = ['routes', 'proposal', 'meeting', 'share'] as const;
export const MODES = ['explore', 'brief', 'presenter', 'handout'] as const;
export type Mode = (typeof MODES)[number];
export type Panel = (typeof PANELS)[number];

export interface UrlState {
  lang?: Lang;
  panel?: Panel;
  route?: string;
  point?: number;
  /** A place or country picked on the map or in search. */
  place?: string;
  country?: string;
  layers?: LayerId[];
  camera?: Camera;
  mode?: Mode;
  /** 0-based here; 1-based in the URL. */
  slide?: number;
  /** Kiosk: seconds between slides. */
  autoplay?: number;
  /** The network as of this year; absent = today. */
  year?: number;
  /** Routes laid side by side (2 to 4). */
  compare?: string[];
  /** `embed=1`: the map alone with a caption, for an iframe in an article (src/embed/). */
  embed?: EmbedParams;
}

/**
 * The ids an embedding tool puts in the address, echoed in the height messages (src/embed/messages.ts):
 * Datawrapper's `id` or `chartId`, Pym.js's `childId`. Kept in the address while embedded.
 */
export interface EmbedParams {
  id?: string;
  chartId?: string;
  childId?: string;
}
export const EMBED_ID_PARAMS = ['id', 'chartId', 'childId'] as const;

/** The years the time slider spans: the first dated milestone to the last planned one. */
export const YEARS = { first: 2005, last: 2030 } as const;
export const COMPARE_MAX = 4;

export type UrlParam = 'lang' | 'panel' | 'route' | 'point' | 'place' | 'country' | 'layers' | 'map' | 'mode' | 'slide' | 'autoplay' | 'year' | 'compare';
export interface UrlProblem {
  param: UrlParam;
  value: string;
}

export interface Known {
  routeIds: ReadonlySet<string>;
  pointIds: ReadonlySet<number>;
  placeIds?: ReadonlySet<string>;
  countryIds?: ReadonlySet<string>;
  slideCount?: number;
}

const MAX_SHOWN_VALUE = 60;

function clip(v: string): string {
  return v.length > MAX_SHOWN_VALUE ? `${v.slice(0, MAX_SHOWN_VALUE)}…` : v;
}

export function parseUrlState(search: string, known: Known): { state: UrlState; problems: UrlProblem[] } {
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems };
  }
  const bad = (param: UrlParam, value: string) => problems.push({ param, value: clip(value) });

  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else bad('lang', lang);
  }

  const panel = params.get('panel');
  if (panel !== null) {
    if ((PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;
    else bad('panel', panel);
  }

  const route = params.get('route');
  if (route !== null) {
    if (known.routeIds.has(route)) state.route = route;
    else bad('route', route);
  }

  const point = params.get('point');
  if (point !== null) {
    const n = /^\d{1,2}$/.test(point) ? Number(point) : NaN;
    if (known.pointIds.has(n)) state.point = n;
    else bad('point', point);
  }

  const place = params.get('place');
  if (place !== null) {
    if (known.placeIds?.has(place)) state.place = place;
    else bad('place', place);
  }

  const country = params.get('country');
  if (country !== null) {
    if (known.countryIds?.has(country)) state.country = country;
    else bad('country', country);
  }

  const layers = params.get('layers');
  if (layers !== null) {
    const parsed = parseLayers(layers);
    if (parsed) state.layers = parsed;
    else bad('layers', layers);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.mode = mode as Mode;
    else bad('mode', mode);
  }

  const slide = params.get('slide');
  if (slide !== null) {
    const n = /^\d{1,3}$/.test(slide) ? Number(slide) : NaN;
    if (n >= 1 && n <= (known.slideCount ?? 0)) state.slide = n - 1;
    else bad('slide', slide);
  }

  const autoplay = params.get('autoplay');
  if (autoplay !== null) {
    const n = /^\d{1,4}$/.test(autoplay) ? Number(autoplay) : NaN;
    if (n >= 3 && n <= 3600) state.autoplay = n;
    else bad('autoplay', autoplay);
  }

  const year = params.get('year');
  if (year !== null) {
    const n = /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (n >= YEARS.first && n <= YEARS.last) state.year = n;
    else bad('year', year);
  }

  const compare = params.get('compare');
  if (compare !== null) {
    const ids = compare.split(',');
    const unique = [...new Set(ids)];
    if (unique.length >= 2 && unique.length <= COMPARE_MAX && unique.length === ids.length && unique.every((id) => known.routeIds.has(id))) state.compare = unique;
    else bad('compare', compare);
  }

  const map = params.get('map');
  if (map !== null) {
    const camera = parseCamera(map);
    if (camera) state.camera = camera;
    else bad('map', map);
  }

  // Any other value (embed=0) simply means the full app: nothing to warn the reader about.
  const embed = params.get('embed');
  if (embed === '1' || embed === 'true') state.embed = parseEmbedIds(params);
  return { state, problems };
}

/** An id we echo back to the parent page: short and plain, anything else is left out. */
const EMBED_ID = /^[\w.:-]{1,80}$/;

function parseEmbedIds(params: URLSearchParams): EmbedParams {
  const ids: EmbedParams = {};
  for (const name of EMBED_ID_PARAMS) {
    const v = params.get(name);
    if (v !== null && EMBED_ID.test(v)) ids[name] = v;
  }
  return ids;
}

/** "railway,gas-pipeline" → those layers; "" → none; anything unknown → null (reject the whole list). */
export function parseLayers(value: string): LayerId[] | null {
  if (value === '') return [];
  const parts = value.split(',');
  if (!parts.every((p) => (LAYER_IDS as readonly string[]).includes(p))) return null;
  return LAYER_IDS.filter((id) => parts.includes(id));
}

/** "zoom/lat/lon[/bearing[/pitch]]", the order MapLibre's own hash uses. */
export function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  if (bearing < -180 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

export function formatCamera(c: Camera): string {
  const parts = [c.zoom.toFixed(2), c.center[1].toFixed(4), c.center[0].toFixed(4)];
  if (c.bearing !== 0 || c.pitch !== 0) parts.push(String(Math.round(c.bearing)));
  if (c.pitch !== 0) parts.push(String(Math.round(c.pitch)));
  return parts.join('/');
}

/** Only what differs from the defaults is written, so a plain visit keeps a plain URL. */
export function serializeUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.lang) params.set('lang', s.lang);
  if (s.panel && s.panel !== defaultPanel(s)) params.set('panel', s.panel);
  if (s.route) params.set('route', s.route);
  if (s.point !== undefined) params.set('point', String(s.point));
  if (s.place) params.set('place', s.place);
  if (s.country) params.set('country', s.country);
  if (s.compare && s.compare.length >= 2) params.set('compare', s.compare.join(','));
  if (s.year !== undefined) params.set('year', String(s.year));
  if (s.layers && s.layers.length !== LAYER_IDS.length) params.set('layers', s.layers.join(','));
  if (s.camera) params.set('map', formatCamera(s.camera));
  if (s.mode && s.mode !== 'explore') {
    params.set('mode', s.mode);
    params.set('slide', String((s.slide ?? 0) + 1));
    if (s.autoplay) params.set('autoplay', String(s.autoplay));
  }
  if (s.embed) {
    params.set('embed', '1');
    for (const name of EMBED_ID_PARAMS) if (s.embed[name]) params.set(name, s.embed[name]);
  }
  const out = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return out ? `?${out}` : '';
}

/** The panel a link opens when it names none: the route if there is one, else the point. */
export function defaultPanel(s: Pick<UrlState, 'route' | 'point'>): Panel {
  if (s.route) return 'routes';
  if (s.point !== undefined) return 'proposal';
  return 'routes';
}

export function isRouteKind(id: LayerId): id is RouteKind {
  return id !== 'places';
}
