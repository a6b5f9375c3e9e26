// The presenter's talk timer: 0:00 until the talk starts (the first change of slide, from either
// window, or Start), then it runs; Pause, Resume and Reset.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { getAppStore } from '../state/store';

type ClockState = { phase: 'idle' | 'running' | 'paused'; banked: number; since: number; now: number };
const IDLE: ClockState = { phase: 'idle', banked: 0, since: 0, now: 0 };

function startNow(c: ClockState): ClockState {
  const now = Date.now();
  return { phase: 'running', banked: c.phase === 'paused' ? c.banked : 0, since: now, now };
}

function useTalkClock() {
  const [clock, setClock] = useState<ClockState>(IDLE);
  // Any change of slide while the timer has not started starts it: the talk is under way.
  useEffect(() => getAppStore().subscribe((next, prev) => {
    if (next.slide !== prev.slide) setClock((c) => (c.phase === 'idle' ? startNow(c) : c));
  }), []);
  useEffect(() => {
    if (clock.phase !== 'running') return;
    const id = setInterval(() => setClock((c) => (c.phase === 'running' ? { ...c, now: Date.now() } : c)), 250);
    return () => clearInterval(id);
  }, [clock.phase]);
  const seconds = Math.floor((clock.banked + (clock.phase === 'running' ? Math.max(0, clock.now - clock.since) : 0)) / 1000);
  return {
    phase: clock.phase,
    seconds,
    start: () => setClock((c) => (c.phase === 'running' ? c : startNow(c))),
    pause: () => setClock((c) => {
      if (c.phase !== 'running') return c;
      const now = Date.now();
      return { phase: 'paused', banked: c.banked + Math.max(0, now - c.since), since: 0, now };
    }),
    reset: () => setClock(IDLE),
  };
}

export function Timer() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { phase, seconds, start, pause, reset } = useTalkClock();
  const toggle = useRef<HTMLButtonElement>(null);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (v: number) => fmt.num(v).padStart(2, fmt.num(0));
  const clock = h ? `${fmt.num(h)}:${two(m)}:${two(s)}` : `${fmt.num(m)}:${two(s)}`;
  return (
    <section className="presenter-timer" aria-labelledby="timer-h" data-phase={phase}>
      <h2 id="timer-h" className="presenter-label">{t('briefing.elapsed')}</h2>
      <p className="presenter-clock"><time data-testid="elapsed" dateTime={`PT${seconds}S`}>{clock}</time></p>
      <p className="presenter-timer-status" role="status" data-testid="timer-status">
        {phase === 'idle' ? t('briefing.timerNotStarted') : phase === 'paused' ? t('briefing.timerPaused') : ''}
      </p>
      <div className="presenter-timer-buttons" role="group" aria-label={t('briefing.timer')}>
        <button type="button" className="presenter-button" ref={toggle} onClick={phase === 'running' ? pause : start} data-testid="timer-toggle">
          {t(phase === 'running' ? 'briefing.timerPause' : phase === 'paused' ? 'briefing.timerResume' : 'briefing.timerStart')}
        </button>
        <button
          type="button" className="presenter-button presenter-button--quiet" disabled={phase === 'idle'} data-testid="timer-reset"
          onClick={() => {
            reset();
            // The Reset button is disabled now: keep the keyboard on the timer.
            toggle.current?.focus();
          }}
        >
          {t('briefing.timerReset')}
        </button>
      </div>
    </section>
  );
}
