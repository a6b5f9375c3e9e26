// Choosing routes to compare: a "Compare" mode of the route list (a checkbox per route, 2 to 4),
// and "Compare with…" in a route's panel. Both open the comparison with setCompare: one history
// entry, the routes framed together.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import type { AtlasRoute } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { COMPARE_MAX } from '../data/types';
import { RouteSwatch } from './Swatch';
import './comparePicker.css';

/**
 * A comparison opened from here moves the focus to its heading once its (lazily loaded) view is
 * there: the button that opened it is gone. A comparison opened by a link does not take the focus.
 */
export const compareFocus = { pending: false };

/** The route list's switch into and out of its Compare mode; while picking, `picked` lists the ticked routes. */
export function CompareToggle({ picked, onChange }: { picked: string[] | null; onChange: (ids: string[] | null) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="action action--quiet compare-toggle" aria-pressed={picked !== null} data-testid="compare-mode"
      onClick={() => onChange(picked ? null : [])}>
      {picked ? t('compare.cancelPick') : t('compare.pick')}
    </button>
  );
}

/** One route of the list in Compare mode: a checkbox; no more than four can be ticked. */
export function ComparePickItem({ route, picked, onChange, hiddenNote }: { route: AtlasRoute; picked: string[]; onChange: (ids: string[]) => void; hiddenNote?: string }) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const on = picked.includes(route.id);
  const full = !on && picked.length >= COMPARE_MAX;
  return (
    <label className="list-button compare-pick" data-pick={route.id}>
      <input type="checkbox" checked={on} disabled={full} onChange={() => onChange(on ? picked.filter((id) => id !== route.id) : [...picked, route.id])} />
      <RouteSwatch kind={route.kind} status={route.status} />
      <span className="list-text">
        <span className="list-title">{route.name[lang]}</span>
        <span className="list-meta">{t(`kind.${route.kind}`)} · {t(`status.${route.status}`)}{hiddenNote && <> · {hiddenNote}</>}</span>
      </span>
    </label>
  );
}

/** Below the list in Compare mode: how many are ticked, and the button that opens the comparison. */
export function CompareBar({ picked, onDone }: { picked: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const setCompare = useAtlas((s) => s.setCompare);
  const ready = picked.length >= 2;
  return (
    <div className="compare-bar" data-testid="compare-bar">
      <p className="compare-bar-note" aria-live="polite">
        {picked.length >= COMPARE_MAX ? t('compare.full', { max: fmt.num(COMPARE_MAX) }) : t('compare.pickHint', { n: fmt.num(picked.length) })}
      </p>
      <button type="button" className="action" disabled={!ready} data-testid="compare-go"
        onClick={() => { compareFocus.pending = true; setCompare(picked); onDone(); }}>
        {t('compare.go', { n: fmt.num(picked.length) })}
      </button>
    </div>
  );
}

/** "Compare with…" in a route's panel: the other routes, one click away from a comparison with this one. */
export function CompareWith({ route }: { route: AtlasRoute }) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const setCompare = useAtlas((s) => s.setCompare);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const others = atlas.routes.filter((r) => r.id !== route.id);
  return (
    <div className="compare-with">
      <button type="button" className="action action--quiet" aria-expanded={open} aria-controls={listId} data-testid="compare-with"
        onClick={() => setOpen((o) => !o)}>
        {t('compare.with')}
      </button>
      {open && (
        <ul className="plain-list compare-with-list" id={listId} aria-label={t('compare.withLabel', { name: route.shortName[lang] })}>
          {others.map((r) => (
            <li key={r.id}>
              <button type="button" className="list-button" data-compare-with={r.id} onClick={() => { compareFocus.pending = true; setCompare([route.id, r.id]); }}>
                <RouteSwatch kind={r.kind} status={r.status} />
                <span className="list-title">{r.name[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
