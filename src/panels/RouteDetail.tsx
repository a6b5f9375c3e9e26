import { useTranslation } from 'react-i18next';
import { countryByIso, placeById, pointById, routeById } from '../data/atlas';
import type { DrawnLeg, Lang, TraceInfo } from '../data/types';
import { localeOf, type Digits } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { BackButton } from './BackButton';
import { CompareWith } from './ComparePicker';
import { ElevationProfile } from './ElevationProfile';
import { Foreign } from './Foreign';
import { AlignmentSwatch } from './Legend';
import { Cite, SourceList } from './Sources';
import { RouteSwatch } from './Swatch';
import { SeriesChart } from './SeriesChart';
import { useStatusOf } from './useStatusOf';
import { lightTheme } from '../map/theme';

function countryName(iso3: string, lang: Lang): string {
  return countryByIso.get(iso3)?.name[lang] ?? iso3;
}

/** +12 %, −3.4 %: a signed share in the language's digits. */
function signedPercent(v: number, lang: Lang, digits: Digits): string {
  return new Intl.NumberFormat(localeOf(lang, digits), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);
}

const LICENCE_KEY = { 'ODbL-1.0': 'licence.odbl', 'CC-BY-4.0': 'licence.ccby' } as const satisfies Record<TraceInfo['licence'], string>;

function legKind(leg: DrawnLeg) {
  if (leg.properties.leg === 'sea') return 'route.legSea' as const;
  if (leg.properties.alignment === 'traced') return 'route.legTraced' as const;
  return leg.properties.alongValleys ? 'route.legValleys' as const : 'route.legSchematic' as const;
}

