// The one-file atlas (`npm run build:file`): the whole app in dist-file/corridor-atlas.html, for a
// briefing room with no network and no server. vite-plugin-singlefile inlines the scripts and styles;
// this plugin does what is particular to the atlas:
// - MapLibre's worker comes from a Blob of its source: a page opened from file:// may not start a
//   worker from a file: URL; MapLibre reads the blob and starts the worker from a data: URL;
// - no service worker (a file is already offline, and file:// has none): `virtual:pwa-register`
//   becomes a no-op;
// - the favicon is inlined, and the page's Content-Security-Policy allows exactly the inlined script,
//   by its hash, rather than any inline script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CSP } from './cspPlugin.ts';
import { ONE_FILE_MARK, ONE_FILE_NAME } from '../src/export/oneFile.ts';

export { ONE_FILE_NAME };
export const ONE_FILE_DIR = 'dist-file';

const WORKER = 'virtual:maplibre-worker-url';
const PWA = 'virtual:pwa-register';
const HASH_PLACEHOLDER = "'sha256-inline-script-hash'";
/** The policy put in the page before inlining, with a placeholder the hashes replace. */
// MapLibre starts its worker from a data: URL when the page's origin is opaque (file://), so that
// worker-src allows data: here; the hosted app does not need it.
const ONE_FILE_CSP_DRAFT = CSP
  .replace("script-src 'self'", `script-src ${HASH_PLACEHOLDER}`)
  .replace("worker-src 'self' blob:", "worker-src 'self' blob: data:");

/** The worker's URL in a hosted build: a hashed file beside the app. */
export function workerUrlPlugin(): Plugin {
  return {
    name: 'corridor-atlas-worker-url',
    resolveId: (id) => (id === WORKER ? `\0${WORKER}` : null),
    load: (id) => (id === `\0${WORKER}` ? "export { default } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';" : null),
  };
}

/** The text of each inline script of a page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((s) => s.length > 0);
}

export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export function oneFilePlugin(root = process.cwd()): Plugin {
  return {
    name: 'corridor-atlas-one-file',
    apply: 'build',
    // After vite-plugin-singlefile, which also runs late: the hashes are of the code it inlined.
    enforce: 'post',
    resolveId(id) {
      if (id === WORKER || id === PWA) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${WORKER}`) {
        return [
          "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';",
          "export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));",
        ].join('\n');
      }
      if (id === `\0${PWA}`) return 'export function registerSW() { return async () => {}; }';
      return null;
    },
    transformIndexHtml(html) {
      const svg = readFileSync(path.join(root, 'public/favicon.svg'));
      const icon = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      // Written out here rather than by cspPlugin, whose serialiser escapes the quotes: the policy must be
      // readable as it is, by vite-plugin-singlefile's check and by the hash step below.
      const csp = `<meta http-equiv="Content-Security-Policy" content="${ONE_FILE_CSP_DRAFT}">`;
      return html
        .replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="${icon}"`)
        .replace(/<head>/, `<head>\n    ${csp}\n    ${ONE_FILE_MARK}`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[ONE_FILE_NAME];
        if (!page || page.type !== 'asset' || typeof page.source !== 'string') {
          this.error(`The one-file build made no ${ONE_FILE_NAME}`);
        }
        const html = page.source as string;
        const hashes = inlineScripts(html).map(sha256Base64);
        if (!html.includes(HASH_PLACEHOLDER)) this.error('The one-file page has no Content-Security-Policy to fill in');
        page.source = html.replace(HASH_PLACEHOLDER, hashes.map((h) => `'sha256-${h}'`).join(' '));
        const left = Object.keys(bundle).filter((name) => name !== ONE_FILE_NAME);
        if (left.length) this.error(`The one-file build left files beside the page: ${left.join(', ')}`);
      },
    },
  };
}

