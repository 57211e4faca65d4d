/** Saves per game: the list of games in progress, the old single save, two tabs, a full quota, finished games. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema, hashState, playGame, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay, inputsOfGame, replayStates } from '../../src/engine/replay/index.ts';
import { FINISHED_PREFIX, MAX_FINISHED, finishedKey, listFinished, listGames, recordFinished } from '../../src/persistence/games.ts';
import { MAX_GAMES, OLD_SAVE_KEY, badKey, isGameId, newGameId, saveGame, saveKey, setAside } from '../../src/persistence/saves.ts';
import { GameSlot } from '../../src/persistence/slot.ts';
import { MemoryStorage } from '../../scripts/lib/memory-storage.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../src/scenarios/beijing-2023.json', import.meta.url)), 'utf8')));
const lookup = new Map([[S.id, S]]);
const full = playGame(S, 99, 'us', S.rounds.map((r) => ({ us: r.options.us[0]!.id })));
const states = replayStates(S, inputsOfGame(full));
const china = replayStates(S, inputsOfGame(playGame(S, 7, 'china', S.rounds.map((r) => ({ china: r.options.china[1]!.id })))));

/** Storage whose setItem throws once `full` is set, as a browser over its quota does. */
class QuotaStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

describe('the list of games in progress', () => {
  it('keeps each game under its own key, newest first, with side, round and time', () => {
    const storage = new MemoryStorage();
    saveGame(storage, 'a1', states[2]!, S, 1000);
    saveGame(storage, 'b2', china[1]!, S, 2000);
    const { games, unreadable } = listGames(storage, lookup);
    expect(unreadable).toEqual([]);
    expect(games.map((g) => [g.id, g.mode, g.state.round, g.savedAt])).toEqual([['b2', 'china', 1, 2000], ['a1', 'us', 2, 1000]]);
    expect(hashState(games[1]!.state)).toBe(hashState(states[2]!));
  });

  it(`keeps at most ${MAX_GAMES}: a new one drops the oldest and hands back its code`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_GAMES; i++) expect(saveGame(storage, `g${i}`, states[1 + (i % 4)]!, S, 10_000 + i)).toMatchObject({ ok: true, dropped: [] });
    // Saving a game already in the list drops nothing.
    expect(saveGame(storage, 'g0', states[3]!, S, 50_000)).toMatchObject({ ok: true, dropped: [] });
    const result = saveGame(storage, 'new', china[2]!, S, 60_000);
    expect(result).toMatchObject({ ok: true, dropped: [{ id: 'g1', mode: 'us', savedAt: 10_001, code: encodeReplay(S, states[2]!) }] });
    const { games } = listGames(storage, lookup);
    expect(games).toHaveLength(MAX_GAMES);
    expect(games.map((g) => g.id)).not.toContain('g1');
    expect(games[0]!.id).toBe('new');
  });

  it('drops nothing when the new game cannot be stored (a full quota)', () => {
    const storage = new QuotaStorage();
    for (let i = 0; i < MAX_GAMES; i++) saveGame(storage, `g${i}`, states[1]!, S, i);
    storage.full = true;
    expect(saveGame(storage, 'new', states[2]!, S, 99)).toEqual({ ok: false, reason: 'not-stored' });
    expect(listGames(storage, lookup).games).toHaveLength(MAX_GAMES);
  });

  it('moves the old single save into a key of its own, so nobody\'s game is lost', () => {
    const storage = new MemoryStorage();
    const old = JSON.stringify({ format: 1, code: encodeReplay(S, states[3]!), mode: 'us', scenarioId: S.id, savedAt: 5 });
    storage.setItem(OLD_SAVE_KEY, old);
    const { games, unreadable } = listGames(storage, lookup);
    expect(unreadable).toEqual([]);
    expect(games).toHaveLength(1);
    expect(isGameId(games[0]!.id)).toBe(true);
    expect(hashState(games[0]!.state)).toBe(hashState(states[3]!));
    expect(storage.getItem(OLD_SAVE_KEY)).toBeNull();
    expect(listGames(storage, lookup).games.map((g) => g.id)).toEqual([games[0]!.id]);
  });

  it('keeps the old save where it is when the new key cannot be written', () => {
    const storage = new QuotaStorage();
    const old = JSON.stringify({ format: 1, code: encodeReplay(S, states[3]!), mode: 'us', scenarioId: S.id });
    storage.setItem(OLD_SAVE_KEY, old);
    storage.full = true;
    listGames(storage, lookup);
    expect(storage.getItem(OLD_SAVE_KEY)).toBe(old);
  });

  it('reports a tampered save of a finished game as unreadable, sets it aside, and it does not come back', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: 2, code: encodeReplay(S, full), mode: 'us', scenarioId: S.id, savedAt: 1 });
    storage.setItem(saveKey('done'), raw);
    const first = listGames(storage, lookup);
    expect(first.games).toEqual([]);
    expect(first.unreadable).toEqual([{ ok: false, id: 'done', key: saveKey('done'), problem: 'ended', movedAside: true }]);
    expect(storage.getItem(badKey(saveKey('done')))).toBe(raw);
    expect(listGames(storage, lookup)).toEqual({ games: [], unreadable: [] });
  });

  it('with a full quota, never deletes an unreadable save: it stays, and its text comes back to be copied', () => {
    const storage = new QuotaStorage();
    storage.setItem(saveKey('x'), '{"format":2,"code":');
    storage.full = true;
    const { unreadable } = listGames(storage, lookup);
    expect(unreadable).toEqual([{ ok: false, id: 'x', key: saveKey('x'), problem: 'unreadable', movedAside: false, text: '{"format":2,"code":' }]);
    expect(storage.getItem(saveKey('x'))).toBe('{"format":2,"code":');
    expect(storage.getItem(badKey(saveKey('x')))).toBeNull();
  });

  it('setAside removes nothing unless the copy reads back the same', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', 'text');
    const liar = Object.assign(new MemoryStorage(), { setItem: () => undefined });
    liar.data.set('k', 'text');
    expect(setAside(liar, 'k', 'text')).toBe(false);
    expect(liar.getItem('k')).toBe('text');
    expect(setAside(storage, 'k', 'text')).toBe(true);
    expect([storage.getItem('k'), storage.getItem('k:bad')]).toEqual([null, 'text']);
  });

  it('makes ids that differ and are valid keys', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newGameId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isGameId(id)).toBe(true);
  });
});

