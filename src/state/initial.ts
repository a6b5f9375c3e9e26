// Where the app starts: the address first, then the last language the user chose, then the browser.
import type { Lang } from '../data/types';
import type { AtlasState } from './store';
import { parseAddress, viewOf, type Address, type AddressProblem, type EmbedParams, type Known } from './address';

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
): { initial: Partial<AtlasState>; address: Address; embed?: EmbedParams; problems: AddressProblem[] } {
  const { address, embed, problems } = parseAddress(search, known);
  // An embed in someone's article shows the view its address names: not the reader's remembered
  // language or digits, and never a briefing.
  const stored = embed ? { lang: null, digits: null } : { lang: env.stored, digits: env.storedDigits };
  const view = viewOf(address);
  const picked = view.route !== null || view.point !== null || view.place !== null || view.country !== null || view.compare !== null;
  const initial: Partial<AtlasState> = {
    view,
    lang: chooseLang(address.lang, stored.lang, env.browser),
    digits: stored.digits === 'arab' ? 'arab' : 'latn',
    legendOpen: legendOpenAt(env.viewport ?? { width: 1920, height: 1080 }),
    // On a phone a link to something opens the sheet far enough to read about it.
    sheet: picked ? 'half' : 'peek',
  };
  if (address.mode && !embed) initial.mode = address.mode;
  if (address.slide !== undefined) initial.slide = address.slide;
  if (address.autoplay && address.mode === 'brief') initial.autoplay = address.autoplay;
  return { initial, address, ...(embed ? { embed } : {}), problems };
}
