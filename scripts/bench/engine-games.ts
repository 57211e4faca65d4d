/**
 * The two kinds of game the engine bench times, the same in Node and in
 * Chromium: a whole game through the pure rules, and a whole game through the
 * xstate machine as the app drives it (the person plays the US and takes the
 * first option each round; the computer plays China).
 */
import { createActor } from 'xstate';
import { createGameMachine, playComputerGame, type GameInput, type Scenario } from '../../src/engine/index.ts';
import { perSecond } from './per-second.ts';

export interface EngineSpeed {
  pureGamesPerSecond: number;
  machineGamesPerSecond: number;
  /** The persisted snapshot of the machine's first finished game, as JSON. */
  finishedSnapshot: string;
}

export function measureEngineSpeed(scenario: Scenario): EngineSpeed {
  const machine = createGameMachine(scenario);
  const script: GameInput[] = [{ type: 'START' }];
  for (const r of scenario.rounds) script.push({ type: 'CHOOSE', side: 'us', option: r.options.us[0]!.id }, { type: 'NEXT' });

  const pureGamesPerSecond = perSecond((i) => playComputerGame(scenario, i, { us: 'random', china: 'random' }));
  let finishedSnapshot = '';
  const machineGamesPerSecond = perSecond((i) => {
    const actor = createActor(machine, { input: { seed: i, mode: 'us' } }).start();
    for (const e of script) actor.send(e);
    if (i === 0) finishedSnapshot = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
  });
  return { pureGamesPerSecond, machineGamesPerSecond, finishedSnapshot };
}
