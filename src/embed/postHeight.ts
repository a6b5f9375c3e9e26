// Tells the embedding page how tall the embed wants to be (messages.ts, height.ts): on load and
// whenever the caption or the width changes, debounced, and only a height that differs from the
// last one sent. Nothing is sent when the page is not in a frame.
import type { EmbedParams } from '../state/address';
import { neededHeight } from './height';
import { heightMessages } from './messages';

const DEBOUNCE_MS = 120;

/** `captions`: the parts of the embed around the map; their heights plus the map's preferred height is the answer. */
export function startHeightMessages(captions: () => HTMLElement[], ids: EmbedParams): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    // The frame's width is the parent's to set; the height we ask for never changes it.
    const height = neededHeight(captions().reduce((sum, el) => sum + el.getBoundingClientRect().height, 0), window.innerWidth);
    if (Math.abs(height - last) < 1) return;
    last = height;
    // '*': the embed does not know (and need not trust) who embeds it; a height is no secret.
    for (const message of heightMessages(height, ids)) window.parent.postMessage(message, '*');
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(send, DEBOUNCE_MS);
  };
  const observer = new ResizeObserver(schedule);
  for (const el of captions()) observer.observe(el);
  window.addEventListener('resize', schedule);
  // Fonts change the caption's height once they arrive.
  void document.fonts?.ready.then(schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    if (timer) clearTimeout(timer);
  };
}
