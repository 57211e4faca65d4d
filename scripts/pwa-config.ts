/**
 * The installable, offline game: vite-plugin-pwa (Workbox) writes the web app
 * manifest and a service worker that precaches the whole build, so that after
 * one visit every chapter, the teacher's guide, the class page and the sound
 * work with no network. The page registers the worker itself (src/ui/update.ts),
 * from a module file: the CSP allows no inline script. `prompt`: a new version
 * waits until the game applies it at a screen change, never in a round.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { ICON_INK, ICON_PAPER } from './make-icons.ts';

export function offline(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      id: './',
      name: 'Linkage: the US–China climate talks',
      short_name: 'Linkage',
      description: 'Negotiate the US–China climate talks of July 2023: link climate to trade, technology and Taiwan, or keep it separate?',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: ICON_INK,
      background_color: ICON_PAPER,
      categories: ['education', 'games'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The page never shows the icons: the browser fetches them for the launcher itself.
    includeManifestIcons: false,
    workbox: {
      // Everything the game can show; the schema is for scenario authors' editors, not the game.
      globPatterns: ['**/*.{js,css,html,svg,mp3,webm,json}'],
      globIgnores: ['scenario.schema.json', 'audio/sprite.json', '**/*.{br,gz}'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // Routes are in the hash: every navigation is the one page.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A first visit's page is taken over at once, so that it plays on offline without a reload.
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}
