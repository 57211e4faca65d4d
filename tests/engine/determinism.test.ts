/**
 * A game is a pure function of (scenario, seed, people's choices): replays and
 * restored saves must land on the same final state, bit for bit. Runs on the
 * Beijing scenario (the fixture until that file exists).
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  choose, createGameMachine, hashState, isPersonSide, newGame, offeredOptions, playGame, resolveRound, validateSnapshot,
  SIDES, type GameInput, type Mode, type Scenario, type SideId,
} from '../../src/engine/index.ts';
import { draws, seedRng } from '../../src/engine/rng.ts';
import { mainScenario } from './helpers.ts';

const { name, scenario } = mainScenario();
const MODES: Mode[] = ['two', 'us', 'china'];

/** Random people's choices for a game, from a PRNG of their own (the game's PRNG must not be touched). */
function randomChoices(s: Scenario, seed: number): Array<Record<SideId, string>> {
  const d = draws(seedRng(seed ^ 0x5bd1e995));
  return s.rounds.map((r) => ({
    us: r.options.us[d.int(0, r.options.us.length - 1)]!.id,
    china: r.options.china[d.int(0, r.options.china.length - 1)]!.id,
  }));
}

describe(`determinism (${name})`, () => {
  it('10,000 seeded games replayed from (scenario, seed, choices) give identical hashes', () => {
    for (let seed = 0; seed < 10_000; seed++) {
      const choices = randomChoices(scenario, seed);
      // Played step by step, as the UI does…
      let g = newGame(scenario, seed, 'two');
      for (const c of choices) g = resolveRound(scenario, choose(scenario, choose(scenario, g, 'us', c.us), 'china', c.china));
      // …and replayed in one call.
      const replay = playGame(scenario, seed, 'two', choices);
      expect(g.ending).not.toBeNull();
      if (hashState(g) !== hashState(replay)) expect(replay).toEqual(g);
    }
  });

  it('1,000 machine games persisted, validated and restored after every event end as uninterrupted ones do', () => {
    const machine = createGameMachine(scenario);
    for (let seed = 0; seed < 1_000; seed++) {
      const mode = MODES[seed % 3]!;
      const choices = randomChoices(scenario, seed);
      const script: GameInput[] = [{ type: 'START' }];
      for (const c of choices) {
        for (const side of SIDES) if (isPersonSide(mode, side)) script.push({ type: 'CHOOSE', side, option: c[side] });
        script.push({ type: 'NEXT' });
      }
      const whole = createActor(machine, { input: { seed, mode } }).start();
      script.forEach((e) => whole.send(e));
      const expected = hashState(whole.getSnapshot().context.game);

      let actor = createActor(machine, { input: { seed, mode } }).start();
      for (const e of script) {
        actor.send(e);
        const saved: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
        actor.stop();
        actor = createActor(machine, { snapshot: validateSnapshot(scenario, saved), input: undefined }).start();
      }
      const game = actor.getSnapshot().context.game;
      expect(game.ending).not.toBeNull();
      expect(hashState(game)).toBe(expected);
      // The machine and the pure rules agree, computer choices included.
      const people = choices.map((c) => Object.fromEntries(SIDES.filter((s) => isPersonSide(mode, s)).map((s) => [s, c[s]])));
      expect(hashState(playGame(scenario, seed, mode, people))).toBe(expected);
      expect(offeredOptions(scenario, game, 'us')).toEqual([]);
    }
  });
});
