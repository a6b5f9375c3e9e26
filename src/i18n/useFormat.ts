import { useAtlas } from '../state/store';
import { formatNumber, formatPartialDate } from './format';

/** Formatters bound to the current language and digit setting. */
export function useFormat() {
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  return {
    num: (v: number, maxFraction = 1) => formatNumber(v, lang, digits, maxFraction),
    date: (d: string) => formatPartialDate(d, lang, digits),
  };
}
