/**
 * Round trip over 10,000 generated games: random seeds, modes, lengths
 * (finished and unfinished) and people's choices. The games are played by the
 * engine's own step functions, independently of src/engine/replay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MODES, SIDES, Scenario as ScenarioSchema, TEMPERAMENTS, UNPREDICTABILITY, canonicalJson, chooseForComputer, choose, hashState, isPersonSide,
  newGame, playGame, resolveRound, type GameState, type Mode, type Scenario, type Settings, type SideId,
} from '../../src/engine/index.ts';
import { decodeReplay, encodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);
const GAMES = 10_000;

/** Plays `rounds` rounds with the people's picks (indexes, wrapped to the options offered). */
function play(seed: number, mode: Mode, rounds: number, picks: number[], settings: Settings): { game: GameState; choices: Array<Partial<Record<SideId, string>>> } {
  const choices: Array<Partial<Record<SideId, string>>> = [];
  let game = newGame(S, seed, mode, settings);
  for (let r = 0; r < rounds; r++) {
    for (const side of SIDES) if (!isPersonSide(mode, side)) game = chooseForComputer(S, game, side);
    const round: Partial<Record<SideId, string>> = {};
    SIDES.forEach((side, i) => {
      if (!isPersonSide(mode, side)) return;
      const options = S.rounds[r]!.options[side];
      round[side] = options[picks[r * 2 + i]! % options.length]!.id;
      game = choose(S, game, side, round[side]);
    });
    game = resolveRound(S, game);
    choices.push(round);
  }
  return { game, choices };
}

describe(`replay round trip (${S.id})`, () => {
  it(`${GAMES} generated games: same inputs back, same final-state hash on replay`, () => {
    const endings = new Set<string | null>();
    let longest = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constantFrom(...MODES),
        // Three in four games are complete; the rest stop at a random round.
        fc.oneof({ weight: 3, arbitrary: fc.constant(S.rounds.length) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: S.rounds.length }) }),
        fc.array(fc.nat(), { minLength: S.rounds.length * 2, maxLength: S.rounds.length * 2 }),
        // The teacher's settings travel in the code too.
        fc.record({ temperament: fc.constantFrom(...TEMPERAMENTS), unpredictability: fc.constantFrom(...UNPREDICTABILITY) }),
        (seed, mode, rounds, picks, settings) => {
          const { game, choices } = play(seed, mode, rounds, picks, settings);
          const code = encodeReplay(S, game);
          longest = Math.max(longest, code.length);
          const inputs = decodeReplay(code, lookup);
          // Plain checks, not expect(): 10,000 runs, and expect() is slow next to a replay.
          const want = canonicalJson({ scenarioId: S.id, version: S.version, seed, mode, settings, rounds, choices });
          if (canonicalJson(inputs) !== want) throw new Error(`decoded ${canonicalJson(inputs)}, wanted ${want}`);
          const replayed = replayGame(S, inputs);
          if (hashState(replayed) !== hashState(game)) throw new Error(`replay of ${code} reached another state`);
          if (rounds === S.rounds.length) {
            endings.add(game.ending);
            // A complete code replays exactly as the engine's own playGame does (sampled: it is the slow part).
            if (seed % 16 === 0) expect(hashState(playGame(S, seed, mode, choices, {}, settings))).toBe(hashState(game));
          }
        },
      ),
      { numRuns: GAMES, seed: 20230716 },
    );
    expect(longest).toBeLessThanOrEqual(120);
    expect(endings.size).toBeGreaterThan(1); // the generator reaches more than one ending
  });
});
