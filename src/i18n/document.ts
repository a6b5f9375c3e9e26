// Keeps i18next, the page title and description, and the remembered choice in step with the
// store's language. dir/lang go on the app root (App.tsx), not on <html>: MapLibre draws labels
// in the document's direction and would mirror brackets in them.
import type { Lang } from '../data/types';
import { DIGITS_STORAGE_KEY, LANG_STORAGE_KEY } from '../state/initial';
import type { AtlasStore } from '../state/store';
import type { Digits } from './format';
import { i18n } from './index';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can be disabled; the choice is then simply not remembered
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* see read() */
  }
}

export const readStoredLang = () => read(LANG_STORAGE_KEY);
export const readStoredDigits = () => read(DIGITS_STORAGE_KEY);
export const rememberLang = (lang: Lang) => remember(LANG_STORAGE_KEY, lang);
export const rememberDigits = (digits: Digits) => remember(DIGITS_STORAGE_KEY, digits);

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
