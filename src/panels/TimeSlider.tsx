// The time slider: the network as of a year, 2005 to 2030, over the map. The store holds the year
// (null: today) and the address carries it; the map redraws the routes of that year (bridge.ts).
// The China–Central Asia mechanism's meetings are marked on the same axis; the milestones of the
// year chosen are listed with it. A cover like the panel and the legend (camera/covers.ts); a small
// button on a phone until opened; not shown in a briefing, where a slide may carry its own year.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { yearOfDate } from '../data/status';
import type { TimelineEvent } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { getAppStore, useAtlas } from '../state/store';
import { YEARS } from '../data/types';
import { Foreign } from './Foreign';
import { useYearText } from './useStatusOf';
import { sliderKey } from './sliderKeys';
import './timeline.css';

/** The year of the day the atlas was built: later years are the future. */
export const TODAY_YEAR = Number(atlas.today.slice(0, 4));
const SPAN = YEARS.last - YEARS.first;
/** Years between labels on the axis. */
const LABEL_EVERY = 5;
/** Play: a year this often; with reduced motion, more slowly (and the thumb jumps, never glides). */
const PLAY_MS = 1100;
const PLAY_MS_REDUCED = 2400;
const PHONE = '(max-width: 760px)';

const clamp = (y: number) => Math.min(YEARS.last, Math.max(YEARS.first, y));
const share = (y: number) => ((y - YEARS.first) / SPAN) * 100;

export function TimeSlider() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !window.matchMedia(PHONE).matches);
  const year = useAtlas((s) => s.view.year);
  const yearText = useYearText();
  if (!open) {
    return (
      <div className="timebar timebar--closed" data-cover="timeline" data-testid="timeline">
        <button type="button" className="timebar-open" aria-expanded={false} aria-controls="timebar-body" data-testid="timeline-open" onClick={() => setOpen(true)}>
          {year === null ? t('time.open') : t('time.openYear', { year: yearText(year) })}
          {year !== null && year > TODAY_YEAR && <span className="timebar-expected"> · {t('time.expected')}</span>}
        </button>
      </div>
    );
  }
  return <OpenSlider onClose={() => setOpen(false)} />;
}

