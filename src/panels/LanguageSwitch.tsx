import { useTranslation } from 'react-i18next';
import { rememberLang } from '../i18n/document';
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
