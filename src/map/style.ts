// The whole MapLibre style as a pure function. No glyphs URL: labels are drawn in the browser from
// the bundled fonts named in font-faces, so the map needs no glyph server and no network.
import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { AtlasData, Lang, RouteKind } from '../data/types';
import { FONT_FILES } from '../styles/fonts';
import { FONT_BOLD, FONT_REGULAR, mapLayers } from './layers';
import { countryLabelsSource, placesSource, routesSource } from './sources';
import type { Theme } from './theme';

/**
 * The map's font files for a language. English labels need no Arabic files, so an English visit
 * does not download them; Arabic labels need both (digits and acronyms are Latin).
 */
export function fontFaces(lang: Lang, resolve: (url: string) => string): FontFacesSpecification {
  const faces = (weight: 400 | 700) =>
    FONT_FILES.filter((f) => f.weight === weight && (lang === 'ar' || f.script === 'latin'))
      .map((f) => ({ url: resolve(f.url), 'unicode-range': f.range }));
  return { [FONT_REGULAR]: faces(400), [FONT_BOLD]: faces(700) };
}

export function buildStyle(opts: {
  atlas: AtlasData;
  theme: Theme;
  lang: Lang;
  kinds: readonly RouteKind[];
  showPlaces: boolean;
  resolveUrl: (url: string) => string;
}): StyleSpecification {
  const { atlas } = opts;
  return {
    version: 8,
    name: 'Corridor Atlas',
    'font-faces': fontFaces(opts.lang, opts.resolveUrl),
    sources: {
      countries: { type: 'geojson', data: atlas.countryShapes, promoteId: 'iso3' },
      routes: { type: 'geojson', data: routesSource(atlas), promoteId: 'id' },
      places: { type: 'geojson', data: placesSource(atlas), promoteId: 'id' },
      'country-labels': { type: 'geojson', data: countryLabelsSource(atlas), promoteId: 'iso3' },
    },
    layers: mapLayers(opts.theme, opts.lang, opts.kinds, opts.showPlaces),
  };
}
