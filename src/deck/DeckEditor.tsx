// One deck of the user's: its title, its slides in order (moved with buttons or the keyboard),
// each slide's words in both languages side by side, and the deck's way out: present, file, link.
import { useState, type KeyboardEvent } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type Modifier, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import type { DeckSlide, Lang, Text, UserDeck } from '../data/types';
import { download } from '../export/image';
import { translators } from '../i18n';
import { useFormat } from '../i18n/useFormat';
import { BackButton } from '../panels/BackButton';
import { getAppStore, useAtlas } from '../state/store';
import { addSlide, closingSlide, duplicateSlide, editWords, insertSlide, missingLanguage, moveSlide, removeSlide, slideOfView, slideView, titleSlide, updateSlide } from './model';
import { changeDeck, keepMine, openDeck, presentDeck, setUndo, takeTheirs, useDecks } from './decks';
import { writeDeckFile } from './file';
import { PptxButton } from './PptxButton';
import { LINK_MAX, deckFragment } from './link';
import { previewKey, useSlidePreviews } from '../briefing/previews';

const FIELDS = ['title', 'text', 'notes'] as const;
/** A slide is dragged up or down its list, never sideways. */
const onlyVertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });
const LANGS: Lang[] = ['en', 'ar'];

/** A file name from the deck's title: letters of either script, digits and dashes. */
const fileName = (deck: UserDeck) => `${(deck.title.en || deck.title.ar || 'briefing').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'briefing'}.json`;

