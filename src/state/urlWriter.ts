// Keeps the address bar in step with the store. A choice (a route, point, place or country, or a
// slide) pushes one history entry, so Back steps back through what the user chose and stays in
// the app; everything else (camera moves, layers, language, tabs) replaces the current entry, so
// exploring does not flood the Back button. Replacing writes are throttled. Embedded in an
// article, the address keeps `embed=1` and the embedding tool's ids, and every write replaces:
// an iframe's history entries are the article's, and Back must leave the article, not step the map.
import type { AtlasState, AtlasStore } from './store';
import { defaultPanel, serializeUrlState, type EmbedParams, type UrlState } from './url';

const WRITE_DELAY_MS = 250;

/** The language is always written, so a shared link opens in the sender's language. */
export function urlStateOf(s: AtlasState): UrlState {
  const route = s.routeId ?? undefined;
  const point = s.pointId ?? undefined;
  return {
    lang: s.lang,
    // The Share tab is a tool, not a view: a link made there opens what it shares.
    panel: s.panel === 'share' ? defaultPanel({ route, point }) : s.panel,
    route,
    point,
    place: s.placeId ?? undefined,
    country: s.countryId ?? undefined,
    compare: s.compare ?? undefined,
    year: s.year ?? undefined,
    layers: s.layers,
    // In a briefing the slide sets the view; the explore camera is not shared.
    camera: s.mode === 'explore' ? s.camera ?? undefined : undefined,
    mode: s.mode,
    slide: s.slide,
    autoplay: s.autoplay ?? undefined,
  };
}

/** A new choice: another route, point, place, country or comparison while exploring, or another slide. The year is a setting, not a step. */
export function isChoice(next: AtlasState, prev: AtlasState): boolean {
  if (next.mode !== prev.mode) return false;
  if (next.mode !== 'explore') return next.slide !== prev.slide;
  return next.routeId !== prev.routeId || next.pointId !== prev.pointId || next.placeId !== prev.placeId || next.countryId !== prev.countryId ||
    next.compare?.join() !== prev.compare?.join();
}

let flushPending = () => {};

/** Writes any pending change now, e.g. before the address is copied. */
export function flushUrl(): void {
  flushPending();
}

/** The address of a state: the app's own, or the embed's when `embed` is given. */
export function searchOf(s: AtlasState, embed?: EmbedParams): string {
  return serializeUrlState({ ...urlStateOf(s), embed });
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
