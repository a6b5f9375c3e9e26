// The audience window: slide text large enough for the back of the room, over the live map.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas, routeById } from '../data/atlas';
import { ElevationProfile } from '../panels/ElevationProfile';
import { dirOf } from '../i18n';
import { useFormat } from '../i18n/useFormat';
import { getAppStore, useAtlas } from '../state/store';
import { slideScene } from '../view/scene';
import { SlideLegend } from './SlideLegend';
import { createAutoplay, loopSlide, nextSlide, prevSlide, type Command } from './stepper';
import { useDeckKeys } from './useDeckKeys';

const IDLE_POINTER_MS = 2500;
const SWIPE_PX = 60;

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** The address of a briefing window on this slide: the user's deck is named by its id in this browser. */
export function briefingHref(mode: 'brief' | 'presenter', slide: number, lang: string, deckId: string | null): string {
  return `${location.pathname}?mode=${mode}${deckId ? `&deck=${deckId}` : ''}&slide=${slide + 1}&lang=${lang}`;
}

export function openPresenter(slide: number, lang: string, deckId: string | null): void {
  window.open(briefingHref('presenter', slide, lang, deckId), 'corridor-atlas-presenter', 'popup,width=1100,height=760');
}

function leave() {
  const store = getAppStore();
  if (document.fullscreenElement) void document.exitFullscreen?.();
  store.getState().setMode('explore');
}

