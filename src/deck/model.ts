// A user's deck as values: new slides pre-filled from the content in both languages, and the edits
// the deck editor makes (pure: each returns a new deck, so undo is keeping the old one).
import type { AtlasData, Deck, DeckSlide, Lang, Text, UserDeck, View } from '../data/types';
import { HOME_VIEW, focusOf } from '../view/view';
import type { Translators } from '../view/words';

const both = (f: (lang: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
const EMPTY: Text = { en: '', ar: '' };

let counter = 0;
/** An id unique in this browser: slides move between decks, tabs and files. */
export function newSlideId(): string {
  counter += 1;
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
}

export function newDeckId(): string {
  return newSlideId().replace(/^s-/, 'd-');
}

/** A new deck, named for the day, with a title slide. */
export function newDeck(t: Translators, now: Date): UserDeck {
  const title = both((l) => t[l]('deck.untitled'));
  const at = now.toISOString();
  return { id: newDeckId(), title, created: at, updated: at, slides: [titleSlide(title)] };
}

/** A copy of a deck the user can change (the built-in briefing is read-only). */
export function copyOfDeck(deck: Deck, t: Translators, now: Date): UserDeck {
  const at = now.toISOString();
  return {
    id: newDeckId(),
    title: both((l) => t[l]('deck.copyOf', { title: deck.title[l] })),
    created: at,
    updated: at,
    slides: deck.slides.map((s) => ({ ...s, id: newSlideId() })),
  };
}

export function titleSlide(title: Text): DeckSlide {
  return { id: newSlideId(), kind: 'title', title, text: EMPTY, notes: EMPTY, view: HOME_VIEW, hidden: false };
}

export function closingSlide(t: Translators): DeckSlide {
  return { id: newSlideId(), kind: 'closing', title: both((l) => t[l]('deck.closingTitle')), text: EMPTY, notes: EMPTY, view: HOME_VIEW, hidden: false };
}

/** Words for a view, from the content in both languages: what it is about, and its summary. */
export function wordsOfView(view: View, atlas: AtlasData, t: Translators): { title: Text; text: Text } {
  const year = (title: Text): Text => (view.year === null ? title : both((l) => t[l]('deck.titleInYear', { title: title[l], year: view.year })));
  const compared = (view.compare ?? []).map((id) => atlas.routes.find((r) => r.id === id)).filter((r) => r !== undefined);
  if (compared.length) return { title: year(both((l) => t[l]('compare.exportTitle', { names: compared.map((r) => r.shortName[l]).join(' · ') }))), text: EMPTY };
  if (view.place) {
    const p = atlas.places.find((x) => x.properties.id === view.place);
    if (p) return { title: year(p.properties.name), text: p.properties.note ?? EMPTY };
  }
  if (view.country) {
    const c = atlas.countries.find((x) => x.iso3 === view.country);
    if (c) return { title: year(c.name), text: EMPTY };
  }
  const focus = focusOf(view);
  if (focus === 'route') {
    const r = atlas.routes.find((x) => x.id === view.route);
    if (r) return { title: year(r.name), text: r.summary };
  }
  if (focus === 'point') {
    const p = atlas.proposal.points.find((x) => x.id === view.point);
    if (p) return { title: year(both((l) => `${t[l]('point.label', { id: p.id })}: ${p.title[l]}`)), text: p.summary };
  }
  if (focus === 'meeting') return { title: atlas.proposal.meeting.title, text: atlas.proposal.meeting.summary };
  return { title: year(both((l) => t[l]('app.subtitle'))), text: EMPTY };
}

/** The view as a slide keeps it: the Share and Briefings tabs are tools, not part of what is shown. */
export function slideView(view: View): View {
  const tool = view.panel === 'share' || view.panel === 'decks';
  return tool ? { ...view, panel: view.point !== null && !view.route ? 'proposal' : 'routes' } : view;
}

/** A slide of this view, its words pre-filled. */
export function slideOfView(view: View, atlas: AtlasData, t: Translators): DeckSlide {
  const v = slideView(view);
  const { title, text } = wordsOfView(v, atlas, t);
  return { id: newSlideId(), kind: 'view', title, text, notes: EMPTY, view: v, hidden: false };
}

const at = <T>(list: readonly T[], i: number, item: T): T[] => [...list.slice(0, i), item, ...list.slice(i)];

/** Adds a slide after `after` (an id), or at the end. */
export function addSlide<D extends Deck>(deck: D, slide: DeckSlide, after?: string): D {
  const i = after === undefined ? -1 : deck.slides.findIndex((s) => s.id === after);
  return { ...deck, slides: i < 0 ? [...deck.slides, slide] : at(deck.slides, i + 1, slide) };
}

/** Puts a slide back at an index (undo of a deletion), keeping every other change made since. */
export function insertSlide<D extends Deck>(deck: D, slide: DeckSlide, index: number): D {
  return { ...deck, slides: at(deck.slides, Math.max(0, Math.min(deck.slides.length, index)), slide) };
}

/** Moves the slide at `from` to `to` (indexes, clamped). */
export function moveSlide<D extends Deck>(deck: D, from: number, to: number): D {
  const n = deck.slides.length;
  if (from < 0 || from >= n) return deck;
  const target = Math.max(0, Math.min(n - 1, to));
  if (target === from) return deck;
  const rest = deck.slides.filter((_, i) => i !== from);
  return { ...deck, slides: at(rest, target, deck.slides[from]!) };
}

export function duplicateSlide<D extends Deck>(deck: D, id: string): D {
  const s = deck.slides.find((x) => x.id === id);
  return s ? addSlide(deck, { ...s, id: newSlideId() }, id) : deck;
}

export function removeSlide<D extends Deck>(deck: D, id: string): D {
  return { ...deck, slides: deck.slides.filter((s) => s.id !== id) };
}

export function updateSlide<D extends Deck>(deck: D, id: string, patch: Partial<Omit<DeckSlide, 'id'>>): D {
  return { ...deck, slides: deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Edits one language of one of a slide's texts. */
export function editWords<D extends Deck>(deck: D, id: string, field: 'title' | 'text' | 'notes', lang: Lang, value: string): D {
  return { ...deck, slides: deck.slides.map((s) => (s.id === id ? { ...s, [field]: { ...s[field], [lang]: value } } : s)) };
}

/** The deck as it is presented: its hidden slides left out. */
export function presented(deck: Deck): Deck {
  return deck.slides.some((s) => s.hidden) ? { ...deck, slides: deck.slides.filter((s) => !s.hidden) } : deck;
}

/** Whether a slide's words are missing in a language its other language has. */
export function missingLanguage(slide: DeckSlide): Lang | null {
  const fields = [slide.title, slide.text, slide.notes];
  if (fields.some((f) => f.en.trim() && !f.ar.trim())) return 'ar';
  if (fields.some((f) => f.ar.trim() && !f.en.trim())) return 'en';
  return null;
}
