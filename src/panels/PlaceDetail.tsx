import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, placeById, routeById } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { BackButton } from './BackButton';
import { Foreign } from './Foreign';
import { RouteButton } from './RouteButton';

/** A place picked on the map or in search: what it is, where, and which routes run through it. */
export function PlaceDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const routeId = useAtlas((s) => s.view.route);
  const showPlace = useAtlas((s) => s.showPlace);
  const showCountry = useAtlas((s) => s.showCountry);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const place = placeById.get(id);
  if (!place) return null;
  const p = place.properties;
  const routes = atlas.routes.filter((r) => r.legs.some((l) => l.properties.via.includes(id)));
  // Where a drawn route crosses a border here, the build matched this place to the crossing.
  const crossings = atlas.routes.flatMap((r) => r.stats.crossings.filter((c) => c.placeIds[0] === id).map((c) => ({ route: r, ...c })));
  const borders = [...new Map(crossings.map((c) => [[c.from, c.to].sort().join('|'), c])).values()];
  const isUrl = /^https?:\/\//.test(p.source);
  const back = routeId ? routeById.get(routeId) : undefined;
  const country = p.country ? countryByIso.get(p.country) : undefined;
  const others = p.altNames?.[lang] ?? [];
  return (
    <article className="detail" aria-labelledby="place-title" data-testid="place-detail">
      <div className="detail-nav">
        <BackButton onClick={() => showPlace(null)}>{back ? t('point.backToRoute', { name: back.shortName[lang] }) : t('route.back')}</BackButton>
      </div>
      <p className="eyebrow">{t(`placeKind.${p.kind}`)}</p>
      <h2 id="place-title" tabIndex={-1}>{p.name[lang]}</h2>
      {others.length > 0 && <p className="muted">{t('place.alsoKnown', { names: others.join(lang === 'ar' ? '، ' : ', ') })}</p>}
      {borders.map((c) => (
        <p key={`${c.from}-${c.to}`} data-testid="place-role">
          {t('place.crossing', { a: countryByIso.get(c.from)?.name[lang] ?? c.from, b: countryByIso.get(c.to)?.name[lang] ?? c.to })}
        </p>
      ))}
      {p.kind === 'gauge-break' && <p data-testid="place-role">{t('place.gaugeBreak')}</p>}
      {p.kind === 'port' && <p data-testid="place-role">{t('place.port')}</p>}
      {p.note && <p>{fmt.text(p.note)}</p>}
      {p.approx && <p className="schematic-note">{t('place.approx')}</p>}
      {country && (
        <p>
          {t('place.country')}{' '}
          <button type="button" className="chip" onClick={() => showCountry(country.iso3)}>{country.name[lang]}</button>
        </p>
      )}
      <section aria-labelledby="place-routes-h">
        <h3 id="place-routes-h">{t('place.routes')}</h3>
        {routes.length === 0 ? <p>{t('place.noRoutes')}</p> : (
          <ul className="plain-list">
            {routes.map((r) => (
              <li key={r.id}>
                <RouteButton route={r} onClick={() => selectRoute(r.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="place-src-h">
        <h3 id="place-src-h">{t('place.source')}</h3>
        <p className="sources">
          {isUrl ? <a href={p.source} target="_blank" rel="noreferrer noopener" dir="ltr">{p.source.replace(/^https?:\/\/(www\.)?/, '')}</a> : <Foreign text={p.source} />}
        </p>
      </section>
    </article>
  );
}
