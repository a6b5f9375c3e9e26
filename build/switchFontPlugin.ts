// An English page shows one Arabic word: «العربية» on the language switch. Rather than download
// the whole Arabic bold font for it (~50 kB), the page gets a font of just that word's letters,
// cut from the same file at build time and inlined (a few kB; the CSP allows data: fonts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const ID = 'virtual:switch-font';
const RESOLVED = `\0${ID}`;
const require = createRequire(import.meta.url);

/** The text the subset must draw: the English UI's label for switching to Arabic. */
export function switchLabel(root: string): string {
  const en = JSON.parse(readFileSync(path.join(root, 'src/i18n/locales/en.json'), 'utf8')) as { lang?: { switch?: unknown } };
  const label = en.lang?.switch;
  if (typeof label !== 'string' || !label) throw new Error('src/i18n/locales/en.json: lang.switch is missing; the switch font is cut from it');
  return label;
}

export async function switchFont(text: string): Promise<Buffer> {
  const full = readFileSync(require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2'));
  // hb-subset keeps the letters' joined forms (initial, medial, final) along with them.
  return subsetFont(full, text, { targetFormat: 'woff2' });
}

export function switchFontPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'corridor-atlas-switch-font',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const file = path.join(root, 'src/i18n/locales/en.json');
      this.addWatchFile(file);
      const font = await switchFont(switchLabel(root));
      return `export default ${JSON.stringify(`data:font/woff2;base64,${font.toString('base64')}`)};`;
    },
  };
}
