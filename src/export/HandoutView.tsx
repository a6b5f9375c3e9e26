// A printable handout of the briefing deck: one slide per page with its map, text and sources,
// on A4 or Letter, landscape, optionally English and Arabic side by side. Print to PDF from the browser.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas, routeById } from '../data/atlas';
import type { DeckSlide, Lang, Source } from '../data/types';
import { localDigits } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { viewFor } from '../map/camera/frame';
import { createSnapshotter, type Snapshotter } from '../map/snapshot';
import { Foreign } from '../panels/Foreign';
import { useAtlas } from '../state/store';
import { slideScene } from '../view/scene';
import { ONE_FILE_NAME } from './oneFile';

const MAP_SIZE = { width: 1400, height: 700 };
type Paper = 'A4' | 'Letter';

function slideSources(slide: DeckSlide): Source[] {
  const list = (slide.view.subject?.routes ?? []).flatMap((id) => routeById.get(id)?.sources ?? []);
  return list.length ? list.slice(0, 6) : atlas.proposal.meeting.sources;
}

function SlideText({ slide, lang }: { slide: DeckSlide; lang: Lang }) {
  const { t } = useTranslation();
  const digits = useAtlas((s) => (lang === 'ar' ? s.digits : 'latn'));
  const { year } = slide.view;
  return (
    <div className="handout-text" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      {year !== null && <p className="eyebrow" data-testid="handout-year">{localDigits(t(year > Number(atlas.today.slice(0, 4)) ? 'time.networkExpected' : 'time.networkAsOf', { year, lng: lang }), digits)}</p>}
      <h2>{localDigits(slide.title[lang], digits)}</h2>
      <p>{localDigits(slide.text[lang], digits)}</p>
    </div>
  );
}

export default function HandoutView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const setMode = useAtlas((s) => s.setMode);
  const [paper, setPaper] = useState<Paper>('A4');
  const [bilingual, setBilingual] = useState(false);
  const [maps, setMaps] = useState<string[]>([]);
  const userDeck = useAtlas((s) => s.deck);
  const deck = userDeck ?? atlas.briefing;
  const slides = deck.slides;

  // Slide maps are drawn one after another so the page stays responsive and shows progress.
  useEffect(() => {
    let cancelled = false;
    // Each page shows its slide as the audience window does, framed with nothing covering it (a printed map).
    const pageOf = (i: number) => {
      const scene = slideScene(i, { lang, contrast: false, deck: userDeck }, atlas);
      const { center, zoom } = viewFor(scene.camera.target, MAP_SIZE, []);
      return { scene, camera: scene.camera.own ?? { center, zoom } };
    };
    void (async () => {
      // One off-screen map draws every page, each slide's scene in turn (the network of its year too).
      const out: string[] = [];
      let snapper: Snapshotter | null = null;
      try {
        for (const i of slides.keys()) {
          if (cancelled) break;
          const { scene, camera } = pageOf(i);
          snapper ??= await createSnapshotter(MAP_SIZE, scene, camera);
          const snap = await snapper.render(scene, camera);
          out[i] = snap.canvas.toDataURL('image/jpeg', 0.85);
          if (!cancelled) setMaps([...out]);
        }
      } finally {
        snapper?.destroy();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [lang, slides, userDeck]);

  const drawn = maps.filter(Boolean).length;
  const done = drawn === slides.length;
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className={`handout ${bilingual ? 'handout--bilingual' : ''}`} data-testid="handout" data-ready={done}>
      <style>{`@page { size: ${paper} landscape; margin: 10mm; }`}</style>
      <header className="handout-tools no-print">
        <h1>{t('handout.title')} · {deck.title[lang]}</h1>
        <label>{t('handout.paper')}{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} data-testid="paper">
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <label className="toggle"><input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} data-testid="handout-bilingual" /> {t('handout.bilingual')}</label>
        <button type="button" className="action" disabled={!done} onClick={() => window.print()}>{t('handout.print')}</button>
        <button type="button" className="link-button" onClick={() => setMode('explore')}>{t('handout.back')}</button>
        <p role="status" aria-live="polite">{done ? '' : t('handout.progress', { done: fmt.num(drawn), total: fmt.num(slides.length) })}</p>
        {!done && <progress max={slides.length} value={drawn} />}
      </header>
      {slides.map((slide, i) => (
        <section className="handout-page" key={slide.id} aria-label={t('handout.page', { n: fmt.num(i + 1), total: fmt.num(slides.length) })}>
          {maps[i] ? <img className="handout-map" src={maps[i]} alt={slide.title[lang]} /> : <div className="handout-map handout-map--pending" />}
          <div className="handout-body">
            <SlideText slide={slide} lang={lang} />
            {bilingual && <SlideText slide={slide} lang={other} />}
          </div>
          {/* The last page says how to carry the atlas itself into a room with no network. */}
          {i === slides.length - 1 && <p className="handout-note" data-testid="handout-one-file">{t('oneFile.handout', { file: ONE_FILE_NAME })}</p>}
          <footer className="handout-sources">
            {/* One flex item for all the sources, and one for the page number. */}
            <span>
              <strong>{t('handout.sources')}:</strong>{' '}
              {slideSources(slide).map((s, k) => (
                <span key={`${s.id}-${k}`}>
                  {k > 0 && ' · '}
                  <Foreign text={s.publisher} />, <Foreign text={s.title} /> ({fmt.date(s.date)})
                </span>
              ))}
            </span>
            <span className="handout-page-no">{t('handout.page', { n: fmt.num(i + 1), total: fmt.num(slides.length) })}</span>
          </footer>
        </section>
      ))}
    </div>
  );
}
