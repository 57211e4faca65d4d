/**
 * `npm run simulate -- --scenario beijing-2023 --runs N --seed S [--us POLICY] [--china POLICY] [--json]`
 * Plays N computer-vs-computer games and reports how they went. Same seed,
 * same output, apart from games per second.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseScenarioText, playComputerGame, isPolicyName, POLICY_NAMES, type PolicyName, type Scenario,
} from '../src/engine/index.ts';

export interface SimulateOptions {
  scenario: string;
  runs: number;
  seed: number;
  us: PolicyName;
  china: PolicyName;
  json: boolean;
}

const USAGE = 'usage: npm run simulate -- --scenario ID --runs N --seed S [--us POLICY] [--china POLICY] [--json]';

export function parseArgs(argv: string[]): SimulateOptions {
  const opts: SimulateOptions = { scenario: 'beijing-2023', runs: 1000, seed: 1, us: 'scenario', china: 'scenario', json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      opts.json = true;
      continue;
    }
    if (!['--scenario', '--runs', '--seed', '--us', '--china'].includes(flag)) throw new Error(`unknown flag "${flag}"\n${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    i++;
    switch (flag) {
      case '--scenario':
        if (!/^[a-z][a-z0-9-]{0,39}$/.test(value)) throw new Error(`--scenario must be a scenario id like beijing-2023, not "${value}"`);
        opts.scenario = value;
        break;
      case '--runs':
      case '--seed': {
        const n = Number(value);
        const ok = Number.isInteger(n) && (flag === '--runs' ? n >= 1 && n <= 10_000_000 : n >= 0 && n <= 0xffffffff);
        if (!ok) throw new Error(`${flag} must be a whole number${flag === '--runs' ? ' from 1' : ' from 0 to 4294967295'}, not "${value}"`);
        if (flag === '--runs') opts.runs = n;
        else opts.seed = n;
        break;
      }
      case '--us':
      case '--china':
        if (!isPolicyName(value)) throw new Error(`${flag}: unknown policy "${value}"; choose one of ${POLICY_NAMES.join(', ')}`);
        opts[flag === '--us' ? 'us' : 'china'] = value;
        break;
    }
  }
  return opts;
}

export function loadScenario(id: string): Scenario {
  const file = fileURLToPath(new URL(`../src/scenarios/${id}.json`, import.meta.url));
  if (!existsSync(file)) throw new Error(`no scenario "${id}" (looked for src/scenarios/${id}.json)`);
  return parseScenarioText(readFileSync(file, 'utf8'));
}

/** Seeds for each run, derived from the base seed with a multiplicative hash so runs do not overlap. */
export function runSeed(seed: number, run: number): number {
  return (Math.imul(run + 1, 0x9e3779b1) ^ seed) >>> 0;
}

export interface Summary {
  runs: number;
  seed: number;
  policies: { us: PolicyName; china: PolicyName };
  endings: Record<string, number>;
  gamesPerSecond: number;
  /** Mean of each measure after each round, to one decimal. */
  meanMeasures: Array<Record<string, number>>;
  /** Share of games in which each option was chosen, per round and side, to three decimals. */
  optionShares: Array<{ round: string; us: Record<string, number>; china: Record<string, number> }>;
}

export function simulate(scenario: Scenario, opts: SimulateOptions): Summary {
  const endings: Record<string, number> = Object.fromEntries(scenario.endings.map((e) => [e.id, 0]));
  const sums = scenario.rounds.map(() => Object.fromEntries(scenario.measures.map((m) => [m.id, 0])));
  const counts = scenario.rounds.map((r) => ({
    us: Object.fromEntries(r.options.us.map((o) => [o.id, 0])),
    china: Object.fromEntries(r.options.china.map((o) => [o.id, 0])),
  }));
  const started = performance.now();
  for (let run = 0; run < opts.runs; run++) {
    const game = playComputerGame(scenario, runSeed(opts.seed, run), { us: opts.us, china: opts.china });
    endings[game.ending!] = (endings[game.ending!] ?? 0) + 1;
    game.log.forEach((rec, r) => {
      for (const id of Object.keys(rec.measures)) sums[r]![id]! += rec.measures[id]!;
      counts[r]!.us[rec.choices.us]! += 1;
      counts[r]!.china[rec.choices.china]! += 1;
    });
  }
  const seconds = Math.max((performance.now() - started) / 1000, 1e-9);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const share = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([id, n]) => [id, Math.round((n / opts.runs) * 1000) / 1000]));
  return {
    runs: opts.runs,
    seed: opts.seed,
    policies: { us: opts.us, china: opts.china },
    endings,
    gamesPerSecond: Math.round(opts.runs / seconds),
    meanMeasures: sums.map((sum) => Object.fromEntries(Object.entries(sum).map(([id, n]) => [id, round1(n / opts.runs)]))),
    optionShares: counts.map((c, i) => ({ round: scenario.rounds[i]!.id, us: share(c.us), china: share(c.china) })),
  };
}

function printText(scenario: Scenario, s: Summary): void {
  const pct = (n: number) => `${((n / s.runs) * 100).toFixed(1)}%`;
  console.log(`${scenario.title}: ${s.runs} games, seed ${s.seed}, US plays "${s.policies.us}", China plays "${s.policies.china}"`);
  console.log('\nEndings');
  for (const e of scenario.endings) console.log(`  ${e.title.padEnd(40)} ${String(s.endings[e.id]).padStart(8)}  ${pct(s.endings[e.id]!)}`);
  console.log('\nMean measures after each round');
  console.log(`  ${'round'.padEnd(16)}${scenario.measures.map((m) => m.id.padStart(12)).join('')}`);
  s.meanMeasures.forEach((m, i) => console.log(`  ${scenario.rounds[i]!.id.padEnd(16)}${scenario.measures.map((x) => String(m[x.id]).padStart(12)).join('')}`));
  console.log('\nShare of each option chosen');
  for (const r of s.optionShares) {
    for (const side of ['us', 'china'] as const) {
      console.log(`  ${r.round.padEnd(16)} ${side.padEnd(6)} ${Object.entries(r[side]).map(([id, v]) => `${id} ${(v * 100).toFixed(1)}%`).join(', ')}`);
    }
  }
  console.log(`\n${s.gamesPerSecond} games per second`);
}

function main(): void {
  let opts: SimulateOptions;
  let scenario: Scenario;
  try {
    opts = parseArgs(process.argv.slice(2));
    scenario = loadScenario(opts.scenario);
  } catch (e) {
    console.error(`simulate: ${(e as Error).message}`);
    process.exit(2);
  }
  const summary = simulate(scenario, opts);
  if (opts.json) console.log(JSON.stringify(summary));
  else printText(scenario, summary);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
