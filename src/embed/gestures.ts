// MapLibre's help texts for cooperative gestures, in the embed's language. MapLibre reads them
// once, when the map is created, under these keys (maplibre-gl's default locale).
import type { Lang } from '../data/types';
import { i18n } from '../i18n';

export function cooperativeGesturesLocale(lang: Lang): Record<string, string> {
  const t = i18n.getFixedT(lang);
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('embed.gestures.windows'),
    'CooperativeGesturesHandler.MacHelpText': t('embed.gestures.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t('embed.gestures.mobile'),
  };
}
