/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { offline } from './scripts/pwa-config.ts';

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

/**
 * Builds Phaser from its shipped sources with only what the stage uses. The
 * prebuilt bundle (~357 KB gzip) carries physics, tilemaps, the Canvas renderer
 * and Phaser's sound, and does not tree-shake. This entry is Phaser's own
 * `phaser-core.js` (no physics, no tilemaps) plus the two game objects the stage
 * adds (TileSprite, Container), built for WebGL only (Phaser 4 deprecates the
 * Canvas renderer) and without Phaser sound (howler plays the sound). The flags
 * are the substitutions Phaser's own webpack build makes with DefinePlugin.
 */
const PHASER_SOURCE = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));
const PHASER_ENTRY = `${PHASER_SOURCE}linkage-phaser-entry.js`;
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};
/** Game objects the stage creates, beyond phaser-core's Graphics, Image, Layer, Sprite and Text. */
const EXTRA_GAME_OBJECTS = { TileSprite: 'tilesprite/TileSprite', Container: 'container/Container' };

function phaserFromSource(): Plugin {
  const flags = new RegExp(Object.keys(PHASER_FLAGS).map((k) => k.replace(' ', '\\s+')).join('|'), 'g');
  const extra = (suffix: string) =>
    Object.entries(EXTRA_GAME_OBJECTS).map(([name, path]) => `${name}: require('./gameobjects/${path}${suffix}'),`).join('\n');
  return {
    name: 'linkage-phaser-from-source',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'phaser') return PHASER_ENTRY;
      return id === PHASER_ENTRY ? id : null;
    },
    load(id) {
      if (id !== PHASER_ENTRY) return null;
      const core = readFileSync(`${PHASER_SOURCE}phaser-core.js`, 'utf8');
      const patched = core
        .replace('GameObjects: {', `GameObjects: {\n${extra('')}`)
        .replace('Factories: {', `Factories: {\n${extra('Factory')}`)
        .replace('Creators: {', `Creators: {\n${extra('Creator')}`);
      if (patched === core) throw new Error('phaser-core.js changed shape: update the Phaser entry in vite.config.ts');
      return patched;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SOURCE)) return null;
      return code.replace(flags, (match) => PHASER_FLAGS[match.replace(/\s+/, ' ')] ?? match).replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), phaserFromSource(), offline()],
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
