/**
 * Linkage's visual identity: the palette and the manifest of the SVG art in
 * public/art (made by scripts/make-art.ts from this palette).
 * URLs are relative to the page (Vite base './'): public/ is served as is.
 */

/** Colours as 0xRRGGBB numbers (Phaser) — see PALETTE_CSS for CSS strings. */
export const PALETTE = {
  /** Deep ink navy: night, text on paper, the stage's letterbox. */
  ink: 0x14203a,
  inkDeep: 0x0b1424,
  inkSoft: 0x2a3b5f,
  /** Warm paper / ivory: panels, cards, light walls. */
  paper: 0xf4ecdc,
  paperDim: 0xe3d5b8,
  paperShade: 0xc9b894,
  /** Muted vermilion: China. */
  vermilion: 0xb8412f,
  vermilionDeep: 0x8a2e22,
  /** Slate blue: the United States. */
  slate: 0x4a6a8f,
  slateDeep: 0x2f4a69,
  /** Brass / gold accents: frames, rules, the emblem. */
  brass: 0xc9a24a,
  brassLight: 0xe6c77c,
  /** Heat orange: climate, heatwaves, the climate-progress meter. */
  heat: 0xe0782f,
  heatLight: 0xf3a85e,
  /** Supporting tones used by the scenes. */
  wood: 0x6b4530,
  woodDark: 0x452a1e,
  jade: 0x5f8a6e,
  jadeDeep: 0x3d6250,
  white: 0xffffff,
} as const;

export type PaletteKey = keyof typeof PALETTE;

/** '#rrggbb' for a palette number. */
export function css(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** The palette as CSS strings ('#14203a', ...), for the DOM layer. */
export const PALETTE_CSS = Object.fromEntries(
  Object.entries(PALETTE).map(([k, v]) => [k, css(v)]),
) as { readonly [K in PaletteKey]: string };

/** Figures are drawn in a 300×500 box, feet at the bottom. */
export const FIGURE_SIZE = { width: 300, height: 500 } as const;

export const ART = {
  scenes: {
    dinner: 'art/dinner.svg',
    hotel: 'art/hotel.svg',
    premier: 'art/premier.svg',
    'great-hall': 'art/great-hall.svg',
    press: 'art/press.svg',
    final: 'art/final.svg',
    'letter-desk': 'art/letter-desk.svg',
    'apec-hall': 'art/apec-hall.svg',
    'un-summit': 'art/un-summit.svg',
    'briefing-room': 'art/briefing-room.svg',
    bali: 'art/bali.svg',
    'cop-hall': 'art/cop-hall.svg',
    sunnylands: 'art/sunnylands.svg',
    filoli: 'art/filoli.svg',
    neutral: 'art/neutral.svg',
  },
  figures: {
    us: 'art/figure-us.svg',
    china: 'art/figure-china.svg',
    china2: 'art/figure-china-2.svg',
  },
  flags: {
    us: 'art/flag-us.svg',
    china: 'art/flag-china.svg',
  },
  namecard: 'art/namecard.svg',
  emblem: 'art/emblem.svg',
} as const;

/** Figure URL for a side; China alternates between two figures by person index. */
export function figureUrl(side: 'us' | 'china', person = 0): string {
  if (side === 'us') return ART.figures.us;
  return person % 2 === 1 ? ART.figures.china2 : ART.figures.china;
}
