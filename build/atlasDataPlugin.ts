// Serves the validated content of data/ to the app as `virtual:atlas-data`.
// A data error stops `vite build` with its message, and shows in the dev overlay until fixed.
import path from 'node:path';
import type { Plugin } from 'vite';
import { atlasFiles, loadAtlas } from './atlasData.ts';
import { reloadOnData } from './reloadOnData.ts';

const ID = 'virtual:atlas-data';
const RESOLVED = `\0${ID}`;

export function atlasDataPlugin(dataDir = path.resolve(process.env.ATLAS_DATA_DIR ?? 'data')): Plugin {
  return {
    name: 'corridor-atlas-data',
    buildStart() {
      // Fail early and loudly: a broken data file is the most likely thing an analyst will do.
      loadAtlas(dataDir);
    },
    resolveId(source) {
      return source === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const files = atlasFiles(dataDir);
      [...files.routes, ...files.traces, files.elevation, files.places, files.countries, files.proposal, files.briefing, files.timeline].forEach((f) => this.addWatchFile(f));
      const data = loadAtlas(dataDir);
      // JSON.parse of a string literal is faster to start than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    hotUpdate: reloadOnData(dataDir, RESOLVED),
  };
}
