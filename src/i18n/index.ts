// i18next with both locales bundled: switching language never waits on the network.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { Lang } from '../data/types';

export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function initI18n(lang: Lang) {
  void i18n.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key is a bug; say so loudly in the console, where the browser tests look.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`i18n: missing key "${key}"`),
  });
  return i18n;
}

/** A translator per language, for words written in both (exports, slides, captions). */
export function translators(): Record<Lang, (key: string, opts?: Record<string, unknown>) => string> {
  return { en: i18n.getFixedT('en') as (key: string) => string, ar: i18n.getFixedT('ar') as (key: string) => string };
}

export { i18n };
