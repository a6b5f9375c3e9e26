import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasDataPlugin } from './build/atlasDataPlugin.ts';
import { cspPlugin } from './build/cspPlugin.ts';
import { physicalPlugin } from './build/physicalPlugin.ts';
import { pwaPlugin } from './build/pwa.ts';
import { switchFontPlugin } from './build/switchFontPlugin.ts';

export default defineConfig(({ command }) => ({
  // The build speaks only when something is wrong: warnings and errors, not the file list.
  // (The dev server still says where it listens.)
  logLevel: command === 'build' ? 'warn' : 'info',
  plugins: [react(), atlasDataPlugin(), physicalPlugin(), switchFontPlugin(), cspPlugin(), pwaPlugin()],
  build: {
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
}));
