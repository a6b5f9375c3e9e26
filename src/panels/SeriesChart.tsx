// A small chart of yearly figures (a route's series, or the compared routes' series of one unit):
// the title, the unit, labelled axes, the source of each line, and the value of each year under the
// pointer or the keyboard (a slider over the chart: arrows, Home, End), with a table for screen
// readers. Time runs right to left in Arabic, and figures follow the digits setting. The drawing
// itself (uPlot, in seriesPlot.ts) is loaded only when a chart is shown.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { sliderKey } from './sliderKeys';
import { useTranslation } from 'react-i18next';
import type { SeriesPoint, SeriesUnit, Source } from '../data/types';
import { localDigits } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { niceStep } from './ElevationProfile';
import { Foreign } from './Foreign';
import type { Plot } from './seriesPlot';
import { alignYears, decimalsOf, hasGaps } from './seriesData';
import { Cite } from './Sources';
import './series.css';

const HEIGHT = 168;

export interface ChartLineInput {
  key: string;
  /** Named in the legend and in what is announced when the chart has more than one line. */
  name: string;
  colour: string;
  points: SeriesPoint[];
  sources: Source[];
  /** The anchor scope of the sources list the citations link to. */
  scope: string;
}

export function SeriesChart({ title, unit, lines }: { title: string; unit: SeriesUnit; lines: ChartLineInput[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const rtl = lang === 'ar';
  const uid = useId();
  const canvasRef = useRef<HTMLDivElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<Plot | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [at, setAt] = useState<number | null>(null);

  // The callers build `lines` anew on each render: what is drawn changes only with this.
  const sig = JSON.stringify(lines.map((l) => [l.colour, l.points.map((p) => [p.year, p.value])]));
  /* eslint-disable react-hooks/exhaustive-deps */
  const { years, values, withValue } = useMemo(() => alignYears(lines), [sig]);
  const decimals = useMemo(() => lines.map((l) => decimalsOf(l.points.map((p) => p.value))), [sig]);
  const colours = useMemo(() => lines.map((l) => l.colour), [sig]);
  /* eslint-enable react-hooks/exhaustive-deps */
  const yMax = useMemo(() => {
    const max = Math.max(0, ...values.flat().map((v) => v ?? 0));
    const step = niceStep(max || 1, 4);
    return Math.ceil((max * 1.08) / step) * step || step;
  }, [values]);
  const year = (y: number) => localDigits(String(y), rtl ? digits : 'latn');
  const valueOf = (line: number, v: number | null) => (v === null ? t('series.none') : t(`unit.${unit}`, fmt.count(v, decimals[line])));
  const textAt = (i: number) => {
    const y = withValue[i]!;
    const yi = years.indexOf(y);
    const parts = lines.map((l, k) => (lines.length > 1 ? t('series.valueOf', { name: l.name, value: valueOf(k, values[k]![yi]!) }) : valueOf(k, values[k]![yi]!)));
    return t('series.value', { year: year(y), value: parts.join(rtl ? '؛ ' : '; ') });
  };
  const gaps = values.some(hasGaps);

  // Draw with uPlot, loaded now; again when the language, digits or data change.
  useEffect(() => {
    const el = canvasRef.current;
    if (!el || !years.length) return;
    let cancelled = false;
    let plot: Plot | null = null;
    let observer: ResizeObserver | null = null;
    import('./seriesPlot').then(({ createPlot }) => {
      if (cancelled) return;
      const css = getComputedStyle(el);
      plot = createPlot(el, {
        years, rtl, width: Math.max(160, el.clientWidth), height: HEIGHT, yMax,
        lines: colours.map((colour, k) => ({ colour, values: values[k]! })),
        formatYear: year,
        formatValue: (v) => fmt.num(v, 1),
        ink: css.getPropertyValue('--ink-muted').trim() || '#57534b',
        grid: css.getPropertyValue('--line').trim() || '#d9d4c9',
        font: `11px ${css.fontFamily}`,
      });
      plotRef.current = plot;
      observer = new ResizeObserver(() => plot?.resize(Math.max(160, el.clientWidth)));
      observer.observe(el);
      setState('ready');
    }, (e: unknown) => {
      console.warn('The chart could not be drawn:', e);
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
      plotRef.current = null;
    };
    // fmt and year follow lang and digits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [years, values, colours, rtl, digits, yMax]);

  // The cursor follows the slider.
  useEffect(() => {
    plotRef.current?.setAt(at === null ? null : years.indexOf(withValue[at]!));
  }, [at, state, years, withValue]);

  const n = withValue.length;
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // Time runs right to left in Arabic: the arrow that points forward in time moves forward.
    const next = sliderKey(e.key, at ?? 0, { min: 0, max: n - 1, big: 1, rtl });
    if (next === null) return;
    e.preventDefault();
    setAt(next);
  };
  const onPointer = (e: PointerEvent<HTMLDivElement>) => {
    const plot = plotRef.current;
    if (!plot || !n) return;
    const box = e.currentTarget.getBoundingClientRect();
    const y = plot.yearAt(e.clientX - box.left);
    let best = 0;
    withValue.forEach((w, i) => { if (Math.abs(w - y) < Math.abs(withValue[best]! - y)) best = i; });
    setAt(best);
  };

  const used = lines.map((l) => [...new Set(l.points.map((p) => p.source))]);
  const readout = at === null ? '\u00a0' : textAt(at);

  return (
    <figure className="series-chart" data-testid="series-chart" data-state={state} aria-labelledby={`${uid}-title`}>
      <p className="series-title" id={`${uid}-title`}>{title}</p>
      <p className="series-readout" aria-hidden="true" data-testid="series-readout">{readout}</p>
      <p className="series-axis series-axis--y" aria-hidden="true">{t(`series.axis.${unit}`)}</p>
      <div className="series-plot" style={{ blockSize: HEIGHT }}>
        <div className="series-canvas" ref={canvasRef} aria-hidden="true" />
        {state === 'loading' && <p className="series-loading" aria-hidden="true">{t('series.loading')}</p>}
        {state === 'failed' && <p className="series-loading">{t('series.failed')}</p>}
        {n > 0 && (
          <div
            ref={sliderRef}
            className="series-slider"
            role="slider"
            tabIndex={0}
            aria-label={t('series.slider', { title })}
            aria-valuemin={withValue[0]}
            aria-valuemax={withValue[n - 1]}
            aria-valuenow={withValue[at ?? 0]}
            aria-valuetext={textAt(at ?? 0)}
            aria-orientation="horizontal"
            data-testid="series-slider"
            onPointerMove={onPointer}
            onPointerDown={onPointer}
            onPointerLeave={(e) => { if (document.activeElement !== e.currentTarget) setAt(null); }}
            onFocus={() => setAt((i) => i ?? 0)}
            onBlur={() => setAt(null)}
            onKeyDown={onKey}
          />
        )}
      </div>
      <p className="series-axis series-axis--x" aria-hidden="true">{t('series.year')}</p>
      {lines.length > 1 && (
        <ul className="series-legend plain-list">
          {lines.map((l) => (
            <li key={l.key}><span className="series-key" style={{ background: l.colour }} aria-hidden="true" /> <bdi>{l.name}</bdi></li>
          ))}
        </ul>
      )}
      <p className="series-notes">
        {lines.map((l, k) => (
          <span key={l.key} className="series-source">
            {lines.length > 1 && <><bdi>{l.name}</bdi>: </>}
            {t('series.source')}{' '}
            {used[k]!.map((id, j) => {
              const s = l.sources.find((x) => x.id === id);
              return (
                <span key={id}>
                  {j > 0 && (rtl ? '، ' : ', ')}
                  {s ? <><Foreign text={s.publisher} /> ({fmt.date(s.date)})</> : id}
                  <Cite sources={l.sources} id={id} scope={l.scope} />
                </span>
              );
            })}
          </span>
        ))}
        {gaps && <span className="series-gap">{t('series.gap')}</span>}
      </p>
      <table className={state === 'failed' ? 'series-table' : 'series-table visually-hidden'} data-testid="series-table">
        <caption>{t('series.table', { title, unit: t(`series.axis.${unit}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('series.year')}</th>
            {lines.map((l) => <th key={l.key} scope="col">{l.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {withValue.map((y) => {
            const yi = years.indexOf(y);
            return (
              <tr key={y}>
                <th scope="row">{year(y)}</th>
                {lines.map((l, k) => <td key={l.key}>{valueOf(k, values[k]![yi]!)}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
