/**
 * The stage loads the art of the places the game visits, and no other place's:
 * the first place with the figures and flags, the others after, in round order.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type Phaser from 'phaser';
import { ART } from '../../src/game/art.ts';
import { ArtLoader, type ArtArrivals } from '../../src/game/art-loader.ts';
import { artSources } from '../../src/game/art-sources.ts';
import type { SceneKey } from '../../src/game/model.ts';

/** Every fetch, in order; each resolves at once with a stand-in image. */
const fetched: string[] = [];
vi.mock('../../src/game/svg-loader.ts', () => ({
  loadSvgImage: (url: string) => {
    fetched.push(url);
    return Promise.resolve({ url });
  },
}));

function fakeTextures(): Phaser.Textures.TextureManager {
  const keys = new Set<string>();
  return {
    exists: (key: string) => keys.has(key),
    addImage: (key: string) => void keys.add(key),
  } as unknown as Phaser.Textures.TextureManager;
}

const sceneUrls = new Set<string>(Object.values(ART.scenes));
const scenesFetched = (): string[] => fetched.filter((url) => sceneUrls.has(url));

/** What arrived, in order; and what had been fetched when the essentials were announced. */
function recorder(): ArtArrivals & { log: string[]; before: string[] } {
  const log: string[] = [];
  const before: string[] = [];
  return {
    log, before,
    essentials: () => (log.push('essentials'), before.push(...fetched)),
    place: (key) => void log.push(key),
  };
}

describe('the art loader', () => {
  beforeEach(() => {
    fetched.length = 0;
  });

  test('loads the game\'s places only: the first with the essentials, the rest after, each once', async () => {
    const loader = new ArtLoader(fakeTextures(), artSources());
    const rounds: SceneKey[] = ['letter-desk', 'un-summit', 'letter-desk', 'apec-hall'];
    loader.want(rounds);
    const arrivals = recorder();
    await loader.load(arrivals);
    expect(scenesFetched()).toEqual([ART.scenes.neutral, ART.scenes['letter-desk'], ART.scenes['un-summit'], ART.scenes['apec-hall']]);
    // The first place came with the essentials; the others after.
    expect(arrivals.before).toContain(ART.scenes['letter-desk']);
    expect(arrivals.before).not.toContain(ART.scenes['un-summit']);
    expect(arrivals.log).toEqual(['essentials', 'letter-desk', 'un-summit', 'apec-hall']);
    // Figures and flags came with the essentials.
    for (const url of [...Object.values(ART.figures), ...Object.values(ART.flags)]) expect(arrivals.before).toContain(url);
    expect(fetched).not.toContain(ART.scenes.dinner);
  });

  test('a new chapter\'s places load when it is played, skipping those already in', async () => {
    const loader = new ArtLoader(fakeTextures(), artSources());
    loader.want(['dinner', 'hotel']);
    const arrivals = recorder();
    await loader.load(arrivals);
    fetched.length = 0;
    loader.want(['hotel', 'sunnylands', 'filoli']);
    await vi.waitFor(() => expect(arrivals.log.at(-1)).toBe('filoli'));
    expect(scenesFetched()).toEqual([ART.scenes.sunnylands, ART.scenes.filoli]);
  });

  test('a place shown without being announced is loaded next; places wanted before the essentials wait for them', async () => {
    const loader = new ArtLoader(fakeTextures(), artSources());
    loader.soon('bali');
    expect(fetched).toEqual([]);
    const arrivals = recorder();
    await loader.load(arrivals);
    expect(scenesFetched()).toEqual([ART.scenes.neutral, ART.scenes.bali]);
    loader.want(['cop-hall', 'briefing-room']);
    loader.soon('great-hall');
    await vi.waitFor(() => expect(arrivals.log).toHaveLength(5));
    // cop-hall was already on its way when great-hall was asked for; briefing-room waits behind it.
    expect(arrivals.log.slice(2)).toEqual(['cop-hall', 'great-hall', 'briefing-room']);
  });

  test('loads nothing more once stopped', async () => {
    const loader = new ArtLoader(fakeTextures(), artSources());
    loader.want(['press', 'final']);
    loader.stop();
    const arrivals = recorder();
    await loader.load(arrivals);
    expect(arrivals.log).toEqual([]);
  });
});
