import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { ROUTE_KINDS, ROUTE_STATUSES } from '../data/types';
import { lightTheme } from '../map/theme';
import { useAtlas } from '../state/store';
import { ChosenSwatch, FillSwatch, PlaceSwatch, RouteSwatch, StatusSwatch } from './Swatch';

const PLACE_KINDS_SHOWN = ['capital', 'border-crossing', 'port', 'gauge-break'] as const;

export function Legend() {
  const { t } = useTranslation();
  // Open by default only on wide screens (state/initial.ts); elsewhere a button until asked for.
  const open = useAtlas((s) => s.legendOpen);
  const setOpen = useAtlas((s) => s.setLegendOpen);
  const kinds = ROUTE_KINDS.filter((k) => atlas.routes.some((r) => r.kind === k));
  const statuses = ROUTE_STATUSES.filter((s) => atlas.routes.some((r) => r.status === s));
  const hasSea = atlas.routes.some((r) => r.legs.some((l) => l.properties.leg === 'sea'));
  return (
    <section className={`legend ${open ? '' : 'legend--closed'}`} aria-labelledby="legend-h" data-testid="legend" data-cover="legend">
      <div className="legend-head">
        <h2 id="legend-h">{t('legend.title')}</h2>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen(!open)}>
          {open ? t('legend.hide') : t('legend.show')}
        </button>
      </div>
      {open && (
        <div id="legend-body" className="legend-body">
          <h3>{t('legend.kinds')}</h3>
          <ul className="plain-list">
            {kinds.map((k) => <li key={k}><RouteSwatch kind={k} /> {t(`kind.${k}`)}</li>)}
            {hasSea && <li><RouteSwatch kind="transport-corridor" leg="sea" /> {t('legend.seaLeg')}</li>}
          </ul>
          <h3>{t('legend.statuses')}</h3>
          <ul className="plain-list">
            {statuses.map((s) => <li key={s}><StatusSwatch status={s} /> {t(`status.${s}`)}</li>)}
          </ul>
          <h3>{t('legend.countries')}</h3>
          <ul className="plain-list">
            <li><FillSwatch fill={lightTheme.focusLand} stroke={lightTheme.focusBorder} /> {t('legend.focusCountry')}</li>
            <li><FillSwatch fill={lightTheme.land} stroke={lightTheme.border} /> {t('legend.neighbour')}</li>
          </ul>
          <h3>{t('legend.selection')}</h3>
          <ul className="plain-list">
            <li><ChosenSwatch /> {t('legend.chosenRoute')}</li>
            <li><FillSwatch fill={lightTheme.highlightLand} stroke={lightTheme.focusBorder} /> {t('legend.highlighted')}</li>
          </ul>
          <h3>{t('legend.places')}</h3>
          <ul className="plain-list">
            {PLACE_KINDS_SHOWN.map((k) => <li key={k}><PlaceSwatch kind={k} /> {t(`placeKind.${k}`)}</li>)}
          </ul>
          <p className="legend-note">{t('legend.schematic')}</p>
        </div>
      )}
    </section>
  );
}
