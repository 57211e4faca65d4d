/** The learning check's answers inside replay codes (format 3): round trips, one spelling, old codes, damage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODES, Scenario as ScenarioSchema, hashState, playGame, type Scenario, type SideId } from '../../src/engine/index.ts';
import {
  CHECK_ANSWERS, REPLAY_FORMAT, ReplayError, checkScore, decodeReplay, encodeReplay, inputsOfGame, replayGame,
  type CheckAnswer, type CheckRecord,
} from '../../src/engine/replay/index.ts';
import { BitWriter } from '../../src/engine/replay/bits.ts';
import { fromBase64url, toBase64url } from '../../src/engine/replay/base64url.ts';
import { crc32 } from '../../src/engine/replay/checksum.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);
const golden = JSON.parse(readFileSync(new URL('./golden-replays.json', import.meta.url), 'utf8')) as { replays: Array<{ code: string }> };

function pick(n: number): Array<Partial<Record<SideId, string>>> {
  return S.rounds.map((r, i) => ({ us: r.options.us[(n + i) % r.options.us.length]!.id, china: r.options.china[(n * 3 + i) % r.options.china.length]!.id }));
}

/** Every answer pattern of five questions is 3^5 = 243; a rotating sample covers each value at each position. */
function answers(n: number): CheckAnswer[] {
  return Array.from({ length: 5 }, (_, i) => CHECK_ANSWERS[Math.floor(n / 3 ** i) % 3]!);
}

function reseal(format: number, body: Uint8Array): string {
  const bytes = new Uint8Array(body.length + 6);
  bytes[0] = format;
  bytes[1] = bytes.length;
  bytes.set(body, 2);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes, bytes.length - 4));
  return toBase64url(bytes);
}

function expectMalformed(code: string): void {
  expect(() => decodeReplay(code, lookup)).toThrow(expect.objectContaining({ kind: 'malformed' }) as Error);
}

