// Serves the production build for the browser tests, and refuses to run without Chromium
// rather than skipping silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { chromiumPath } from './browser';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const exe = chromiumPath();
  if (!existsSync(exe)) {
    throw new Error(
      `Browser tests need Chromium at ${exe}, and it is missing.\n` +
      '  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Or point CHROMIUM_PATH at an installed Chromium or Chrome.',
    );
  }
  // Say which browser runs the tests: a failure on one machine and not another is often the browser.
  try {
    console.log(`Browser tests in ${execFileSync(exe, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`);
  } catch {
    console.log(`Browser tests in ${exe} (its version could not be read)`);
  }
  // ATLAS_DIST serves another build folder (e.g. a build made while dist/ is in use).
  const dist = process.env.ATLAS_DIST ?? 'dist';
  if (!existsSync(path.resolve(dist, 'index.html'))) {
    throw new Error('Browser tests run against the production build, and dist/ is missing: run `npm run build` first (npm test does).');
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir: dist }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
