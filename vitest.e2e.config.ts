import { defineConfig } from 'vitest/config';
import LongestFirst from './e2e/sequencer.ts';

// Browser tests: real headless Chromium (playwright-core) against the production build.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    // Two files at a time: while one waits on the map, the other uses the CPU. Each file has its
    // own browser; the tests assert what is on screen, never a timing, so sharing the cores is safe.
    fileParallelism: true,
    maxWorkers: 2,
    // Longest files first, so that the two workers finish together (e2e/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    // Software WebGL on two cores is slow; give UI changes time to show before failing.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 90_000,
  },
});
