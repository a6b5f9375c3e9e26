// Keeps the address bar in step with the store. A choice (address.ts: a route, point, place,
// country or comparison, or a slide) pushes one history entry, so Back steps back through what the
// user chose and stays in the app; everything else (camera moves, layers, language, tabs) replaces
// the current entry, so exploring does not flood the Back button. Replacing writes are throttled.
// Embedded in an article, the address keeps `embed=1` and the embedding tool's ids, and every write
// replaces: an iframe's history entries are the article's, and Back must leave the article.
import type { AtlasState, AtlasStore } from './store';
import { isNewChoice, writeAddress, type Address, type EmbedParams } from './address';

const WRITE_DELAY_MS = 250;

/** The address of a state. The language is always written, so a shared link opens in the sender's language. */
export function addressOf(s: AtlasState): Address {
  const { subject: _subject, ...view } = s.view;
  return { ...view, lang: s.lang, mode: s.mode, deckId: s.deckId, slide: s.slide, autoplay: s.autoplay };
}

/** A new choice: another route, point, place, country or comparison while exploring, or another slide. */
export function isChoice(next: AtlasState, prev: AtlasState): boolean {
  return isNewChoice(addressOf(next), addressOf(prev));
}

let flushPending = () => {};

/** Writes any pending change now, e.g. before the address is copied. */
export function flushUrl(): void {
  flushPending();
}

/** The address of a state: the app's own, or the embed's when `embed` is given. */
export function searchOf(s: AtlasState, embed?: EmbedParams): string {
  return writeAddress(addressOf(s), embed);
}

export function startUrlWriter(store: AtlasStore, onPop: (search: string) => void, opts: { embed?: EmbedParams } = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const href = (s: AtlasState = store.getState()) => `${location.pathname}${searchOf(s, opts.embed)}${location.hash}`;
  const write = () => {
    timer = undefined;
    const next = href();
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  };
  flushPending = () => {
    if (timer) clearTimeout(timer);
    write();
  };
  let popping = false;
  const unsubscribe = store.subscribe((next, prev) => {
    if (!popping && !opts.embed && isChoice(next, prev)) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      // The entry being left keeps its last view (a camera move may still be waiting to be written).
      history.replaceState(history.state, '', href(prev));
      history.pushState(null, '', href(next));
      return;
    }
    timer ??= setTimeout(write, WRITE_DELAY_MS);
  });
  const pop = () => {
    popping = true;
    try {
      onPop(location.search);
    } finally {
      popping = false;
    }
  };
  window.addEventListener('popstate', pop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', pop);
    if (timer) clearTimeout(timer);
  };
}
