// Vite config for the "shapes" baseline: the app's data plugin, cut down to the country shapes, so
// the baseline draws exactly the app's shapes without carrying its routes, places and texts.
import type { Plugin } from 'vite';
import { atlasDataPlugin } from '../../build/atlasDataPlugin.ts';

const RESOLVED = '\0virtual:atlas-data';

function shapesOnly(): Plugin {
  return {
    name: 'bench-country-shapes-only',
    enforce: 'post',
    transform(code, id) {
      if (id !== RESOLVED) return null;
      // The plugin emits `export default JSON.parse("<json>")`; keep that form, with less in it.
      const literal = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\);?\s*$/s.exec(code)?.[1];
      if (!literal) throw new Error('bench: virtual:atlas-data no longer looks like export default JSON.parse("…"); update bench/baseline/shapes.config.ts');
      const { countryShapes } = JSON.parse(JSON.parse(literal) as string) as { countryShapes: unknown };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ countryShapes }))});`;
    },
  };
}

export default { plugins: [atlasDataPlugin(), shapesOnly()] };
