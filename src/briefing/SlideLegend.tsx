// Only what this slide shows: its route kinds and statuses (as of its year), and its kinds of places.
import { useTranslation } from 'react-i18next';
import { placeById } from '../data/atlas';
import { PlaceSwatch, RouteSwatch } from '../panels/Swatch';
import type { Scene } from '../view/scene';

export function SlideLegend({ scene }: { scene: Scene }) {
  const { t } = useTranslation();
  const routes = scene.network.routes.filter((r) => scene.emphasis.routes.includes(r.id));
  const seen = new Set<string>();
  const rows = routes.filter((r) => {
    const key = `${r.kind}|${r.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sea = routes.some((r) => r.legs.some((l) => l.properties.leg === 'sea'));
  const placeKinds = [...new Set(scene.emphasis.places.map((p) => placeById.get(p)?.properties.kind).filter((k) => k !== undefined))];
  if (rows.length === 0 && placeKinds.length === 0) return null;
  return (
    <div className="slide-legend" aria-label={t('briefing.legend')} role="group">
      <ul className="plain-list">
        {rows.map((r) => (
          <li key={`${r.kind}|${r.status}`}><RouteSwatch kind={r.kind} status={r.status} /> {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)}</li>
        ))}
        {sea && <li><RouteSwatch kind="transport-corridor" leg="sea" /> {t('legend.seaLeg')}</li>}
        {placeKinds.map((k) => <li key={k}><PlaceSwatch kind={k} /> {t(`placeKind.${k}`)}</li>)}
      </ul>
    </div>
  );
}
