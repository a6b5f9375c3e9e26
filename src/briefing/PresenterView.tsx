// The presenter's window: a preview of the current and the next slide's map, their titles and
// text, speaker notes, a talk timer and the slide list. It drives the audience window and follows
// it (channel.ts); each may be in its own language.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, routeById } from '../data/atlas';
import { atlasAt, yearOf } from '../data/status';
import type { Lang } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { viewFor } from '../map/camera/frame';
import { slideTarget } from '../map/camera/target';
import { hasWebGL } from '../map/MapView';
import { createSnapshotter, type SnapshotView } from '../map/snapshot';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { emphasisOf, layersOf } from '../state/emphasis';
import { getAppStore, useAtlas } from '../state/store';
import { Arrow, toggleFullscreen } from './BriefingView';
import { nextSlide, prevSlide } from './stepper';
import { useDeckKeys } from './useDeckKeys';
import './presenter.css';

// ---------------------------------------------------------------------------------------------
// Map previews: one hidden map for the window draws slide after slide; the images are kept per
// (slide, language, contrast) as object URLs, a few at a time.

/** The previews' size in CSS pixels: 16:9, small enough to draw quickly in software WebGL. */
const PREVIEW = { width: 480, height: 270 } as const;
/** Images kept besides the ones on screen (going back a slide or switching language back is instant). */
const KEEP = 8;
const CREATE_TIMEOUT_MS = 45_000;
const RENDER_TIMEOUT_MS = 30_000;

/** `year`: the slide's own year (null: today), whose network the preview draws, as the audience sees it. */
type PreviewJob = { key: string; year: number | null; view: Omit<SnapshotView, 'width' | 'height'> };
interface PreviewState {
  /** The window cannot draw maps at all (no WebGL, or the hidden map would not start). */
  unavailable: boolean;
  ready: ReadonlyMap<string, string>;
  failed: ReadonlySet<string>;
}

const previewKey = (slide: number, lang: Lang, contrast: boolean) => `${slide}|${lang}|${contrast ? 'contrast' : 'plain'}`;

/** The slide's map as the audience sees it: the slide framed on a canvas of the preview's size, no covers. */
function previewJob(slide: number, lang: Lang, contrast: boolean): PreviewJob {
  const state = { ...getAppStore().getState(), mode: 'brief' as const, slide };
  const { center, zoom } = viewFor(slideTarget(slide, atlas), PREVIEW, []);
  return {
    key: previewKey(slide, lang, contrast),
    year: yearOf(state, atlas.briefing),
    view: { camera: { center, zoom, bearing: 0, pitch: 0 }, lang, contrast, layers: layersOf(state, atlas), emphasis: emphasisOf(state, atlas) },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = setTimeout(() => reject(new Error('timed out')), ms);
    p.then((v) => { clearTimeout(id); resolve(v); }, (e: unknown) => { clearTimeout(id); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

function canvasUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('no image'))), 'image/png');
  });
}

type Snapper = Awaited<ReturnType<typeof createSnapshotter>>;

