// Keeps the address bar in step with the store. replaceState only: exploring must not flood
// the Back button. Writes are throttled; the camera changes on every moveend.
import type { AtlasState, AtlasStore } from './store';
import { serializeUrlState, type UrlState } from './url';

const WRITE_DELAY_MS = 250;

/** The language is always written, so a shared link opens in the sender's language. */
export function urlStateOf(s: AtlasState): UrlState {
  return {
    lang: s.lang,
    panel: s.panel,
    route: s.routeId ?? undefined,
    point: s.pointId ?? undefined,
    layers: s.layers,
    // In a briefing the slide sets the view; the explore camera is not shared.
    camera: s.mode === 'explore' ? s.camera ?? undefined : undefined,
    mode: s.mode,
    slide: s.slide,
    autoplay: s.autoplay ?? undefined,
  };
}

/**
 * A new slide gets its own history entry (pushState), so Back steps back through the deck;
 * everything else replaces the current entry.
 */
let flushPending = () => {};

/** Writes any pending change now, e.g. before the address is copied. */
export function flushUrl(): void {
  flushPending();
}

export function startUrlWriter(store: AtlasStore, onPop: (search: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const href = () => `${location.pathname}${serializeUrlState(urlStateOf(store.getState()))}${location.hash}`;
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
    if (!popping && next.mode !== 'explore' && prev.mode === next.mode && next.slide !== prev.slide) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      history.pushState(null, '', href());
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