describe('check answers in replay codes', () => {
  it('is format 3', () => expect(REPLAY_FORMAT).toBe(3));

  it('round-trips a pre-check, a post-check, or both, in every mode, and the game replays the same', () => {
    let n = 0;
    for (const mode of MODES) {
      const game = playGame(S, 4242 + n, mode, pick(n));
      for (const shape of ['pre', 'post', 'both'] as const) {
        for (let k = 0; k < 243; k += 7) {
          const check: CheckRecord = { set: 1 + (k % 15) };
          if (shape !== 'post') check.pre = answers(k);
          if (shape !== 'pre') check.post = answers(242 - k);
          const code = encodeReplay(S, game, check);
          expect(fromBase64url(code)![0]).toBe(3);
          expect(code.length).toBeLessThanOrEqual(126);
          const inputs = decodeReplay(code, lookup);
          expect(inputs.check).toEqual(check);
          const { check: _, ...rest } = inputs;
          expect(rest).toEqual(inputsOfGame(game));
          expect(hashState(replayGame(S, inputs))).toBe(hashState(game));
          expect(encodeReplay(S, replayGame(S, inputs), inputs.check)).toBe(code);
        }
      }
      n++;
    }
  });

  it('writes a game without a check as format 2, byte for byte as before, so golden codes keep their spelling', () => {
    const game = playGame(S, 7, 'us', pick(1));
    const plain = encodeReplay(S, game);
    expect(fromBase64url(plain)![0]).toBe(2);
    expect(encodeReplay(S, game, undefined)).toBe(plain);
    expect(encodeReplay(S, game, { set: 1 })).toBe(plain); // a set with no check taken is nothing to store
    expect(decodeReplay(plain, lookup).check).toBeUndefined();
    for (const g of golden.replays) {
      const inputs = decodeReplay(g.code, lookup);
      expect(inputs.check).toBeUndefined();
      expect(encodeReplay(S, replayGame(S, inputs))).toBe(g.code);
    }
  });

  it('a check adds at most 4 bytes', () => {
    const game = playGame(S, 9, 'two', pick(2));
    const plain = fromBase64url(encodeReplay(S, game))!.length;
    const both = fromBase64url(encodeReplay(S, game, { set: 15, pre: answers(5), post: answers(100) }))!.length;
    expect(both - plain).toBeGreaterThan(0);
    expect(both - plain).toBeLessThanOrEqual(4);
  });

  it('refuses a format-3 code with no check, set 0, or an answer value 3', () => {
    const game = playGame(S, 11, 'china', pick(3));
    const plainBytes = fromBase64url(encodeReplay(S, game))!;
    const plainBody = plainBytes.slice(2, plainBytes.length - 4);
    // The plain body relabelled format 3: the check section is missing.
    expectMalformed(reseal(3, plainBody));
    // Format-3 bodies with a hostile check section after the real game's fields.
    const sections: Array<Array<[number, number]>> = [
      [[0, 4], [1, 1], [0, 1], ...Array.from({ length: 5 }, (): [number, number] => [1, 2])], // set 0
      [[1, 4], [0, 1], [0, 1]], // no check taken
      [[1, 4], [1, 1], [0, 1], [1, 2], [1, 2], [3, 2], [1, 2], [1, 2]], // answer value 3
    ];
    for (const section of sections) expectMalformed(reseal(3, appendBits(game, section)));
    // The same construction with a valid section is accepted: the helper builds real bodies.
    const good = appendBits(game, [[2, 4], [0, 1], [1, 1], [1, 2], [2, 2], [0, 2], [1, 2], [1, 2]]);
    expect(decodeReplay(reseal(3, good), lookup).check).toEqual({ set: 2, post: ['right', 'wrong', 'skipped', 'right', 'right'] });
  });

  it('refuses to encode answers no decoder could read back', () => {
    const game = playGame(S, 12, 'us', pick(4));
    const bad: CheckRecord[] = [
      { set: 0, pre: answers(1) },
      { set: 16, pre: answers(1) },
      { set: 1.5, pre: answers(1) },
      { set: 1, pre: answers(1).slice(0, 4) },
      { set: 1, post: [...answers(1), 'right'] },
      { set: 1, pre: ['right', 'right', 'maybe' as CheckAnswer, 'right', 'right'] },
    ];
    for (const check of bad) expect(() => encodeReplay(S, game, check)).toThrow(ReplayError);
  });

  it('scores a check by its right answers', () => {
    expect(checkScore(undefined)).toBeNull();
    expect(checkScore(['right', 'wrong', 'skipped', 'right', 'right'])).toBe(3);
    expect(checkScore(['wrong', 'wrong', 'wrong', 'wrong', 'wrong'])).toBe(0);
  });
});

/**
 * The body of `game`'s code with its check section replaced by `fields`
 * (value, width): the encoder writes a known section, which is found at the
 * end of the bits and swapped, so the game's own fields stay the encoder's.
 */
function appendBits(game: ReturnType<typeof playGame>, fields: Array<[number, number]>): Uint8Array {
  // The known section: set 1, pre only, all "skipped" (0), is 4 + 1 + 1 + 10 = 16 bits: 1 0 0 then zeros.
  const known = fromBase64url(encodeReplay(S, game, { set: 1, pre: ['skipped', 'skipped', 'skipped', 'skipped', 'skipped'] }))!;
  const body = known.slice(2, known.length - 4);
  const bits: number[] = [];
  for (const byte of body) for (let i = 7; i >= 0; i--) bits.push((byte >> i) & 1);
  // Find the known section's start: the last occurrence of 0001 10 followed by ten zeros and only padding.
  let start = -1;
  for (let at = bits.length - 16; at >= 0; at--) {
    const section = bits.slice(at, at + 16).join('');
    if (section === '0001100000000000' && bits.slice(at + 16).every((b) => b === 0) && bits.length - (at + 16) < 8) { start = at; break; }
  }
  if (start < 0) throw new Error('check section not found');
  const w = new BitWriter();
  for (let i = 0; i < start; i++) w.write(bits[i]!, 1);
  for (const [v, width] of fields) w.write(v, width);
  return w.toBytes();
}
