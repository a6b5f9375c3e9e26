// Share, export and cite: everything that lets the view leave the room. Loaded on demand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import type { Lang } from '../data/types';
import { getAppStore, useAtlas } from '../state/store';
import { flushUrl } from '../state/urlWriter';
import { EmbedSnippet } from './EmbedSnippet';
import { OfflineCopy } from './OfflineCopy';
import { download, exportImage, translators } from './image';
import { sceneOf } from '../view/scene';
import { citation } from '../view/words';
import { viewGeoJson } from './geojson';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const stamp = () => new Date().toISOString().slice(0, 10);
/** What the map shows now. */
const sceneNow = () => sceneOf(getAppStore().getState(), atlas);

export default function SharePanel() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const [bilingual, setBilingual] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [cite, setCite] = useState<{ lang: Lang; text: string } | null>(null);

  const link = () => {
    flushUrl();
    return location.href;
  };

  const image = async (size: 'screen' | 'slide') => {
    setBusy(true);
    setStatus(t('export.preparing'));
    try {
      const blob = await exportImage(getAppStore().getState(), { size, bilingual });
      const name = `corridor-atlas-${size}-${lang}-${stamp()}.png`;
      download(blob, name);
      setStatus(t('export.ready', { name }));
    } catch (e) {
      setStatus(t('export.failed', { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const citeIn = async (l: Lang) => {
    const text = citation(sceneNow(), atlas, translators(), l, link(), new Date());
    setCite({ lang: l, text });
    setStatus((await copy(text)) ? t('export.citeCopied') : t('export.copyFailed'));
  };

  return (
    <div className="share" data-testid="share">
      <p className="intro">{t('export.intro')}</p>
      <button type="button" className="action" data-testid="copy-link" onClick={async () => setStatus((await copy(link())) ? t('export.linkCopied') : t('export.copyFailed'))}>
        {t('export.copyLink')}
      </button>

      <EmbedSnippet copy={copy} say={setStatus} />

      <h3>{t('export.image')}</h3>
      <label className="toggle"><input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} /> {t('export.bilingual')}</label>
      <div className="button-row">
        <button type="button" className="action" disabled={busy} data-testid="png-screen" onClick={() => void image('screen')}>{t('export.pngScreen')}</button>
        <button type="button" className="action" disabled={busy} data-testid="png-slide" onClick={() => void image('slide')}>{t('export.pngSlide')}</button>
      </div>

      <h3>{t('export.cite')}</h3>
      <div className="button-row">
        <button type="button" className="action action--quiet" data-testid="cite-en" onClick={() => void citeIn('en')}>{t('export.citeEn')}</button>
        <button type="button" className="action action--quiet" data-testid="cite-ar" onClick={() => void citeIn('ar')}>{t('export.citeAr')}</button>
      </div>
      {cite && <textarea className="citation" readOnly dir={cite.lang === 'ar' ? 'rtl' : 'ltr'} lang={cite.lang} value={cite.text} data-testid="citation" aria-label={t('export.cite')} rows={6} />}

      <h3>{t('export.data')}</h3>
      <button type="button" className="action action--quiet" data-testid="geojson" onClick={() => {
        const data = viewGeoJson(sceneNow(), atlas, link());
        download(new Blob([JSON.stringify(data, null, 1)], { type: 'application/geo+json' }), `corridor-atlas-${stamp()}.geojson`);
      }}>{t('export.geojson')}</button>

      <h3>{t('export.handout')}</h3>
      <a className="action action--quiet" href={`?mode=handout&lang=${lang}`} target="_blank" rel="noreferrer">{t('export.openHandout')}</a>

      <OfflineCopy />

      <p className="share-status" role="status" aria-live="polite" data-testid="share-status">{status}</p>
    </div>
  );
}
