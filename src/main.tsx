import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBriefingChannel } from './briefing/channel';
import { atlas } from './data/atlas';
import { initI18n } from './i18n';
import { followLanguage, readStoredDigits, readStoredLang } from './i18n/document';
import { initialState } from './state/initial';
import { knownOf, parseAddress, restoredOf } from './state/address';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App embed={embed} />
  </StrictMode>,
);
