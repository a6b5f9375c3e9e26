// Where the app starts: the URL first, then the last language the user chose, then the browser.
import type { Lang } from '../data/types';
import type { AtlasState } from './store';
import { defaultPanel, parseUrlState, type Known, type UrlProblem, type UrlState } from './url';

export const LANG_STORAGE_KEY = 'corridor-atlas:lang';
export const DIGITS_STORAGE_KEY = 'corridor-atlas:digits';

export function chooseLang(fromUrl: Lang | undefined, stored: string | null, browser: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  if (stored === 'ar' || stored === 'en') return stored;
  return browser[0]?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The legend starts open only where it leaves the map room enough (a wide desktop); elsewhere it is a button. */
export function legendOpenAt(viewport: { width: number; height: number }): boolean {
  return viewport.width >= 1400 && viewport.height >= 800;
}

export function initialState(
  search: string,
  known: Known,
  env: { stored: string | null; browser: readonly string[]; storedDigits?: string | null; viewport?: { width: number; height: number } },
): { initial: Partial<AtlasState>; url: UrlState; problems: UrlProblem[] } {
  const { state: url, problems } = parseUrlState(search, known);
  // An embed in someone's article shows the view its address names: not the reader's remembered
  // language or digits, and never a briefing.
  const stored = url.embed ? { lang: null, digits: null } : { lang: env.stored, digits: env.storedDigits };
  const picked = url.route !== undefined || url.point !== undefined || url.place !== undefined || url.country !== undefined || url.compare !== undefined;
  const initial: Partial<AtlasState> = {
    lang: chooseLang(url.lang, stored.lang, env.browser),
    digits: stored.digits === 'arab' ? 'arab' : 'latn',
    panel: url.panel ?? defaultPanel(url),
    routeId: url.route ?? null,
    pointId: url.point ?? null,
    placeId: url.place ?? null,
    countryId: url.country ?? null,
    camera: url.camera ?? null,
    year: url.year ?? null,
    compare: url.compare ?? null,
    legendOpen: legendOpenAt(env.viewport ?? { width: 1920, height: 1080 }),
    // On a phone a link to something opens the sheet far enough to read about it.
    sheet: picked ? 'half' : 'peek',
  };
  if (url.layers) initial.layers = url.layers;
  if (url.mode && !url.embed) initial.mode = url.mode;
  if (url.slide !== undefined) initial.slide = url.slide;
  if (url.autoplay && url.mode === 'brief') initial.autoplay = url.autoplay;
  return { initial, url, problems };
}