export function RouteDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const pointId = useAtlas((s) => s.view.point);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const selectPoint = useAtlas((s) => s.selectPoint);
  const setPanel = useAtlas((s) => s.setPanel);
  const requestFit = useAtlas((s) => s.requestFit);
  const showCountry = useAtlas((s) => s.showCountry);
  const statusOf = useStatusOf();
  const route = routeById.get(id);
  if (!route) return null;
  // As of the year on the time slider, when one is set; today's beside it.
  const now = statusOf(route);
  const km = (v: number) => t('unit.km', { value: fmt.num(v, 0) });
  const cite = (source: string) => <Cite sources={route.sources} id={source} scope={route.id} />;

  return (
    <article className="detail" aria-labelledby="route-title" data-testid="route-detail">
      <div className="detail-nav">
        <BackButton onClick={() => selectRoute(null)}>{t('route.back')}</BackButton>
        {pointId !== null && (
          <BackButton onClick={() => setPanel('proposal')}>{t('route.backToPoint', { id: fmt.num(pointId) })}</BackButton>
        )}
      </div>
      <h2 id="route-title" tabIndex={-1}>{route.name[lang]}</h2>
      <p className="badges">
        <span className="badge"><RouteSwatch kind={route.kind} status={now.status ?? route.status} /> {t(`kind.${route.kind}`)}</span>
        <span className={`badge badge--${now.status ?? 'absent'}${now.expected ? ' badge--expected' : ''}`} data-testid="route-status">{now.label}</span>
        {now.year !== null && <span className="badge badge--today">{t('time.todayStatus', { status: t(`status.${route.status}`) })}</span>}
      </p>
      <p>{fmt.text(route.summary)}</p>
      <button type="button" className="action" onClick={requestFit}>{t('route.zoom')}</button>
      <CompareWith route={route} />

      <section aria-labelledby="align-h">
        <h3 id="align-h">{t('route.alignment')}</h3>
        <ul className="plain-list route-legs" data-testid="route-legs">
          {route.legs.map((leg, i) => {
            const trace = leg.properties.trace;
            const via = leg.properties.via.map((v) => placeById.get(v)?.properties.name[lang] ?? v).join(' – ');
            return (
              <li key={i} data-alignment={leg.properties.alignment}>
                <AlignmentSwatch alignment={leg.properties.alignment} />
                <span>
                  <strong>{t(legKind(leg))}</strong>{via && <>: <bdi>{via}</bdi></>}
                  {trace && (
                    <span className="leg-credit" data-testid="leg-credit">
                      {t('route.traceSourceLabel')} <Foreign text={`${trace.source.publisher}, ${trace.feature}`} />
                      {' · '}
                      <a href={trace.source.url} target="_blank" rel="noreferrer noopener" dir="ltr">{trace.file}</a>
                      {' · '}
                      {t('route.traceLicenceLabel')} {t(LICENCE_KEY[trace.licence])}
                      {trace.openStreetMap && <> · <bdi dir="ltr" lang="en">© OpenStreetMap contributors</bdi></>}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="len-h">
        <h3 id="len-h">{t('route.length')}</h3>
        <dl className="lengths">
          <dt>{t('route.computed')}</dt>
          <dd data-testid="computed-length"><strong>{km(route.stats.lengthKm)}</strong> <span className="muted">({t('route.computedNoteDrawn')})</span></dd>
        </dl>
        <h4>{t('route.published')}</h4>
        <ul className="plain-list published-lengths">
          {route.lengths.map((l, i) => {
            const c = route.stats.compared[i]!;
            return (
              <li key={i} data-testid="published-length">
                <strong>{km(l.km)}</strong> — {fmt.text(l.scope)}
                {cite(l.source)}
                <span className="length-compare" data-testid="length-compare">
                  {t('route.compared', {
                    countries: l.countries.map((iso) => countryName(iso, lang)).join(lang === 'ar' ? '، ' : ', '),
                    km: km(c.computedKm),
                    diff: signedPercent(c.diff, lang, digits),
                  })}
                </span>
                {l.difference && (
                  <span className="length-why" data-testid="length-why">
                    {t('route.differenceWhy')} {fmt.text(l.difference.note)}
                    {l.difference.source && cite(l.difference.source)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        <h4>{t('route.byCountry')}</h4>
        <table className="by-country">
          <tbody>
            {route.stats.byCountry.map((c) => (
              <tr key={c.iso3}>
                <th scope="row">{countryName(c.iso3, lang)}</th>
                <td>{km(c.km)}</td>
              </tr>
            ))}
            {route.stats.offshoreKm > 0.5 && (
              <tr>
                <th scope="row">{t('route.offshore')}</th>
                <td>{km(route.stats.offshoreKm)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <ElevationProfile route={route} />

      <section aria-labelledby="cross-h">
        <h3 id="cross-h">{t('route.crossings')}</h3>
        {route.stats.crossings.length === 0 ? (
          <p>{t('route.noCrossings')}</p>
        ) : (
          <ul className="plain-list crossings">
            {route.stats.crossings.map((c, i) => (
              <li key={i}>
                <bdi>{countryName(c.from, lang)}</bdi> ⟷ <bdi>{countryName(c.to, lang)}</bdi>
                {c.placeIds.length > 0 && <>: <bdi>{c.placeIds.map((p) => placeById.get(p)?.properties.name[lang] ?? p).join(' – ')}</bdi></>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="countries-h">
        <h3 id="countries-h">{t('route.countries')}</h3>
        <ul className="chips">
          {route.countries.map((c) => (
            <li key={c}><button type="button" className="chip" onClick={() => showCountry(c)}>{countryName(c, lang)}</button></li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="miles-h">
        <h3 id="miles-h">{t('route.milestones')}</h3>
        <ol className="timeline">
          {route.milestones.map((m, i) => (
            <li key={i} data-future={m.future ? 'true' : undefined}>
              <time dateTime={m.date}>{fmt.date(m.date)}{m.future && <span className="future-tag">{t('time.expected')}</span>}</time>
              <span>{fmt.text(m.text)}{cite(m.source)}</span>
              {m.status && <span className="milestone-status">{t('time.enters', { status: t(`status.${m.status}`) })}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cap-h">
        <h3 id="cap-h">{t('route.capacity')}</h3>
        {route.capacity.length === 0 ? <p>{t('route.noCapacity')}</p> : (
          <ul className="plain-list">
            {route.capacity.map((c, i) => (
              <li key={i}>
                <strong>{t(`unit.${c.unit}`, fmt.count(c.value))}</strong>
                {c.note && <> — {fmt.text(c.note)}</>}
                {cite(c.source)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {route.series?.length ? (
        <section aria-labelledby="series-h" data-testid="route-series">
          <h3 id="series-h">{t('series.heading')}</h3>
          {route.series.map((s) => (
            <SeriesChart key={s.id} title={s.label[lang]} unit={s.unit}
              lines={[{ key: s.id, name: route.shortName[lang], colour: lightTheme.kinds[route.kind], points: s.points, sources: route.sources, scope: route.id }]} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="ops-h">
        <h3 id="ops-h">{t('route.operators')}</h3>
        <ul className="plain-list">
          {route.operators.map((o, i) => (
            <li key={i}><bdi>{o.name[lang]}</bdi>{cite(o.source)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="points-h">
        <h3 id="points-h">{t('route.points')}</h3>
        {route.points.length === 0 ? <p>{t('route.noPoints')}</p> : (
          <ul className="plain-list">
            {route.points.map((p) => (
              <li key={p}>
                <button type="button" className="link-button" data-point={p} onClick={() => selectPoint(p, { keepRoute: true })}>
                  {t('point.label', { id: fmt.num(p) })}: {fmt.text(pointById.get(p)?.title ?? { en: '', ar: '' })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="src-h">
        <h3 id="src-h">{t('route.sources')}</h3>
        <SourceList sources={route.sources} scope={route.id} />
      </section>
    </article>
  );
}
