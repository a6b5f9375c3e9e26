import type { ReactNode } from 'react';
import { langOf } from '../i18n/langOf';

/** Text that may be in the other language than the page: its own `lang`, isolated for direction. */
export function Foreign({ text, children }: { text: string; children?: ReactNode }) {
  const lang = langOf(text);
  return <bdi lang={lang} dir={lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : undefined}>{children ?? text}</bdi>;
}
