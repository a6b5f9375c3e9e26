// A deck as a file: JSON with a format name, a schema version and the date of the atlas's data.
// A slide's view is written as the address writes it (src/state/address.ts), so a deck file, a
// link and Back read views with the one parser. Files come from anyone: every field is checked,
// sizes are capped, nothing in them is run or read as HTML, and a bad file is refused with the
// slide and field to blame. A slide that names what this atlas lacks is kept and marked.
import { SLIDE_KINDS, type DeckSlide, type SlideKind, type Subject, type Text, type UserDeck, type View } from '../data/types';
import { PARAMS, parseAddress, viewOf as viewFromAddress, writeAddress, type Address, type Known } from '../state/address';
import { HOME_VIEW } from '../view/view';
import { newSlideId } from './model';

export const DECK_FORMAT = 'corridor-atlas-deck';
export const DECK_VERSION = 1;

/** What a deck file may hold. A 200-slide deck with long notes is well under the byte cap. */
export const DECK_LIMITS = {
  bytes: 2_000_000,
  slides: 200,
  title: 300,
  text: 4_000,
  notes: 10_000,
  view: 2_000,
  ids: 50,
} as const;

/** Why a file was refused, for a message in the reader's language (locale keys `deckFile.*`). */
export type DeckProblem =
  | { key: 'tooBig'; limitKb: number }
  | { key: 'notJson' }
  | { key: 'notDeck' }
  | { key: 'newer'; version: number }
  | { key: 'tooManySlides'; limit: number }
  /** `slide` is 1-based, null for the deck itself; `field` names the field as the file does (e.g. `title.ar`). */
  | { key: 'badField'; slide: number | null; field: string };

export type DeckRead = { ok: true; deck: Omit<UserDeck, 'id' | 'created' | 'updated'>; dataDate: string | null } | { ok: false; problem: DeckProblem };

/** The file's text for a deck. */
export function writeDeckFile(deck: Pick<UserDeck, 'title' | 'slides'>, dataDate: string): string {
  return JSON.stringify({
    format: DECK_FORMAT,
    version: DECK_VERSION,
    atlasData: dataDate,
    deck: {
      title: deck.title,
      slides: deck.slides.map((s) => ({
        kind: s.kind,
        title: s.title,
        text: s.text,
        notes: s.notes,
        ...(s.hidden ? { hidden: true } : {}),
        ...(s.kind === 'view' ? { view: writeView(s.view) } : {}),
        ...(s.kind === 'view' && s.view.subject ? { subject: s.view.subject } : {}),
      })),
    },
  }, null, 2);
}

/** A view as the address writes it, without the leading `?` (a file, a slide's link). */
export function writeView(view: View): string {
  const a: Address = { ...view };
  return writeAddress(a).replace(/^\?/, '');
}

/** The names of the address's parameters that belong to a view (not language, mode or slide). */
const VIEW_PARAMS = new Set(PARAMS.filter((p) => p.key in HOME_VIEW).map((p) => p.name));

class Refused extends Error {
  constructor(readonly problem: DeckProblem) {
    super(problem.key);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps line breaks and tabs; drops other control characters and the marks that reorder text. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '');

/** Reads the text of a deck file: the deck, or why it cannot be opened. Never throws. */
export function readDeckFile(text: string, known: Known): DeckRead {
  if (text.length > DECK_LIMITS.bytes) return { ok: false, problem: { key: 'tooBig', limitKb: Math.round(DECK_LIMITS.bytes / 1000) } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'notJson' } };
  }
  try {
    return readDeck(json, known);
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    return { ok: false, problem: { key: 'notDeck' } };
  }
}

function readDeck(json: unknown, known: Known): DeckRead {
  if (!isObject(json) || json.format !== DECK_FORMAT) throw new Refused({ key: 'notDeck' });
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Refused({ key: 'badField', slide: null, field: 'version' });
  if (version > DECK_VERSION) throw new Refused({ key: 'newer', version });
  const dataDate = typeof json.atlasData === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(json.atlasData) ? json.atlasData : null;
  const deck = json.deck;
  if (!isObject(deck)) throw new Refused({ key: 'badField', slide: null, field: 'deck' });
  const title = textOf(deck.title, null, 'title', DECK_LIMITS.title);
  if (!Array.isArray(deck.slides)) throw new Refused({ key: 'badField', slide: null, field: 'slides' });
  if (deck.slides.length > DECK_LIMITS.slides) throw new Refused({ key: 'tooManySlides', limit: DECK_LIMITS.slides });
  const slides = deck.slides.map((s, i) => slideOf(s, i + 1, known));
  return { ok: true, deck: { title, slides }, dataDate };
}

