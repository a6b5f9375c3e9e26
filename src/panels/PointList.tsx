import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';

export function PointList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const selectPoint = useAtlas((s) => s.selectPoint);
  const setPanel = useAtlas((s) => s.setPanel);
  return (
    <div className="point-list">
      <p className="intro">{t('points.intro')}</p>
      <ol className="plain-list">
        {atlas.proposal.points.map((p) => (
          <li key={p.id}>
            <button type="button" className="list-button" data-point={p.id} onClick={() => selectPoint(p.id)}>
              <span className="point-number" aria-hidden="true">{fmt.num(p.id)}</span>
              <span className="list-text">
                <span className="list-title">{fmt.text(p.title)}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="link-button" onClick={() => setPanel('meeting')}>{t('meeting.open')}</button>
    </div>
  );
}
