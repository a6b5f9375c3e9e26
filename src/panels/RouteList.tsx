import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { LAYER_IDS, isRouteKind, type LayerId } from '../data/types';
import { lightTheme } from '../map/theme';
import { DotSwatch, RouteSwatch } from './Swatch';
import { useStatusOf } from './useStatusOf';
import { CompareBar, ComparePickItem, CompareToggle } from './ComparePicker';

export function RouteList() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const layers = useAtlas((s) => s.view.layers);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const statusOf = useStatusOf();
  const fmt = useFormat();
  // Drawn: its kind is on, and it existed in the year on the time slider.
  const shown = atlas.routes.filter((r) => layers.includes(r.kind) && statusOf(r).status !== null);
  // Compare mode: the routes ticked so far (null when the list is not picking routes to compare).
  const [picked, setPicked] = useState<string[] | null>(null);
  return (
    <div className="route-list">
      <p className="intro">{t('routes.intro')}</p>
      <CompareToggle picked={picked} onChange={setPicked} />
      <ul className="plain-list" aria-label={t('tabs.routes')}>
        {atlas.routes.map((r) => {
          const hidden = !layers.includes(r.kind);
          if (picked) return <li key={r.id}><ComparePickItem route={r} picked={picked} onChange={setPicked} hiddenNote={hidden ? t('routes.hidden') : undefined} /></li>;
          return (
            <li key={r.id}>
              <button type="button" className="list-button" data-route={r.id} onClick={() => selectRoute(r.id)} aria-describedby={hidden ? `hidden-${r.id}` : undefined}>
                <RouteSwatch kind={r.kind} status={statusOf(r).status ?? r.status} />
                <span className="list-text">
                  <span className="list-title">{r.name[lang]}</span>
                  <span className="list-meta" data-testid="route-list-status">
                    {t(`kind.${r.kind}`)} · {statusOf(r).label}
                    {hidden && <span id={`hidden-${r.id}`}> · {t('routes.hidden')}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {picked && <CompareBar picked={picked} onDone={() => setPicked(null)} />}
      <p className="list-count" aria-live="polite">{t('routes.count', fmt.count(shown.length, 0))}</p>
      <LayerToggles />
    </div>
  );
}

function LayerToggles() {
  const { t } = useTranslation();
  const layers = useAtlas((s) => s.view.layers);
  const toggleLayer = useAtlas((s) => s.toggleLayer);
  const present = new Set(atlas.routes.map((r) => r.kind));
  const ids = LAYER_IDS.filter((id: LayerId) => !isRouteKind(id) || present.has(id));
  return (
    <fieldset className="layer-toggles">
      <legend>{t('layers.title')}</legend>
      {ids.map((id) => (
        <label key={id} className="toggle">
          <input type="checkbox" name="layer" value={id} checked={layers.includes(id)} onChange={() => toggleLayer(id)} />
          {isRouteKind(id) ? <RouteSwatch kind={id} /> : <DotSwatch fill={lightTheme.place} stroke="#fff" />}
          <span>{isRouteKind(id) ? t(`kind.${id}`) : t('layers.places')}</span>
        </label>
      ))}
    </fieldset>
  );
}

