import { useTranslation } from 'react-i18next';
import { rememberDigits, rememberLang } from '../i18n/document';
import { useAtlas } from '../state/store';

/** Its name is the other language, written in that language: «العربية» in English, "English" in Arabic. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      dir={other === 'ar' ? 'rtl' : 'ltr'}
      title={t('lang.switchHint')}
      onClick={() => {
        rememberLang(other);
        setLang(other);
      }}
    >
      {t('lang.switch')}
    </button>
  );
}

/** Arabic only: Western digits (as Xinhua Arabic writes them) or Arabic-Indic ones. */
export function DigitsToggle() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const setDigits = useAtlas((s) => s.setDigits);
  if (lang !== 'ar') return null;
  const on = digits === 'arab';
  return (
    <button
      type="button"
      role="switch"
      className="digits-toggle"
      aria-checked={on}
      title={t('digits.hint')}
      onClick={() => {
        const next = on ? 'latn' : 'arab';
        rememberDigits(next);
        setDigits(next);
      }}
    >
      <span className="digits-track" aria-hidden="true"><span className="digits-knob" /></span>
      <span className="digits-label">{t('digits.label')}</span> <span aria-hidden="true">{on ? '١٢٣' : '123'}</span>
    </button>
  );
}
