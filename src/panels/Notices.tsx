import { useTranslation } from 'react-i18next';
import { useAtlas } from '../state/store';
import type { UrlParam } from '../state/url';

const KEY = {
  lang: 'notice.badLang',
  panel: 'notice.badPanel',
  route: 'notice.badRoute',
  point: 'notice.badPoint',
  place: 'notice.badPlace',
  country: 'notice.badCountry',
  layers: 'notice.badLayers',
  map: 'notice.badMap',
  mode: 'notice.badMode',
  slide: 'notice.badSlide',
  autoplay: 'notice.badAutoplay',
  year: 'notice.badYear',
  compare: 'notice.badCompare',
} as const satisfies Record<UrlParam, string>;

/** Problems found in the link, in the current language; they stay until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-testid="notice" data-param={n.param} data-cover="notice">
          <p><bdi>{t(KEY[n.param], { value: n.value })}</bdi></p>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>×</button>
        </div>
      ))}
    </div>
  );
}
