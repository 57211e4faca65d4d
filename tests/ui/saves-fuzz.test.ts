/**
 * Fuzzing loadSave with 100,000+ random and mutated saves in a fake storage:
 * it never throws, and returns either a save that replays or `{ ok: false,
 * problem }` with the raw text kept under the bad key, or handed back when it
 * could not be copied there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODES, Scenario as ScenarioSchema, playGame, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay, inputsOfGame, replayGame, truncateInputs } from '../../src/engine/replay/index.ts';
import { MAX_SAVE_CHARS, badKey, loadSave, saveKey, type StorageLike } from '../../src/persistence/saves.ts';

const RUNS = 100_000;
const S: Scenario = Object.freeze(ScenarioSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../src/scenarios/beijing-2023.json', import.meta.url)), 'utf8'))));
const lookup = new Map([[S.id, S]]);
const ID = 'fuzz';
const SAVE_KEY = saveKey(ID);
const BAD_SAVE_KEY = badKey(SAVE_KEY);
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

const GOOD = MODES.flatMap((mode, m) =>
  [0, 1, 2].map((n) => {
    const full = playGame(S, n * 977 + m, mode, S.rounds.map((r, i) => ({ us: r.options.us[(n + i) % r.options.us.length]!.id, china: r.options.china[(n + 2 * i) % r.options.china.length]!.id })));
    // A game in progress: a finished one is refused (it would resume outside its rounds).
    const game = replayGame(S, truncateInputs(inputsOfGame(full), n * 2));
    const record: Record<string, unknown> = { format: 2, code: encodeReplay(S, game), mode, scenarioId: S.id, savedAt: 1_700_000_000_000 + n };
    return record;
  }),
);

class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  constructor(private readonly failing: ReadonlySet<string>) {}
  getItem(key: string): string | null {
    if (this.failing.has('get')) throw new Error('SecurityError: storage is disabled');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failing.has('set')) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failing.has('remove')) throw new Error('SecurityError');
    this.data.delete(key);
  }
}

const good = fc.constantFrom(...GOOD);
const FIELDS = ['format', 'code', 'mode', 'scenarioId', 'savedAt', '__proto__', 'constructor', 'extra'];
const editedRecord = fc
  .tuple(good, fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)))
  .map(([record, field, value]) => {
    // Built as JSON text so "__proto__" is a real own key, as JSON.parse would read it.
    const entries = Object.entries(record).filter(([k]) => k !== field);
    if (value !== undefined) entries.push([field, value]);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;
  });
const editedText = fc.tuple(good.map((r) => JSON.stringify(r)), fc.nat({ max: 300 }), fc.string({ maxLength: 4 }), fc.nat({ max: 3 })).map(([text, at, s, cut]) => {
  const i = at % text.length;
  return text.slice(0, i) + s + text.slice(i + cut);
});
const editedCode = fc.tuple(good, fc.nat({ max: 60 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''))).map(([record, at, ch]) => {
  const code = String(record.code);
  const i = at % code.length;
  return JSON.stringify({ ...record, code: code.slice(0, i) + ch + code.slice(i + 1) });
});
const HUGE = [`{"format":2,"code":"${'A'.repeat(MAX_SAVE_CHARS)}"}`, 'x'.repeat(MAX_SAVE_CHARS + 1), `[${'1,'.repeat(40_000)}1]`];

const raw = fc.oneof(
  { weight: 3, arbitrary: editedRecord },
  { weight: 3, arbitrary: editedText },
  { weight: 2, arbitrary: editedCode },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '[]', 'null', '""', '{}') },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: good.map((r) => JSON.stringify(r)) },
);

const outcomes = { ok: 0, bad: 0, unavailable: 0 };

function fail(what: string, text: string): never {
  throw new Error(`${what}: ${text.slice(0, 200)}`);
}

describe(`save fuzzing (${S.id})`, () => {
  it(`${RUNS.toLocaleString('en')} random and mutated saves: never a throw, always a playable save or a reason`, () => {
    fc.assert(
      fc.property(raw, fc.subarray(['get', 'set', 'remove']), fc.nat({ max: 9 }), (text, failingCalls, roll) => {
        // Nine in ten runs have working storage; the rest fail in some way.
        const storage = new FakeStorage(new Set(roll === 0 ? failingCalls : []));
        storage.data.set(SAVE_KEY, text);
        const result = loadSave(storage, ID, lookup);
        // Plain checks, not expect(): this runs 100,000 times and expect() costs more than loadSave.
        if (result === null) {
          if (!(roll === 0 && failingCalls.includes('get'))) fail('null although a save was there', text);
          outcomes.unavailable += 1;
        } else if (result.ok) {
          // Replaying is the slow part (~0.3 ms); decodeReplay already checked every choice, so sample it.
          if (outcomes.ok % 8 === 0) replayGame(S, result.inputs);
          if (storage.data.get(SAVE_KEY) !== text) fail('a good save was moved', text);
          outcomes.ok += 1;
        } else {
          if (!['unreadable', 'newer', 'code', 'ended'].includes(result.problem)) fail('no problem named', text);
          // With working storage the bad save is kept aside, not deleted.
          if (roll !== 0 && (!result.movedAside || storage.data.get(BAD_SAVE_KEY) !== text || storage.data.has(SAVE_KEY))) fail('bad save not set aside', text);
          // When the copy fails, the save stays where it was and its text comes back to be shown.
          if (!result.movedAside && (storage.data.get(SAVE_KEY) !== text || result.text !== text)) fail('bad save lost', text);
          outcomes.bad += 1;
        }
      }),
      { numRuns: RUNS, seed: 19072023 },
    );
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.bad).toBeGreaterThan(0);
  });

  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(protoKeys);
    console.log('save fuzz outcomes:', outcomes);
  });
});
