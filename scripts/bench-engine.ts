/**
 * Engine speed, for `npm run bench`: complete games per second through the
 * pure rules and through the xstate machine, and the size of a finished
 * game's persisted snapshot. Runs on the Beijing scenario. Run alone with `npx tsx scripts/bench-engine.ts`.
 */
import { fileURLToPath } from 'node:url';
import { createActor } from 'xstate';
import { createGameMachine, playComputerGame, type GameInput } from '../src/engine/index.ts';
import { loadBeijing } from './bench/support.ts';

/**
 * Calls per second of `work`: warmed up for `warmMs` (so the JIT has compiled the
 * hot paths), then timed over `windows` windows of at least `ms` each; the best
 * window is reported, since the machine is shared and other jobs can only slow a
 * window down, never speed it up.
 */
function perSecond(work: (i: number) => void, ms = 700, windows = 3, warmMs = 500): number {
  let n = 0;
  const warm = performance.now();
  while (performance.now() - warm < warmMs) {
    for (let k = 0; k < 50; k++) work(n++);
  }
  let best = 0;
  for (let w = 0; w < windows; w++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let k = 0; k < 50; k++) work(n + done++);
    }
    n += done;
    best = Math.max(best, done / ((performance.now() - start) / 1000));
  }
  return Math.round(best);
}

export async function benchEngine(): Promise<Record<string, number>> {
  const scenario = loadBeijing();
  const machine = createGameMachine(scenario);
  // The computer plays China; the person's choices are the first option each round.
  const script: GameInput[] = [{ type: 'START' }];
  for (const r of scenario.rounds) script.push({ type: 'CHOOSE', side: 'us', option: r.options.us[0]!.id }, { type: 'NEXT' });

  const pureGamesPerSecond = perSecond((i) => playComputerGame(scenario, i, { us: 'random', china: 'random' }));
  let finished = '';
  const machineGamesPerSecond = perSecond((i) => {
    const actor = createActor(machine, { input: { seed: i, mode: 'us' } }).start();
    for (const e of script) actor.send(e);
    if (i === 0) finished = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
  });
  return Promise.resolve({
    pureGamesPerSecond,
    machineGamesPerSecond,
    finishedSnapshotBytes: Buffer.byteLength(finished, 'utf8'),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void benchEngine().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
