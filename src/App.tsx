import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from './i18n';
import { MapView } from './map/MapView';
import { Attribution } from './panels/Attribution';
import { Legend } from './panels/Legend';
import { Notices } from './panels/Notices';
import { Sidebar } from './panels/Sidebar';
import { TimeSlider } from './panels/TimeSlider';
import { useAtlas } from './state/store';
import type { EmbedParams } from './state/address';

// Briefing code is loaded only when someone presents (or points at the Present button).
const BriefingView = lazy(() => import('./briefing/BriefingView'));
const PresenterView = lazy(() => import('./briefing/PresenterView'));
const HandoutView = lazy(() => import('./export/HandoutView'));
const EmbedView = lazy(() => import('./embed/EmbedView'));

/** `embed`: the page is an embed (?embed=1) for an iframe in an article, for its whole life. */
export function App({ embed }: { embed?: EmbedParams } = {}) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.mode);
  const contrast = useAtlas((s) => s.contrast);

  if (embed) return <Suspense fallback={null}><EmbedView ids={embed} /></Suspense>;

  if (mode === 'handout') {
    return (
      <div className="app app--handout" dir={dirOf(lang)} lang={lang} data-testid="app">
        <Suspense fallback={null}><HandoutView /></Suspense>
      </div>
    );
  }
  if (mode === 'presenter') {
    return (
      <div className="app app--presenter" dir={dirOf(lang)} lang={lang} data-testid="app" data-contrast={contrast}>
        <Suspense fallback={null}><PresenterView /></Suspense>
        <Notices />
      </div>
    );
  }
  // The panel comes first in the document, so Tab reaches it before the map and its controls.
  return (
    <div className={`app app--${mode}`} dir={dirOf(lang)} lang={lang} data-testid="app" data-contrast={contrast}>
      {mode === 'explore' && <a className="skip-link" href="#map">{t('app.skipToMap')}</a>}
      {mode === 'explore' ? <Sidebar /> : <Suspense fallback={null}><BriefingView /></Suspense>}
      <main className="map-area" id="map" tabIndex={-1} aria-label={t('map.label')}>
        <MapView />
        <Notices />
        {mode === 'explore' && <Legend />}
        {mode === 'explore' && <TimeSlider />}
        <Attribution where="map" />
      </main>
    </div>
  );
}
