import { Suspense, forwardRef, lazy, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANELS, type Panel } from '../state/url';
import { useAtlas } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { DigitsToggle, LanguageSwitch } from './LanguageSwitch';
import { MeetingPanel } from './MeetingPanel';
import { PointDetail } from './PointDetail';
import { PointList } from './PointList';
import { RouteDetail } from './RouteDetail';
import { RouteList } from './RouteList';
import { SearchBox } from './SearchBox';

// Export code is loaded when the Share tab opens.
const SharePanel = lazy(() => import('../export/SharePanel'));

/** Fetch the briefing code while the presenter reaches for the button. */
const prefetchBriefing = () => void import('../briefing/BriefingView');

export const Sidebar = forwardRef<HTMLElement>(function Sidebar(_props, ref) {
  const { t } = useTranslation();
  const panel = useAtlas((s) => s.panel);
  const setPanel = useAtlas((s) => s.setPanel);
  const dir = useAtlas((s) => (s.lang === 'ar' ? -1 : 1));
  const setMode = useAtlas((s) => s.setMode);
  const goToSlide = useAtlas((s) => s.goToSlide);
  const startBriefing = () => {
    goToSlide(0);
    setMode('brief');
  };

  // Arrow keys move between tabs, in reading order.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? dir : e.key === 'ArrowLeft' ? -dir : 0;
    if (!step) return;
    e.preventDefault();
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length]!;
    setPanel(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className="panel" id="panel" ref={ref} aria-label={t('app.title')} tabIndex={-1}>
      <header className="panel-header">
        <div className="panel-titles">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          <DigitsToggle />
          <button type="button" className="present-button" title={t('briefing.presentHint')} data-testid="present"
            onPointerEnter={prefetchBriefing} onFocus={prefetchBriefing} onClick={() => startBriefing()}>
            {t('briefing.present')}
          </button>
        </div>
      </header>
      <SearchBox />
      <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onTabKey}>
        {PANELS.map((p) => (
          <button
            key={p}
            id={`tab-${p}`}
            role="tab"
            type="button"
            aria-selected={panel === p}
            aria-controls="panel-body"
            tabIndex={panel === p ? 0 : -1}
            className="tab"
            onClick={() => setPanel(p)}
          >
            {t(`tabs.${p}`)}
          </button>
        ))}
      </div>
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${panel}`}>
        <ErrorBoundary resetKey={panel}>
          <PanelBody panel={panel} />
        </ErrorBoundary>
      </div>
    </aside>
  );
});

function PanelBody({ panel }: { panel: Panel }) {
  const routeId = useAtlas((s) => s.routeId);
  const pointId = useAtlas((s) => s.pointId);
  if (panel === 'routes') return routeId ? <RouteDetail id={routeId} /> : <RouteList />;
  if (panel === 'proposal') return pointId !== null ? <PointDetail id={pointId} /> : <PointList />;
  if (panel === 'share') return <Suspense fallback={null}><SharePanel /></Suspense>;
  return <MeetingPanel />;
}
