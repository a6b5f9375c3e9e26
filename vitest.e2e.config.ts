import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium (playwright-core) against the production build.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // Software WebGL on two cores is slow; give UI changes time to show before failing.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 90_000,
  },
});
