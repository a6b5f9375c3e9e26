import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from './i18n';
import { MapView } from './map/MapView';
import { Attribution } from './panels/Attribution';
import { Legend } from './panels/Legend';
import { Notices } from './panels/Notices';
import { Sidebar } from './panels/Sidebar';
import { useAtlas } from './state/store';

export function App() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const panel = useRef<HTMLElement>(null);
  const overlays = useCallback(() => ({
    panel: panel.current?.getBoundingClientRect().width ?? 0,
    legend: document.querySelector('.legend')?.getBoundingClientRect().width ?? 0,
  }), []);
  return (
    <div className="app" dir={dirOf(lang)} lang={lang} data-testid="app">
      <a className="skip-link" href="#panel">{t('app.skipToPanel')}</a>
      <main className="map-area">
        <MapView overlays={overlays} />
        <Notices />
        <Legend />
        <Attribution />
      </main>
      <Sidebar ref={panel} />
    </div>
  );
}
