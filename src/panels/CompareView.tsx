// The comparison: 2 to 4 routes side by side, one column per route (in its map colour), one row per
// fact, then their yearly figures charted together where the units agree. A table on every screen:
// on a phone it scrolls sideways and the row names stay put (on the right in Arabic). Loaded when a
// comparison opens.
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, placeById, pointById } from '../data/atlas';
import type { Lang } from '../data/types';
import { localDigits, localeOf } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { COMPARE_MAX } from '../data/types';
import { BackButton } from './BackButton';
import { compareFocus } from './ComparePicker';
import { COMPARE_ROWS, compareFacts, seriesByUnit, type CompareRow, type RouteFacts } from './compareRows';
import { SeriesChart } from './SeriesChart';
import { Cite, SourceList } from './Sources';
import { RouteSwatch } from './Swatch';
import './compare.css';

const countryName = (iso3: string, lang: Lang) => countryByIso.get(iso3)?.name[lang] ?? iso3;
const placeName = (id: string, lang: Lang) => placeById.get(id)?.properties.name[lang] ?? id;
const scopeOf = (id: string) => `cmp-${id}`;

export default function CompareView({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const setCompare = useAtlas((s) => s.setCompare);
  const requestFit = useAtlas((s) => s.requestFit);
  const facts = useMemo(() => compareFacts(ids, atlas), [ids]);
  const charts = useMemo(() => seriesByUnit(facts), [facts]);
  const list = (items: string[]) => items.join(lang === 'ar' ? '، ' : ', ');
  const names = list(facts.map((f) => f.route.shortName[lang]));
  const km = (v: number) => t('unit.km', { value: fmt.num(v, 0) });
  const year = (y: number) => localDigits(String(y), lang === 'ar' ? digits : 'latn');
  const signed = (v: number) => new Intl.NumberFormat(localeOf(lang, digits), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);
  const none = <span className="compare-none">{t('compare.none')}</span>;
  const leave = () => {
    setCompare(null);
    requestFit();
  };
  const others = atlas.routes.filter((r) => !ids.includes(r.id));
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!compareFocus.pending) return;
    compareFocus.pending = false;
    title.current?.focus({ preventScroll: true });
  }, []);

  const cell = (row: CompareRow, f: RouteFacts): ReactNode => {
    const cite = (source: string) => <Cite sources={f.sources} id={source} scope={scopeOf(f.id)} />;
    switch (row) {
      case 'kind':
        return <span className="compare-kind"><RouteSwatch kind={f.kind} status={f.status} /> {t(`kind.${f.kind}`)}</span>;
      case 'status':
        return (
          <>
            <span className={`badge badge--${f.status}`}>{t(`status.${f.status}`)}</span>
            {f.steps.length > 0 && (
              <ol className="compare-steps plain-list">
                {f.steps.map((s, i) => (
                  <li key={i} data-expected={s.expected || undefined}>
                    <strong>{year(s.year)}</strong> {t(`status.${s.status}`)}{s.expected && <> ({t('compare.expected')})</>}{cite(s.source)}
                  </li>
                ))}
              </ol>
            )}
          </>
        );
      case 'length':
        return (
          <>
            <strong className="compare-figure">{km(f.lengthKm)}</strong> <span className="muted">{t('compare.drawn')}</span>
            <span className="compare-len" aria-hidden="true"><span style={{ inlineSize: `${Math.round(f.lengthShare * 100)}%`, background: f.colour }} /></span>
            {f.published.length > 0 && (
              <ul className="plain-list compare-list">
                {f.published.map((p, i) => (
                  <li key={i} title={t('compare.againstDrawn', { countries: list(p.countries.map((c) => countryName(c, lang))), km: km(p.computedKm), diff: signed(p.diff) })}>
                    <strong>{km(p.km)}</strong> {fmt.text(p.scope)}{cite(p.source)}{' '}
                    <span className="compare-drawn">({t('compare.drawnOver', { km: km(p.computedKm) })})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      case 'byCountry':
        return (
          <ul className="plain-list compare-list compare-numbers">
            {f.byCountry.map((c) => <li key={c.iso3}><span>{countryName(c.iso3, lang)}</span> <span>{km(c.km)}</span></li>)}
            {f.offshoreKm > 0.5 && <li><span>{t('route.offshore')}</span> <span>{km(f.offshoreKm)}</span></li>}
          </ul>
        );
      case 'capacity':
        return f.capacity.length === 0 ? none : (
          <ul className="plain-list compare-list">
            {f.capacity.map((c, i) => (
              <li key={i}>
                <strong>{t(`unit.${c.unit}`, fmt.count(c.value))}</strong>
                {c.year > 0 && <> ({t('compare.asOf', { year: year(c.year) })})</>}{cite(c.source)}
                {c.note && <span className="compare-sub">{fmt.text(c.note)}</span>}
              </li>
            ))}
          </ul>
        );
      case 'traffic':
        return f.traffic.length === 0 ? none : (
          <ul className="plain-list compare-list">
            {f.traffic.map((s) => (
              <li key={s.series}>
                <strong>{t(`unit.${s.unit}`, fmt.count(s.value, 3))}</strong> {t('compare.inYear', { year: year(s.year) })}{cite(s.source)}
                <span className="compare-sub">{s.label[lang]}</span>
              </li>
            ))}
          </ul>
        );
      case 'operators':
        return f.operators.length === 0 ? none : (
          <ul className="plain-list compare-list">
            {f.operators.map((o, i) => <li key={i}><bdi>{o.name[lang]}</bdi>{cite(o.source)}</li>)}
          </ul>
        );
      case 'countries':
        return list(f.countries.map((c) => countryName(c, lang)));
      case 'crossings':
        return f.crossings.length === 0 ? none : (
          <ul className="plain-list compare-list">
            {f.crossings.map((c, i) => (
              <li key={i}>
                <bdi>{countryName(c.from, lang)}</bdi> ⟷ <bdi>{countryName(c.to, lang)}</bdi>
                {c.placeIds.length > 0 && <span className="compare-sub"><bdi>{c.placeIds.map((p) => placeName(p, lang)).join(' – ')}</bdi></span>}
              </li>
            ))}
          </ul>
        );
      case 'gaugeBreaks':
        return f.gaugeBreaks.length === 0 ? none : list(f.gaugeBreaks.map((p) => placeName(p, lang)));
      case 'seaLegs':
        return f.seaLegs.length === 0 ? none : (
          <>
            <ul className="plain-list compare-list">
              {f.seaLegs.map((via, i) => <li key={i}><bdi>{via.map((p) => placeName(p, lang)).join(' – ')}</bdi></li>)}
            </ul>
            {f.seaKm > 0.5 && <span className="compare-sub">{t('compare.overWater', { km: km(f.seaKm) })}</span>}
          </>
        );
      case 'highest':
        return !f.highest ? none : (
          <>
            <strong>{t('compare.highest', { name: f.highest.name[lang], m: fmt.num(f.highest.m, 0) })}</strong>{' '}
            (<a href={f.highest.source} target="_blank" rel="noreferrer noopener">{t('profile.source')}</a>)
            {f.highest.note && <span className="compare-sub">{fmt.text(f.highest.note)}</span>}
          </>
        );
      case 'points':
        return f.points.length === 0 ? none : (
          <ul className="plain-list compare-list">
            {f.points.map((p) => <li key={p}>{t('point.label', { id: fmt.num(p) })}: {fmt.text(pointById.get(p)?.title ?? { en: '', ar: '' })}</li>)}
          </ul>
        );
      case 'sources':
        return (
          <details className="compare-sources">
            <summary>{t('compare.sourceCount', { n: fmt.num(f.sources.length) })}</summary>
            <SourceList sources={f.sources} scope={scopeOf(f.id)} />
          </details>
        );
    }
  };

  return (
    <article className="compare-view" aria-labelledby="compare-title" data-testid="compare-view" data-columns={facts.length}>
      <div className="detail-nav">
        <BackButton onClick={leave}>{t('compare.leave')}</BackButton>
      </div>
      <h2 id="compare-title" tabIndex={-1} ref={title}>{t('compare.title')}</h2>
      <p className="compare-intro">{t('compare.intro', { names })}</p>
      <div className="compare-tools no-print">
        {ids.length < COMPARE_MAX && others.length > 0 && (
          <label className="compare-add">
            <span>{t('compare.add')}</span>
            <select value="" data-testid="compare-add" onChange={(e) => { if (e.target.value) setCompare([...ids, e.target.value]); }}>
              <option value="">{t('compare.addPlaceholder')}</option>
              {others.map((r) => <option key={r.id} value={r.id}>{r.name[lang]}</option>)}
            </select>
          </label>
        )}
        <button type="button" className="action action--quiet" onClick={() => {
          // Paper has no disclosure triangles: the sources go on it open.
          for (const d of document.querySelectorAll<HTMLDetailsElement>('.compare-sources')) d.open = true;
          window.print();
        }}>{t('compare.print')}</button>
      </div>
      <div className="compare-scroll" role="region" aria-labelledby="compare-title" tabIndex={0} data-testid="compare-scroll">
        <table className="compare-table" data-testid="compare-table" style={{ '--columns': facts.length } as CSSProperties}>
          <caption className="visually-hidden">{t('compare.caption', { names })}</caption>
          <thead>
            <tr>
              <td className="compare-corner" />
              {facts.map((f) => (
                <th key={f.id} scope="col" data-route={f.id} style={{ '--route-colour': f.colour } as CSSProperties}>
                  <span className="compare-head">
                    <span className="compare-key" aria-hidden="true" />
                    <span className="compare-name">{f.route.name[lang]}</span>
                    {ids.length > 2 && (
                      <button type="button" className="compare-remove no-print" aria-label={t('compare.remove', { name: f.route.shortName[lang] })}
                        onClick={() => setCompare(ids.filter((id) => id !== f.id))}>×</button>
                    )}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPARE_ROWS.map((row) => (
              <tr key={row} data-row={row}>
                <th scope="row">{t(`compare.row.${row}`)}</th>
                {facts.map((f) => <td key={f.id} data-route={f.id}>{cell(row, f)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {charts.length > 0 && (
        <section aria-labelledby="compare-series-h" className="compare-charts" data-testid="compare-series">
          <h3 id="compare-series-h">{t('series.heading')}</h3>
          {charts.map((g) => (
            <SeriesChart key={g.unit} unit={g.unit}
              title={g.lines.length === 1 ? `${g.lines[0]!.series.label[lang]} (${facts.find((f) => f.id === g.lines[0]!.routeId)?.route.shortName[lang]})` : t(`series.axis.${g.unit}`)}
              lines={g.lines.map((l) => ({
                key: `${l.routeId}:${l.series.id}`, name: facts.find((f) => f.id === l.routeId)?.route.shortName[lang] ?? l.routeId,
                colour: l.colour, points: l.series.points, sources: l.sources, scope: scopeOf(l.routeId),
              }))} />
          ))}
        </section>
      )}
    </article>
  );
}
