// The user's decks while the app runs: what the deck editor shows and changes. Every change is in
// memory at once and saved soon after (IndexedDB, storage.ts); a save that fails keeps the deck in
// memory and says why, so the user can save it as a file. Loaded only when the user adds a slide or
// opens the Briefings tab.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { atlas } from '../data/atlas';
import type { Deck, UserDeck, View } from '../data/types';
import { translators } from '../i18n';
import { knownOf } from '../state/address';
import { getAppStore } from '../state/store';
import { addSlide, copyOfDeck, newDeck, newDeckId, slideOfView } from './model';
import { readDeckFile, type DeckProblem } from './file';
import { openDeckStorage, type DeckStorage, type StoredDeck } from './storage';

export type SaveStatus = 'saved' | 'saving' | 'full' | 'unavailable' | 'conflict';

export interface DecksState {
  ready: boolean;
  decks: StoredDeck[];
  /** The deck open in the editor. */
  openId: string | null;
  status: SaveStatus;
  /** Another tab's version of the open deck, when a save found it. */
  theirs: StoredDeck | null;
  /** The last thing that can be undone (a deleted deck or slide). */
  undo: { message: { key: string; opts?: Record<string, unknown> }; restore: () => void } | null;
  /** Why the last file or link could not be opened. */
  problem: DeckProblem | { key: 'badLink' } | { key: 'unreadable' } | null;
}

const LAST_DECK_KEY = 'corridor-atlas:deck';
const SAVE_DELAY_MS = 300;
export const known = knownOf(atlas);

const store = createStore<DecksState>()(() => ({ ready: false, decks: [], openId: null, status: 'saved', theirs: null, undo: null, problem: null }));
let storage: DeckStorage | null = null;
let loading: Promise<void> | null = null;
/** Decks changed in memory and not yet saved: the timer of each one's coming save, by id. */
const pending = new Map<string, ReturnType<typeof setTimeout>>();

export const useDecks = <T>(selector: (s: DecksState) => T): T => useStore(store, selector);
export const decksState = () => store.getState();

const byUpdated = (a: StoredDeck, b: StoredDeck) => b.deck.updated.localeCompare(a.deck.updated);
const remember = (id: string) => {
  try {
    localStorage.setItem(LAST_DECK_KEY, id);
  } catch {
    // Storage blocked: the next Add starts from the newest deck instead.
  }
};

/** Opens the store and reads the decks (once). */
export function loadDecks(): Promise<void> {
  loading ??= (async () => {
    storage = await openDeckStorage();
    const decks = storage ? (await storage.list()).sort(byUpdated) : [];
    store.setState({ ready: true, decks, status: storage ? 'saved' : 'unavailable' });
    storage?.onChange((id) => void heardFromAnotherTab(id));
    addEventListener('pagehide', flushSaves);
  })();
  return loading;
}

async function heardFromAnotherTab(id: string) {
  if (!storage) return;
  const stored = await storage.get(id);
  // A deck being changed here is saved against its revision, and a conflict is said then.
  if (pending.has(id)) return;
  store.setState((s) => ({
    decks: (stored ? [...s.decks.filter((d) => d.deck.id !== id), stored] : s.decks.filter((d) => d.deck.id !== id)).sort(byUpdated),
  }));
}

const find = (id: string) => store.getState().decks.find((d) => d.deck.id === id);

async function save(id: string) {
  pending.delete(id);
  const entry = find(id);
  if (!entry) return;
  if (!storage) {
    store.setState({ status: 'unavailable' });
    return;
  }
  store.setState({ status: 'saving' });
  const result = await storage.save(entry.deck, entry.rev);
  if (result.ok) {
    // Keep what was typed meanwhile: only the revision comes from the save.
    store.setState((s) => ({ status: pending.size ? 'saving' : 'saved', decks: s.decks.map((d) => (d.deck.id === id ? { ...d, rev: result.rev } : d)) }));
  } else if (result.reason === 'conflict') {
    store.setState({ status: 'conflict', theirs: result.theirs });
  } else {
    store.setState({ status: result.reason });
  }
}

function schedule(id: string) {
  const t = pending.get(id);
  if (t) clearTimeout(t);
  pending.set(id, setTimeout(() => void save(id), SAVE_DELAY_MS));
  store.setState({ status: 'saving' });
}

/** Saves every change now (the page is being left). */
export function flushSaves(): void {
  for (const [id, t] of pending) {
    clearTimeout(t);
    void save(id);
  }
}

