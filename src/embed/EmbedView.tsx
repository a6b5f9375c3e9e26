// The embed (?embed=1): the map and a compact caption for an iframe in an article. No panel, no
// Present button, no time slider; a click on a route names it in the caption. The caption's
// height and the width make the height asked of the parent page (postHeight.ts).
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { atlas } from '../data/atlas';
import { dirOf, translators } from '../i18n';
import { useFormat } from '../i18n/useFormat';
import { MapView } from '../map/MapView';
import { RouteSwatch, StatusSwatch } from '../panels/Swatch';
import { getAppStore, useAtlas } from '../state/store';
import type { EmbedParams } from '../state/address';
import { NO_MOVE, sceneOf } from '../view/scene';
import { focusOf } from '../view/view';
import { describeEmbed, legendKeys } from './describe';
import { cooperativeGesturesLocale } from './gestures';
import { startHeightMessages } from './postHeight';
import { appBase, appUrl } from './snippet';
import './embed.css';



export default function EmbedView({ ids }: { ids: EmbedParams }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const shown = useAtlas(useShallow((s) => ({ mode: s.mode, slide: s.slide, view: s.view, lang: s.lang, contrast: s.contrast, digits: s.digits })));
  const { lang, view, digits } = shown;
  // What the map shows, for the caption: the scene without the camera's reasons.
  const scene = useMemo(() => sceneOf({ ...shown, move: NO_MOVE, deck: null }, atlas), [shown]);
  const described = useMemo(() => describeEmbed(scene, atlas, translators(), digits), [scene, digits]);
  const legend = useMemo(() => legendKeys(scene), [scene]);
  const aboutRoute = view.place === null && view.country === null && focusOf(view) === 'route';
  // The route as of the year shown (absent before it existed), for its swatch.
  const route = aboutRoute ? scene.network.routes.find((r) => r.id === view.route) : undefined;
  const picked = view.route !== null || view.point !== null || view.place !== null || view.country !== null;
  // The full app at the reader's current view, for the link out.
  const openUrl = useAtlas((s) => appUrl(appBase(location.href), s));
  const head = useRef<HTMLElement>(null);
  const foot = useRef<HTMLElement>(null);
  // The captions are the same two elements for the embed's life; only their content changes.
  useEffect(() => startHeightMessages(() => [head.current, foot.current].filter((e) => e !== null), ids), [ids]);
  // MapLibre takes its help texts once, at creation: the embed's language does not change.
  const gestures = useMemo(() => cooperativeGesturesLocale(lang), [lang]);

  const showAll = () => getAppStore().getState().restore({
    panel: 'routes', route: null, point: null, place: null, country: null, camera: null, compare: null,
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
