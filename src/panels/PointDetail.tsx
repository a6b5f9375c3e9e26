import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, pointById, routeById, routesOfPoint } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { BackButton } from './BackButton';
import { Cite, SourceList } from './Sources';
import { RouteButton } from './RouteButton';

export function PointDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const routeId = useAtlas((s) => s.view.route);
  const selectPoint = useAtlas((s) => s.selectPoint);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const setPanel = useAtlas((s) => s.setPanel);
  const showCountry = useAtlas((s) => s.showCountry);
  const point = pointById.get(id);
  if (!point) return null;
  const routes = routesOfPoint(id);
  const back = routeId ? routeById.get(routeId) : undefined;
  const sources = atlas.proposal.meeting.sources;
  return (
    <article className="detail" aria-labelledby="point-title" data-testid="point-detail">
      <div className="detail-nav">
        <BackButton onClick={() => selectPoint(null)}>{t('point.all')}</BackButton>
        {back && <BackButton onClick={() => setPanel('routes')}>{t('point.backToRoute', { name: back.shortName[lang] })}</BackButton>}
      </div>
      <p className="eyebrow">{t('point.label', { id: fmt.num(point.id) })}</p>
      <h2 id="point-title" tabIndex={-1}>{fmt.text(point.title)}</h2>
      <p>{fmt.text(point.summary)}<Cite sources={sources} id={point.source} scope="meeting" /></p>

      <section aria-labelledby="p-routes-h">
        <h3 id="p-routes-h">{t('point.routes')}</h3>
        {routes.length === 0 ? <p>{t('point.noRoutes')}</p> : (
          <ul className="plain-list">
            {routes.map((r) => (
              <li key={r.id}>
                <RouteButton route={r} onClick={() => selectRoute(r.id, { keepPoint: true })} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="p-countries-h">
        <h3 id="p-countries-h">{t('point.countries')}</h3>
        <ul className="chips">
          {point.countries.map((c) => (
            <li key={c}><button type="button" className="chip" onClick={() => showCountry(c)}>{countryByIso.get(c)?.name[lang] ?? c}</button></li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="p-src-h">
        <h3 id="p-src-h">{t('point.source')}</h3>
        <SourceList sources={sources} scope="meeting" />
      </section>
    </article>
  );
}
