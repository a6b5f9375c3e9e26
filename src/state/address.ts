// The address: every parameter the app reads from the URL and writes back, one row each. A row
// says how to read a value (a bad one is dropped with a notice, never thrown), how to write it (or
// leave it out), whether changing it is a choice (a step Back returns to) or a setting (it replaces
// the current step), whether Back and Forward restore it, and the notice a bad value gets. The
// parser, the writer, the history and the notices all read this one table, so a new parameter is
// one row here, a field of View (src/data/types.ts) and its notice in the locale files.
import { COMPARE_MAX, LANGS, LAYER_IDS, PANELS, YEARS, type AtlasData, type Camera, type Lang, type LayerId, type View } from '../data/types';
import type en from '../i18n/locales/en.json';
import { MODES, type Mode } from '../view/scene';
import { HOME_VIEW, defaultPanel } from '../view/view';

/** What an address can say: the view (the parts a link carries) and how the app shows it. */
export interface Address extends Partial<Omit<View, 'subject'>> {
  lang?: Lang;
  mode?: Mode;
  /** The user's deck presented, by its id in this browser's store (null: the built-in briefing). */
  deckId?: string | null;
  /** 0-based here; 1-based in the address. */
  slide?: number;
  /** Kiosk: seconds between slides. */
  autoplay?: number | null;
}

/** What the address is checked against: the ids the atlas has, the slides in the deck. */
export interface Known {
  routeIds: ReadonlySet<string>;
  pointIds: ReadonlySet<number>;
  placeIds?: ReadonlySet<string>;
  countryIds?: ReadonlySet<string>;
  slideCount?: number;
}

/** What this atlas has, to check addresses, slides and deck files against. */
export function knownOf(atlas: Pick<AtlasData, 'routes' | 'proposal' | 'places' | 'countries' | 'briefing'>): Known {
  return {
    routeIds: new Set(atlas.routes.map((r) => r.id)),
    pointIds: new Set(atlas.proposal.points.map((p) => p.id)),
    placeIds: new Set(atlas.places.map((p) => p.properties.id)),
    countryIds: new Set(atlas.countries.map((c) => c.iso3)),
    slideCount: atlas.briefing.slides.length,
  };
}

type NoticeKey = `notice.${Extract<keyof (typeof en)['notice'], `bad${string}`>}`;

interface Param<K extends keyof Address> {
  /** Its name in the address. */
  name: string;
  key: K;
  /** The value, or undefined when the text is not one (the user is told). */
  parse: (raw: string, known: Known) => NonNullable<Address[K]> | undefined;
  /** The text to write, or null to leave it out (a default, or not part of the view in this mode). */
  write: (value: NonNullable<Address[K]>, a: Address) => string | null;
  /** A choice pushes a step in the history, so Back returns to it; a setting replaces the current step. */
  step: 'choice' | 'setting';
  /** Back and Forward restore it from the address they return to; a setting the user made stays. */
  back: boolean;
  /** What it is when the address does not name it (null: nothing; undefined: left as it is). */
  fallback: (a: Address) => Address[K] | undefined;
  notice: NoticeKey;
}
type AnyParam = { [K in keyof Address]-?: Param<K> }[keyof Address];
const param = <K extends keyof Address>(p: Param<K>): Param<K> => p;

const oneOf = <T extends string>(values: readonly T[]) => (raw: string): T | undefined => (values as readonly string[]).includes(raw) ? raw as T : undefined;
const int = (raw: string, digits: number, min: number, max: number): number | undefined => {
  const n = new RegExp(`^\\d{1,${digits}}$`).test(raw) ? Number(raw) : NaN;
  return n >= min && n <= max ? n : undefined;
};
const known = <T>(ids: ReadonlySet<T> | undefined, v: T): T | undefined => (ids?.has(v) ? v : undefined);
const inDeck = (a: Address) => a.mode !== undefined && a.mode !== 'explore';
const none = () => null;

