// The Briefings tab: the built-in briefing and the user's own, and the editor of one of them.
// Loaded when the tab opens. Every text here is the user's or the atlas's, shown as text, never as HTML.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import type { Lang } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { DECK_LIMITS, type DeckProblem } from './file';
import { copyDeck, createDeck, importDeck, loadDecks, openDeck, presentDeck, removeDeck, setProblem, setUndo, useDecks, type DecksState } from './decks';
import { DeckEditor } from './DeckEditor';
import './decks.css';

/** Reads a file the user chose or dropped, within the size a deck file may have. */
export async function openDeckFile(file: File): Promise<string | null> {
  if (file.size > DECK_LIMITS.bytes) {
    setProblem({ key: 'tooBig', limitKb: Math.round(DECK_LIMITS.bytes / 1000) });
    return null;
  }
  try {
    return importDeck(await file.text());
  } catch {
    setProblem({ key: 'unreadable' });
    return null;
  }
}

function problemText(t: Say, p: NonNullable<DecksState['problem']>, num: (n: number) => string): string {
  const d = p as DeckProblem;
  if (d.key === 'badField') return d.slide === null ? t('deckFile.badDeckField', { field: d.field }) : t('deckFile.badField', { slide: num(d.slide), field: d.field });
  if (d.key === 'tooBig') return t('deckFile.tooBig', { limit: num(d.limitKb) });
  if (d.key === 'tooManySlides') return t('deckFile.tooManySlides', { limit: num(d.limit) });
  if (d.key === 'newer') return t('deckFile.newer', { version: num(d.version) });
  return t(`deckFile.${p.key}`);
}

type Say = (key: string, opts?: Record<string, unknown>) => string;

/** Options with words in both languages, in the reading language. */
const inLang = (opts: Record<string, unknown> | undefined, lang: Lang) =>
  Object.fromEntries(Object.entries(opts ?? {}).map(([k, v]) => [k, typeof v === 'object' && v !== null && lang in v ? (v as Record<Lang, string>)[lang] : v]));

export default function DecksPanel() {
  const { t: typed } = useTranslation();
  const t = typed as unknown as Say;
  const lang = useAtlas((s) => s.lang);
  const fmt = useFormat();
  const ready = useDecks((s) => s.ready);
  const openId = useDecks((s) => s.openId);
  const problem = useDecks((s) => s.problem);
  const undo = useDecks((s) => s.undo);
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    void loadDecks();
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void openDeckFile(file);
  };

  return (
    <div className={`decks${dropping ? ' decks--drop' : ''}`} data-testid="decks" data-ready={ready}
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setDropping(true); } }}
      onDragLeave={() => setDropping(false)} onDrop={onDrop}>
      {problem && (
        <p className="decks-problem" role="alert" data-testid="deck-problem">
          {problemText(t, problem, fmt.num)}{' '}
          <button type="button" className="link-button" onClick={() => setProblem(null)}>{t('notice.dismiss')}</button>
        </p>
      )}
      {undo && (
        <p className="decks-undo" role="status">
          {t(undo.message.key, inLang(undo.message.opts, lang))}{' '}
          <button type="button" className="link-button" data-testid="undo" onClick={() => { undo.restore(); setUndo(null); }}>{t('deck.undo')}</button>
        </p>
      )}
      {!ready ? <p className="decks-loading">{t('map.loading')}</p> : openId ? <DeckEditor id={openId} /> : <DeckList />}
    </div>
  );
}

function DeckList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const decks = useDecks((s) => s.decks);
  const file = useRef<HTMLInputElement>(null);
  const date = (iso: string) => new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const titleOf = (title: { en: string; ar: string }) => title[lang] || title[lang === 'ar' ? 'en' : 'ar'] || t('deck.untitledSlide');
  const slidesOf = (n: number) => t('decks.slides', fmt.count(n, 0));

  return (
    <>
      <h2 className="decks-title">{t('decks.title')}</h2>
      <p className="intro">{t('decks.intro')}</p>
      <div className="button-row">
        <button type="button" className="action" data-testid="new-deck" onClick={() => openDeck(createDeck())}>{t('decks.new')}</button>
        <button type="button" className="action action--quiet" onClick={() => file.current?.click()}>{t('decks.openFile')}</button>
        <input ref={file} type="file" accept=".json,application/json" hidden data-testid="deck-file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void openDeckFile(f); }} />
      </div>
      <p className="decks-hint">{t('decks.dropHint')}</p>
      <ul className="deck-list" data-testid="deck-list">
        {decks.map(({ deck }) => (
          <li key={deck.id} className="deck-item" data-deck={deck.id}>
            <span className="deck-item-title">{titleOf(deck.title)}</span>
            <span className="deck-item-meta">{slidesOf(deck.slides.length)} · {t('decks.updated', { date: date(deck.updated) })}</span>
            <span className="deck-item-tools">
              <button type="button" className="link-button" onClick={() => openDeck(deck.id)}>{t('decks.edit')}</button>
              <button type="button" className="link-button" onClick={() => presentDeck(deck.id)}>{t('deck.present')}</button>
              <button type="button" className="link-button" onClick={() => removeDeck(deck.id)}>{t('decks.delete')}</button>
            </span>
          </li>
        ))}
        {decks.length === 0 && <li className="deck-item deck-item--none">{t('decks.none')}</li>}
        <li className="deck-item deck-item--builtin" data-deck="builtin">
          <span className="deck-item-title">{atlas.briefing.title[lang as Lang]}</span>
          <span className="deck-item-meta">{t('decks.builtIn')} · {slidesOf(atlas.briefing.slides.length)}</span>
          <span className="deck-item-tools">
            <button type="button" className="link-button" onClick={() => presentDeck(null)}>{t('deck.present')}</button>
            <button type="button" className="link-button" data-testid="copy-builtin" onClick={() => openDeck(copyDeck(atlas.briefing))}>{t('decks.copy')}</button>
          </span>
        </li>
      </ul>
    </>
  );
}
