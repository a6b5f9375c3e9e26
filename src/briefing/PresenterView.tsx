// The presenter's window: current and next slide, speaker notes, elapsed time and the slide list.
// It drives the audience window and follows it (channel.ts); each may be in its own language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { useAtlas } from '../state/store';
import { Arrow, toggleFullscreen } from './BriefingView';
import { nextSlide, prevSlide } from './stepper';
import { useDeckKeys } from './useDeckKeys';

function useElapsed(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return Math.floor((now - start) / 1000);
}

export default function PresenterView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const index = useAtlas((s) => s.slide);
  const goToSlide = useAtlas((s) => s.goToSlide);
  const setMode = useAtlas((s) => s.setMode);
  const slides = atlas.briefing.slides;
  const count = slides.length;
  const slide = slides[index]!;
  const upNext = slides[index + 1];
  const elapsed = useElapsed();
  useDeckKeys((cmd) => {
    if (cmd.type === 'fullscreen') toggleFullscreen();
  });
  const clock = `${fmt.num(Math.floor(elapsed / 60))}:${fmt.num(elapsed % 60).padStart(2, fmt.num(0))}`;

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <h1>{t('briefing.presenter')} · {atlas.briefing.title[lang]}</h1>
        <p className="presenter-hint">{t('briefing.presenterHint')}</p>
        <LanguageSwitch />
      </header>
      <main className="presenter-main">
        <section className="presenter-now" aria-labelledby="now-h">
          <p className="eyebrow" id="now-h">{t('briefing.now')} · <span data-testid="slide-progress">{t('briefing.progress', { current: fmt.num(index + 1), total: fmt.num(count) })}</span></p>
          <h2>{slide.title[lang]}</h2>
          <p>{slide.text[lang]}</p>
          <div className="presenter-nav">
            <button type="button" className="deck-button" onClick={() => goToSlide(prevSlide(index, count))} disabled={index === 0} aria-label={t('briefing.prev')}><Arrow back /></button>
            <button type="button" className="deck-button" onClick={() => goToSlide(nextSlide(index, count))} disabled={index === count - 1} aria-label={t('briefing.next')}><Arrow /></button>
            <p className="elapsed"><span>{t('briefing.elapsed')}</span> <time data-testid="elapsed">{clock}</time></p>
          </div>
        </section>
        <section className="presenter-notes" aria-labelledby="notes-h">
          <h2 id="notes-h">{t('briefing.notes')}</h2>
          <p data-testid="notes">{slide.notes[lang]}</p>
        </section>
        <section className="presenter-next" aria-labelledby="next-h">
          <h2 id="next-h">{t('briefing.upNext')}</h2>
          <p>{upNext ? upNext.title[lang] : t('briefing.end')}</p>
        </section>
        <nav className="presenter-list" aria-labelledby="list-h">
          <h2 id="list-h">{t('briefing.slides')}</h2>
          <ol className="plain-list">
            {slides.map((s, i) => (
              <li key={s.id}>
                <button type="button" className="list-button" aria-current={i === index ? 'step' : undefined} onClick={() => goToSlide(i)}>
                  <span className="point-number" aria-hidden="true">{fmt.num(i + 1)}</span>
                  <span className="list-title">{s.title[lang]}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="link-button" onClick={() => window.open(`${location.pathname}?mode=brief&slide=${index + 1}&lang=${lang}`, 'corridor-atlas-audience')}>
            {t('briefing.openAudience')}
          </button>
          <button type="button" className="link-button" onClick={() => setMode('explore')}>{t('briefing.exit')}</button>
        </nav>
      </main>
    </div>
  );
}
