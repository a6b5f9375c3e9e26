// The Share tab's "Embed" section: the iframe code for the current view, a width and height, an
// optional script that lets the frame follow the embed's height, a copy button and a live preview
// (loaded only when asked for: it is a second map).
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { appBase, EMBED_HEIGHTS, EMBED_WIDTHS, embedUrl, iframeSnippet, resizeScript, type EmbedHeight, type EmbedWidth } from '../embed/snippet';
import { useAtlas } from '../state/store';
import { translators } from './image';
import { sceneOf } from '../view/scene';
import { viewTitle } from '../view/words';
import './embedSnippet.css';

/** The preview frame is drawn at the chosen width and scaled down to the panel: what the article shows, smaller. */
const PREVIEW_RESPONSIVE_WIDTH = 360;

export function EmbedSnippet({ copy, say }: { copy: (text: string) => Promise<boolean>; say: (status: string) => void }) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const [width, setWidth] = useState<EmbedWidth>('responsive');
  const [height, setHeight] = useState<EmbedHeight>(500);
  const [auto, setAuto] = useState(true);
  const [preview, setPreview] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);

  // The view as it is now (the address may still be catching up with a camera move).
  const src = useAtlas((s) => embedUrl(appBase(location.href), s));
  const title = useAtlas((s) => t('embed.share.frameTitle', { app: t('app.title'), title: viewTitle(sceneOf(s, atlas), atlas, translators())[s.lang] }));
  const origin = new URL(src).origin;
  const code = iframeSnippet({ src, title, lang, width, height }) + (auto ? `\n${resizeScript(origin)}` : '');

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setBoxWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [preview]);

  const frameWidth = width === 'responsive' ? PREVIEW_RESPONSIVE_WIDTH : width;
  const scale = boxWidth ? Math.min(1, boxWidth / frameWidth) : 1;

  return (
    <section className="embed-snippet" aria-labelledby="embed-snippet-h" data-testid="embed-snippet">
      <h3 id="embed-snippet-h">{t('embed.share.title')}</h3>
      <p className="muted">{t('embed.share.intro')}</p>
      <fieldset className="embed-choice">
        <legend>{t('embed.share.width')}</legend>
        {EMBED_WIDTHS.map((w) => (
          <label key={w} className="toggle">
            <input type="radio" name="embed-width" checked={width === w} onChange={() => setWidth(w)} />
            {w === 'responsive' ? t('embed.share.responsive') : t('embed.share.px', { value: w })}
          </label>
        ))}
      </fieldset>
      <fieldset className="embed-choice">
        <legend>{t('embed.share.height')}</legend>
        {EMBED_HEIGHTS.map((h) => (
          <label key={h} className="toggle">
            <input type="radio" name="embed-height" checked={height === h} onChange={() => setHeight(h)} />
            {t('embed.share.px', { value: h })}
          </label>
        ))}
      </fieldset>
      <label className="toggle"><input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} /> {t('embed.share.auto')}</label>
      {/* Code is read left to right in both languages. */}
      <textarea className="citation embed-code" readOnly dir="ltr" lang="en" value={code} rows={auto ? 10 : 4} aria-label={t('embed.share.code')} data-testid="embed-code" />
      <div className="button-row">
        <button type="button" className="action" data-testid="embed-copy" onClick={async () => say((await copy(code)) ? t('embed.share.copied') : t('export.copyFailed'))}>
          {t('embed.share.copy')}
        </button>
        <button type="button" className="action action--quiet" data-testid="embed-preview" onClick={() => setPreview(src)}>{t('embed.share.preview')}</button>
      </div>
      {preview && (
        <div className="embed-preview" ref={box} style={{ blockSize: height * scale }}>
          <iframe
            src={preview} title={t('embed.share.previewTitle')} lang={lang} data-testid="embed-preview-frame"
            style={{ inlineSize: frameWidth, blockSize: height, transform: `scale(${scale})` }}
          />
        </div>
      )}
    </section>
  );
}
