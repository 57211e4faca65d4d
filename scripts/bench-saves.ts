/**
 * Save figures for `npm run bench`: with 20 games in progress (the most kept),
 * the time to save one game (its key's check, the cap's count and the write),
 * and to restore the list the title shows (read, validate, decode and replay
 * every game). In Node with storage in memory, so this is the code's own cost;
 * the browser test tests/e2e/saves.e2e.ts reports the same with localStorage.
 * Run alone with `npx tsx scripts/bench-saves.ts`.
 */
import { fileURLToPath } from 'node:url';
import { MODES, playGame, type SideId } from '../src/engine/index.ts';
import { inputsOfGame, replayGame, truncateInputs } from '../src/engine/replay/index.ts';
import { listGames } from '../src/persistence/games.ts';
import { MAX_GAMES, saveGame } from '../src/persistence/saves.ts';
import { GameSlot } from '../src/persistence/slot.ts';
import { MemoryStorage } from './lib/memory-storage.ts';
import { lcg, loadBeijing, median } from './bench/support.ts';

const RUNS = 201;


export async function benchSaves(): Promise<Record<string, number>> {
  const scenario = loadBeijing();
  const lookup = new Map([[scenario.id, scenario]]);
  const next = lcg(14);
  // Games stopped at rounds 0 to 5 of 6: all in progress.
  const games = Array.from({ length: MAX_GAMES }, (_, i) => {
    const choices = scenario.rounds.map((round) => {
      const c: Partial<Record<SideId, string>> = {};
      c.us = round.options.us[next() % round.options.us.length]!.id;
      c.china = round.options.china[next() % round.options.china.length]!.id;
      return c;
    });
    const full = playGame(scenario, next(), MODES[i % MODES.length]!, choices);
    return replayGame(scenario, truncateInputs(inputsOfGame(full), i % scenario.rounds.length));
  });
  const storage = new MemoryStorage();
  games.forEach((g, i) => saveGame(storage, `bench${i}`, g, scenario, 1_000 + i));

  const restore: number[] = [];
  const saveExisting: number[] = [];
  const saveNew: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    const list = listGames(storage, lookup);
    restore.push(performance.now() - t);
    if (list.games.length !== MAX_GAMES) throw new Error(`expected ${MAX_GAMES} games, got ${list.games.length}`);
    const saved = list.games[r % MAX_GAMES]!;
    const slot = new GameSlot(storage, { id: saved.id, raw: saved.raw });
    t = performance.now();
    slot.save(saved.state, scenario, 2_000 + r);
    saveExisting.push(performance.now() - t);
    // A new game's first save counts the list (and drops the oldest); put the dropped one back after.
    t = performance.now();
    const result = new GameSlot(storage).save(games[0]!, scenario, 3_000 + r);
    saveNew.push(performance.now() - t);
    if (!result.ok || result.dropped.length !== 1) throw new Error('expected one game dropped');
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key !== null && !key.startsWith('linkage.game.v2.bench')) storage.removeItem(key);
    }
    const dropped = result.dropped[0]!;
    saveGame(storage, dropped.id, games[Number(dropped.id.slice(5))]!, scenario, dropped.savedAt ?? 0);
  }
  await Promise.resolve();
  const ms = (values: number[]) => Number(median(values).toFixed(3));
  return {
    savesRestore20GamesMs: ms(restore),
    savesSaveOneOf20Ms: ms(saveExisting),
    savesSaveNewGameWith20Ms: ms(saveNew),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchSaves().then((figures) => console.log(figures), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
