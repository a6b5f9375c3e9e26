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
    camera: s.camera ?? undefined,
  };
}

export function startUrlWriter(store: AtlasStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const next = `${location.pathname}${serializeUrlState(urlStateOf(store.getState()))}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  };
  const unsubscribe = store.subscribe(() => {
    timer ??= setTimeout(write, WRITE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
