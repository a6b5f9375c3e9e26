import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasDataPlugin } from './build/atlasDataPlugin';
import { cspPlugin } from './build/cspPlugin';
import { physicalPlugin } from './build/physicalPlugin';
import { pwaPlugin } from './build/pwa';
import { switchFontPlugin } from './build/switchFontPlugin';

export default defineConfig({
  plugins: [react(), atlasDataPlugin(), physicalPlugin(), switchFontPlugin(), cspPlugin(), pwaPlugin()],
  build: {
    // maplibre-gl alone is over Vite's default warning size; it is one library, cached on its own.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        advancedChunks: {
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
});