describe('two tabs', () => {
  it('playing two games at once keep both', () => {
    const storage = new MemoryStorage();
    const a = new GameSlot(storage);
    const b = new GameSlot(storage);
    expect(a.save(states[1]!, S, 1).ok).toBe(true);
    expect(b.save(china[1]!, S, 2).ok).toBe(true);
    expect(a.save(states[2]!, S, 3).ok).toBe(true);
    const { games } = listGames(storage, lookup);
    expect(games.map((g) => [g.mode, g.state.round])).toEqual([['us', 2], ['china', 1]]);
    // Finishing one leaves the other in progress.
    expect(b.finish(china.at(-1)!, S, 4)).toEqual({ ok: true, code: encodeReplay(S, china.at(-1)!) });
    expect(listGames(storage, lookup).games.map((g) => g.mode)).toEqual(['us']);
  });

  it('resuming the same game in both: the second writer goes on under a new id', () => {
    const storage = new MemoryStorage();
    saveGame(storage, 'same', states[1]!, S, 1);
    const [saved] = listGames(storage, lookup).games;
    const a = new GameSlot(storage, { id: saved!.id, raw: saved!.raw });
    const b = new GameSlot(storage, { id: saved!.id, raw: saved!.raw });
    a.save(states[2]!, S, 2);
    b.save(states[3]!, S, 3);
    expect(b.forked).toBe(true);
    expect(b.id).not.toBe('same');
    const rounds = listGames(storage, lookup).games.map((g) => [g.id === 'same', g.state.round]);
    expect(rounds).toEqual([[false, 3], [true, 2]]);
  });

  it('the storage event tells a tab at once that another wrote its game', () => {
    const storage = new MemoryStorage();
    const a = new GameSlot(storage);
    a.save(states[1]!, S, 1);
    const first = a.id;
    a.onStorage(saveKey(first), storage.getItem(saveKey(first)));
    expect(a.id).toBe(first); // its own write, echoed: nothing to do
    a.onStorage(saveKey(first), 'another tab');
    expect(a.id).not.toBe(first);
  });
});

describe('finished games', () => {
  it('keep their replay code in the list of finished games, and the save in progress is removed', () => {
    const storage = new MemoryStorage();
    const slot = new GameSlot(storage);
    slot.save(states[5]!, S, 1);
    expect(slot.finish(full, S, 2)).toEqual({ ok: true, code: encodeReplay(S, full) });
    expect(listGames(storage, lookup).games).toEqual([]);
    expect(listFinished(storage, lookup)).toEqual([{ id: slot.id, format: 2, code: encodeReplay(S, full), mode: 'us', scenarioId: S.id, ending: full.ending, savedAt: 2 }]);
  });

  it('with a full quota, the last save in progress is kept rather than nothing', () => {
    const storage = new QuotaStorage();
    const slot = new GameSlot(storage);
    slot.save(states[5]!, S, 1);
    storage.full = true;
    expect(slot.finish(full, S, 2)).toEqual({ ok: false, code: encodeReplay(S, full) });
    expect(listGames(storage, lookup).games).toHaveLength(1);
  });

  it(`remembers at most ${MAX_FINISHED}, forgetting the oldest; a damaged record is skipped`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_FINISHED + 3; i++) recordFinished(storage, `f${i}`, full, S, 100 + i);
    storage.setItem(finishedKey('bad'), '{"format":2}');
    const list = listFinished(storage, lookup);
    expect(list).toHaveLength(MAX_FINISHED);
    expect(list.at(-1)!.id).toBe('f3');
    expect(storage.data.size).toBe(MAX_FINISHED + 1);
    expect([...storage.data.keys()].every((k) => k.startsWith(FINISHED_PREFIX))).toBe(true);
  });
});
