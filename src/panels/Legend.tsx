import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { ROUTE_KINDS, ROUTE_STATUSES, type Alignment } from '../data/types';
import { COMPARE_COLOURS } from '../view/palette';
import { lightTheme } from '../map/theme';
import { useAtlas } from '../state/store';
import { ChosenSwatch, FillSwatch, PlaceSwatch, RouteSwatch, StatusSwatch } from './Swatch';

const PLACE_KINDS_SHOWN = ['capital', 'border-crossing', 'port', 'gauge-break'] as const;

/** A leg's casing as the map draws it (layers.ts): solid when traced, dotted when schematic. */
export function AlignmentSwatch({ alignment }: { alignment: Alignment }) {
  return (
    <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false" data-alignment={alignment}>
      <rect x="0" y="0" width="36" height="14" rx="2" fill="#cfc4a8" />
      <line x1="5" y1="7" x2="31" y2="7" stroke={lightTheme.halo} strokeWidth="8" strokeLinecap="round" strokeDasharray={alignment === 'schematic' ? '0 8.6' : undefined} />
      <line x1="3" y1="7" x2="33" y2="7" stroke="#4a4740" strokeWidth="3" />
    </svg>
  );
}

export function Legend() {
  const { t } = useTranslation();
  // Open by default only on wide screens (state/initial.ts); elsewhere a button until asked for.
  const open = useAtlas((s) => s.legendOpen);
  const setOpen = useAtlas((s) => s.setLegendOpen);
  const kinds = ROUTE_KINDS.filter((k) => atlas.routes.some((r) => r.kind === k));
  const statuses = ROUTE_STATUSES.filter((s) => atlas.routes.some((r) => r.status === s));
  const hasSea = atlas.routes.some((r) => r.legs.some((l) => l.properties.leg === 'sea'));
  const lang = useAtlas((s) => s.lang);
  // In a comparison the routes are drawn in the comparison's colours, not their kind's.
  const compareIds = useAtlas((s) => s.view.compare);
  const compared = (compareIds ?? []).map((id) => atlas.routes.find((r) => r.id === id)).filter((r) => r !== undefined);
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
          {compared.length > 0 && (
            <>
              <h3>{t('legend.compared')}</h3>
              <ul className="plain-list" data-testid="legend-compared">
                {compared.map((r, i) => (
                  <li key={r.id}>
                    <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                      <line x1="2" y1="7" x2="34" y2="7" stroke={COMPARE_COLOURS[i]} strokeWidth="4" strokeLinecap="round" />
                    </svg>{' '}
                    {r.shortName[lang]}
                  </li>
                ))}
              </ul>
              <p className="legend-note">{t('legend.comparedNote')}</p>
            </>
          )}
          <h3>{t('legend.kinds')}</h3>
          <ul className="plain-list">
            {kinds.map((k) => <li key={k}><RouteSwatch kind={k} /> {t(`kind.${k}`)}</li>)}
            {hasSea && <li><RouteSwatch kind="transport-corridor" leg="sea" /> {t('legend.seaLeg')}</li>}
            <li data-testid="legend-traced"><AlignmentSwatch alignment="traced" /> {t('legend.traced')}</li>
            <li data-testid="legend-schematic"><AlignmentSwatch alignment="schematic" /> {t('legend.schematicLeg')}</li>
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
          {/* The land beneath the routes (map/physicalLayers.ts), drawn as the map draws it. */}
          <h3>{t('legend.land')}</h3>
          <ul className="plain-list">
            <li>
              <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                <path d="M1 13 L13 3 L22 9 L27 6 L35 13 Z" fill={lightTheme.land} />
                <path d="M13 3 L17 13 L35 13 L27 6 L22 9 Z" fill={lightTheme.physical.rangeLabel} fillOpacity="0.45" />
              </svg> {t('legend.relief')}
            </li>
            <li>
              <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                <path d="M1 11 C8 5 12 12 20 7" fill="none" stroke={lightTheme.physical.river} strokeWidth="1.6" />
                <ellipse cx="27" cy="7" rx="8" ry="5" fill={lightTheme.water} stroke={lightTheme.physical.shore} />
              </svg> {t('legend.water')}
            </li>
            <li><FillSwatch fill={lightTheme.physical.pastWater} stroke={lightTheme.physical.shore} /> {t('legend.aral')}</li>
            <li>
              <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                <path d="M2 12 L9 3 L16 12 M12 12 L19 5 L26 12" fill="none" stroke={lightTheme.physical.rangeLabel} strokeWidth="1.6" />
                <path d="M25 10 Q29 6 34 10" fill="none" stroke={lightTheme.physical.landformLabel} strokeWidth="1.6" />
              </svg> {t('legend.landform')}
            </li>
          </ul>
          <p className="legend-note">{t('legend.alignmentNote')}</p>
        </div>
      )}
    </section>
  );
}
