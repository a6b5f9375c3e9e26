// The ground under a route's drawn line, as the build sampled it from the 20′ elevation grid
// (stats.profile): an area along distance with labelled axes, mirrored in Arabic (distance runs
// right to left), the named highest point from a source, and the value under the pointer or the
// keyboard (a slider over the chart). Schematic stretches are left as hatched gaps.
import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { sliderKey } from './sliderKeys';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import type { AtlasRoute } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { lightTheme } from '../map/theme';
import { useAtlas } from '../state/store';
import './profile.css';

const W = 340;
const H = 176;
/** Room for the height axis on the start side, a little on the end side, the title above and km below. */
const AXIS = 44;
const END = 10;
const TOP = 26;
const BOTTOM = 34;

/** A round step giving about `target` intervals over `span`. */
export function niceStep(span: number, target: number): number {
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5, 10]) if (raw <= f * mag) return f * mag;
  return 10 * mag;
}

export function ElevationProfile({ route }: { route: AtlasRoute }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const [at, setAt] = useState<number | null>(null);
  const uid = useId();
  const p = route.stats.profile;
  const h = route.highest;
  const highestLine = h && (
    <p className="profile-highest" data-testid="profile-highest">
      {t('profile.highest', { name: h.name[lang], m: fmt.num(h.m, 0) })}{' '}
      (<a href={h.source} target="_blank" rel="noreferrer noopener">{t('profile.source')}</a>)
      {h.note && <> — {fmt.text(h.note)}</>}
    </p>
  );

  if (!p) {
    return (
      <section aria-labelledby="profile-h" data-testid="no-profile">
        <h3 id="profile-h">{t('profile.title')}</h3>
        <p className="muted">{t(route.stats.noProfile === 'grid' ? 'profile.noneGrid' : 'profile.noneSchematic')}</p>
        {highestLine}
      </section>
    );
  }

  const rtl = lang === 'ar';
  const L = p.lengthKm;
  const kmAt = (i: number) => Math.min(i * p.stepKm, L);
  const values = p.m.filter((v): v is number => v !== null);
  const top = Math.max(...values, h?.m ?? 0);
  const yStep = top > 2000 ? 1000 : 500;
  const yMax = Math.max(yStep * 2, Math.ceil(top / yStep) * yStep);
  const left = rtl ? END : AXIS;
  const right = W - (rtl ? AXIS : END);
  const bottom = H - BOTTOM;
  const x = (km: number) => (rtl ? right - (km / L) * (right - left) : left + (km / L) * (right - left));
  const y = (m: number) => bottom - (Math.max(0, m) / yMax) * (bottom - TOP);
  const axisX = rtl ? right : left;

  // Runs of sampled values (areas) and of schematic gaps.
  const runs: { from: number; to: number }[] = [];
  const gaps: { from: number; to: number }[] = [];
  p.m.forEach((v, i) => {
    const list = v === null ? gaps : runs;
    const last = list[list.length - 1];
    if (last && last.to === i - 1) last.to = i;
    else list.push({ from: i, to: i });
  });
  const areaOf = ({ from, to }: { from: number; to: number }) => {
    const pts = [];
    for (let i = from; i <= to; i++) pts.push(`${x(kmAt(i)).toFixed(1)},${y(p.m[i]!).toFixed(1)}`);
    return { line: `M${pts.join('L')}`, area: `M${x(kmAt(from)).toFixed(1)},${bottom}L${pts.join('L')}L${x(kmAt(to)).toFixed(1)},${bottom}Z` };
  };
  const xTicks: number[] = [];
  const xStep = niceStep(L, 4);
  for (let k = 0; k <= L + 1e-6; k += xStep) xTicks.push(k);
  const yTicks: number[] = [];
  for (let m = 0; m <= yMax; m += yStep) yTicks.push(m);

  const colour = lightTheme.kinds[route.kind];
  const first = p.m.find((v) => v !== null) ?? 0;
  const last = [...p.m].reverse().find((v) => v !== null) ?? 0;
  const summary = t('profile.summary', { length: fmt.num(L, 0), start: fmt.num(first, 0), end: fmt.num(last, 0), max: fmt.num(Math.max(...values), 0) });
  const valueText = (i: number) => {
    const v = p.m[i];
    return v === null || v === undefined
      ? t('profile.valueGap', { km: fmt.num(kmAt(i), 0) })
      : t('profile.value', { km: fmt.num(kmAt(i), 0), m: fmt.num(v, 0) });
  };
  const n = p.m.length;
  const clamp = (i: number) => Math.max(0, Math.min(n - 1, i));

  const onPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W;
    const km = ((rtl ? right - px : px - left) / (right - left)) * L;
    setAt(clamp(Math.round(km / p.stepKm)));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = sliderKey(e.key, at ?? 0, { min: 0, max: n - 1, big: Math.max(1, Math.round(n / 10)), rtl });
    if (next === null) return;
    e.preventDefault();
    setAt(next);
  };

  const cursor = at === null ? null : { km: kmAt(at), m: p.m[at] ?? null };
  const hx = h && p.highestKm !== undefined ? x(p.highestKm) : null;
  const labelX = hx === null ? 0 : Math.min(right - 50, Math.max(left + 50, hx));

  return (
    <section aria-labelledby="profile-h" data-testid="profile">
      <h3 id="profile-h">{t('profile.title')}</h3>
      <figure className="profile">
        <p className="profile-readout" aria-hidden="true" data-testid="profile-readout">{at === null ? '\u00a0' : valueText(at)}</p>
        <div className="profile-plot">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} direction="ltr" data-dir={rtl ? 'rtl' : 'ltr'}>
            <defs>
              <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8478" strokeWidth="1.4" />
              </pattern>
            </defs>
            <g className="profile-grid">
              {yTicks.map((m) => <line key={m} x1={left} x2={right} y1={y(m)} y2={y(m)} />)}
            </g>
            {gaps.map((g) => (
              <rect key={`g${g.from}`} className="profile-gap" x={Math.min(x(kmAt(g.from)), x(kmAt(g.to)))} y={TOP} width={Math.max(1, Math.abs(x(kmAt(g.to)) - x(kmAt(g.from))))} height={bottom - TOP} fill={`url(#${uid}-hatch)`}>
                <title>{t('profile.gap')}</title>
              </rect>
            ))}
            {runs.map((r) => {
              const { line, area } = areaOf(r);
              return (
                <g key={`r${r.from}`}>
                  <path d={area} fill={colour} fillOpacity="0.22" />
                  <path d={line} fill="none" stroke={colour} strokeWidth="1.8" strokeLinejoin="round" />
                </g>
              );
            })}
            <g className="profile-axis">
              <line x1={axisX} x2={axisX} y1={TOP - 4} y2={bottom} />
              <line x1={left} x2={right} y1={bottom} y2={bottom} />
              {yTicks.map((m) => (
                <text key={m} x={rtl ? axisX + 5 : axisX - 5} y={y(m) + 3.5} textAnchor={rtl ? 'start' : 'end'}>{fmt.num(m, 0)}</text>
              ))}
              {xTicks.map((k) => (
                <g key={k}>
                  <line x1={x(k)} x2={x(k)} y1={bottom} y2={bottom + 4} />
                  <text x={x(k)} y={bottom + 15} textAnchor="middle">{fmt.num(k, 0)}</text>
                </g>
              ))}
              <text className="profile-axis-title" x={(left + right) / 2} y={H - 3} textAnchor="middle" direction={rtl ? 'rtl' : 'ltr'}>{t('profile.xAxis')}</text>
              <text className="profile-axis-title" x={rtl ? W - 2 : 2} y={TOP - 12} textAnchor={rtl ? 'end' : 'start'}>{t('profile.yAxis')}</text>
            </g>
            {h && hx !== null && (
              <g className="profile-highest-mark" data-testid="profile-highest-mark">
                <line x1={hx} x2={hx} y1={y(h.m)} y2={bottom} strokeDasharray="2 2" />
                <path d={`M${hx - 4},${y(h.m) - 1}L${hx + 4},${y(h.m) - 1}L${hx},${y(h.m) + 5}Z`} />
                <text x={labelX} y={y(h.m) - 5} textAnchor="middle" direction={rtl ? 'rtl' : 'ltr'}>{`${h.name[lang]} ${fmt.num(h.m, 0)} ${t('profile.m')}`}</text>
              </g>
            )}
            {cursor && (
              <g className="profile-cursor">
                <line x1={x(cursor.km)} x2={x(cursor.km)} y1={TOP} y2={bottom} />
                {cursor.m !== null && <circle cx={x(cursor.km)} cy={y(cursor.m)} r="3.2" fill={colour} />}
              </g>
            )}
          </svg>
          <div
            className="profile-slider"
            role="slider"
            tabIndex={0}
            aria-label={t('profile.slider')}
            aria-valuemin={0}
            aria-valuemax={Math.round(L)}
            aria-valuenow={Math.round(kmAt(at ?? 0))}
            aria-valuetext={valueText(at ?? 0)}
            aria-orientation="horizontal"
            data-testid="profile-slider"
            onPointerMove={onPointer}
            onPointerDown={onPointer}
            onPointerLeave={(e) => { if (document.activeElement !== e.currentTarget) setAt(null); }}
            onFocus={() => setAt((i) => i ?? 0)}
            onBlur={() => setAt(null)}
            onKeyDown={onKey}
          />
        </div>
        <figcaption>
          {t('profile.caption', { step: fmt.num(p.stepKm), res: t('unit.arcmin', fmt.count(atlas.terrain.resolutionArcMin, 0)) })}
          {highestLine}
        </figcaption>
      </figure>
    </section>
  );
}
