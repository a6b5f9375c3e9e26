// "Add to briefing": what the map shows now becomes a slide of the user's current briefing. The
// deck code loads on the first press (or as the pointer reaches for the button).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore, useAtlas } from '../state/store';

const loadDecks = () => import('../deck/decks');

export function AddToBriefing() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const setPanel = useAtlas((s) => s.setPanel);
  const [added, setAdded] = useState<{ id: string; n: number; title: { en: string; ar: string } } | null>(null);
  const add = async () => {
    const decks = await loadDecks();
    setAdded(await decks.addView(getAppStore().getState().view));
  };
  const open = async () => {
    if (!added) return;
    (await loadDecks()).openDeck(added.id);
    setAdded(null);
    setPanel('decks');
  };
  return (
    <>
      <button type="button" className="add-button" title={t('deck.addHint')} data-testid="add-to-briefing"
        onPointerEnter={() => void loadDecks()} onFocus={() => void loadDecks()} onClick={() => void add()}>
        {t('deck.add')}
      </button>
      {added && (
        <p className="added-note" role="status" data-testid="added">
          {t('deck.added', { n: added.n, title: added.title[lang] || added.title.en })}{' '}
          <button type="button" className="link-button" onClick={() => void open()}>{t('deck.open')}</button>{' '}
          <button type="button" className="link-button" aria-label={t('notice.dismiss')} onClick={() => setAdded(null)}>×</button>
        </p>
      )}
    </>
  );
}
