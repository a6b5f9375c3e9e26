// A route's status as of the year the view shows, in words, for the route list and the route panel.
import { useTranslation } from 'react-i18next';
import { atlas, type AtlasRoute } from '../data/atlas';
import { statusAt } from '../data/status';
import type { RouteStatus } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';

/** The figures of a year in the language's digits. */
export function useYearText() {
  const fmt = useFormat();
  return (y: number) => fmt.text({ en: String(y), ar: String(y) });
}

/** A route's status as of the year on the slider, in words: for the route list and the route panel. */
export function useStatusOf() {
  const { t } = useTranslation();
  const year = useAtlas((s) => s.view.year);
  const yearText = useYearText();
  return (route: Pick<AtlasRoute, 'status' | 'milestones'>): { status: RouteStatus | null; label: string; expected: boolean; year: number | null } => {
    if (year === null) return { status: route.status, label: t(`status.${route.status}`), expected: false, year };
    const at = statusAt(route.milestones, year, atlas.today);
    if (!at) return { status: null, label: t('time.notYet', { year: yearText(year) }), expected: false, year };
    return { status: at.status, label: t(at.expected ? 'time.statusExpected' : 'time.statusIn', { status: t(`status.${at.status}`), year: yearText(year) }), expected: at.expected, year };
  };
}
