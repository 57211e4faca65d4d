/**
 * Fuzzing the replay decoder with 100,000+ random and mutated inputs: it may
 * only ever throw ReplayError, must not pollute prototypes, must not touch the
 * scenario or the game in progress, and anything it accepts must be a real game
 * whose code is exactly the input (one spelling per game).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODES, Scenario as ScenarioSchema, hashState, playGame, type Scenario, type SideId } from '../../src/engine/index.ts';
import {
  CHECK_ANSWERS, REPLAY_ERROR_KINDS, REPLAY_FORMAT, ReplayError, decodeReplay, encodeReplay, replayGame, replayStates, stripLink, type ReplayErrorKind,
} from '../../src/engine/replay/index.ts';
import { fromBase64url, toBase64url } from '../../src/engine/replay/base64url.ts';
import { crc32 } from '../../src/engine/replay/checksum.ts';
import { BEIJING_PATH } from './helpers.ts';

const RUNS = 100_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// Frozen: any write by the decoder would throw a TypeError, which the property reports.
const S: Scenario = deepFreeze(ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8'))));
const scenarioHash = hashState(S);
/** A careless lookup over a plain object: ids like "constructor" reach Object.prototype. */
const records: Record<string, Scenario> = { [S.id]: S };
const lookups = [new Map([[S.id, S]]), (id: string) => records[id]];

/** Valid codes of finished and unfinished games in every mode: the seeds for mutation. */
const VALID: string[] = [];
for (const mode of MODES) {
  for (let n = 0; n < 4; n++) {
    const choices = S.rounds.map((r, i) => ({
      us: r.options.us[(n + i) % r.options.us.length]!.id,
      china: r.options.china[(n * 2 + i) % r.options.china.length]!.id,
    })) as Array<Partial<Record<SideId, string>>>;
    const full = playGame(S, n * 0x9e3779b9, mode, choices);
    const states = replayStates(S, { scenarioId: S.id, version: S.version, seed: full.seed, mode, rounds: S.rounds.length, choices: full.log.map((l) => ({ ...l.choices })) });
    VALID.push(encodeReplay(S, states[n + 1]!));
    VALID.push(encodeReplay(S, full));
    // Format 3: the same games with learning-check answers (pre, post, or both).
    const answers = (k: number) => Array.from({ length: 5 }, (_, i) => CHECK_ANSWERS[(k + i * n) % 3]!);
    VALID.push(encodeReplay(S, full, n % 3 === 1 ? { set: 1 + n, post: answers(n) } : { set: 1 + n, pre: answers(n + 1), ...(n % 3 === 2 ? { post: answers(n) } : {}) }));
  }
}
// The game "in progress" while codes are pasted: frozen, and its hash checked at the end.
const current = deepFreeze(playGame(S, 99, 'two', S.rounds.map((r) => ({ us: r.options.us[0]!.id, china: r.options.china[0]!.id }))));
const currentHash = hashState(current);
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

function seal(format: number, body: Uint8Array, lengthByte?: number): string {
  const bytes = new Uint8Array(body.length + 6);
  bytes[0] = format;
  bytes[1] = lengthByte ?? bytes.length;
  bytes.set(body, 2);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes, bytes.length - 4));
  return toBase64url(bytes);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const validCode = fc.constantFrom(...VALID);
const position = fc.nat({ max: 200 });

