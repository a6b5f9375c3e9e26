// Opening a deck sent as a link: the fragment becomes one of the user's decks (or a message why
// not), shown in the Briefings tab; the fragment is then dropped, so a reload does not add it twice.
import type { AtlasStore } from '../state/store';
import { importDeck, loadDecks, setProblem } from './decks';
import { deckOfFragment } from './link';

export async function openDeckLink(store: AtlasStore): Promise<void> {
  const text = await deckOfFragment(location.hash);
  if (text === null) return;
  await loadDecks();
  if (text === 'bad') setProblem({ key: 'badLink' });
  else importDeck(text);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  store.getState().setPanel('decks');
}
