// A deck in a link, with no server: the deck file, compacted and compressed (the browser's own
// deflate), in the address's fragment (`#deck=…`), which browsers never send to a server. A link
// longer than mail and chat keep whole is not offered: send the file instead.
import { DECK_LIMITS } from './file';

export const DECK_HASH = 'deck';
/** Links up to this length survive mail clients and chat apps whole; longer ones get cut. */
export const LINK_MAX = 2000;

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array | null => {
  if (!/^[\w-]*$/.test(text)) return null;
  try {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A small link may unpack to something huge: stop reading past the file's own cap.
    if (size > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The fragment (`#deck=…`) that carries this deck file's text. */
export async function deckFragment(fileText: string): Promise<string> {
  const compact = JSON.stringify(JSON.parse(fileText));
  const packed = await pipe(new TextEncoder().encode(compact), new CompressionStream('deflate-raw'), Infinity);
  return `#${DECK_HASH}=${toBase64Url(packed!)}`;
}

/**
 * The deck file's text a fragment carries; null when it carries none; 'bad' when it carries one
 * that cannot be read (cut short by a mail client, say).
 */
export async function deckOfFragment(hash: string): Promise<string | null | 'bad'> {
  const m = /^#deck=(.*)$/s.exec(hash);
  if (!m) return null;
  const bytes = fromBase64Url(m[1]!);
  if (!bytes || bytes.length === 0 || bytes.length > DECK_LIMITS.bytes) return 'bad';
  try {
    const out = await pipe(bytes, new DecompressionStream('deflate-raw'), DECK_LIMITS.bytes);
    return out ? new TextDecoder('utf-8', { fatal: true }).decode(out) : 'bad';
  } catch {
    return 'bad';
  }
}