/** Draws the wanted previews one at a time, newest wish first; never throws. */
function createPreviewer(onChange: (s: PreviewState) => void) {
  const ready = new Map<string, string>();
  const failed = new Set<string>();
  let wanted: PreviewJob[] = [];
  let unavailable = !hasWebGL();
  let snapper: Promise<Snapper | null> | null = null;
  let snapperYear: number | null = null;
  let running = false;
  let disposed = false;

  const publish = () => {
    if (!disposed) onChange({ unavailable, ready: new Map(ready), failed: new Set(failed) });
  };

  const start = (first: PreviewJob): Promise<Snapper | null> => {
    const created = createSnapshotter(atlasAt(atlas, first.year), PREVIEW, first.view);
    let gaveUp = false;
    // A map that starts after we gave up on it (or after the window closed) is not kept.
    created.then((s) => { if (gaveUp || disposed) s.destroy(); }, () => {});
    return withTimeout(created, CREATE_TIMEOUT_MS).catch(() => {
      gaveUp = true;
      unavailable = true;
      return null;
    });
  };

  /** Drops the oldest images that are not on screen, beyond KEEP. */
  const trim = () => {
    const onScreen = new Set(wanted.map((j) => j.key));
    let spare = [...ready.keys()].filter((k) => !onScreen.has(k));
    while (spare.length > KEEP) {
      const key = spare[0]!;
      URL.revokeObjectURL(ready.get(key)!);
      ready.delete(key);
      spare = spare.slice(1);
    }
  };

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (!disposed && !unavailable) {
        const job = wanted.find((j) => !ready.has(j.key) && !failed.has(j.key));
        if (!job) break;
        // The hidden map draws one year's network; a slide of another year gets a map of its own.
        if (snapper && snapperYear !== job.year) {
          void snapper.then((s) => s?.destroy());
          snapper = null;
        }
        snapperYear = job.year;
        snapper ??= start(job);
        const map = await snapper;
        if (!map || disposed) break;
        try {
          const { canvas } = await withTimeout(map.render(job.view), RENDER_TIMEOUT_MS);
          const url = await canvasUrl(canvas);
          if (disposed) {
            URL.revokeObjectURL(url);
            break;
          }
          ready.set(job.key, url);
          trim();
        } catch {
          failed.add(job.key);
        }
        publish();
      }
    } finally {
      running = false;
      publish();
    }
  };

  return {
    want(jobs: PreviewJob[]) {
      wanted = jobs;
      // The ones on screen count as the newest.
      for (const j of jobs) {
        const url = ready.get(j.key);
        if (url) {
          ready.delete(j.key);
          ready.set(j.key, url);
        }
      }
      trim();
      publish();
      void pump();
    },
    dispose() {
      disposed = true;
      void snapper?.then((s) => s?.destroy());
      for (const url of ready.values()) URL.revokeObjectURL(url);
      ready.clear();
    },
  };
}

function useSlidePreviews(slides: readonly number[], lang: Lang, contrast: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>(() => ({ unavailable: false, ready: new Map(), failed: new Set() }));
  const previewer = useRef<ReturnType<typeof createPreviewer> | null>(null);
  useEffect(() => {
    const p = createPreviewer(setState);
    previewer.current = p;
    return () => {
      p.dispose();
      previewer.current = null;
    };
  }, []);
  const wantedKey = slides.join(',');
  useEffect(() => {
    const list = wantedKey ? wantedKey.split(',').map(Number) : [];
    previewer.current?.want(list.map((i) => previewJob(i, lang, contrast)));
  }, [wantedKey, lang, contrast]);
  return state;
}

function useAltText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  return (index: number) => {
    const slide = atlas.briefing.slides[index]!;
    const names = slide.routes.length
      ? slide.routes.map((id) => routeById.get(id)?.shortName[lang]).filter((n): n is string => !!n)
      : slide.countries.map((iso) => countryByIso.get(iso)?.name[lang]).filter((n): n is string => !!n);
    const n = fmt.num(index + 1);
    const title = slide.title[lang];
    if (!names.length) return t('briefing.previewAltPlain', { n, title });
    const shows = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
    return t('briefing.previewAlt', { n, title, shows });
  };
}

function SlidePreview({ index, previews, testId }: { index: number; previews: PreviewState; testId: string }) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const contrast = useAtlas((s) => s.contrast);
  const altOf = useAltText();
  const key = previewKey(index, lang, contrast);
  const url = previews.ready.get(key);
  let body;
  if (url) body = <img className="preview-image" src={url} alt={altOf(index)} width={PREVIEW.width} height={PREVIEW.height} />;
  else if (previews.unavailable) body = <p className="preview-note">{t('briefing.previewUnavailable')}</p>;
  else if (previews.failed.has(key)) body = <p className="preview-note">{t('briefing.previewFailed')}</p>;
  else body = <p className="preview-note preview-note--drawing">{t('map.loading')}</p>;
  return <div className="preview" data-testid={testId} data-ready={Boolean(url)}>{body}</div>;
}

