// The map's own controls, zoom buttons and our scale bar, on the end side of the reading direction
// (away from the panel), named in the current language. MapLibre takes its strings only when a
// control is made, so a language switch makes them again.
import * as maplibregl from 'maplibre-gl';
import type { Lang } from '../data/types';
import { dirOf, i18n } from '../i18n';
import { formatNumber, type Digits } from '../i18n/format';
import { ScaleBar } from './scaleControl';

/** MapLibre's own control strings, in the given language (its `locale` option). */
export function mapLocale(lang: Lang): Record<string, string> {
  const t = i18n.getFixedT(lang);
  return {
    'NavigationControl.ZoomIn': t('maplibre.zoomIn'),
    'NavigationControl.ZoomOut': t('maplibre.zoomOut'),
    'NavigationControl.ResetBearing': t('maplibre.resetBearing'),
  };
}

export interface Controls {
  /** Places and names them for this language. */
  place: (lang: Lang) => void;
  /** The scale bar's figure follows the digit setting. */
  relabel: () => void;
}

export function createControls(map: maplibregl.Map, settings: () => { lang: Lang; digits: Digits }): Controls {
  let nav: maplibregl.NavigationControl | null = null;
  let scale: ScaleBar | null = null;

  /** "500 km" / «٥٠٠ كم», in the current language and digits. */
  const distanceLabel = (value: number, unit: 'km' | 'm') => {
    const { lang, digits } = settings();
    const t = i18n.getFixedT(lang);
    const n = formatNumber(value, lang, digits, 0);
    return unit === 'km' ? t('unit.km', { value: n }) : `${n} ${t('maplibre.m')}`;
  };

  return {
    place: (lang) => {
      if (nav) map.removeControl(nav);
      if (scale) map.removeControl(scale);
      // The map itself never mirrors; its controls move to the end side.
      const corner = dirOf(lang) === 'rtl' ? 'top-left' : 'top-right';
      nav = new maplibregl.NavigationControl({ visualizePitch: false });
      scale = new ScaleBar(distanceLabel);
      map.addControl(nav, corner);
      map.addControl(scale, corner);
      const t = i18n.getFixedT(lang);
      const names: [string, string][] = [['zoom-in', t('maplibre.zoomIn')], ['zoom-out', t('maplibre.zoomOut')], ['compass', t('maplibre.resetBearing')]];
      for (const [cls, name] of names) {
        const button = map.getContainer().querySelector<HTMLElement>(`.maplibregl-ctrl-${cls}`);
        button?.setAttribute('title', name);
        button?.setAttribute('aria-label', name);
      }
      map.getCanvas().setAttribute('aria-label', t('map.label'));
      // The control corners cover the map like any panel (camera/covers.ts).
      for (const el of map.getContainer().querySelectorAll<HTMLElement>('.maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right')) el.dataset.cover = 'controls';
    },
    relabel: () => scale?.setLabel(distanceLabel),
  };
}
