import { defineConfig } from 'vitest/config';

// Other engines than Chromium (Firefox ESR, WebKitGTK) against the built site:
// `npm run test:browsers`. One file at a time, each with its own browser.
export default defineConfig({
  test: {
    include: ['tests/browsers/**/*.browser.ts'],
    globalSetup: ['tests/browsers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
