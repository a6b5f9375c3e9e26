// Serves the land beneath the corridors as `virtual:physical-data`: rivers, lakes and the names of
// rivers, lakes, ranges and deserts (build/physical.ts), and the relief, a PNG made here at build
// time (build/relief.ts) and emitted as a hashed asset (so the offline precache takes it). The app
// imports the module only after the map is first ready, so it is a chunk of its own, off the first load.
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadPhysical, physicalFiles, physicalRelief } from './physical.ts';
import { reloadOnData } from './reloadOnData.ts';
import type { ReliefImage } from './relief';

const ID = 'virtual:physical-data';
const RESOLVED = `\0${ID}`;
/** Where the dev server serves the relief (a build emits it as assets/relief-<hash>.png). */
const DEV_RELIEF = '/@corridor-atlas/relief.png';

/** `inline`: the relief as a data: URL in the module (the one-file build has no files beside it). */
export function physicalPlugin(dataDir = path.resolve('data/physical'), opts: { inline?: boolean } = {}): Plugin {
  let command: 'build' | 'serve' = 'build';
  let relief: ReliefImage | null = null;
  const reliefImage = () => (relief ??= physicalRelief(dataDir));
  return {
    name: 'corridor-atlas-physical',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      // A mistake in features.json stops the build at once, with its message.
      loadPhysical(dataDir);
    },
    resolveId(source) {
      return source === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const files = physicalFiles(dataDir);
      Object.values(files).forEach((f) => this.addWatchFile(f));
      relief = null;
      const data = loadPhysical(dataDir);
      const image = reliefImage();
      const url = opts.inline
        ? JSON.stringify(`data:image/png;base64,${image.png.toString('base64')}`)
        : command === 'build'
        ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'relief.png', source: image.png })}`
        : JSON.stringify(DEV_RELIEF);
      // JSON.parse of a string literal is faster to start than an equivalent object literal.
      return [
        `const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
        `data.relief = { url: ${url}, coordinates: ${JSON.stringify(image.coordinates)} };`,
        'export default data;',
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use(DEV_RELIEF, (_req, res) => {
        res.setHeader('Content-Type', 'image/png');
        res.end(reliefImage().png);
      });
    },
    hotUpdate: reloadOnData(dataDir, RESOLVED),
  };
}
