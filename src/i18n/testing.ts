// Real i18next for unit tests: plural forms, interpolation and missing keys behave as in the app,
// without the app's shared instance or React. A missing key throws, so a test cannot pass on one.
import { createInstance, type TFunction } from 'i18next';
import type { Lang } from '../data/types';
import ar from './locales/ar.json';
import en from './locales/en.json';

export type Translate = (key: string, opts?: Record<string, unknown>) => string;

export function testTranslators(): Record<Lang, Translate> {
  const i18n = createInstance();
  void i18n.init({
    resources: { en: { translation: en }, ar: { translation: ar } },
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`missing key ${key}`);
    },
  });
  const fixed = (lang: Lang): Translate => {
    const t = i18n.getFixedT(lang) as unknown as TFunction;
    return (key, opts) => String((t as unknown as Translate)(key, opts));
  };
  return { en: fixed('en'), ar: fixed('ar') };
}
