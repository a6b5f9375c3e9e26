import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBriefingChannel } from './briefing/channel';
import { atlas } from './data/atlas';
import { initI18n } from './i18n';
import { followLanguage, readStoredDigits, readStoredLang } from './i18n/document';
import { initialState } from './state/initial';
import { defaultPanel, parseUrlState } from './state/url';
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
  placeIds: new Set(atlas.places.map((p) => p.properties.id)),
  countryIds: new Set(atlas.countries.map((c) => c.iso3)),
  slideCount: atlas.briefing.slides.length,
};
const { initial, url, problems } = initialState(
  location.search,
  known,
  {
    stored: readStoredLang(), storedDigits: readStoredDigits(), browser: navigator.languages ?? [navigator.language],
    viewport: { width: window.innerWidth, height: window.innerHeight },
  },
);
// An embed in someone's article (?embed=1) keeps nothing of the reader's (initial.ts): no
// remembered language, no offline copy, no briefing channel.
const embed = url.embed;
const store = createAtlasStore(initial);
setAppStore(store);
for (const p of problems) store.getState().notify(p);

initI18n(store.getState().lang);
followLanguage(store);
startUrlWriter(store, (search) => {
  // Back/Forward: the slide, or the selection and view, of the restored address. Language and
  // layers are the user's settings, not steps in the history: they stay as they are.
  const { state } = parseUrlState(search, known);
  const s = store.getState();
  s.setMode(state.mode ?? 'explore');
  if (state.slide !== undefined) s.goToSlide(state.slide);
  if ((state.mode ?? 'explore') === 'explore') {
    s.restoreView({
      routeId: state.route ?? null, pointId: state.point ?? null, placeId: state.place ?? null, countryId: state.country ?? null,
      panel: state.panel ?? defaultPanel(state), camera: state.camera ?? null, compare: state.compare ?? null,
    });
  }
}, { embed });

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
