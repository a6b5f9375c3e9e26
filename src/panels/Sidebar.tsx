import { Suspense, lazy, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PANELS, type Panel } from '../data/types';
import { useAtlas } from '../state/store';
import { AddToBriefing } from './AddToBriefing';
import { Attribution } from './Attribution';
import { CountryDetail } from './CountryDetail';
import { ErrorBoundary } from './ErrorBoundary';
import { DigitsToggle, LanguageSwitch } from './LanguageSwitch';
import { MeetingPanel } from './MeetingPanel';
import { PlaceDetail } from './PlaceDetail';
import { PointDetail } from './PointDetail';
import { PointList } from './PointList';
import { RouteDetail } from './RouteDetail';
import { RouteList } from './RouteList';
import { SearchBox } from './SearchBox';
import { SheetHandle } from './SheetHandle';

// Export code is loaded when the Share tab opens.
const SharePanel = lazy(() => import('../export/SharePanel'));
// The comparison, when one opens.
const CompareView = lazy(() => import('./CompareView'));
// The user's briefings and their editor, when the tab opens.
const DecksPanel = lazy(() => import('../deck/DecksPanel'));

/** Fetch the briefing code while the presenter reaches for the button. */
const prefetchBriefing = () => void import('../briefing/BriefingView');

/** The side panel on a desktop, a bottom sheet on a phone (see SheetHandle and app.css). */
export function Sidebar() {
  const { t } = useTranslation();
  const panel = useAtlas((s) => s.view.panel);
  const sheet = useAtlas((s) => s.sheet);
  const setPanel = useAtlas((s) => s.setPanel);
  const dir = useAtlas((s) => (s.lang === 'ar' ? -1 : 1));
  const present = useAtlas((s) => s.present);
  // A comparison widens the panel on a desktop (app.css), by its number of columns.
  const comparing = useAtlas((s) => (s.view.compare && s.view.panel === 'routes' ? s.view.compare.length : undefined));
  const body = useRef<HTMLDivElement>(null);
  useFocusOnOpen(body);
  // The Present button presents the atlas's own briefing; the user's are presented from their tab.
  const startBriefing = () => present(null, 0);

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
    <aside className="panel" id="panel" aria-label={t('app.title')} tabIndex={-1} data-cover="panel" data-sheet={sheet} data-compare={comparing} data-testid="panel">
      <SheetHandle />
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
      <div className="add-row"><AddToBriefing /></div>
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
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${panel}`} ref={body}>
        <ErrorBoundary resetKey={panel}>
          <PanelBody panel={panel} />
        </ErrorBoundary>
      </div>
      <Attribution where="sheet" />
    </aside>
  );
}

/**
 * A newly opened route, point, place or country starts at its top, with focus on its heading; going
 * back to a list puts focus on the entry that was open. A tab switch starts at the top and leaves
 * focus on the tab. Nothing moves on the first render: a visit does not start inside the panel.
 */
function useFocusOnOpen(body: RefObject<HTMLDivElement | null>) {
  const routeId = useAtlas((s) => s.view.route);
  const pointId = useAtlas((s) => s.view.point);
  const placeId = useAtlas((s) => s.view.place);
  const countryId = useAtlas((s) => s.view.country);
  const panel = useAtlas((s) => s.view.panel);
  const compare = useAtlas((s) => s.view.compare?.join() ?? '');
  const picked = `${routeId}|${pointId}|${placeId}|${countryId}|${compare}`;
  const before = useRef<{ picked: string; panel: Panel; routeId: string | null; pointId: number | null } | null>(null);
  useEffect(() => {
    const prev = before.current;
    before.current = { picked, panel, routeId, pointId };
    const el = body.current;
    if (!prev || !el || (prev.picked === picked && prev.panel === panel)) return;
    el.scrollTo({ top: 0 });
    if (prev.picked === picked) return;
    const target = el.querySelector<HTMLElement>('h2[tabindex="-1"]') ??
      (prev.routeId && !routeId ? el.querySelector<HTMLElement>(`[data-route="${prev.routeId}"]`) : null) ??
      (prev.pointId !== null && pointId === null ? el.querySelector<HTMLElement>(`[data-point="${prev.pointId}"]`) : null);
    target?.focus({ preventScroll: true });
  }, [picked, panel, routeId, pointId, body]);
}

function PanelBody({ panel }: { panel: Panel }) {
  const routeId = useAtlas((s) => s.view.route);
  const pointId = useAtlas((s) => s.view.point);
  const placeId = useAtlas((s) => s.view.place);
  const countryId = useAtlas((s) => s.view.country);
  const compare = useAtlas((s) => s.view.compare);
  if (panel === 'routes') {
    if (compare) return <Suspense fallback={null}><CompareView ids={compare} /></Suspense>;
    if (placeId) return <PlaceDetail id={placeId} />;
    if (countryId) return <CountryDetail iso3={countryId} />;
    return routeId ? <RouteDetail id={routeId} /> : <RouteList />;
  }
  if (panel === 'proposal') return pointId !== null ? <PointDetail id={pointId} /> : <PointList />;
  if (panel === 'share') return <Suspense fallback={null}><SharePanel /></Suspense>;
  if (panel === 'decks') return <Suspense fallback={null}><DecksPanel /></Suspense>;
  return <MeetingPanel />;
}
