/**
 * `npm run icons`: the installed app's icons, made from the game's emblem
 * (public/art/emblem.svg, itself drawn by scripts/make-art.ts) by rendering it
 * in the system Chromium. Writes public/icons/*.png:
 * - icon-192.png, icon-512.png: the emblem on a transparent ground ("any");
 * - maskable-512.png: the emblem inside the 80% safe circle on the ink ground,
 *   which launchers may crop to any shape;
 * - apple-touch-icon.png (180): opaque, since iPadOS fills transparency with black.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The page's ink and paper (src/ui/styles.css), also the manifest's colours (vite.config.ts). */
export const ICON_INK = '#14203a';
export const ICON_PAPER = '#f4ecdc';

interface IconSpec { file: string; size: number; background: string | null; emblemShare: number }

export const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, background: null, emblemShare: 1 },
  { file: 'icon-512.png', size: 512, background: null, emblemShare: 1 },
  // The emblem's outer ring has radius 120 of 256: 0.8 of the side keeps it inside the safe circle.
  { file: 'maskable-512.png', size: 512, background: ICON_INK, emblemShare: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, background: ICON_PAPER, emblemShare: 0.88 },
];

function pageFor(svg: string, spec: IconSpec): string {
  const emblem = Math.round(spec.size * spec.emblemShare);
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const ground = spec.background ?? 'transparent';
  return `<!doctype html><html><body style="margin:0;background:${ground}">
<div style="width:${spec.size}px;height:${spec.size}px;display:grid;place-items:center;background:${ground}">
<img src="${data}" width="${emblem}" height="${emblem}" alt=""></div></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(`${ROOT}public/art/emblem.svg`, 'utf8');
  mkdirSync(`${ROOT}public/icons`, { recursive: true });
  const browser = await openBrowser({ viewport: { width: 512, height: 512 } });
  try {
    const page = await browser.context.newPage();
    for (const spec of ICONS) {
      await page.setViewportSize({ width: spec.size, height: spec.size });
      await page.setContent(pageFor(svg, spec));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: spec.background === null, clip: { x: 0, y: 0, width: spec.size, height: spec.size } });
      writeFileSync(`${ROOT}public/icons/${spec.file}`, png);
      console.log(`public/icons/${spec.file}: ${spec.size}×${spec.size}, ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
