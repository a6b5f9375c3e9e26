// The messages that tell the embedding page how tall the embed wants to be, in the three forms
// embedding tools listen for. Pure: posting them is postHeight.ts's job.
import type { EmbedParams } from '../state/address';

export const HEIGHT_MESSAGE_TYPE = 'corridor-atlas:height';
/** Datawrapper's id when the address names none; its listener matches the frame, not the id. */
export const DEFAULT_EMBED_ID = 'corridor-atlas';

export type HeightMessage =
  | { 'datawrapper-height': Record<string, number> }
  | { type: typeof HEIGHT_MESSAGE_TYPE; height: number }
  | string;

/**
 * Datawrapper's `{ 'datawrapper-height': { id: h } }`, Pym.js's `pymxPYMx<childId>xPYMxheightxPYMx<h>`
 * and our own `{ type: 'corridor-atlas:height', height }`. The Pym form goes out only when the
 * address has Pym's `childId`: a Pym parent reads only messages with the id it gave its child, so
 * one with a made-up id would reach no one.
 */
export function heightMessages(height: number, ids: EmbedParams): HeightMessage[] {
  const h = Math.round(height);
  const messages: HeightMessage[] = [
    { 'datawrapper-height': { [ids.id ?? ids.chartId ?? DEFAULT_EMBED_ID]: h } },
  ];
  if (ids.childId) messages.push(`pymxPYMx${ids.childId}xPYMxheightxPYMx${h}`);
  messages.push({ type: HEIGHT_MESSAGE_TYPE, height: h });
  return messages;
}
