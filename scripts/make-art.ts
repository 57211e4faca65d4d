/**
 * Draws Linkage's SVG art from the palette in src/game/art.ts:
 *
 *   npx tsx scripts/make-art.ts   →  public/art/*.svg
 *
 * Flat, geometric, layered illustration: gradients for light and haze, no
 * text, no external references, no scripts, no fonts. Scenes are 1600×900 and
 * keep the lower-middle band (the table) calm: the delegations and meters are
 * drawn over it. The SVGs are committed; this script and scripts/art/ (one
 * module per group of scenes, the kit and shared furniture) are their source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { C } from './art/kit.ts';
import { dinner, hotel, premier } from './art/beijing-rooms.ts';
import { final, greatHall, neutral, press } from './art/beijing-halls.ts';
import { apecHall, letterDesk, unSummit } from './art/chapter-2014.ts';
import { bali, briefingRoom, copHall } from './art/chapter-2022.ts';
import { filoli, sunnylands } from './art/estates.ts';
import { figure } from './art/figures.ts';
import { chinaFlag, deskFlag, emblem, namecard, usFlag } from './art/props.ts';

export function renderAll(): Record<string, string> {
  const [us, uw, uh] = usFlag();
  const [cn, cw, ch] = chinaFlag();
  return {
    'dinner.svg': dinner(),
    'hotel.svg': hotel(),
    'premier.svg': premier(),
    'great-hall.svg': greatHall(),
    'press.svg': press(),
    'final.svg': final(),
    'letter-desk.svg': letterDesk(),
    'apec-hall.svg': apecHall(),
    'un-summit.svg': unSummit(),
    'briefing-room.svg': briefingRoom(),
    'bali.svg': bali(),
    'cop-hall.svg': copHall(),
    'sunnylands.svg': sunnylands(),
    'filoli.svg': filoli(),
    'neutral.svg': neutral(),
    'figure-us.svg': figure({ suit: C.slateDeep, suitShade: '#22364f', tie: C.slate, shirt: C.white, skin: '#d8a886', hair: '#b9b4ab', hairStyle: 'swept', pin: C.slate, folder: false }),
    'figure-china.svg': figure({ suit: '#26282f', suitShade: '#17181d', tie: C.vermilionDeep, shirt: C.white, skin: '#d6a47e', hair: '#1b1b1f', hairStyle: 'parted', pin: C.vermilion, folder: true }),
    'figure-china-2.svg': figure({ suit: '#2d3340', suitShade: '#1b1f28', tie: '#6e2a2a', shirt: C.paper, skin: '#cf9d78', hair: '#cfcac0', hairStyle: 'short', pin: C.brass, folder: false }),
    'flag-us.svg': deskFlag(us, uw, uh),
    'flag-china.svg': deskFlag(cn, cw, ch),
    'namecard.svg': namecard(),
    'emblem.svg': emblem(),
  };
}

function main(): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'art');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(renderAll())) {
    writeFileSync(join(out, name), text);
    console.log(`${name.padEnd(20)} ${(text.length / 1024).toFixed(1)} KiB`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
