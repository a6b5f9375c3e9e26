// The presenter's window: a preview of the current and the next slide's map, their titles and
// text, speaker notes, a talk timer and the slide list. It drives the audience window and follows
// it (channel.ts); each may be in its own language.
import { useTranslation } from 'react-i18next';
import { atlas, countryByIso, routeById } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { useAtlas } from '../state/store';
import { slideScene } from '../view/scene';
import { Arrow, briefingHref, toggleFullscreen } from './BriefingView';
import { PREVIEW, previewKey, useSlidePreviews, type PreviewState } from './previews';
import { nextSlide, prevSlide } from './stepper';
import { Timer } from './Timer';
import { missingLanguage } from '../deck/model';
import { useDeckKeys } from './useDeckKeys';
import './presenter.css';

function useAltText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const userDeck = useAtlas((s) => s.deck);
  return (index: number) => {
    const slide = (userDeck ?? atlas.briefing).slides[index]!;
    // What the slide's map stresses: its routes, or else its countries.
    const { emphasis } = slideScene(index, { lang, contrast: false, deck: userDeck }, atlas);
    const names = emphasis.routes.length
      ? emphasis.routes.map((id) => routeById.get(id)?.shortName[lang]).filter((n): n is string => !!n)
      : emphasis.countries.map((iso) => countryByIso.get(iso)?.name[lang]).filter((n): n is string => !!n);
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
  const userDeck = useAtlas((s) => s.deck);
  const key = previewKey((userDeck ?? atlas.briefing).slides[index]!, lang, contrast);
  const url = previews.ready.get(key);
  let body;
  if (url) body = <img className="preview-image" src={url} alt={altOf(index)} width={PREVIEW.width} height={PREVIEW.height} />;
  else if (previews.unavailable) body = <p className="preview-note">{t('briefing.previewUnavailable')}</p>;
  else if (previews.failed.has(key)) body = <p className="preview-note">{t('briefing.previewFailed')}</p>;
  else body = <p className="preview-note preview-note--drawing">{t('map.loading')}</p>;
  return <div className="preview" data-testid={testId} data-ready={Boolean(url)}>{body}</div>;
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
  const userDeck = useAtlas((s) => s.deck);
  const deckId = useAtlas((s) => s.deckId);
  const deck = userDeck ?? atlas.briefing;
  const slides = deck.slides;
  const count = slides.length;
  const slide = slides[index]!;
  const upNext = slides[index + 1];
  // A slide of the user's that lacks one language says so, before the other-language audience sees it.
  const missing = missingLanguage(slide);
  useDeckKeys((cmd) => {
    if (cmd.type === 'fullscreen') toggleFullscreen();
  });
  // The current and the next slide; then the one after, so that moving on shows a map at once.
  const wanted = [index, index + 1, index + 2].filter((i) => i < count);
  const previews = useSlidePreviews(wanted, lang, contrast, userDeck);
  const openAudience = () => {
    window.open(briefingHref('brief', index, lang, deckId), 'corridor-atlas-audience');
  };

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <div className="presenter-heading">
          <h1>{t('briefing.presenter')} · {deck.title[lang]}</h1>
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
                {missing && <p className="presenter-missing" data-testid="missing-language">{t(`deck.missing.${missing}`)}</p>}
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
