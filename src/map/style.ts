// The whole MapLibre style as a pure function. No glyphs URL: labels are drawn in the browser from
// the bundled fonts named in font-faces, so the map needs no glyph server and no network.
import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { AtlasData, Lang, RouteKind } from '../data/types';
import { FONT_FILES, absoluteUrl } from '../styles/fonts';
import type { Scene } from '../view/scene';
import { FONT_BOLD, FONT_REGULAR, mapLayers } from './layers';
import { physicalLayers, physicalSources, withPhysicalLayers, type PhysicalData } from './physicalLayers';
import { labelsSource, placesSource, routesSource } from './sources';
import { contrastTheme, lightTheme, type Theme } from './theme';

/**
 * The map's font files, all of them, declared once: MapLibre fetches a file only when a label
 * needs a codepoint in its range, so English labels never download the Arabic files. Declaring
 * them up front keeps every rasterised glyph across language switches (setFontFaces drops them).
 */
export function fontFaces(resolve: (url: string) => string): FontFacesSpecification {
  const faces = (weight: 400 | 700) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({ url: resolve(f.url), 'unicode-range': f.range }));
  return { [FONT_REGULAR]: faces(400), [FONT_BOLD]: faces(700) };
}

export function buildStyle(opts: {
  atlas: AtlasData;
  theme: Theme;
  lang: Lang;
  kinds: readonly RouteKind[];
  showPlaces: boolean;
  /** Routes compared: drawn alone, named in their colours (the lines' colours are feature state). */
  compare?: readonly string[] | null;
  resolveUrl: (url: string) => string;
  /** The land beneath the routes (physicalLayers.ts), once its data is loaded. */
  physical?: PhysicalData | null;
}): StyleSpecification {
  const { atlas, physical } = opts;
  const layers = mapLayers(opts.theme, opts.lang, opts.kinds, opts.showPlaces, opts.compare ?? null);
  return {
    version: 8,
    name: 'Corridor Atlas',
    'font-faces': fontFaces(opts.resolveUrl),
    sources: {
      // Sources load in this order on the one worker. Labels go first: their glyphs are drawn on the
      // main thread, which is then still free, while the worker goes on with the shapes.
      labels: { type: 'geojson', data: labelsSource(atlas) },
      countries: { type: 'geojson', data: atlas.countryShapes, promoteId: 'iso3' },
      routes: { type: 'geojson', data: routesSource(atlas), promoteId: 'id' },
      places: { type: 'geojson', data: placesSource(atlas), promoteId: 'id' },
      ...(physical ? physicalSources(physical) : {}),
    },
    layers: physical ? withPhysicalLayers(layers, physicalLayers(opts.theme, opts.lang)) : layers,
  };
}

export const themeOf = (scene: Pick<Scene, 'contrast'>): Theme => (scene.contrast ? contrastTheme : lightTheme);

/**
 * The style that shows a scene: everything it shows but what is stressed and the comparison's
 * line colours, which are feature state (applyScene.ts sets them). The one place style inputs are
 * assembled, for the live map and the off-screen one alike.
 */
export function styleOf(scene: Scene, physical: PhysicalData | null = null, resolveUrl: (url: string) => string = absoluteUrl): StyleSpecification {
  return buildStyle({
    atlas: scene.network, theme: themeOf(scene), lang: scene.lang, kinds: scene.kinds, showPlaces: scene.places,
    compare: scene.compare, resolveUrl, physical,
  });
}
