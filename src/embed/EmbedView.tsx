// The embed (?embed=1): the map and a compact caption for an iframe in an article. No panel, no
// Present button, no time slider; a click on a route names it in the caption. The caption's
// height and the width make the height asked of the parent page (postHeight.ts).
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { atlas } from '../data/atlas';
import { atlasAt } from '../data/status';
import { dirOf, i18n } from '../i18n';
import { useFormat } from '../i18n/useFormat';
import { MapView } from '../map/MapView';
import type { Translators } from '../export/view';
import { RouteSwatch, StatusSwatch } from '../panels/Swatch';
import { focusOf } from '../state/emphasis';
import { getAppStore, useAtlas } from '../state/store';
import type { EmbedParams } from '../state/url';
import { describeEmbed, legendKeys, type DescribedState } from './describe';
import { cooperativeGesturesLocale } from './gestures';
import { startHeightMessages } from './postHeight';
import { appBase, appUrl } from './snippet';
import './embed.css';

const translators = (): Translators => ({ en: i18n.getFixedT('en') as Translators['en'], ar: i18n.getFixedT('ar') as Translators['ar'] });

const pick = (s: DescribedState): DescribedState => ({
  panel: s.panel, routeId: s.routeId, pointId: s.pointId, placeId: s.placeId, countryId: s.countryId, mode: s.mode,
  slide: s.slide, layers: s.layers, compare: s.compare, year: s.year, lang: s.lang, digits: s.digits,
});

export default function EmbedView({ ids }: { ids: EmbedParams }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const view = useAtlas(useShallow(pick));
  const { lang } = view;
  const described = useMemo(() => describeEmbed(view, atlas, translators()), [view]);
  const legend = useMemo(() => legendKeys(view, atlas), [view]);
  const aboutRoute = view.placeId === null && view.countryId === null && focusOf(view) === 'route';
  // The route as of the year shown (absent before it existed), for its swatch.
  const route = aboutRoute ? atlasAt(atlas, view.year).routes.find((r) => r.id === view.routeId) : undefined;
  const picked = view.routeId !== null || view.pointId !== null || view.placeId !== null || view.countryId !== null;
  // The full app at the reader's current view, for the link out.
  const openUrl = useAtlas((s) => appUrl(appBase(location.href), s));
  const head = useRef<HTMLElement>(null);
  const foot = useRef<HTMLElement>(null);
  // The captions are the same two elements for the embed's life; only their content changes.
  useEffect(() => startHeightMessages(() => [head.current, foot.current].filter((e) => e !== null), ids), [ids]);
  // MapLibre takes its help texts once, at creation: the embed's language does not change.
  const gestures = useMemo(() => cooperativeGesturesLocale(lang), [lang]);

  const showAll = () => getAppStore().getState().restoreView({
    routeId: null, pointId: null, placeId: null, countryId: null, panel: 'routes', camera: null, compare: null,
  });

  return (
    <div className="app app--embed" dir={dirOf(lang)} lang={lang} data-testid="app" data-embed="true">
      <header className="embed-head" ref={head}>
        <h1 className="embed-title" data-testid="embed-title">{described.title}</h1>
        <p className="embed-shown" data-testid="embed-shown">
          {route && <RouteSwatch kind={route.kind} status={route.status} />}
          <span>{described.shown}</span>
          {picked && <button type="button" className="link-button embed-all" onClick={showAll}>{t('embed.showAll')}</button>}
        </p>
      </header>
      <main className="map-area embed-map" id="map" aria-label={t('map.label')} aria-describedby="embed-alt">
        <p id="embed-alt" className="visually-hidden" data-testid="embed-alt">{described.alt}</p>
        <MapView cooperativeGestures={gestures} />
      </main>
      <footer className="embed-foot" ref={foot}>
        {!aboutRoute && (
          <ul className="plain-list embed-legend" aria-label={t('legend.title')} data-testid="embed-legend">
            {legend.kinds.map((k) => <li key={k}><RouteSwatch kind={k} /> {t(`kind.${k}`)}</li>)}
            {legend.statuses.map((st) => <li key={st}><StatusSwatch status={st} /> {t(`status.${st}`)}</li>)}
          </ul>
        )}
        <div className="embed-foot-row">
          <p className="embed-credits" data-testid="embed-credits">
            {t('map.asOf', { date: fmt.date(atlas.asOf) })} · {t('map.attribShort')}
          </p>
          <a className="embed-open" href={openUrl} target="_blank" rel="noopener" data-testid="embed-open">
            {t('embed.openInApp')}<span className="visually-hidden"> {t('embed.newTab')}</span>
            <svg className="icon icon--flip" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M4.5 2H10v5.5M10 2 3 9" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </a>
        </div>
      </footer>
    </div>
  );
}
