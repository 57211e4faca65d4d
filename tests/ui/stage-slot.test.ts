// @vitest-environment happy-dom
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- the test edits the fixture's raw JSON; parsing then checks it */
/** The stage slot hands the stage each measure by the part the scenario gives it, whatever the measures are called. */
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, playGame } from '../../src/engine/index.ts';
import type { StageChange, StageScene, StageView } from '../../src/game/stage-view.ts';
import { StageSlot } from '../../src/ui/stage-slot.ts';

const shown: StageScene[] = [];
const played: StageChange[][] = [];
const placesGiven: (readonly string[])[] = [];
const fake: StageView = {
  places: (scenes) => void placesGiven.push(scenes),
  show: (scene) => void shown.push(scene),
  playChanges: (changes) => (played.push(changes), Promise.resolve()),
  playEvent: () => Promise.resolve(),
  setReducedMotion: () => undefined,
  destroy: () => undefined,
};
/** What the stage would read as it starts: the places known then. */
let placesAtStart: (() => readonly string[]) | null = null;
vi.mock('../../src/ui/ports.ts', () => ({
  loadStage: (_host: unknown, _reduced: boolean, places: () => readonly string[]) => {
    placesAtStart = places;
    return Promise.resolve(fake);
  },
}));

describe('the stage slot', () => {
  test('a scenario with other measure ids moves the stage: values and changes arrive by part', async () => {
    const ids: Record<string, string> = { trust: 'confidence', climate: 'emissions-deal', 'us-home': 'congress', 'china-home': 'politburo' };
    const j = JSON.parse(readFileSync('tests/engine/fixtures/mini.json', 'utf8').replace(/"(trust|climate|us-home|china-home)"/g, (_, id: string) => `"${ids[id]}"`));
    j.measures[0].role = 'trust';
    j.measures[1].role = 'climate';
    const renamed = parseScenario(j);
    const slot = new StageSlot({ reducedMotion: () => true, ready: () => undefined, failed: () => undefined });
    slot.ensure();
    await vi.waitFor(() => expect(slot.failed).toBe(false));
    await Promise.resolve();
    const state = playGame(renamed, 1, 'us', renamed.rounds.map((r) => ({ us: r.options.us[0]!.id })));
    slot.show(renamed, state, 1, true);
    const before = state.log[0]!.measures;
    expect(shown.at(-1)!.meters).toEqual([
      { role: 'trust', value: before.confidence }, { role: 'climate', value: before['emissions-deal'] },
      { role: 'us', value: before.congress }, { role: 'china', value: before.politburo },
    ]);
    const moved = played.at(-1)!;
    expect(moved.length).toBeGreaterThan(0);
    for (const c of moved) expect(['trust', 'climate', 'us', 'china']).toContain(c.role);
  });

  test('the stage is told the places of the scenario played, in round order, once per scenario', async () => {
    const mini = parseScenario(JSON.parse(readFileSync('tests/engine/fixtures/mini.json', 'utf8')));
    const other = parseScenario({ ...JSON.parse(readFileSync('tests/engine/fixtures/mini.json', 'utf8')), id: 'other' });
    other.rounds.forEach((r, i) => (r.scene = i % 2 ? 'bali' : 'filoli'));
    const slot = new StageSlot({ reducedMotion: () => true, ready: () => undefined, failed: () => undefined });
    placesGiven.length = 0;
    slot.ensure(mini);
    // Known before the stage has started: the stage reads them as it starts, and is told again when ready.
    expect(placesAtStart?.()).toEqual(mini.rounds.map((r) => r.scene));
    await vi.waitFor(() => expect(placesGiven).toEqual([mini.rounds.map((r) => r.scene)]));
    const state = playGame(mini, 1, 'us', mini.rounds.map((r) => ({ us: r.options.us[0]!.id })));
    slot.show(mini, state, 0, false);
    expect(placesGiven).toHaveLength(1);
    const otherState = playGame(other, 1, 'us', other.rounds.map((r) => ({ us: r.options.us[0]!.id })));
    slot.show(other, otherState, 0, false);
    expect(placesGiven.at(-1)).toEqual(other.rounds.map((_, i) => (i % 2 ? 'bali' : 'filoli')));
    expect(shown.at(-1)!.scene).toBe('filoli');
  });
});
