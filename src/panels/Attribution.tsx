import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';

export function Attribution() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <p className="attribution">
      {t('map.attribution')} · {t('map.asOf', { date: fmt.date(atlas.asOf) })}
    </p>
  );
}
