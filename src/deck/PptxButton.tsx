// Export a deck to PowerPoint, in the reading language, the other, or both. The writer and its
// library load on the first press; the slides' maps are drawn one after another, with progress.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck, Lang } from '../data/types';
import { download } from '../export/image';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';

export function PptxButton({ deck, name }: { deck: Deck; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const [which, setWhich] = useState<Lang | 'both'>(lang);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const run = async () => {
    setBusy(true);
    try {
      const { deckToPptx } = await import('./pptx');
      const blob = await deckToPptx(deck, { lang: which, digits }, (n, total) => setSaid(t('deck.pptxProgress', { n: fmt.num(Math.min(n + 1, total)), total: fmt.num(total) })));
      const file = `${name}-${which}.pptx`;
      download(blob, file);
      setSaid(t('deck.pptxReady', { name: file }));
    } catch (e) {
      setSaid(t('deck.pptxFailed', { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pptx">
      <label className="pptx-lang">
        {t('deck.pptxLang')}{' '}
        <select value={which} onChange={(e) => setWhich(e.target.value as Lang | 'both')} data-testid="pptx-lang">
          <option value="en">{t('deck.inEnglish')}</option>
          <option value="ar">{t('deck.inArabic')}</option>
          <option value="both">{t('deck.pptxBoth')}</option>
        </select>
      </label>
      <button type="button" className="action action--quiet" disabled={busy} onClick={() => void run()} data-testid="pptx">{t('deck.pptx')}</button>
      <p className="share-status" role="status" data-testid="pptx-status">{said}</p>
    </div>
  );
}
