// Offline support. A new version is taken only at the start of a visit, before the user has done
// anything; otherwise it waits for the next visit, so a briefing is never reloaded under a presenter
// and old and new files are never mixed in one page.
import { registerSW } from 'virtual:pwa-register';

const FRESH_MS = 4000;

/**
 * A page that started under one release's service worker and sees another take over before anyone
 * has touched it reloads, to run the new release whole. This happens when the last tab of the old
 * release closes just as a new visit starts: the new worker then activates under the new page and
 * drops the old release's files, which the page would still ask for (its chunks, the map's worker).
 */
export function reloadIfReplacedBeforeUse(): void {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  let touched = false;
  const mark = () => { touched = true; };
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
  window.addEventListener('keydown', mark, { once: true, capture: true });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!touched) location.reload();
  }, { once: true });
}

/** Registers once the map is drawn (or after a while without a map): precaching must not slow the first load. */
export function startOfflineWhenReady(readyEvent: string, fallbackMs = 15_000): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    startOffline();
  };
  window.addEventListener(readyEvent, go, { once: true });
  setTimeout(go, fallbackMs);
}

function startOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const started = performance.now();
  let touched = false;
  const mark = () => { touched = true; };
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
  window.addEventListener('keydown', mark, { once: true, capture: true });

  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (!touched && performance.now() - started < FRESH_MS) void update(true);
    },
    onRegisterError(error: unknown) {
      console.warn('Offline support is unavailable:', error);
    },
  });
}
