/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';

/** The Content-Security-Policy of the built site (STACK.md: Phaser accepts it). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the CSP into the built index.html as a meta tag, so that any static host
 * enforces it. Only at build time: Vite's dev server injects inline styles.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'linkage-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!--CSP-->',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      );
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // No inline data: modules: the CSP forbids inline scripts anyway.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Phaser changes rarely and is large: its own long-cached chunk.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['tests/engine/**/*.test.ts', 'tests/ui/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
