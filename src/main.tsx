import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBriefingChannel } from './briefing/channel';
import { atlas } from './data/atlas';
import { initI18n } from './i18n';
import { followLanguage, readStoredDigits, readStoredLang } from './i18n/document';
import { initialState } from './state/initial';
import { knownOf, parseAddress, restoredOf } from './state/address';
import { presented } from './deck/model';
import { createAtlasStore, setAppStore } from './state/store';
import { startUrlWriter } from './state/urlWriter';
import { startOfflineWhenReady } from './pwa';
import { MAP_READY_EVENT } from './map/bridge';
import { registerUiFonts } from './styles/fonts';
import { registerSwitchFont } from './styles/switchFont';
import './styles/app.css';

registerUiFonts();
registerSwitchFont();

const known = knownOf(atlas);
// A briefing window of a user's deck (?mode=brief&deck=…) finds the deck in this browser first, so
// its slide number is checked against that deck. Only then is the deck code loaded.
const asked = new URLSearchParams(location.search);
const userDeck = asked.get('deck') && asked.get('mode') && asked.get('mode') !== 'explore' && asked.get('embed') !== '1'
  ? await import('./deck/storage').then((m) => m.openDeckStorage()).then((s) => s?.get(asked.get('deck')!)).catch(() => undefined)
  : undefined;
const presentedDeck = userDeck ? presented(userDeck.deck) : null;
if (presentedDeck) known.slideCount = presentedDeck.slides.length;
const { initial, embed, problems } = initialState(
  location.search,
  known,
  {
    stored: readStoredLang(), storedDigits: readStoredDigits(), browser: navigator.languages ?? [navigator.language],
    viewport: { width: window.innerWidth, height: window.innerHeight },
  },
);
// An embed in someone's article (?embed=1) keeps nothing of the reader's (initial.ts): no
// remembered language, no offline copy, no briefing channel.
if (presentedDeck && userDeck) Object.assign(initial, { deck: presentedDeck, deckId: userDeck.deck.id });
// A deck the browser does not keep: say so, and show the map rather than another deck.
else if (initial.mode && initial.mode !== 'explore' && asked.get('deck') && !embed) {
  initial.mode = 'explore';
  problems.push({ param: 'deck', value: asked.get('deck')!.slice(0, 60) });
}
const store = createAtlasStore(initial);
setAppStore(store);
for (const p of problems) store.getState().notify(p);

initI18n(store.getState().lang);
followLanguage(store);
// Back/Forward: what the address returned to says, as far as Back restores it (address.ts): the
// mode and slide, or the choice and the camera. Language, year and layers are the user's settings,
// not steps in the history: they stay as they are.
startUrlWriter(store, (search) => store.getState().restore(restoredOf(parseAddress(search, known).address)), { embed });

// A reader of an article should not get the whole atlas precached (~3 MB) by a map in it.
if (!embed) {
  startOfflineWhenReady(MAP_READY_EVENT);
  connectBriefingChannel(store, atlas.briefing.slides.length);
}

// A deck sent as a link (#deck=…) opens as one of the user's, in the Briefings tab.
if (!embed && location.hash.startsWith('#deck=')) void import('./deck/openLink').then((m) => m.openDeckLink(store));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App embed={embed} />
  </StrictMode>,
);
