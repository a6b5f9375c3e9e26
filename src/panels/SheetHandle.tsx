// The grip of the phone's bottom sheet: drag it, click it, or use the arrow keys on it. Three
// heights: a peek (title and search, the map above), half the screen, and nearly all of it. It is
// hidden on wider screens, where the panel is a side panel (app.css).
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas, type SheetSize } from '../state/store';

const SIZES: SheetSize[] = ['peek', 'half', 'full'];
/** A drag shorter than this is a click. */
const DRAG_PX = 8;

/** The sheet size nearest to a height, as a share of the window's height. */
export function nearestSheet(heightPx: number, windowPx: number, peekPx: number): SheetSize {
  const heights: Record<SheetSize, number> = { peek: peekPx, half: windowPx * 0.5, full: windowPx - 48 };
  return SIZES.reduce((best, s) => (Math.abs(heights[s] - heightPx) < Math.abs(heights[best] - heightPx) ? s : best), 'half' as SheetSize);
}

export function SheetHandle() {
  const { t } = useTranslation();
  const sheet = useAtlas((s) => s.sheet);
  const setSheet = useAtlas((s) => s.setSheet);
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  const step = (by: number) => setSheet(SIZES[Math.max(0, Math.min(SIZES.length - 1, SIZES.indexOf(sheet) + by))]!);
  const next = sheet === 'full' ? 'peek' : SIZES[SIZES.indexOf(sheet) + 1]!;

  const panelOf = (el: Element) => el.closest<HTMLElement>('.panel');
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const panel = panelOf(e.currentTarget);
    if (!panel) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height: panel.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const panel = panelOf(e.currentTarget);
    if (!d || !panel) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_PX) return;
    d.moved = true;
    // While dragging the sheet follows the finger; it snaps to a size when let go.
    panel.dataset.dragging = 'true';
    panel.style.setProperty('--sheet-drag', `${Math.max(56, Math.min(window.innerHeight - 24, d.height + dy))}px`);
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    const panel = panelOf(e.currentTarget);
    if (!d || !panel || !d.moved) return;
    dragged.current = true;
    const height = panel.getBoundingClientRect().height;
    delete panel.dataset.dragging;
    panel.style.removeProperty('--sheet-drag');
    const peek = parseFloat(getComputedStyle(panel).getPropertyValue('--sheet-peek')) || 140;
    setSheet(nearestSheet(height, window.innerHeight, peek));
  };
  const onClick = () => {
    // A drag ends with a click event too; only a real click changes the size here.
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setSheet(next);
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp') step(1);
    else if (e.key === 'ArrowDown') step(-1);
    else if (e.key === 'Home') setSheet('full');
    else if (e.key === 'End') setSheet('peek');
    else return;
    e.preventDefault();
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      data-testid="sheet-handle"
      aria-label={t('sheet.label', { size: t(`sheet.${sheet}`), action: t(`sheet.to.${next}`) })}
      aria-keyshortcuts="ArrowUp ArrowDown"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={onClick}
      onKeyDown={onKey}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}
