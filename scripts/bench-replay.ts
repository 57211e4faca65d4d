/**
 * Replay-code figures for `npm run bench`: the median code length of a complete
 * Beijing game, and the time to encode and decode one code (median of batches).
 * Run alone with `npx tsx scripts/bench-replay.ts`.
 */
import { fileURLToPath } from 'node:url';
import { MODES, playGame, type SideId } from '../src/engine/index.ts';
import { lcg, loadBeijing, median } from './bench/support.ts';
import { decodeReplay, encodeReplay } from '../src/engine/replay/index.ts';

const GAMES = 1000;
const BATCHES = 7;

export async function benchReplay(): Promise<Record<string, number>> {
  const scenario = loadBeijing();
  const lookup = new Map([[scenario.id, scenario]]);
  const next = lcg(2023);
  const games = Array.from({ length: GAMES }, (_, i) => {
    const choices = scenario.rounds.map((round) => {
      const c: Partial<Record<SideId, string>> = {};
      c.us = round.options.us[next() % round.options.us.length]!.id;
      c.china = round.options.china[next() % round.options.china.length]!.id;
      return c;
    });
    return playGame(scenario, next(), MODES[i % MODES.length]!, choices);
  });

  const codes = games.map((g) => encodeReplay(scenario, g)); // also warms the fingerprint cache and the JIT
  for (const code of codes) decodeReplay(code, lookup);

  const encodeTimes: number[] = [];
  const decodeTimes: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    let t = performance.now();
    for (const g of games) encodeReplay(scenario, g);
    encodeTimes.push(((performance.now() - t) * 1000) / GAMES);
    t = performance.now();
    for (const code of codes) decodeReplay(code, lookup);
    decodeTimes.push(((performance.now() - t) * 1000) / GAMES);
  }
  await Promise.resolve();
  return {
    replayCodeMedianLength: median(codes.map((c) => c.length)),
    replayCodeMaxLength: Math.max(...codes.map((c) => c.length)),
    encodeMicroseconds: Number(median(encodeTimes).toFixed(2)),
    decodeMicroseconds: Number(median(decodeTimes).toFixed(2)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchReplay().then((figures) => console.log(figures), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
