// The user's decks in the browser (IndexedDB), each with a revision: a save names the revision it
// was made from, and is refused if another tab saved the deck since, so two tabs never overwrite
// each other unseen. Tabs hear of each other's saves on a channel. A full disk or a browser that
// keeps nothing is a result the editor shows (the deck stays in memory, offered as a file), never
// an exception.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserDeck } from '../data/types';

export interface StoredDeck {
  deck: UserDeck;
  /** Counts saves; a save must name the one it was made from. */
  rev: number;
}

interface DecksDb extends DBSchema {
  decks: { key: string; value: StoredDeck };
}

export type SaveResult =
  | { ok: true; rev: number }
  /** Another tab saved the deck since `rev`: theirs is returned, nothing was written. */
  | { ok: false; reason: 'conflict'; theirs: StoredDeck }
  | { ok: false; reason: 'full' | 'unavailable' };

export interface DeckStorage {
  list: () => Promise<StoredDeck[]>;
  get: (id: string) => Promise<StoredDeck | undefined>;
  /** Saves `deck`, made from revision `rev` (0 for a new deck). */
  save: (deck: UserDeck, rev: number) => Promise<SaveResult>;
  remove: (id: string) => Promise<boolean>;
  /** Hears of saves and deletions made in other tabs. */
  onChange: (listener: (id: string) => void) => () => void;
  close: () => void;
}

const DB_NAME = 'corridor-atlas';
const CHANNEL = 'corridor-atlas-decks';

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** The decks store, or null where the browser keeps nothing (private modes, storage blocked). */
export async function openDeckStorage(): Promise<DeckStorage | null> {
  let db: IDBPDatabase<DecksDb>;
  try {
    db = await openDB<DecksDb>(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('decks', { keyPath: 'deck.id' });
      },
      // Another tab opened a newer version of the atlas: let it upgrade.
      blocking() {
        db.close();
      },
    });
  } catch {
    return null;
  }
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const tell = (id: string) => channel?.postMessage({ id });

  return {
    list: async () => {
      try {
        return await db.getAll('decks');
      } catch {
        return [];
      }
    },
    get: async (id) => {
      try {
        return await db.get('decks', id);
      } catch {
        return undefined;
      }
    },
    save: async (deck, rev) => {
      try {
        const tx = db.transaction('decks', 'readwrite');
        const now = await tx.store.get(deck.id);
        if (now && now.rev !== rev) {
          await tx.done;
          return { ok: false, reason: 'conflict', theirs: now };
        }
        const next = { deck, rev: rev + 1 };
        await tx.store.put(next);
        await tx.done;
        tell(deck.id);
        return { ok: true, rev: next.rev };
      } catch (e) {
        return { ok: false, reason: isQuota(e) ? 'full' : 'unavailable' };
      }
    },
    remove: async (id) => {
      try {
        await db.delete('decks', id);
        tell(id);
        return true;
      } catch {
        return false;
      }
    },
    onChange: (listener) => {
      const hear = (e: MessageEvent) => {
        const id = (e.data as { id?: unknown } | null)?.id;
        if (typeof id === 'string') listener(id);
      };
      channel?.addEventListener('message', hear);
      return () => channel?.removeEventListener('message', hear);
    },
    close: () => {
      channel?.close();
      db.close();
    },
  };
}
