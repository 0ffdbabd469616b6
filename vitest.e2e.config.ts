import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium per file, files run one after another (2-core machines).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