/** Mutations of real codes: text edits (checksum or framing catches them) and re-sealed edits (they reach the body parser). */
const mutated = fc.oneof(
  fc.tuple(validCode, position, fc.integer({ min: 0, max: 7 })).map(([c, at, bit]) => {
    const bytes = fromBase64url(c)!;
    bytes[at % bytes.length]! ^= 1 << bit;
    return toBase64url(bytes);
  }),
  fc.tuple(validCode, position, fc.integer({ min: 0, max: 7 }), fc.boolean()).map(([c, at, bit, keepLength]) => {
    const bytes = fromBase64url(c)!;
    const body = bytes.slice(2, bytes.length - 4);
    if (body.length > 0) body[at % body.length]! ^= 1 << bit;
    return seal(bytes[0]!, body, keepLength ? undefined : (at * 7) & 0xff);
  }),
  fc.tuple(validCode, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.boolean()).map(([c, extra, prepend]) => {
    const bytes = fromBase64url(c)!;
    const body = bytes.slice(2, bytes.length - 4);
    return seal(bytes[0]!, prepend ? Uint8Array.from([...extra, ...body]) : Uint8Array.from([...body, ...extra]));
  }),
  fc.tuple(validCode, position).map(([c, at]) => c.slice(0, at % c.length)),
  fc.tuple(validCode, position, fc.string({ maxLength: 4 })).map(([c, at, s]) => c.slice(0, at % c.length) + s + c.slice(at % c.length)),
  fc.tuple(validCode, position, fc.nat({ max: 63 })).map(([c, at, v]) => {
    const i = at % c.length;
    return c.slice(0, i) + B64[v]! + c.slice(i + 1);
  }),
  fc.tuple(validCode, position).map(([c, at]) => c.slice(0, at % c.length) + c.slice((at % c.length) + 1)),
  fc.tuple(validCode, fc.constantFrom(0, 1, 2, 3, 4, 255)).map(([c, format]) => {
    const bytes = fromBase64url(c)!;
    return seal(format, bytes.slice(2, bytes.length - 4));
  }),
  fc.tuple(validCode, fc.string({ maxLength: 30 }), fc.string({ maxLength: 5 })).map(([c, before, after]) => `${before}#/replay/${c}${after}`),
);

/** Hostile names, as text and as sealed scenario ids that look like Object.prototype's keys. */
const PROTO_IDS = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof'];
function sealedId(id: string, rest: Uint8Array): string {
  const bits: number[] = [];
  const push = (v: number, w: number) => { for (let i = w - 1; i >= 0; i--) bits.push((v >>> i) & 1); };
  push(id.length - 1, 6);
  for (const ch of id) push('abcdefghijklmnopqrstuvwxyz0123456789-'.indexOf(ch), 6);
  for (const byte of rest) push(byte, 8);
  const body = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((b, i) => { if (b) body[i >> 3]! |= 0x80 >> (i & 7); });
  return seal(REPLAY_FORMAT, body);
}
const hostile = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '{"__proto__":{"polluted":true}}', '#/replay/__proto__', 'toString', 'hasOwnProperty', '#/replay/constructor'),
  fc.tuple(fc.constantFrom(...PROTO_IDS, S.id), fc.uint8Array({ maxLength: 16 })).map(([id, rest]) => sealedId(id, rest)),
);

const LONG = ['A'.repeat(8193), `${VALID[0]!}${'A'.repeat(9000)}`, '#/replay/'.repeat(1000), 'A'.repeat(8192), `#/replay/${'_'.repeat(100_000)}`];

const input = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...B64), maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(0, 1, 2, 2, 3, 3, 255), fc.uint8Array({ maxLength: 40 })).map(([f, b]) => seal(f, b)) },
  { weight: 8, arbitrary: mutated },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
  { weight: 1, arbitrary: validCode },
);

const seen: Partial<Record<ReplayErrorKind | 'accepted', number>> = {};

describe(`replay decoder fuzzing (${S.id})`, () => {
  it(`${RUNS.toLocaleString('en')} random and mutated codes: only ReplayError, and what is accepted is a real game`, () => {
    fc.assert(
      fc.property(input, fc.nat({ max: 1 }), (text, which) => {
        try {
          const inputs = decodeReplay(text, lookups[which]!);
          // Accepted: it must replay, and its code must be the input itself.
          // Plain check, not expect(): this runs 100,000 times.
          const again = encodeReplay(S, replayGame(S, inputs), inputs.check);
          if (again !== stripLink(text)) throw new Error(`accepted ${text}, but its game's code is ${again}`);
          seen.accepted = (seen.accepted ?? 0) + 1;
        } catch (error) {
          if (!(error instanceof ReplayError) || !REPLAY_ERROR_KINDS.includes(error.kind) || typeof error.message !== 'string' || error.message === '') throw error;
          seen[error.kind] = (seen[error.kind] ?? 0) + 1;
        }
      }),
      { numRuns: RUNS, seed: 16072023 },
    );
    // The fuzzer must reach every check, or it is not testing them.
    for (const kind of REPLAY_ERROR_KINDS) expect(seen[kind] ?? 0, kind).toBeGreaterThan(0);
    expect(seen.accepted ?? 0).toBeGreaterThan(0);
  });

  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(protoKeys);
    expect(hashState(S)).toBe(scenarioHash);
    expect(hashState(current)).toBe(currentHash);
    console.log('replay fuzz outcomes:', seen);
  });
});
