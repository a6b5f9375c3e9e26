// Offline support. A new version is taken only at the start of a visit, before the user has done
// anything; otherwise it waits for the next visit, so a briefing is never reloaded under a presenter
// and old and new files are never mixed in one page.
import { registerSW } from 'virtual:pwa-register';

const FRESH_MS = 4000;

/**
 * Starts offline support: registers the service worker once the map is drawn (or after a while
 * without a map: precaching must not slow the first load), and watches from now on whether the user
 * has touched the page, which decides whether a new version may take over.
 */
export function startOfflineWhenReady(readyEvent: string, fallbackMs = 15_000): void {
  if (!('serviceWorker' in navigator)) return;
  let touched = false;
  const mark = () => { touched = true; };
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
  window.addEventListener('keydown', mark, { once: true, capture: true });

  // A page that started under one release's worker and sees another take over before anyone
  // touched it reloads, to run the new release whole. This happens when the last tab of the old
  // release closes just as a new visit starts: the new worker activates under the new page and
  // drops the old release's files, which the page may still ask for (its chunks, the map's worker).
  if (navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => { if (!touched) location.reload(); }, { once: true });
  }

  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    startOffline(() => touched);
  };
  window.addEventListener(readyEvent, go, { once: true });
  setTimeout(go, fallbackMs);
}

function startOffline(touched: () => boolean): void {
  if (!import.meta.env.PROD) return;
  const started = performance.now();
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (!touched() && performance.now() - started < FRESH_MS) void update(true);
    },
    onRegisterError(error: unknown) {
      console.warn('Offline support is unavailable:', error);
    },
  });
}
