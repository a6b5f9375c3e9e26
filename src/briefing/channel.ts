// Keeps every open window of the briefing on the same slide (audience ⇄ presenter), both ways.
// Each window keeps its own language: only the slide number travels.
import type { AtlasStore } from '../state/store';
import { clampSlide } from './stepper';

export const CHANNEL_NAME = 'corridor-atlas-briefing';

type Message = { type: 'slide'; slide: number } | { type: 'hello' };

export function connectBriefingChannel(store: AtlasStore, slideCount: number): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL_NAME);
  let applying = false;
  const inDeck = () => store.getState().mode !== 'explore';

  channel.onmessage = (e: MessageEvent<Message>) => {
    if (!inDeck()) return;
    const m = e.data;
    if (m?.type === 'hello') {
      channel.postMessage({ type: 'slide', slide: store.getState().slide } satisfies Message);
    } else if (m?.type === 'slide' && Number.isInteger(m.slide)) {
      applying = true;
      try {
        store.getState().goToSlide(clampSlide(m.slide, slideCount));
      } finally {
        applying = false;
      }
    }
  };
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.mode === 'explore') return;
    if (next.mode !== prev.mode) channel.postMessage({ type: 'hello' } satisfies Message);
    else if (!applying && next.slide !== prev.slide) channel.postMessage({ type: 'slide', slide: next.slide } satisfies Message);
  });
  // A window that opens into a running briefing asks the others where they are.
  if (inDeck()) channel.postMessage({ type: 'hello' } satisfies Message);
  return () => {
    unsubscribe();
    channel.close();
  };
}
