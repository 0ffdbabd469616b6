import { defineConfig } from 'vitest/config';

// Real-Firefox tests: one firefox-esr per file, files one after another (2-core machines).
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.firefox.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A hung browser fails the run rather than holding CI.
    teardownTimeout: 30_000,
  },
});