/** Changes a deck in memory now, and saves it soon. */
export function changeDeck(id: string, edit: (d: UserDeck) => UserDeck): void {
  const entry = find(id);
  if (!entry) return;
  const deck = { ...edit(entry.deck), updated: new Date().toISOString() };
  store.setState((s) => ({ decks: s.decks.map((d) => (d.deck.id === id ? { ...d, deck } : d)).sort(byUpdated) }));
  schedule(id);
}

function put(deck: UserDeck): void {
  store.setState((s) => ({ decks: [{ deck, rev: 0 }, ...s.decks.filter((d) => d.deck.id !== deck.id)].sort(byUpdated) }));
  remember(deck.id);
  schedule(deck.id);
}

export function createDeck(): string {
  const deck = newDeck(translators(), new Date());
  put(deck);
  return deck.id;
}

export function copyDeck(deck: Deck): string {
  const copy = copyOfDeck(deck, translators(), new Date());
  put(copy);
  return copy.id;
}

export function openDeck(id: string | null): void {
  store.setState({ openId: id, problem: null });
  if (id) remember(id);
}

export function removeDeck(id: string): void {
  const entry = find(id);
  if (!entry) return;
  const t = pending.get(id);
  if (t) clearTimeout(t);
  pending.delete(id);
  store.setState((s) => ({
    decks: s.decks.filter((d) => d.deck.id !== id),
    openId: s.openId === id ? null : s.openId,
    undo: { message: { key: 'decks.deleted', opts: { title: entry.deck.title } }, restore: () => put(entry.deck) },
  }));
  void storage?.remove(id);
}

export function setUndo(undo: DecksState['undo']): void {
  store.setState({ undo });
}

/** The deck the next Add goes to: the one last opened, or the newest; a new one if there is none. */
function currentDeckId(): string {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_DECK_KEY);
  } catch {
    last = null;
  }
  const decks = store.getState().decks;
  return (last && decks.some((d) => d.deck.id === last) ? last : decks[0]?.deck.id) ?? createDeck();
}

/** Adds a slide of this view to the current deck: which deck, and the slide's number. */
export async function addView(view: View): Promise<{ id: string; title: UserDeck['title']; n: number }> {
  await loadDecks();
  const id = currentDeckId();
  changeDeck(id, (d) => addSlide(d, slideOfView(view, atlas, translators())));
  const deck = find(id)!.deck;
  return { id, title: deck.title, n: deck.slides.length };
}

/** Opens a deck file's text as a new deck of the user's; says why not when it cannot. */
export function importDeck(text: string): string | null {
  const read = readDeckFile(text, known);
  if (!read.ok) {
    store.setState({ problem: read.problem });
    return null;
  }
  const at = new Date().toISOString();
  const deck: UserDeck = { ...read.deck, id: newDeckId(), created: at, updated: at };
  put(deck);
  store.setState({ openId: deck.id, problem: null });
  return deck.id;
}

export function setProblem(problem: DecksState['problem']): void {
  store.setState({ problem });
}

/** After a conflict: take the other tab's version of the open deck. */
export function takeTheirs(): void {
  const theirs = store.getState().theirs;
  if (!theirs) return;
  store.setState((s) => ({ theirs: null, status: 'saved', decks: s.decks.map((d) => (d.deck.id === theirs.deck.id ? theirs : d)).sort(byUpdated) }));
}

/** After a conflict: keep this tab's version as a deck of its own, and the other tab's under the old id. */
export function keepMine(): void {
  const theirs = store.getState().theirs;
  if (!theirs) return;
  const mine = find(theirs.deck.id);
  store.setState((s) => ({ theirs: null, decks: s.decks.map((d) => (d.deck.id === theirs.deck.id ? theirs : d)) }));
  if (mine) {
    const copy = copyOfDeck(mine.deck, translators(), new Date());
    put(copy);
    store.setState({ openId: copy.id });
  }
}

/** Presents a deck from one of its slides (its index in the deck; hidden slides are skipped). */
export function presentDeck(id: string | null, index = 0): void {
  const app = getAppStore();
  if (id === null) {
    app.getState().present(null, index);
    return;
  }
  const { decks } = store.getState();
  const deck = decks.find((d) => d.deck.id === id)?.deck;
  if (!deck) return;
  // The slide's place among the slides shown; a hidden one starts from the next one shown.
  const shown = deck.slides.slice(0, index).filter((s) => !s.hidden).length;
  const count = deck.slides.filter((s) => !s.hidden).length;
  if (count === 0) return;
  app.getState().present({ id, deck }, Math.min(shown, count - 1));
}