function textOf(v: unknown, slide: number | null, field: string, max: number): Text {
  if (!isObject(v)) throw new Refused({ key: 'badField', slide, field });
  const one = (lang: 'en' | 'ar') => {
    const s = v[lang] ?? '';
    if (typeof s !== 'string' || s.length > max) throw new Refused({ key: 'badField', slide, field: `${field}.${lang}` });
    return clean(s);
  };
  return { en: one('en'), ar: one('ar') };
}

function slideOf(v: unknown, n: number, known: Known): DeckSlide {
  if (!isObject(v)) throw new Refused({ key: 'badField', slide: n, field: 'slide' });
  const kind = v.kind ?? 'view';
  if (typeof kind !== 'string' || !(SLIDE_KINDS as readonly string[]).includes(kind)) throw new Refused({ key: 'badField', slide: n, field: 'kind' });
  if (v.hidden !== undefined && typeof v.hidden !== 'boolean') throw new Refused({ key: 'badField', slide: n, field: 'hidden' });
  const lacks: { param: string; value: string }[] = [];
  const view = kind === 'view' ? viewOf(v.view, v.subject, n, known, lacks) : HOME_VIEW;
  return {
    id: newSlideId(),
    kind: kind as SlideKind,
    title: textOf(v.title ?? {}, n, 'title', DECK_LIMITS.title),
    text: textOf(v.text ?? {}, n, 'text', DECK_LIMITS.text),
    notes: textOf(v.notes ?? {}, n, 'notes', DECK_LIMITS.notes),
    view,
    hidden: v.hidden === true,
    ...(lacks.length ? { lacks } : {}),
  };
}

function viewOf(text: unknown, subject: unknown, n: number, known: Known, lacks: { param: string; value: string }[]): View {
  if (text === undefined) text = '';
  if (typeof text !== 'string' || text.length > DECK_LIMITS.view) throw new Refused({ key: 'badField', slide: n, field: 'view' });
  // Only the view's parameters: a slide's language, mode or slide number would mean nothing here.
  const params = new URLSearchParams(text.replace(/^\?/, ''));
  for (const name of [...params.keys()]) if (!VIEW_PARAMS.has(name)) params.delete(name);
  const { address, problems } = parseAddress(params.toString(), known);
  lacks.push(...problems);
  const view = viewFromAddress(address);
  if (subject !== undefined && subject !== null) view.subject = subjectOf(subject, n, known, lacks);
  return view;
}

function subjectOf(v: unknown, n: number, known: Known, lacks: { param: string; value: string }[]): Subject {
  if (!isObject(v)) throw new Refused({ key: 'badField', slide: n, field: 'subject' });
  const ids = (field: 'routes' | 'places' | 'countries', ok: ReadonlySet<string> | undefined, param: string) => {
    const list = v[field] ?? [];
    if (!Array.isArray(list) || list.length > DECK_LIMITS.ids || !list.every((x) => typeof x === 'string' && x.length <= 80)) {
      throw new Refused({ key: 'badField', slide: n, field: `subject.${field}` });
    }
    const strings = list as string[];
    for (const id of strings) if (!ok?.has(id)) lacks.push({ param, value: id });
    return strings.filter((id) => ok?.has(id));
  };
  const maxZoom = v.maxZoom ?? 8;
  if (typeof maxZoom !== 'number' || !Number.isFinite(maxZoom) || maxZoom < 0 || maxZoom > 22) throw new Refused({ key: 'badField', slide: n, field: 'subject.maxZoom' });
  return {
    routes: ids('routes', known.routeIds, 'route'),
    places: ids('places', known.placeIds, 'place'),
    countries: ids('countries', known.countryIds, 'country'),
    maxZoom,
  };
}
