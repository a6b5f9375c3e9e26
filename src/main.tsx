import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBriefingChannel } from './briefing/channel';
import { atlas } from './data/atlas';
import { initI18n } from './i18n';
import { followLanguage, readStoredDigits, readStoredLang } from './i18n/document';
import { initialState } from './state/initial';
import { parseUrlState } from './state/url';
import { createAtlasStore, setAppStore } from './state/store';
import { startUrlWriter } from './state/urlWriter';
import { startOfflineWhenReady } from './pwa';
import { MAP_READY_EVENT } from './map/bridge';
import { registerUiFonts } from './styles/fonts';
import { registerSwitchFont } from './styles/switchFont';
import './styles/app.css';

registerUiFonts();
registerSwitchFont();

const known = {
  routeIds: new Set(atlas.routes.map((r) => r.id)),
  pointIds: new Set(atlas.proposal.points.map((p) => p.id)),
  slideCount: atlas.briefing.slides.length,
};
const { initial, problems } = initialState(
  location.search,
  known,
  { stored: readStoredLang(), storedDigits: readStoredDigits(), browser: navigator.languages ?? [navigator.language] },
);
const store = createAtlasStore(initial);
setAppStore(store);
for (const p of problems) store.getState().notify(p);

initI18n(store.getState().lang);
followLanguage(store);
startUrlWriter(store, (search) => {
  // Back/Forward in a briefing: follow the slide (and mode) in the restored address.
  const { state } = parseUrlState(search, known);
  store.getState().setMode(state.mode ?? 'explore');
  if (state.slide !== undefined) store.getState().goToSlide(state.slide);
});

startOfflineWhenReady(MAP_READY_EVENT);
connectBriefingChannel(store, atlas.briefing.slides.length);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
