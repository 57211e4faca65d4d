import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site. One file at a time: the
// machine has two cores and each file runs its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
