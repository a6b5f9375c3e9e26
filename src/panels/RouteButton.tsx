import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasRoute } from '../data/atlas';
import { useAtlas } from '../state/store';
import { RouteSwatch } from './Swatch';

/** A route in a list: its swatch, name and a line below (kind and status unless told otherwise). */
export function RouteButton({ route, onClick, meta }: { route: AtlasRoute; onClick: () => void; meta?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  return (
    <button type="button" className="list-button" data-route={route.id} onClick={onClick}>
      <RouteSwatch kind={route.kind} status={route.status} />
      <span className="list-text">
        <span className="list-title">{route.name[lang]}</span>
        <span className="list-meta">{meta ?? <>{t(`kind.${route.kind}`)} · {t(`status.${route.status}`)}</>}</span>
      </span>
    </button>
  );
}