// ---------------------------------------------------------------------------------------------
// The talk timer: 0:00 until the talk starts (the first change of slide, from either window, or
// Start), then it runs; Pause, Resume and Reset.

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

function Timer() {
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

// ---------------------------------------------------------------------------------------------

export default function PresenterView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const contrast = useAtlas((s) => s.contrast);
  const index = useAtlas((s) => s.slide);
  const goToSlide = useAtlas((s) => s.goToSlide);
  const setMode = useAtlas((s) => s.setMode);
  const slides = atlas.briefing.slides;
  const count = slides.length;
  const slide = slides[index]!;
  const upNext = slides[index + 1];
  useDeckKeys((cmd) => {
    if (cmd.type === 'fullscreen') toggleFullscreen();
  });
  // The current and the next slide; then the one after, so that moving on shows a map at once.
  const wanted = [index, index + 1, index + 2].filter((i) => i < count);
  const previews = useSlidePreviews(wanted, lang, contrast);
  const openAudience = () => {
    window.open(`${location.pathname}?mode=brief&slide=${index + 1}&lang=${lang}`, 'corridor-atlas-audience');
  };

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <div className="presenter-heading">
          <h1>{t('briefing.presenter')} · {atlas.briefing.title[lang]}</h1>
          <p className="presenter-hint">{t('briefing.presenterHint')}</p>
        </div>
        <div className="presenter-actions">
          <button type="button" className="presenter-button presenter-button--primary" onClick={openAudience} data-testid="open-audience">
            {t('briefing.openAudience')}
          </button>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={() => setMode('explore')}>{t('briefing.exit')}</button>
        </div>
      </header>
      <main className="presenter-main">
        <div className="presenter-col">
          <section className="presenter-now" aria-labelledby="now-h">
            <p className="eyebrow" id="now-h">{t('briefing.now')} · <span data-testid="slide-progress">{t('briefing.progress', { current: fmt.num(index + 1), total: fmt.num(count) })}</span></p>
            <div className="presenter-now-body">
              <SlidePreview index={index} previews={previews} testId="preview-now" />
              <div className="presenter-now-text">
                <h2>{fmt.text(slide.title)}</h2>
                <p>{fmt.text(slide.text)}</p>
                <div className="presenter-nav">
                  <button type="button" className="deck-button" onClick={() => goToSlide(prevSlide(index, count))} disabled={index === 0} aria-label={t('briefing.prev')}><Arrow back /></button>
                  <button type="button" className="deck-button" onClick={() => goToSlide(nextSlide(index, count))} disabled={index === count - 1} aria-label={t('briefing.next')}><Arrow /></button>
                </div>
              </div>
            </div>
          </section>
          <section className="presenter-notes" aria-labelledby="notes-h">
            <h2 id="notes-h" className="presenter-label">{t('briefing.notes')}</h2>
            <p data-testid="notes">{fmt.text(slide.notes)}</p>
          </section>
        </div>
        <div className="presenter-col presenter-col--side">
          <Timer />
          <section className="presenter-next" aria-labelledby="next-h">
            <h2 id="next-h" className="presenter-label">{t('briefing.upNext')}</h2>
            {upNext ? (
              <>
                <SlidePreview index={index + 1} previews={previews} testId="preview-next" />
                <p className="presenter-next-title">{fmt.text(upNext.title)}</p>
              </>
            ) : <p className="presenter-next-title">{t('briefing.end')}</p>}
          </section>
          <nav className="presenter-list" aria-labelledby="list-h">
            <h2 id="list-h" className="presenter-label">{t('briefing.slides')}</h2>
            <ol className="plain-list">
              {slides.map((s, i) => (
                <li key={s.id}>
                  <button type="button" className="list-button" aria-current={i === index ? 'step' : undefined} onClick={() => goToSlide(i)}>
                    <span className="point-number" aria-hidden="true">{fmt.num(i + 1)}</span>
                    <span className="list-title">{fmt.text(s.title)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </div>
      </main>
    </div>
  );
}
