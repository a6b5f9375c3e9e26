// A deck as a PowerPoint file (PptxGenJS, loaded only when asked for): one 16:9 slide per slide
// shown, its map as a 1920×1080 picture with legend, scale and attribution, and over it the
// slide's title and text as real, editable text; the speaker notes as notes; a last slide with the
// data's date and the sources. Arabic paragraphs are right to left, aligned right, marked as Arabic.
import { atlas } from '../data/atlas';
import type { Deck, Lang, Source } from '../data/types';
import { exportPicture } from '../export/image';
import { translators } from '../i18n';
import { formatPartialDate } from '../i18n/format';
import type { Digits } from '../i18n/format';
import { NO_MOVE, slideScene } from '../view/scene';
import { HOME_VIEW } from '../view/view';
import { viewSources } from '../view/words';
import { presented } from './model';

/** The slide's size in inches (PowerPoint's 16:9). */
const W = 13.333;
const H = 7.5;
/** Fonts that PowerPoint has on Windows and macOS, each with Arabic letters. */
const FONT = { en: 'Arial', ar: 'Arial' } as const;

export interface PptxOptions {
  /** The language of the slides; 'both' puts each text in both, English first. */
  lang: Lang | 'both';
  digits: Digits;
}

const blobToDataUrl = (b: Blob) => new Promise<string>((resolve, reject) => {
  const r = new FileReader();
  r.onload = () => resolve(String(r.result));
  r.onerror = () => reject(new Error('cannot read the picture'));
  r.readAsDataURL(b);
});

/** A paragraph's text options for a language: Arabic right to left, aligned to the right. */
const para = (lang: Lang) => (lang === 'ar'
  ? { rtlMode: true, align: 'right' as const, lang: 'ar-SA', fontFace: FONT.ar }
  : { rtlMode: false, align: 'left' as const, lang: 'en-GB', fontFace: FONT.en });

/** Where a slide's text goes, in inches: the widest gap at the foot between what covers the map. */
function textBox(p: { size: { width: number; height: number }; covers: { left: number; top: number; right: number; bottom: number }[]; attribution: { top: number } }) {
  const k = W / p.size.width;
  const h = 1.9;
  const bottom = p.attribution.top * k - 0.08;
  const top = bottom - h;
  const beside = p.covers.map((r) => ({ left: r.left * k, right: r.right * k, top: r.top * k, bottom: r.bottom * k })).filter((r) => r.bottom > top && r.top < bottom);
  const left = Math.max(0, ...beside.filter((r) => (r.left + r.right) / 2 < W / 2).map((r) => r.right)) + 0.15;
  const right = Math.min(W, ...beside.filter((r) => (r.left + r.right) / 2 >= W / 2).map((r) => r.left)) - 0.15;
  return { x: left, y: top, w: Math.max(3, right - left), h };
}

export async function deckToPptx(deck: Deck, opts: PptxOptions, onProgress: (done: number, total: number) => void = () => {}): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const langs: Lang[] = opts.lang === 'both' ? ['en', 'ar'] : [opts.lang];
  const main = langs[0]!;
  pptx.rtlMode = main === 'ar';
  pptx.title = deck.title[main];
  const t = translators();
  pptx.company = t[main]('app.title');
  const shown = presented(deck);
  const sources: Source[] = [];

  for (const [i, slide] of shown.slides.entries()) {
    onProgress(i, shown.slides.length);
    const scene = slideScene(i, { lang: main, contrast: false, deck: shown }, atlas);
    const state = { mode: 'brief' as const, slide: i, view: HOME_VIEW, lang: main, contrast: false, move: NO_MOVE, deck: shown, digits: opts.digits };
    const picture = await exportPicture(state, {
      size: 'slide', bilingual: opts.lang === 'both', untitled: true,
      seen: { box: scene.camera.target.box, maxZoom: scene.camera.target.maxZoom },
    });
    // A title or closing slide states no facts: it cites nothing.
    if (slide.kind === 'view') for (const src of viewSources(scene, atlas)) if (!sources.some((s) => (s.url ?? s.title) === (src.url ?? src.title))) sources.push(src);

    const s = pptx.addSlide();
    s.addImage({ data: await blobToDataUrl(picture.blob), x: 0, y: 0, w: W, h: H, altText: slide.title[main] });
    // The title on the picture's empty title band, editable.
    const bandH = (picture.band.bottom / picture.size.height) * H;
    s.addText(langs.map((l, k) => ({ text: slide.title[l], options: { ...para(l), bold: k === 0, fontSize: k === 0 ? 26 : 20, breakLine: k < langs.length - 1 } })), {
      x: 0.3, y: 0.05, w: W - 0.6, h: Math.max(0.6, bandH - 0.1), valign: 'middle', color: '1F2A33', margin: 4, ...para(main),
    });
    // The text, on a pale box at the foot of the picture, in the gap the legend, scale bar and
    // north arrow leave there.
    const words = langs.filter((l) => slide.text[l].trim());
    if (words.length) {
      const box = textBox(picture);
      s.addText(words.map((l, k) => ({ text: slide.text[l], options: { ...para(l), fontSize: 13, breakLine: k < words.length - 1 } })), {
        ...box, valign: 'bottom', color: '1F2A33', fill: { color: 'FFFFFF', transparency: 12 }, margin: 8, fit: 'shrink', ...para(main),
      });
    }
    const notes = langs.map((l) => slide.notes[l].trim()).filter(Boolean).join('\n\n');
    if (notes) s.addNotes(notes);
  }

  // The data's date and the sources of what the slides showed, a dozen to a slide. The sources are
  // written in Latin script: left to right, whatever the deck's language.
  const perSlide = 12;
  for (let from = 0; from === 0 || from < sources.length; from += perSlide) {
    const last = pptx.addSlide();
    last.addText(langs.map((l, k) => ({ text: `${t[l]('map.asOf', { date: formatPartialDate(atlas.asOf, l) })}`, options: { ...para(l), bold: true, fontSize: 20, breakLine: k < langs.length - 1 } })), {
      x: 0.5, y: 0.4, w: W - 1, h: 0.9, ...para(main),
    });
    const part = sources.slice(from, from + perSlide);
    if (part.length) {
      last.addText(part.map((src, k) => ({ text: `${src.publisher}: ${src.title}${src.url ? ` — ${src.url}` : ''}`, options: { ...para('en'), fontSize: 11, paraSpaceAfter: 4, breakLine: k < part.length - 1 } })), {
        x: 0.5, y: 1.4, w: W - 1, h: H - 1.9, valign: 'top', color: '333333', ...para('en'),
      });
    }
  }
  onProgress(shown.slides.length, shown.slides.length);
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
