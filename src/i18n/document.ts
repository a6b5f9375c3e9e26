// Keeps i18next, the page title and description, and the remembered choice in step with the
// store's language. dir/lang go on the app root (App.tsx), not on <html>: MapLibre draws labels
// in the document's direction and would mirror brackets in them.
import type { Lang } from '../data/types';
import { LANG_STORAGE_KEY } from '../state/initial';
import type { AtlasStore } from '../state/store';
import { i18n } from './index';

export function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the choice is then simply not remembered
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* see readStoredLang */
  }
}

function applyDocument(): void {
  document.title = `${i18n.t('app.title')} · ${i18n.t('app.subtitle')}`;
  document.querySelector('meta[name="description"]')?.setAttribute('content', i18n.t('app.description'));
}

export function followLanguage(store: AtlasStore): () => void {
  applyDocument();
  return store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    void i18n.changeLanguage(next.lang).then(applyDocument);
  });
}