/** In the order they are written. */
export const PARAMS: readonly AnyParam[] = [
  param({ name: 'lang', key: 'lang', parse: oneOf(LANGS), write: (v) => v, step: 'setting', back: false, fallback: () => undefined, notice: 'notice.badLang' }),
  param({
    name: 'panel', key: 'panel', parse: oneOf(PANELS),
    // The Share tab is a tool, not a view: a link made there opens what it shares.
    write: (v, a) => (v === 'share' || v === defaultPanel(a) ? null : v),
    step: 'setting', back: true, fallback: (a) => defaultPanel(a), notice: 'notice.badPanel',
  }),
  param({ name: 'route', key: 'route', parse: (v, k) => known(k.routeIds, v), write: (v) => v, step: 'choice', back: true, fallback: none, notice: 'notice.badRoute' }),
  param({ name: 'point', key: 'point', parse: (v, k) => known(k.pointIds, int(v, 2, 0, 99) ?? NaN), write: String, step: 'choice', back: true, fallback: none, notice: 'notice.badPoint' }),
  param({ name: 'place', key: 'place', parse: (v, k) => known(k.placeIds, v), write: (v) => v, step: 'choice', back: true, fallback: none, notice: 'notice.badPlace' }),
  param({ name: 'country', key: 'country', parse: (v, k) => known(k.countryIds, v), write: (v) => v, step: 'choice', back: true, fallback: none, notice: 'notice.badCountry' }),
  param({
    name: 'compare', key: 'compare',
    parse: (v, k) => {
      const ids = v.split(',');
      const ok = new Set(ids).size === ids.length && ids.length >= 2 && ids.length <= COMPARE_MAX && ids.every((id) => k.routeIds.has(id));
      return ok ? ids : undefined;
    },
    write: (v) => (v.length >= 2 ? v.join(',') : null), step: 'choice', back: true, fallback: none, notice: 'notice.badCompare',
  }),
  // The year is a setting, as the layers are: Back does not undo it.
  param({ name: 'year', key: 'year', parse: (v) => int(v, 4, YEARS.first, YEARS.last), write: String, step: 'setting', back: false, fallback: () => undefined, notice: 'notice.badYear' }),
  param({
    name: 'layers', key: 'layers', parse: (v) => parseLayers(v) ?? undefined,
    write: (v) => (v.length === LAYER_IDS.length ? null : v.join(',')), step: 'setting', back: false, fallback: () => undefined, notice: 'notice.badLayers',
  }),
  // The user's own camera: in a briefing the slide sets the view, so it is not shared from there.
  param({ name: 'map', key: 'camera', parse: (v) => parseCamera(v) ?? undefined, write: (v, a) => (inDeck(a) ? null : formatCamera(v)), step: 'setting', back: true, fallback: none, notice: 'notice.badMap' }),
  param({ name: 'mode', key: 'mode', parse: oneOf(MODES), write: (v) => (v === 'explore' ? null : v), step: 'setting', back: true, fallback: () => 'explore' as const, notice: 'notice.badMode' }),
  // A user's deck, by its id in this browser: a presenter window opened from the audience's finds it there.
  param({ name: 'deck', key: 'deckId', parse: (v) => (/^d-[\w-]{1,80}$/.test(v) ? v : undefined), write: (v, a) => (inDeck(a) ? v : null), step: 'setting', back: false, fallback: () => undefined, notice: 'notice.badDeck' }),
  param({
    name: 'slide', key: 'slide', parse: (v, k) => { const n = int(v, 3, 1, k.slideCount ?? 0); return n === undefined ? undefined : n - 1; },
    write: (v, a) => (inDeck(a) ? String(v + 1) : null), step: 'choice', back: true, fallback: () => undefined, notice: 'notice.badSlide',
  }),
  param({ name: 'autoplay', key: 'autoplay', parse: (v) => int(v, 4, 3, 3600), write: (v, a) => (inDeck(a) ? String(v) : null), step: 'setting', back: false, fallback: () => undefined, notice: 'notice.badAutoplay' }),
];

export type ParamName = string;
export interface AddressProblem {
  param: ParamName;
  value: string;
}

/** The notice for a bad value of this parameter. */
export function noticeOf(name: ParamName): NoticeKey | undefined {
  return PARAMS.find((p) => p.name === name)?.notice;
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

const MAX_SHOWN_VALUE = 60;
const clip = (v: string) => (v.length > MAX_SHOWN_VALUE ? `${v.slice(0, MAX_SHOWN_VALUE)}…` : v);

export function parseAddress(search: string, k: Known): { address: Address; embed?: EmbedParams; problems: AddressProblem[] } {
  const address: Address = {};
  const problems: AddressProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { address, problems };
  }
  for (const p of PARAMS) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    const value = p.parse(raw, k);
    if (value === undefined) problems.push({ param: p.name, value: clip(raw) });
    else (address as Record<string, unknown>)[p.key] = value;
  }
  // Any other value (embed=0) simply means the full app: nothing to warn the reader about.
  const embed = params.get('embed');
  return embed === '1' || embed === 'true' ? { address, embed: parseEmbedIds(params), problems } : { address, problems };
}

/** Each parameter as written for this address, or null when left out. */
function written(a: Address): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of PARAMS) {
    const v = a[p.key];
    out.set(p.name, v === undefined || v === null ? null : (p.write as (v: unknown, a: Address) => string | null)(v, a));
  }
  return out;
}

/** Only what differs from the defaults is written, so a plain visit keeps a plain URL. */
export function writeAddress(a: Address, embed?: EmbedParams): string {
  const params = new URLSearchParams();
  for (const [name, text] of written(a)) if (text !== null) params.set(name, text);
  if (embed) {
    params.set('embed', '1');
    for (const name of EMBED_ID_PARAMS) if (embed[name]) params.set(name, embed[name]);
  }
  const out = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return out ? `?${out}` : '';
}

/** A new choice between two addresses: a parameter that is a choice reads differently, in the same mode. */
export function isNewChoice(next: Address, prev: Address): boolean {
  if ((next.mode ?? 'explore') !== (prev.mode ?? 'explore')) return false;
  const [a, b] = [written(next), written(prev)];
  return PARAMS.some((p) => p.step === 'choice' && a.get(p.name) !== b.get(p.name));
}

/** What Back and Forward restore from the address they return to: each such parameter, or its fallback. */
export function restoredOf(a: Address): Address {
  const out: Record<string, unknown> = {};
  for (const p of PARAMS) {
    if (!p.back) continue;
    const v = a[p.key] ?? p.fallback(a);
    if (v !== undefined) out[p.key] = v;
  }
  return out as Address;
}

/** The view an address names, on top of `base` (parameters it does not name keep their fallback, or the base's). */
export function viewOf(a: Address, base: View = HOME_VIEW): View {
  const view: Record<string, unknown> = { ...base };
  for (const p of PARAMS) {
    if (!(p.key in base)) continue;
    const v = a[p.key] ?? p.fallback(a);
    if (v !== undefined) view[p.key] = v;
  }
  return view as unknown as View;
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
