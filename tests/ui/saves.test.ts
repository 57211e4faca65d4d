/** Save and resume: the game in progress as its replay code, and every way storage can fail. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema, choose, chooseForComputer, hashState, newGame, playGame, type Scenario } from '../../src/engine/index.ts';
import { decodeReplay, encodeReplay, replayGame, replayStates, inputsOfGame } from '../../src/engine/replay/index.ts';
import { listFinished, recordFinished } from '../../src/persistence/games.ts';
import { MAX_SAVE_CHARS, badKey, clearSave, loadSave, saveGame, saveKey, withSavedChoices } from '../../src/persistence/saves.ts';

const ID = 'g1';
const SAVE_KEY = saveKey(ID);
const BAD_SAVE_KEY = badKey(SAVE_KEY);
import { safeStorage } from '../../src/persistence/storage.ts';
import { MemoryStorage } from '../../scripts/lib/memory-storage.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../src/scenarios/beijing-2023.json', import.meta.url)), 'utf8')));
const lookup = new Map([[S.id, S]]);

/** Storage that throws on the named calls, as private windows and full disks do. */
function throwing(calls: Array<'getItem' | 'setItem' | 'removeItem'>): MemoryStorage {
  const s = new MemoryStorage();
  for (const call of calls) {
    s[call] = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
  return s;
}

const full = playGame(S, 4242, 'china', S.rounds.map((r) => ({ china: r.options.china[1]!.id })));
const states = replayStates(S, inputsOfGame(full));

describe('saves', () => {
  it('keep the learning check\'s answers in the code: a resumed game and a finished one still carry them', () => {
    const storage = new MemoryStorage();
    const check = { set: 1, pre: ['right', 'wrong', 'skipped', 'right', 'wrong'] as const };
    expect(saveGame(storage, ID, states[2]!, S, 1_700_000_000_000, { ...check, pre: [...check.pre] }).ok).toBe(true);
    const loaded = loadSave(storage, ID, lookup);
    expect(loaded?.ok && loaded.inputs.check).toEqual(check);
    expect(loaded?.ok && hashState(loaded.state)).toBe(hashState(states[2]));
    const finished = recordFinished(storage, ID, full, S, 1_700_000_000_001, { ...check, pre: [...check.pre], post: ['right', 'right', 'right', 'right', 'wrong'] });
    expect(finished.ok).toBe(true);
    const [listed] = listFinished(storage, lookup);
    expect(decodeReplay(listed!.code, lookup).check?.post).toEqual(['right', 'right', 'right', 'right', 'wrong']);
    // Without answers, the saved code is the plain one, as before.
    saveGame(storage, 'g2', states[2]!, S, 1);
    expect(loadSave(storage, 'g2', lookup)?.ok && (loadSave(storage, 'g2', lookup) as { code: string }).code).toBe(encodeReplay(S, states[2]!));
  });

  it('saves after every round and resumes at the same round with the same state', () => {
    const storage = new MemoryStorage();
    for (const state of states.slice(0, -1)) {
      expect(saveGame(storage, ID, state, S, 1_700_000_000_000).ok).toBe(true);
      const loaded = loadSave(storage, ID, lookup);
      if (!loaded?.ok) throw new Error('expected a readable save');
      expect(loaded.inputs.rounds).toBe(state.log.length);
      expect(loaded.savedAt).toBe(1_700_000_000_000);
      expect(hashState(replayGame(S, loaded.inputs))).toBe(hashState(state));
      expect(hashState(loaded.state)).toBe(hashState(state));
      expect(loaded.raw).toBe(storage.getItem(SAVE_KEY));
    }
    const record = JSON.parse(storage.getItem(SAVE_KEY)!) as Record<string, unknown>;
    expect(record).toEqual({ format: 2, code: encodeReplay(S, states.at(-2)!), mode: 'china', scenarioId: S.id, savedAt: 1_700_000_000_000 });
  });

  it('returns null with no save, and clearSave removes it', () => {
    const storage = new MemoryStorage();
    expect(loadSave(storage, ID, lookup)).toBeNull();
    saveGame(storage, ID, newGame(S, 1, 'us'), S);
    expect(loadSave(storage, ID, lookup)?.ok).toBe(true);
    clearSave(storage, ID);
    expect(loadSave(storage, ID, lookup)).toBeNull();
  });

  it('works through the app\'s SafeStorage too', () => {
    const raw = new MemoryStorage();
    const safe = safeStorage(raw as unknown as Storage);
    expect(saveGame(safe, ID, states[3]!, S).ok).toBe(true);
    expect(loadSave(safe, ID, lookup)?.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format":2,', 'unreadable'],
    ['the wrong shape', '{"format":2,"code":42}', 'unreadable'],
    ['the old format in a new key', JSON.stringify({ format: 1, code: encodeReplay(S, states[2]!), mode: 'china', scenarioId: S.id }), 'unreadable'],
    ['an extra field', JSON.stringify({ format: 2, code: 'x', mode: 'us', scenarioId: S.id, extra: 1 }), 'unreadable'],
    ['a damaged code', JSON.stringify({ format: 2, code: 'AR0sEQgkg0aRxpx0AAWQb_yjerb7vDKqgLkd1xx', mode: 'us', scenarioId: S.id }), 'code'],
    ['a mode that disagrees with its code', JSON.stringify({ format: 2, code: encodeReplay(S, states[2]!), mode: 'two', scenarioId: S.id }), 'unreadable'],
    ['a finished game (it would resume at round 7 of 6)', JSON.stringify({ format: 2, code: encodeReplay(S, full), mode: 'china', scenarioId: S.id }), 'ended'],
    ['a null', 'null', 'unreadable'],
    ['a __proto__ payload', '{"__proto__":{"polluted":true},"format":2}', 'unreadable'],
  ])('sets aside a save with %s, reports it, and keeps it', (_what, raw, problem) => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const loaded = loadSave(storage, ID, lookup);
    expect(loaded).toMatchObject({ ok: false, id: ID, key: SAVE_KEY, problem, movedAside: true });
    expect(loaded).not.toHaveProperty('text');
    expect(storage.getItem(BAD_SAVE_KEY)).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(loadSave(storage, ID, lookup)).toBeNull(); // a new game can start
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says so when a save is from a newer format or another scenario version', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, JSON.stringify({ format: 3, anything: true }));
    expect(loadSave(storage, ID, lookup)).toMatchObject({ ok: false, problem: 'newer', movedAside: true });
    saveGame(storage, ID, states[4]!, S);
    const bumped = new Map([[S.id, { ...S, version: S.version + 1 }]]);
    expect(loadSave(storage, ID, bumped)).toMatchObject({ ok: false, problem: 'code', detail: expect.stringContaining('version') as unknown });
    expect(storage.getItem(BAD_SAVE_KEY)).toContain(encodeReplay(S, states[4]!));
  });

  it(`refuses a save over ${MAX_SAVE_CHARS} characters before parsing it`, () => {
    const storage = new MemoryStorage();
    const huge = `{"format":2,"pad":"${'x'.repeat(MAX_SAVE_CHARS)}"}`;
    storage.setItem(SAVE_KEY, huge);
    const parse = JSON.parse;
    let parsed = false;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed = true;
      return parse(...args) as unknown;
    }) as typeof JSON.parse;
    try {
      expect(loadSave(storage, ID, lookup)?.ok).toBe(false);
    } finally {
      JSON.parse = parse;
    }
    expect(parsed).toBe(false);
  });

  it('never throws when storage does: private windows, a full disk, no storage at all', () => {
    for (const calls of [['getItem'], ['setItem'], ['removeItem'], ['getItem', 'setItem', 'removeItem']] as Array<Array<'getItem' | 'setItem' | 'removeItem'>>) {
      const storage = throwing(calls);
      storage.data.set(SAVE_KEY, 'garbage');
      expect(() => saveGame(storage, ID, states[1]!, S)).not.toThrow();
      expect(() => loadSave(storage, ID, lookup)).not.toThrow();
      expect(() => clearSave(storage, ID)).not.toThrow();
    }
    expect(saveGame(throwing(['setItem']), ID, states[1]!, S)).toEqual({ ok: false, reason: 'not-stored' });
    expect(loadSave(throwing(['getItem']), ID, lookup)).toBeNull();
    expect(saveGame(null, ID, states[1]!, S)).toEqual({ ok: false, reason: 'not-stored' });
    expect(loadSave(null, ID, lookup)).toBeNull();
    expect(() => clearSave(undefined, ID)).not.toThrow();
  });

  describe('a choice made in the round being played', () => {
    // Two players, two rounds played; in round 3 the US has chosen and China not yet.
    const choices = S.rounds.slice(0, 2).map((r) => ({ us: r.options.us[0]!.id, china: r.options.china[1]!.id }));
    const two = replayGame(S, { scenarioId: S.id, version: S.version, seed: 77, mode: 'two', rounds: 2, choices });
    const usChoice = S.rounds[2]!.options.us[1]!.id;
    const halfway = choose(S, two, 'us', usChoice);

    it('is saved and comes back on resume, so a reload between two players keeps it', () => {
      expect(halfway.pending).toEqual({ us: usChoice });
      const storage = new MemoryStorage();
      expect(saveGame(storage, ID, halfway, S).ok).toBe(true);
      expect((JSON.parse(storage.getItem(SAVE_KEY)!) as { pending?: unknown }).pending).toEqual({ us: usChoice });
      const loaded = loadSave(storage, ID, lookup);
      if (!loaded?.ok) throw new Error('expected a readable save');
      expect(loaded.pending).toEqual({ us: usChoice });
      const resumed = withSavedChoices(S, replayGame(S, loaded.inputs), loaded.pending);
      expect(hashState(resumed)).toBe(hashState(halfway));
    });

    it('is not saved for a computer side (its hidden choice is drawn again on resume)', () => {
      const asUs = chooseForComputer(S, newGame(S, 5, 'us'), 'china');
      expect(asUs.pending.china).toBeDefined();
      const storage = new MemoryStorage();
      saveGame(storage, ID, asUs, S);
      expect(JSON.parse(storage.getItem(SAVE_KEY)!)).not.toHaveProperty('pending');
      const loaded = loadSave(storage, ID, lookup);
      expect(loaded?.ok && loaded.pending).toEqual({});
    });

    it('is dropped when the round does not offer it, or when it would complete the round', () => {
      expect(withSavedChoices(S, two, { us: 'no-such-option' })).toBe(two);
      expect(withSavedChoices(S, two, { china: usChoice })).toBe(two); // a US option is not China's
      expect(withSavedChoices(S, two, { us: usChoice, china: S.rounds[2]!.options.china[0]!.id })).toBe(two);
      const asUs = newGame(S, 5, 'us');
      expect(withSavedChoices(S, asUs, { china: S.rounds[0]!.options.china[0]!.id })).toBe(asUs); // China is the computer's
    });

    it('makes the save unreadable when it is not an option id (set aside, a new game can start)', () => {
      for (const pending of [{ us: 7 }, { us: 'x'.repeat(65) }, { us: '' }, { taiwan: 'a' }, []]) {
        const storage = new MemoryStorage();
        saveGame(storage, ID, halfway, S);
        const record = JSON.parse(storage.getItem(SAVE_KEY)!) as Record<string, unknown>;
        storage.setItem(SAVE_KEY, JSON.stringify({ ...record, pending }));
        expect(loadSave(storage, ID, lookup)).toMatchObject({ ok: false, problem: 'unreadable' });
        expect(storage.getItem(SAVE_KEY)).toBeNull();
      }
    });
  });

  it('does not save a game of another scenario version', () => {
    const storage = new MemoryStorage();
    expect(saveGame(storage, ID, states[2]!, { ...S, version: S.version + 1 })).toEqual({ ok: false, reason: 'not-encodable' });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });
});
