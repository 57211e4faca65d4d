/// <reference types="vitest/config" />
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
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

/** Text-like files worth compressing; images and audio are compressed already. */
const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|md|wav|ico|webmanifest)$/;

/**
 * Writes `file.br` and `file.gz` next to each compressible file of the build, at
 * the highest levels (done once, at build time), so a static host or
 * scripts/serve.mjs can send them to browsers that accept them instead of
 * compressing on every request. A variant no smaller than its file is left out.
 * A dozen lines of node:zlib; the npm plugins for this bring dependencies of their own.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return {
    name: 'linkage-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const bytes = readFileSync(file);
        const br = brotliCompressSync(bytes, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        });
        const gz = gzipSync(bytes, { level: 9 });
        if (br.length < bytes.length) writeFileSync(`${file}.br`, br);
        if (gz.length < bytes.length) writeFileSync(`${file}.gz`, gz);
      }
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
// The real path: the bundler reports module ids by real path, so a symlinked node_modules must match too.
const PHASER_SOURCE = `${realpathSync(fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)))}/`;
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
  // offline() first: the service worker it writes is then precompressed too.
  plugins: [contentSecurityPolicy(), phaserFromSource(), offline(), precompress()],
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
