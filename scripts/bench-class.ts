/**
 * Class-results figure for `npm run bench`: the time to parse, decode, replay
 * and aggregate 500 pasted codes (issue 6 asks for under a second), median of 5.
 * Run alone with `npx tsx scripts/bench-class.ts`.
 */
import { fileURLToPath } from 'node:url';
import { MODES, playGame, type Scenario, type SideId } from '../src/engine/index.ts';
import { lcg, loadBeijing, median } from './bench/support.ts';
import { encodeReplay, replayLink } from '../src/engine/replay/index.ts';
import { aggregate, loadClassGames, parseClassInput } from '../src/engine/class/index.ts';

const CODES = 500;
const RUNS = 5;

/** 500 lines as a teacher would paste them: named, half as links, all three modes. */
function classText(scenario: Scenario): string {
  const next = lcg(500);
  const lines: string[] = [];
  for (let i = 0; i < CODES; i++) {
    const choices = scenario.rounds.map((round) => {
      const c: Partial<Record<SideId, string>> = {};
      c.us = round.options.us[next() % round.options.us.length]!.id;
      c.china = round.options.china[next() % round.options.china.length]!.id;
      return c;
    });
    const code = encodeReplay(scenario, playGame(scenario, next(), MODES[i % MODES.length]!, choices));
    lines.push(`Student ${i + 1}: ${i % 2 ? replayLink('https://linkage.example/', code) : code}`);
  }
  return lines.join('\n');
}

export async function benchClass(): Promise<Record<string, number>> {
  const scenario = loadBeijing();
  const lookup = new Map([[scenario.id, scenario]]);
  const text = classText(scenario);

  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    const input = parseClassInput(text);
    const { games } = loadClassGames(input.entries, lookup);
    const summary = aggregate(scenario, games);
    times.push(performance.now() - t);
    if (summary.games !== CODES) throw new Error(`benchClass: expected ${CODES} games, got ${summary.games}`);
  }
  await Promise.resolve();
  return { classAggregate500Ms: Number(median(times).toFixed(1)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchClass().then((figures) => console.log(figures), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
