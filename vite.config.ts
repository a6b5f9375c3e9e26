import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { atlasDataPlugin } from './build/atlasDataPlugin.ts';
import { cspPlugin } from './build/cspPlugin.ts';
import { ONE_FILE_DIR, ONE_FILE_NAME, oneFilePlugin, workerUrlPlugin } from './build/oneFile.ts';
import { physicalPlugin } from './build/physicalPlugin.ts';
import { pwaPlugin, recoverPlugin } from './build/pwa.ts';
import { switchFontPlugin } from './build/switchFontPlugin.ts';

// `vite build` makes the hosted app (dist/); `vite build --mode file` the one-file atlas (build/oneFile.ts).
// The hosted app's URLs are relative ('./'), so one build works from any folder of any site
// (`/graphics/corridor-atlas/`); Vite's own `--base` sets an absolute one instead (README, "Host it").
export default defineConfig(({ command, mode }) => {
  const oneFile = mode === 'file';
  return {
    // The build speaks only when something is wrong: warnings and errors, not the file list.
    // (The dev server still says where it listens.)
    logLevel: command === 'build' ? 'warn' : 'info',
    base: './',
    plugins: oneFile
      ? [react(), atlasDataPlugin(), physicalPlugin(undefined, { inline: true }), switchFontPlugin(),
        viteSingleFile({ outputFileName: ONE_FILE_NAME }), oneFilePlugin()]
      : [react(), atlasDataPlugin(), physicalPlugin(), switchFontPlugin(), recoverPlugin(), cspPlugin(), workerUrlPlugin(), pwaPlugin()],
    // The one file carries its own icon; nothing else from public/ is needed beside it.
    publicDir: oneFile ? false : 'public',
    build: oneFile
      ? { outDir: ONE_FILE_DIR, emptyOutDir: true }
      : {
        // maplibre-gl alone is over Vite's default warning size; it is one library, cached on its own.
        chunkSizeWarningLimit: 1100,
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
                // Content changes more often than code; keep it in its own cacheable file.
                { name: 'atlas-data', test: /virtual:atlas-data/ },
              ],
            },
          },
        },
      },
    preview: { port: 4173, strictPort: false },
  };
});
