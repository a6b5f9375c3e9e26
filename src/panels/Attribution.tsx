import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';

/**
 * Who made what the map shows, and as of when. One short line names every rights holder (the
 * licences ask for that much wherever the map is shown); activating it opens the full credits.
 * On a wide screen it sits on the map's bottom edge; on a phone it is the foot of the bottom
 * sheet, so it stays in view at every sheet height (app.css shows one of the two).
 */
export function Attribution({ where }: { where: 'map' | 'sheet' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <div className={`attribution attribution--${where}`} data-cover={where === 'map' ? 'attribution' : undefined} data-open={open}>
      <button type="button" className="attribution-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('map.attribShort')} · {t('map.asOf', { date: fmt.date(atlas.asOf) })}
      </button>
      {open && (
        <p className="attribution-full" data-testid="attribution-full">
          {t('map.attribution')} {t('map.attribRoutes')} {t('map.attribPhysical')}
        </p>
      )}
    </div>
  );
}
