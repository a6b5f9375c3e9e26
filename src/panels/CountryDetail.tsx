import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, routeById } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { BackButton } from './BackButton';
import { RouteButton } from './RouteButton';

/** A country picked in search or from a route: the routes in it, with their length there, and the points that name it. */
export function CountryDetail({ iso3 }: { iso3: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const routeId = useAtlas((s) => s.view.route);
  const showCountry = useAtlas((s) => s.showCountry);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const selectPoint = useAtlas((s) => s.selectPoint);
  const country = countryByIso.get(iso3);
  if (!country) return null;
  const routes = atlas.routes
    .map((r) => ({ r, km: r.stats.byCountry.find((c) => c.iso3 === iso3)?.km ?? 0 }))
    .filter((x) => x.km > 0)
    .sort((a, b) => b.km - a.km);
  const points = atlas.proposal.points.filter((p) => p.countries.includes(iso3));
  const back = routeId ? routeById.get(routeId) : undefined;
  return (
    <article className="detail" aria-labelledby="country-title" data-testid="country-detail">
      <div className="detail-nav">
        <BackButton onClick={() => showCountry(null)}>{back ? t('point.backToRoute', { name: back.shortName[lang] }) : t('route.back')}</BackButton>
      </div>
      <p className="eyebrow">{country.focus ? t('legend.focusCountry') : t('legend.neighbour')}</p>
      <h2 id="country-title" tabIndex={-1}>{country.name[lang]}</h2>
      <section aria-labelledby="country-routes-h">
        <h3 id="country-routes-h">{t('country.routes')}</h3>
        {routes.length === 0 ? <p>{t('country.noRoutes')}</p> : (
          <ul className="plain-list">
            {routes.map(({ r, km }) => (
              <li key={r.id}>
                <RouteButton route={r} onClick={() => selectRoute(r.id)} meta={t('country.drawnHere', { km: t('unit.km', { value: fmt.num(km, 0) }) })} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {points.length > 0 && (
        <section aria-labelledby="country-points-h">
          <h3 id="country-points-h">{t('country.points')}</h3>
          <ul className="plain-list">
            {points.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" data-point={p.id} onClick={() => selectPoint(p.id)}>
                  {t('point.label', { id: fmt.num(p.id) })}: {fmt.text(p.title)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
