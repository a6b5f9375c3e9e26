import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { formatPartialDate } from '../i18n/format';
import { useAtlas } from '../state/store';

export function Attribution() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  return (
    <p className="attribution">
      {t('map.attribution')} · {t('map.asOf', { date: formatPartialDate(atlas.asOf, lang) })}
    </p>
  );
}