export default function BriefingView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const index = useAtlas((s) => s.slide);
  const autoplay = useAtlas((s) => s.autoplay);
  const goToSlide = useAtlas((s) => s.goToSlide);
  const resetSlideView = useAtlas((s) => s.resetSlideView);
  const toggleContrast = useAtlas((s) => s.toggleContrast);
  const stopAutoplay = useAtlas((s) => s.stopAutoplay);
  const contrast = useAtlas((s) => s.contrast);
  const userDeck = useAtlas((s) => s.deck);
  const deckId = useAtlas((s) => s.deckId);
  const deck = userDeck ?? atlas.briefing;
  const count = deck.slides.length;
  const slide = deck.slides[index]!;
  const scene = slideScene(index, { lang, contrast, deck: userDeck }, atlas);
  // A slide about one route drawn well enough to profile shows how high it climbs.
  const only = scene.emphasis.routes.length === 1 ? routeById.get(scene.emphasis.routes[0]!) : undefined;
  const profiled = only?.stats.profile ? only : undefined;
  const title = useRef<HTMLHeadingElement>(null);
  // The card can fold to its title, to give the room the whole map.
  const [folded, setFolded] = useState(false);

  const typed = useDeckKeys((cmd: Command) => {
    if (cmd.type === 'exit') leave();
    else if (cmd.type === 'fullscreen') toggleFullscreen();
    else if (cmd.type === 'reset') resetSlideView();
    else if (cmd.type === 'contrast') toggleContrast();
  });

  // Kiosk: advance and loop until someone touches a key or the screen.
  useEffect(() => {
    if (!autoplay) return;
    const store = getAppStore();
    const play = createAutoplay({
      intervalMs: autoplay * 1000,
      advance: () => store.getState().goToSlide(loopSlide(store.getState().slide, count)),
    });
    const stop = () => store.getState().stopAutoplay();
    window.addEventListener('pointerdown', stop, { once: true });
    return () => {
      play.pause();
      window.removeEventListener('pointerdown', stop);
    };
  }, [autoplay, count]);

  // The pointer hides when idle, so it does not sit on the projected map.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      delete document.body.dataset.pointerIdle;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => { document.body.dataset.pointerIdle = 'true'; }, IDLE_POINTER_MS);
    };
    wake();
    window.addEventListener('pointermove', wake);
    return () => {
      window.removeEventListener('pointermove', wake);
      if (timer) clearTimeout(timer);
      delete document.body.dataset.pointerIdle;
    };
  }, []);

  const swipeStart = useRef<number | null>(null);
  const onPointerDown = (e: PointerEvent) => { swipeStart.current = e.clientX; };
  const onPointerUp = (e: PointerEvent) => {
    if (swipeStart.current === null) return;
    const dx = e.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(dx) < SWIPE_PX) return;
    // Swiping towards the start of the line brings the next slide, in either reading direction.
    const forward = dirOf(lang) === 'rtl' ? dx > 0 : dx < 0;
    goToSlide(forward ? nextSlide(index, count) : prevSlide(index, count));
  };

  const progress = t('briefing.progress', { current: fmt.num(index + 1), total: fmt.num(count) });
  // A slide of another year shows the network of that year, and says so.
  const { year } = scene;
  const yearLine = year === null ? null
    : t(year > Number(atlas.today.slice(0, 4)) ? 'time.networkExpected' : 'time.networkAsOf', { year: fmt.text({ en: String(year), ar: String(year) }) });
  const progressLabel = t('briefing.progressLabel', { current: fmt.num(index + 1), total: fmt.num(count) });

  return (
    <section className="briefing" aria-label={t('briefing.label')} data-testid="briefing">
      <article className={`slide-card${folded ? ' slide-card--folded' : ''}`} onPointerDown={onPointerDown} onPointerUp={onPointerUp} data-cover="slide-card" data-testid="slide-card">
        <div className="slide-card-head">
          <p className="slide-progress" aria-label={progressLabel} data-testid="slide-progress">{progress}</p>
          <button type="button" className="slide-fold" aria-expanded={!folded} aria-controls="slide-body" onClick={() => setFolded(!folded)}>
            {folded ? t('briefing.unfold') : t('briefing.fold')}
          </button>
        </div>
        {yearLine && <p className="eyebrow slide-year" data-testid="slide-year">{yearLine}</p>}
        <h2 className="slide-title" ref={title}>{fmt.text(slide.title)}</h2>
        <div id="slide-body" className="slide-body" hidden={folded}>
          <p className="slide-text">{fmt.text(slide.text)}</p>
          <SlideLegend scene={scene} />
        </div>
        {/* Outside the text: "Hide text" leaves the title and how high the line climbs. */}
        {profiled && <ElevationProfile route={profiled} />}
      </article>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="slide-announcer">
        {progressLabel}. {yearLine && `${yearLine}. `}{fmt.text(slide.title)}. {fmt.text(slide.text)}
      </p>
      {autoplay && (
        <p className="autoplay-note" role="status" data-cover="note">
          {t('briefing.autoplay', { seconds: fmt.num(autoplay, 0), count: autoplay })}{' '}
          <button type="button" className="link-button" onClick={stopAutoplay}>{t('briefing.controls')}</button>
        </p>
      )}
      {typed && <p className="typed-slide" role="status">{t('briefing.typed', { n: typed })}</p>}
      <nav className="briefing-controls" aria-label={t('briefing.controls')} data-cover="deck-controls">
        <button type="button" className="deck-button" onClick={() => goToSlide(prevSlide(index, count))} disabled={index === 0} aria-label={t('briefing.prev')}>
          <Arrow back />
        </button>
        <span className="deck-counter" aria-hidden="true">{progress}</span>
        <button type="button" className="deck-button" onClick={() => goToSlide(nextSlide(index, count))} disabled={index === count - 1} aria-label={t('briefing.next')}>
          <Arrow />
        </button>
        <button type="button" className="deck-tool" onClick={resetSlideView} title="R">{t('briefing.resetView')}</button>
        <button type="button" className="deck-tool" onClick={toggleContrast} title="C" aria-pressed={contrast}>{t('briefing.contrast')}</button>
        <button type="button" className="deck-tool" onClick={toggleFullscreen} title="F">{t('briefing.fullscreen')}</button>
        <button type="button" className="deck-tool deck-tool--presenter" onClick={() => openPresenter(index, lang, deckId)}>{t('briefing.presenter')}</button>
        <button type="button" className="deck-tool deck-exit" onClick={leave} title="Esc">{t('briefing.exit')}</button>
      </nav>
      <p className="deck-keys" data-cover="hint">{t('briefing.keys')}</p>
    </section>
  );
}

/** Points forward in the reading direction; flipped in Arabic by CSS. */
export function Arrow({ back = false }: { back?: boolean }) {
  return (
    <svg className="icon icon--flip" width="28" height="28" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={back ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