export function DeckEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const deck = useDecks((s) => s.decks.find((d) => d.deck.id === id)?.deck);
  const [said, setSaid] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const lang = useAtlas((s) => s.lang);
  // Small pictures of the slides, drawn one after another by one hidden map, as the audience sees them.
  const previews = useSlidePreviews(deck ? deck.slides.map((_, i) => i) : [], lang, false, deck ?? null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  if (!deck) return null;
  // What a screen reader hears while a slide is dragged: slides and places by number, in the reading language.
  const place = (slideId: UniqueIdentifier | undefined) => fmt.num(deck.slides.findIndex((s) => s.id === slideId) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('deck.dragged.start', { n: place(active.id) }),
    // Over its own place (as it is picked up) says nothing, so "picked up" is heard.
    onDragOver: ({ active, over }) => (over && over.id !== active.id ? t('deck.dragged.over', { n: place(active.id), to: place(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('deck.dragged.end', { n: place(active.id), to: place(over.id) }) : t('deck.dragged.cancel', { n: place(active.id) })),
    onDragCancel: ({ active }) => t('deck.dragged.cancel', { n: place(active.id) }),
  };
  const change = (edit: (d: UserDeck) => UserDeck) => changeDeck(id, edit);
  const currentView = () => slideView(getAppStore().getState().view);

  const remove = (slide: DeckSlide, index: number) => {
    change((d) => removeSlide(d, slide.id));
    setUndo({ message: { key: 'deck.removed', opts: { n: fmt.num(index + 1) } }, restore: () => change((d) => insertSlide(d, slide, index)) });
  };
  const saveFile = () => {
    download(new Blob([writeDeckFile(deck, atlas.today)], { type: 'application/json' }), fileName(deck));
  };
  const copyLink = async () => {
    const url = `${location.href.split(/[?#]/)[0]}?lang=${getAppStore().getState().lang}${await deckFragment(writeDeckFile(deck, atlas.today))}`;
    if (url.length > LINK_MAX) {
      setSaid(t('deck.linkTooLong', { ...fmt.count(url.length, 0), max: fmt.num(LINK_MAX) }));
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid(t('deck.linkCopied'));
    } catch {
      setSaid(t('export.copyFailed'));
    }
  };

  return (
    <div className="deck-editor" data-testid="deck-editor" data-deck={id}>
      <BackButton onClick={() => openDeck(null)}>{t('deck.back')}</BackButton>
      <fieldset className="deck-words">
        <legend>{t('deck.deckTitle')}</legend>
        <Bilingual value={deck.title} label={t('deck.deckTitle')} testId="deck-title" onChange={(lang, v) => change((d) => ({ ...d, title: { ...d.title, [lang]: v } }))} />
      </fieldset>
      <SaveStatus />
      <div className="button-row">
        <button type="button" className="action" data-testid="add-view" onClick={() => change((d) => addSlide(d, slideOfView(currentView(), atlas, translators())))}>{t('deck.addView')}</button>
        <button type="button" className="action action--quiet" onClick={() => change((d) => addSlide(d, titleSlide(d.title)))}>{t('deck.addTitle')}</button>
        <button type="button" className="action action--quiet" onClick={() => change((d) => addSlide(d, closingSlide(translators())))}>{t('deck.addClosing')}</button>
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={[onlyVertical]}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('deck.dragHelp') } }}
        onDragEnd={({ active, over }) => {
          const from = deck.slides.findIndex((s) => s.id === active.id);
          const to = over ? deck.slides.findIndex((s) => s.id === over.id) : -1;
          if (from >= 0 && to >= 0 && from !== to) change((d) => moveSlide(d, from, to));
        }}>
      <SortableContext items={deck.slides.map((s) => s.id)} strategy={verticalListSortingStrategy}>
      <ol className="deck-slide-list" data-testid="slide-list">
        {deck.slides.map((slide, i) => (
          <SlideRow key={slide.id} slide={slide} index={i} count={deck.slides.length} open={open === slide.id}
            picture={previews.ready.get(previewKey(slide, lang, false))}
            onToggle={() => setOpen(open === slide.id ? null : slide.id)}
            onMove={(to) => {
              change((d) => moveSlide(d, i, to));
              // The moved slide keeps the focus, as a list of moveable things should.
              requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-slide="${slide.id}"] .deck-slide-head`)?.focus());
            }}
            onEdit={(field, lang, v) => change((d) => editWords(d, slide.id, field, lang, v))}
            onHide={() => change((d) => updateSlide(d, slide.id, { hidden: !slide.hidden }))}
            onDuplicate={() => change((d) => duplicateSlide(d, slide.id))}
            onRemove={() => remove(slide, i)}
            onUseView={() => change((d) => updateSlide(d, slide.id, { view: currentView() }))}
            onShow={() => getAppStore().getState().showView(slide.view)}
            onPresent={() => presentDeck(id, i)} />
        ))}
      </ol>
      </SortableContext>
      </DndContext>
      <div className="button-row">
        <button type="button" className="action" data-testid="present-deck" onClick={() => presentDeck(id)}>{t('deck.present')}</button>
        <button type="button" className="action action--quiet" data-testid="save-deck" onClick={saveFile}>{t('deck.saveFile')}</button>
        <button type="button" className="action action--quiet" data-testid="link-deck" onClick={() => void copyLink()}>{t('deck.copyLink')}</button>
        <a className="action action--quiet" data-testid="deck-handout" href={`?mode=handout&deck=${id}&lang=${lang}`} target="_blank" rel="noreferrer">{t('export.openHandout')}</a>
      </div>
      <p className="share-status" role="status" data-testid="deck-said">{said}</p>
      <PptxButton deck={deck} name={fileName(deck).replace(/\.json$/, '')} />
    </div>
  );
}

function SaveStatus() {
  const { t } = useTranslation();
  const status = useDecks((s) => s.status);
  return (
    <p className={`deck-status deck-status--${status}`} role={status === 'full' || status === 'unavailable' || status === 'conflict' ? 'alert' : 'status'} data-testid="deck-status" data-status={status}>
      {t(`deck.status.${status}`)}
      {status === 'conflict' && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={takeTheirs}>{t('deck.takeTheirs')}</button>{' '}
          <button type="button" className="link-button" onClick={keepMine}>{t('deck.keepMine')}</button>
        </>
      )}
    </p>
  );
}

function Bilingual({ value, label, onChange, multiline, testId }: { value: Text; label: string; onChange: (lang: Lang, v: string) => void; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation();
  // The reading language first (at the start of the line, on the right in Arabic).
  const reading = useAtlas((s) => s.lang);
  return (
    <div className="bilingual">
      {(reading === 'ar' ? [...LANGS].reverse() : LANGS).map((lang) => {
        const props = {
          value: value[lang], dir: lang === 'ar' ? 'rtl' : 'ltr', lang,
          'aria-label': `${label} (${t(lang === 'ar' ? 'deck.inArabic' : 'deck.inEnglish')})`,
          'data-testid': testId ? `${testId}-${lang}` : undefined,
          onChange: (e: { target: { value: string } }) => onChange(lang, e.target.value),
        };
        return (
          <label key={lang} className={`bilingual-field bilingual-field--${lang}`}>
            <span className="bilingual-lang">{t(lang === 'ar' ? 'deck.inArabic' : 'deck.inEnglish')}</span>
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
          </label>
        );
      })}
    </div>
  );
}

interface RowProps {
  slide: DeckSlide;
  /** The slide's picture (an object URL), once drawn. */
  picture: string | undefined;
  index: number;
  count: number;
  open: boolean;
  onToggle: () => void;
  onMove: (to: number) => void;
  onEdit: (field: (typeof FIELDS)[number], lang: Lang, v: string) => void;
  onHide: () => void;
  onDuplicate: () => void;
  onRemove: () => void;
  onUseView: () => void;
  onShow: () => void;
  onPresent: () => void;
}

function SlideRow({ slide, picture, index, count, open, onToggle, onMove, onEdit, onHide, onDuplicate, onRemove, onUseView, onShow, onPresent }: RowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: slide.id });
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const title = slide.title[lang] || slide.title[lang === 'ar' ? 'en' : 'ar'] || t('deck.untitledSlide');
  const missing = missingLanguage(slide);
  const fieldLabel = { title: t('deck.title'), text: t('deck.text'), notes: t('deck.notes') };
  // Alt+Arrow moves the slide, as in lists that can be reordered from the keyboard.
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`deck-slide-row${slide.hidden ? ' deck-slide-row--hidden' : ''}${isDragging ? ' deck-slide-row--dragging' : ''}`} data-slide={slide.id} data-testid="slide-row">
      <button type="button" className="deck-slide-grip" ref={setActivatorNodeRef} {...attributes} {...listeners}
        aria-label={t('deck.drag', { n: fmt.num(index + 1) })} data-testid="grip">
        <svg width="12" height="16" viewBox="0 0 12 16" aria-hidden="true" focusable="false"><g fill="currentColor">{[3, 8, 13].flatMap((y) => [<circle key={`a${y}`} cx="3" cy={y} r="1.5" />, <circle key={`b${y}`} cx="9" cy={y} r="1.5" />])}</g></svg>
      </button>
      <button type="button" className="deck-slide-head" aria-expanded={open} onClick={onToggle} onKeyDown={onKey}
        aria-label={t('deck.slideLabel', { n: fmt.num(index + 1), title })}>
        <span className="deck-slide-num">{fmt.num(index + 1)}</span>
        <span className="deck-slide-picture" data-ready={Boolean(picture)}>{picture && <img src={picture} alt="" width={96} height={54} />}</span>
        <span className="deck-slide-title">{title}</span>
        <span className="deck-slide-kind">{t(`deck.kind.${slide.kind}`)}</span>
        {slide.hidden && <span className="deck-slide-flag">{t('deck.hidden')}</span>}
        {missing && <span className="deck-slide-flag deck-slide-flag--missing" data-testid="missing">{t(`deck.missing.${missing}`)}</span>}
        {slide.lacks && <span className="deck-slide-flag deck-slide-flag--lacks">{t('deck.lacks', { what: slide.lacks.map((l) => l.value).join(lang === 'ar' ? '، ' : ', ') })}</span>}
      </button>
      <div className="deck-slide-tools">
        <button type="button" className="link-button" disabled={index === 0} onClick={() => onMove(index - 1)} data-testid="move-up">{t('deck.moveUp')}</button>
        <button type="button" className="link-button" disabled={index === count - 1} onClick={() => onMove(index + 1)} data-testid="move-down">{t('deck.moveDown')}</button>
        <button type="button" className="link-button" onClick={onHide} aria-pressed={slide.hidden} data-testid="hide">{slide.hidden ? t('deck.unhide') : t('deck.hide')}</button>
        <button type="button" className="link-button" onClick={onDuplicate}>{t('deck.duplicate')}</button>
        <button type="button" className="link-button" onClick={onRemove} data-testid="remove">{t('deck.remove')}</button>
        <button type="button" className="link-button" onClick={onPresent} data-testid="present-from">{t('deck.presentFrom')}</button>
      </div>
      {open && (
        <div className="deck-slide-body">
          {slide.kind === 'view' && (
            <div className="button-row">
              <button type="button" className="link-button" onClick={onShow}>{t('deck.showView')}</button>
              <button type="button" className="link-button" onClick={onUseView} data-testid="use-view">{t('deck.useView')}</button>
            </div>
          )}
          {FIELDS.map((field) => (
            <fieldset key={field} className="deck-words">
              <legend>{fieldLabel[field]}</legend>
              <Bilingual value={slide[field]} label={fieldLabel[field]} multiline={field !== 'title'} testId={`slide-${field}`}
                onChange={(l, v) => onEdit(field, l, v)} />
            </fieldset>
          ))}
        </div>
      )}
    </li>
  );
}
