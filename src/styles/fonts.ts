// The bundled fonts: Noto Sans for Latin, Noto Sans Arabic for Arabic, under one family name so
// mixed text needs no fallbacks from the machine. The UI and the map labels use the same files.
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

export const UI_FAMILY = 'Atlas Sans';

const LATIN_RANGE = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2190-2199', 'U+2212', 'U+2215'];
const ARABIC_RANGE = ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'];

export interface FontFile {
  url: string;
  weight: 400 | 700;
  range: string[];
  script: 'latin' | 'arabic';
}

export const FONT_FILES: FontFile[] = [
  { url: latin400, weight: 400, range: LATIN_RANGE, script: 'latin' },
  { url: arabic400, weight: 400, range: ARABIC_RANGE, script: 'arabic' },
  { url: latin700, weight: 700, range: LATIN_RANGE, script: 'latin' },
  { url: arabic700, weight: 700, range: ARABIC_RANGE, script: 'arabic' },
];

/** Registers the faces for CSS; the browser fetches each file only when text needs it. */
export function registerUiFonts(): void {
  if (typeof FontFace === 'undefined') return;
  for (const f of FONT_FILES) {
    document.fonts.add(new FontFace(UI_FAMILY, `url(${f.url}) format('woff2')`, { weight: String(f.weight), unicodeRange: f.range.join(',') }));
  }
}

export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}
