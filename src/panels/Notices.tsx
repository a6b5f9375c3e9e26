import { useTranslation } from 'react-i18next';
import { useAtlas } from '../state/store';
import { noticeOf } from '../state/address';

/** Problems found in the link, in the current language; they stay until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => {
        const key = noticeOf(n.param);
        return (
          <div key={n.id} className="notice" data-testid="notice" data-param={n.param} data-cover="notice">
            <p><bdi>{key ? t(key, { value: n.value }) : n.value}</bdi></p>
            <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>×</button>
          </div>
        );
      })}
    </div>
  );
}
