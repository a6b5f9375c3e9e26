import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';

/**
 * Sources and date of what the map shows. On a wide screen it sits on the map's bottom edge; on a
 * phone it is the foot of the bottom sheet, so it stays in view at every sheet height (app.css
 * shows one of the two).
 */
export function Attribution({ where }: { where: 'map' | 'sheet' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <p className={`attribution attribution--${where}`} data-cover={where === 'map' ? 'attribution' : undefined}>
      {t('map.attribution')} · {t('map.asOf', { date: fmt.date(atlas.asOf) })}
    </p>
  );
}