function OpenSlider({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const yearText = useYearText();
  const year = useAtlas((s) => s.view.year);
  const lang = useAtlas((s) => s.lang);
  const setYear = useAtlas((s) => s.setYear);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const setPanel = useAtlas((s) => s.setPanel);
  const [playing, setPlaying] = useState(false);
  const [eventId, setEventId] = useState<string | null>(null);
  const track = useRef<HTMLDivElement>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  const dragging = useRef(false);
  const rtl = lang === 'ar';

  const shown = year ?? TODAY_YEAR;
  const future = year !== null && year > TODAY_YEAR;
  const event = atlas.timeline.find((e) => e.id === eventId) ?? null;
  const valueText = year === null ? t('time.todayValue') : future ? t('time.futureValue', { year: yearText(year) }) : yearText(year);

  // Play: a year at a time to the last, then stop; any key or pointer stops it too.
  useEffect(() => {
    if (!playing) return;
    const store = getAppStore();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const start = store.getState().view.year;
    if (start === null || start >= YEARS.last) store.getState().setYear(YEARS.first);
    const timer = setInterval(() => {
      const next = (store.getState().view.year ?? YEARS.first) + 1;
      if (next > YEARS.last) return setPlaying(false);
      store.getState().setYear(next);
      if (next === YEARS.last) setPlaying(false);
    }, reduced ? PLAY_MS_REDUCED : PLAY_MS);
    // The play button answers its own click (and Space or Enter on it): that is the pause.
    const own = (e: Event) => e.target instanceof Node && playButton.current?.contains(e.target);
    const stopKey = (e: globalThis.KeyboardEvent) => { if (!(own(e) && (e.key === ' ' || e.key === 'Enter'))) setPlaying(false); };
    const stopPointer = (e: globalThis.PointerEvent) => { if (!own(e)) setPlaying(false); };
    window.addEventListener('keydown', stopKey, true);
    window.addEventListener('pointerdown', stopPointer, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', stopKey, true);
      window.removeEventListener('pointerdown', stopPointer, true);
    };
  }, [playing]);

  const go = (y: number) => {
    setEventId(null);
    setYear(clamp(y));
  };

  // Arrows follow the reading direction, as the briefing's do: → is later in English, earlier in Arabic.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = sliderKey(e.key, shown, { min: YEARS.first, max: YEARS.last, big: 5, rtl });
    if (next === null) return;
    e.preventDefault();
    go(next);
  };

  // A click or a drag on the track: the year under the pointer (the axis runs right to left in Arabic).
  const yearAt = (clientX: number) => {
    const r = track.current!.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (clientX - r.left) / r.width));
    return YEARS.first + Math.round((rtl ? 1 - f : f) * SPAN);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    dragging.current = true;
    track.current!.setPointerCapture?.(e.pointerId);
    track.current!.focus({ preventScroll: true });
    go(yearAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const y = yearAt(e.clientX);
    if (y !== getAppStore().getState().view.year) go(y);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    track.current!.releasePointerCapture?.(e.pointerId);
  };

  const openEvent = (e: TimelineEvent) => {
    setYear(yearOfDate(e.date));
    setEventId(e.id);
    if (e.opens === 'meeting') setPanel('meeting');
  };

  const labels = Array.from({ length: SPAN / LABEL_EVERY + 1 }, (_, i) => YEARS.first + i * LABEL_EVERY);
  const ofYear = atlas.routes
    .flatMap((r) => r.milestones.filter((m) => yearOfDate(m.date) === shown).map((m) => ({ route: r, m })))
    .sort((a, b) => a.m.date.localeCompare(b.m.date));
  const eventsOfYear = atlas.timeline.filter((e) => yearOfDate(e.date) === shown);

  return (
    <section className={`timebar${future ? ' timebar--future' : ''}`} aria-label={t('time.sliderLabel')} data-cover="timeline" data-testid="timeline"
      data-playing={playing} id="timebar-body">
      <div className="timebar-head">
        <button type="button" ref={playButton} className="timebar-play" aria-pressed={playing} data-testid="timeline-play"
          title={playing ? t('time.stopHint') : undefined} onClick={() => setPlaying(!playing)}>
          <PlayIcon playing={playing} />
          <span className="visually-hidden">{playing ? t('time.pause') : t('time.play')}</span>
        </button>
        <output className="timebar-value" data-testid="year-value" aria-live={playing ? 'off' : 'polite'}>
          {year === null ? t('time.today') : yearText(year)}
          {future && <span className="timebar-expected"> · {t('time.expected')}</span>}
        </output>
        <div className="timebar-axis">
          <div
            ref={track}
            className="timebar-track"
            role="slider"
            tabIndex={0}
            aria-label={t('time.sliderLabel')}
            aria-valuemin={YEARS.first}
            aria-valuemax={YEARS.last}
            aria-valuenow={shown}
            aria-valuetext={valueText}
            aria-orientation="horizontal"
            data-testid="year-slider"
            onKeyDown={onKey}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          >
            <span className="timebar-rail" />
            {/* After today: what is planned, not what happened. */}
            <span className="timebar-future" style={{ insetInlineStart: `${share(TODAY_YEAR + 0.5)}%` }} data-testid="timeline-future" title={t('time.futureNote')}>
              <span className="timebar-future-label">{t('time.future')}</span>
            </span>
            {labels.map((y) => (
              <span key={y} className="timebar-tick" style={{ insetInlineStart: `${share(y)}%` }} aria-hidden="true">{yearText(y)}</span>
            ))}
            <span className={`timebar-thumb${year === null ? ' timebar-thumb--today' : ''}`} style={{ insetInlineStart: `${share(shown)}%` }} aria-hidden="true" />
          </div>
          <ul className="timebar-events" aria-label={t('time.events')}>
            {atlas.timeline.map((e) => (
              <li key={e.id} style={{ insetInlineStart: `${share(yearOfDate(e.date))}%` }}>
                <button type="button" className={`timebar-event timebar-event--${e.kind}`} aria-pressed={eventId === e.id} data-event={e.id}
                  aria-label={t('time.eventLabel', { date: fmt.date(e.date), title: e.title[lang] })} title={`${fmt.date(e.date)}: ${e.title[lang]}`}
                  onClick={() => openEvent(e)} />
              </li>
            ))}
          </ul>
        </div>
        {year !== null && (
          <button type="button" className="timebar-today" data-testid="timeline-today" onClick={() => { setEventId(null); setYear(null); }}>{t('time.backToToday')}</button>
        )}
        <button type="button" className="timebar-close" aria-expanded={true} aria-controls="timebar-body" onClick={onClose}>{t('time.close')}</button>
      </div>
      {event ? (
        <article className="timebar-card" aria-labelledby="timebar-event-title" data-testid="timeline-event">
          <p className="timebar-card-meta">{t(`time.kind.${event.kind}`)} · <time dateTime={event.date}>{fmt.date(event.date)}</time> · {event.place[lang]}</p>
          <h3 id="timebar-event-title">{event.title[lang]}</h3>
          <p>{fmt.text(event.summary)}</p>
          <p className="timebar-card-sources">
            {event.sources.map((s, i) => (
              <span key={s.id}>{i > 0 && ' · '}<a href={s.url} target="_blank" rel="noreferrer noopener"><Foreign text={s.publisher} /></a> ({fmt.date(s.date)})</span>
            ))}
          </p>
          <div className="timebar-card-actions">
            {event.opens === 'meeting' && <button type="button" className="link-button" onClick={() => setPanel('meeting')}>{t('time.openMeeting')}</button>}
            <button type="button" className="link-button" onClick={() => setEventId(null)}>{t('time.closeEvent')}</button>
          </div>
        </article>
      ) : year !== null && (
        <div className="timebar-list" data-testid="timeline-milestones">
          {future && <p className="timebar-future-note" role="note">{t('time.futureNote')}</p>}
          <h3 className="visually-hidden">{t('time.milestones', { year: yearText(year) })}</h3>
          {ofYear.length === 0 && eventsOfYear.length === 0 ? <p className="timebar-none">{t('time.noMilestones', { year: yearText(year) })}</p> : (
            <ul className="plain-list">
              {eventsOfYear.map((e) => (
                <li key={e.id}>
                  <button type="button" className="link-button timebar-item" onClick={() => openEvent(e)}>
                    <time dateTime={e.date}>{fmt.date(e.date)}</time> {e.title[lang]}
                  </button>
                </li>
              ))}
              {ofYear.map(({ route, m }) => (
                <li key={`${route.id}-${m.date}-${m.text.en}`} data-future={m.future ? 'true' : undefined}>
                  <button type="button" className="link-button timebar-item" data-route={route.id} onClick={() => selectRoute(route.id)}>
                    <time dateTime={m.date}>{fmt.date(m.date)}</time>{m.future && <span className="future-tag">{t('time.expected')}</span>}{' '}
                    <strong>{route.shortName[lang]}</strong>: {fmt.text(m.text)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg className="icon" width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {playing ? <path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" /> : <path className="timebar-play-triangle" d="M4 2.5v11l9-5.5z" fill="currentColor" />}
    </svg>
  );
}
