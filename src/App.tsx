import { Suspense, lazy, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from './i18n';
import { MapView } from './map/MapView';
import { Attribution } from './panels/Attribution';
import { Legend } from './panels/Legend';
import { Notices } from './panels/Notices';
import { Sidebar } from './panels/Sidebar';
import { useAtlas } from './state/store';

// Briefing code is loaded only when someone presents (or points at the Present button).
const BriefingView = lazy(() => import('./briefing/BriefingView'));
const PresenterView = lazy(() => import('./briefing/PresenterView'));
const HandoutView = lazy(() => import('./export/HandoutView'));

export function App() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.mode);
  const contrast = useAtlas((s) => s.contrast);
  const panel = useRef<HTMLElement>(null);
  const overlays = useCallback(() => ({
    panel: (panel.current ?? document.querySelector('.slide-card'))?.getBoundingClientRect().width ?? 0,
    legend: document.querySelector('.legend')?.getBoundingClientRect().width ?? 0,
  }), []);

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
  return (
    <div className={`app app--${mode}`} dir={dirOf(lang)} lang={lang} data-testid="app" data-contrast={contrast}>
      {mode === 'explore' && <a className="skip-link" href="#panel">{t('app.skipToPanel')}</a>}
      <main className="map-area">
        <MapView overlays={overlays} />
        <Notices />
        {mode === 'explore' && <Legend />}
        <Attribution />
      </main>
      {mode === 'explore' ? <Sidebar ref={panel} /> : <Suspense fallback={null}><BriefingView /></Suspense>}
    </div>
  );
}
