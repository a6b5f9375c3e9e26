// Builds the app and the two baselines with Vite's JS API, and serves each build.
import { existsSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, preview } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH = path.join(ROOT, 'bench');
export const OUT = path.join(BENCH, '.out');

/** bench/.out holds the builds; git and ESLint ignore it. */
export function prepareOut() {
  if (existsSync(OUT) && lstatSync(OUT).isSymbolicLink()) rmSync(OUT);
  mkdirSync(OUT, { recursive: true });
}

const quiet = { logLevel: 'warn', clearScreen: false };

/**
 * The app, built with its own vite.config.ts (as `npm run build` does) but into bench/.out/app:
 * dist/ is rebuilt by `npm test` while others work, which would swap files under a running bench.
 */
export async function buildApp() {
  const outDir = path.join(OUT, 'app');
  await build({ ...quiet, root: ROOT, build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** A baseline page from bench/baseline/<name>/, with an optional config file (for the data plugin). */
export async function buildBaseline(name, configFile = false) {
  const outDir = path.join(OUT, name);
  await build({
    ...quiet,
    root: path.join(BENCH, 'baseline', name),
    configFile: configFile ? path.join(BENCH, 'baseline', configFile) : false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/** Serves a build folder on a free local port; returns its origin and a close function. */
export async function serve(outDir) {
  const server = await preview({
    ...quiet,
    configFile: false,
    root: path.dirname(outDir),
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
