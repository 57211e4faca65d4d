/**
 * `npm run balance -- --scenario ID [--seeds N] [--games N] [--json]`
 * Walks every fixed strategy of each side against the computer (default
 * settings) over N seeds, plays the historical paths and two computers, and
 * prints the balance figures with each target and whether it holds.
 * Exits 1 when a target fails, so it can gate a scenario change.
 */
import { fileURLToPath } from 'node:url';
import { balanceFigures, SIDES, type BalanceFigures } from '../src/engine/index.ts';
import { loadScenario } from './simulate.ts';

const USAGE = 'usage: npm run balance -- --scenario ID [--seeds N] [--games N] [--json]';

export interface BalanceArgs {
  scenario: string;
  seeds: number;
  games: number;
  json: boolean;
}

export function parseArgs(argv: string[]): BalanceArgs {
  const opts: BalanceArgs = { scenario: 'beijing-2023', seeds: 24, games: 2000, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      opts.json = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--scenario') {
      if (!/^[a-z][a-z0-9-]{0,39}$/.test(value)) throw new Error(`--scenario must be a scenario id like beijing-2023, not "${value}"`);
      opts.scenario = value;
    } else if (flag === '--seeds' || flag === '--games') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`${flag} must be a whole number from 1 to 100000, not "${value}"`);
      opts[flag === '--seeds' ? 'seeds' : 'games'] = n;
    } else throw new Error(`unknown flag "${flag}"\n${USAGE}`);
  }
  return opts;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printText(f: BalanceFigures, seconds: number): void {
  console.log(`Balance of ${f.scenario}: every fixed strategy against the computer, ${f.seeds} seeds each`);
  for (const side of SIDES) {
    const s = f.sides[side];
    console.log(`\nPlaying as ${side} (${s.strategies} strategies)`);
    console.log(`  top tenth (${s.topOption.top} strategies): most chosen option ${s.topOption.option} in ${s.topOption.round}, ${pct(s.topOption.share)}`);
    console.log(`  mean share of endings good for ${side}: ${s.goodShare.toFixed(3)}`);
    console.log(`  endings: ${Object.entries(s.endings).map(([id, x]) => `${id} ${pct(x)}`).join(', ')}`);
    console.log(`  best strategy linking nothing: ${pct(s.bestNoLink)} good; linking in 3+ rounds: ${pct(s.bestLinkThree)} good`);
    console.log(`  computer's most common option: ${s.computerTop.option} in ${s.computerTop.round}, ${pct(s.computerTop.share)}`);
    console.log(`  computer reacts to linking: mean TV distance ${s.reactTv.toFixed(3)}`);
    console.log(`  changing only the last choice changes the ending: ${pct(s.lastChoiceMatters)}`);
    console.log(`  historical ${side} choices vs the computer reach the historical ending: ${pct(s.historyVsComputer)}`);
  }
  console.log(`\nBoth historical paths reach the historical ending: ${pct(f.historyBoth)}`);
  console.log(`Two computers: ${Object.entries(f.computers).map(([id, x]) => `${id} ${pct(x)}`).join(', ')}`);
  console.log('\nTargets');
  for (const t of f.targets) console.log(`  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name}: ${t.value}`);
  console.log(`\n${seconds.toFixed(1)} s`);
}

function main(): void {
  let opts: BalanceArgs;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`balance: ${(e as Error).message}`);
    process.exit(2);
  }
  const scenario = loadScenario(opts.scenario);
  const started = performance.now();
  const figures = balanceFigures(scenario, { seeds: opts.seeds, games: opts.games });
  const seconds = (performance.now() - started) / 1000;
  if (opts.json) console.log(JSON.stringify({ ...figures, seconds }));
  else printText(figures, seconds);
  process.exit(figures.targets.every((t) => t.ok) ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
