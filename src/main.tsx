import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { atlas } from './data/atlas';
import { initI18n } from './i18n';
import { followLanguage } from './i18n/document';
import { initialState } from './state/initial';
import { createAtlasStore, setAppStore } from './state/store';
import { startUrlWriter } from './state/urlWriter';
import { readStoredDigits, readStoredLang } from './i18n/document';
import { startOffline } from './pwa';
import { registerUiFonts } from './styles/fonts';
import './styles/app.css';

registerUiFonts();

const { initial, problems } = initialState(
  location.search,
  { routeIds: new Set(atlas.routes.map((r) => r.id)), pointIds: new Set(atlas.proposal.points.map((p) => p.id)) },
  { stored: readStoredLang(), storedDigits: readStoredDigits(), browser: navigator.languages ?? [navigator.language] },
);
const store = createAtlasStore(initial);
setAppStore(store);
for (const p of problems) store.getState().notify(p);

initI18n(store.getState().lang);
followLanguage(store);
startUrlWriter(store);

startOffline();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
