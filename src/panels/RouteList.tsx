import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useAtlas } from '../state/store';
import { LAYER_IDS, isRouteKind, type LayerId } from '../state/url';
import { lightTheme } from '../map/theme';
import { DotSwatch, RouteSwatch } from './Swatch';

export function RouteList() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const layers = useAtlas((s) => s.layers);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const shown = atlas.routes.filter((r) => layers.includes(r.kind));
  return (
    <div className="route-list">
      <p className="intro">{t('routes.intro')}</p>
      <ul className="plain-list" aria-label={t('tabs.routes')}>
        {atlas.routes.map((r) => {
          const hidden = !layers.includes(r.kind);
          return (
            <li key={r.id}>
              <button type="button" className="list-button" data-route={r.id} onClick={() => selectRoute(r.id)} aria-describedby={hidden ? `hidden-${r.id}` : undefined}>
                <RouteSwatch kind={r.kind} status={r.status} />
                <span className="list-text">
                  <span className="list-title">{r.name[lang]}</span>
                  <span className="list-meta">
                    {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)}
                    {hidden && <span id={`hidden-${r.id}`}> · {t('routes.hidden')}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="list-count" aria-live="polite">{t('routes.count', { count: shown.length })}</p>
      <LayerToggles />
    </div>
  );
}

function LayerToggles() {
  const { t } = useTranslation();
  const layers = useAtlas((s) => s.layers);
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

