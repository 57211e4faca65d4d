/** Replay codes: layout, round trips, every error kind, links. */
import { describe, expect, it } from 'vitest';
import { MODES, Scenario as ScenarioSchema, choose, hashState, newGame, playGame, type Mode, type Scenario, type SideId } from '../../src/engine/index.ts';
import {
  ReplayError,
  codeFromHash,
  decodeReplay,
  encodeReplay,
  inputsOfGame,
  replayGame,
  replayLink,
  replayScenarioId,
  replayStates,
  scenarioFingerprint,
  truncateInputs,
  type ReplayErrorKind,
  type ReplayInputs,
} from '../../src/engine/replay/index.ts';
import { fromBase64url, toBase64url } from '../../src/engine/replay/base64url.ts';
import { crc32 } from '../../src/engine/replay/checksum.ts';
import { BitWriter, widthFor } from '../../src/engine/replay/bits.ts';
import { BEIJING_PATH } from './helpers.ts';
import { readFileSync } from 'node:fs';

// The zod schema only: parseScenario's full logic walk is the engine tests' job (and slow).
const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const name = S.id;
const lookup = new Map([[S.id, S]]);

/** The n-th option of each round for each side (wrapping), so tests can pick distinct games. */
function pick(s: Scenario, n: number): Array<Partial<Record<SideId, string>>> {
  return s.rounds.map((r, i) => ({
    us: r.options.us[(n + i) % r.options.us.length]!.id,
    china: r.options.china[(n * 3 + i) % r.options.china.length]!.id,
  }));
}

function expectKind(run: () => unknown, kind: ReplayErrorKind): ReplayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReplayError);
    expect((error as ReplayError).kind).toBe(kind);
    expect((error as ReplayError).message.length).toBeGreaterThan(10);
    return error as ReplayError;
  }
  throw new Error(`expected a ReplayError of kind ${kind}`);
}

/** Re-seals a byte string the way the encoder does, so a test can craft codes that pass the checksum. */
function seal(format: number, body: Uint8Array, lengthByte?: number): string {
  const bytes = new Uint8Array(body.length + 6);
  bytes[0] = format;
  bytes[1] = lengthByte ?? bytes.length;
  bytes.set(body, 2);
  const crc = crc32(bytes, bytes.length - 4);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc);
  return toBase64url(bytes);
}

function bodyOf(code: string): Uint8Array {
  const bytes = fromBase64url(code)!;
  return bytes.slice(2, bytes.length - 4);
}

describe(`replay codes (${name})`, () => {
  it.each(MODES)('round-trips a complete game in mode %s, within 120 characters', (mode: Mode) => {
    for (let n = 0; n < 12; n++) {
      const game = playGame(S, 1000 + n * 7919, mode, pick(S, n));
      const code = encodeReplay(S, game);
      expect(code.length).toBeLessThanOrEqual(120);
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      const inputs = decodeReplay(code, lookup);
      expect(inputs).toEqual(inputsOfGame(game));
      expect(inputs.rounds).toBe(S.rounds.length);
      const replayed = replayGame(S, inputs);
      expect(hashState(replayed)).toBe(hashState(game));
      expect(replayed.ending).toBe(game.ending);
    }
  });

  it('stores only the people\'s choices: the computer side is recomputed', () => {
    const game = playGame(S, 5, 'us', pick(S, 1));
    const inputs = decodeReplay(encodeReplay(S, game), lookup);
    expect(inputs.choices.every((c) => Object.keys(c).join() === 'us')).toBe(true);
    const two = decodeReplay(encodeReplay(S, playGame(S, 5, 'two', pick(S, 1))), lookup);
    expect(two.choices.every((c) => Object.keys(c).join() === 'us,china')).toBe(true);
  });

  it('encodes unfinished games, and each prefix replays to the same state as the original at that round', () => {
    const full = playGame(S, 77, 'two', pick(S, 2));
    const states = replayStates(S, inputsOfGame(full));
    expect(states).toHaveLength(S.rounds.length + 1);
    for (let r = 0; r <= S.rounds.length; r++) {
      const code = encodeReplay(S, states[r]!);
      const inputs = decodeReplay(code, lookup);
      expect(inputs.rounds).toBe(r);
      expect(inputs).toEqual(truncateInputs(inputsOfGame(full), r));
      expect(hashState(replayGame(S, inputs))).toBe(hashState(states[r]));
    }
    expect(hashState(states[0])).toBe(hashState(newGame(S, 77, 'two')));
  });

  it('leaves out a half-chosen round: a code holds resolved rounds only', () => {
    const start = newGame(S, 8, 'two');
    const halfChosen = choose(S, start, 'us', S.rounds[0]!.options.us[0]!.id);
    expect(halfChosen).not.toBe(start);
    expect(encodeReplay(S, halfChosen)).toBe(encodeReplay(S, start));
  });

  it('gives different codes for different seeds, modes and choices, and one code per game', () => {
    const codes = new Set<string>();
    for (const mode of MODES) for (let n = 0; n < 4; n++) codes.add(encodeReplay(S, playGame(S, n, mode, pick(S, n))));
    expect(codes.size).toBe(12);
    const game = playGame(S, 9, 'china', pick(S, 0));
    expect(encodeReplay(S, game)).toBe(encodeReplay(S, structuredClone(game)));
  });

  it('keeps the full seed range', () => {
    for (const seed of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) {
      const inputs = decodeReplay(encodeReplay(S, newGame(S, seed, 'us')), lookup);
      expect(inputs.seed).toBe(seed);
    }
  });

  it('names its scenario before the scenario is loaded, and refuses damage as decoding does', () => {
    const code = encodeReplay(S, playGame(S, 3, 'us', pick(S, 1)));
    expect(replayScenarioId(code)).toBe(S.id);
    expect(replayScenarioId(replayLink('https://example.org/linkage/', code))).toBe(S.id);
    const other = { ...S, id: 'sunnylands-2023' };
    expect(replayScenarioId(encodeReplay(other, playGame(other, 3, 'us', pick(other, 1))))).toBe('sunnylands-2023');
    const altered = code.slice(0, 8) + (code[8] === 'A' ? 'B' : 'A') + code.slice(9);
    expect(() => replayScenarioId(altered)).toThrow(ReplayError);
    expect(() => replayScenarioId('')).toThrow(ReplayError);
  });

  it('accepts a whole link, a bare code with spaces, and a lookup function', () => {
    const game = playGame(S, 3, 'china', pick(S, 3));
    const code = encodeReplay(S, game);
    const link = replayLink('https://example.org/linkage/?class=7#/menu', code);
    expect(link).toBe(`https://example.org/linkage/?class=7#/replay/${code}`);
    expect(decodeReplay(link, lookup)).toEqual(inputsOfGame(game));
    expect(decodeReplay(`  ${code}\n`, (id) => (id === S.id ? S : undefined))).toEqual(inputsOfGame(game));
    expect(codeFromHash(`#/replay/${code}`)).toBe(code);
    expect(codeFromHash('#/menu')).toBeNull();
  });
});

describe('replay code errors', () => {
  const game = playGame(S, 11, 'two', pick(S, 4));
  const code = encodeReplay(S, game);

  it('too-long: refuses input over 8 KiB before decoding', () => {
    let touched = false;
    expectKind(() => decodeReplay(code + 'A'.repeat(9000), () => { touched = true; return S; }), 'too-long');
    expect(touched).toBe(false);
  });

  it('malformed: not a code, bad characters, cut short, extra characters, wrong padding', () => {
    for (const bad of ['', '   ', 'hello world', `${code}!`, code.slice(0, 10), code.slice(0, -1), `${code}AAAA`, '#/replay/', 'A']) {
      expectKind(() => decodeReplay(bad, lookup), 'malformed');
    }
    expect(expectKind(() => decodeReplay(code.slice(0, -6), lookup), 'malformed').message).toMatch(/missing/);
    expectKind(() => decodeReplay(null as unknown as string, lookup), 'malformed');
    // A code whose length leaves spare bits in its last character: setting them is a second spelling, refused.
    const spare = code.length % 4; // 2 or 3 characters in the last group leave 4 or 2 spare bits
    if (spare !== 0) {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const lastValue = alphabet.indexOf(code[code.length - 1]!);
      expectKind(() => decodeReplay(code.slice(0, -1) + alphabet[lastValue | 1]!, lookup), 'malformed');
    }
  });

  it('checksum: any changed character is caught', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < code.length - 1; i++) {
      const other = alphabet[(alphabet.indexOf(code[i]!) + 17) % 64]!;
      const altered = code.slice(0, i) + other + code.slice(i + 1);
      expect(() => decodeReplay(altered, lookup)).toThrow(ReplayError);
      // The first two bytes (format, length) may report malformed/newer-format; everything else is the checksum.
      if (i >= 3) expectKind(() => decodeReplay(altered, lookup), 'checksum');
    }
  });

  it('newer-format: a sealed code from format 4', () => {
    expectKind(() => decodeReplay(seal(4, bodyOf(code)), lookup), 'newer-format');
    expectKind(() => decodeReplay(seal(0, bodyOf(code)), lookup), 'malformed');
  });

  it('unknown-scenario: names the scenario it wanted', () => {
    const e = expectKind(() => decodeReplay(code, new Map()), 'unknown-scenario');
    expect(e.message).toContain(S.id);
    expectKind(() => decodeReplay(code, () => { throw new Error('lookup bug'); }), 'unknown-scenario');
    expectKind(() => decodeReplay(code, () => null as unknown as Scenario), 'unknown-scenario');
    expectKind(() => decodeReplay(code, () => 'beijing' as unknown as Scenario), 'unknown-scenario');
  });

  it('scenario-version: a bumped version, or the same version with changed content', () => {
    const bumped = { ...S, version: S.version + 1 };
    const e = expectKind(() => decodeReplay(code, new Map([[S.id, bumped]])), 'scenario-version');
    expect(e.message).toContain(`version ${S.version}`);
    const edited: Scenario = { ...S, eventChance: (S.eventChance + 1) % 100 };
    expect(scenarioFingerprint(edited)).not.toBe(scenarioFingerprint(S));
    expectKind(() => decodeReplay(code, new Map([[S.id, edited]])), 'scenario-version');
    // Editor metadata and player-facing text do not change play: fixing a typo must not break shared links.
    expect(scenarioFingerprint({ ...S, $schema: './other.json' })).toBe(scenarioFingerprint(S));
    const retold = structuredClone(S);
    retold.title = 'Another title';
    retold.rounds[0]!.options.us[0]!.label = 'Another label';
    retold.rounds[0]!.lines[0]!.text = 'Other words.';
    expect(scenarioFingerprint(retold)).toBe(scenarioFingerprint(S));
    expect(decodeReplay(code, new Map([[S.id, retold]]))).toEqual(inputsOfGame(game));
    // Anything the rules read does: an effect's size or order, option order, a policy weight, a condition.
    const changes: Array<(s: Scenario) => void> = [
      (s) => {
        const o = s.rounds.flatMap((r) => r.options.us).find((x) => Object.keys(x.effects).length > 1)!;
        o.effects = Object.fromEntries(Object.entries(o.effects).reverse());
      },
      (s) => { s.rounds[1]!.options.china.reverse(); },
      (s) => { s.policies.china.linkage = s.policies.china.linkage === 0 ? 1 : 0; },
      (s) => { s.endings[0]!.when = { ...s.endings[0]!.when, flags: { all: ['never-set'] } }; },
      (s) => { s.measures[0]!.start = (s.measures[0]!.start + 1) % 100; },
    ];
    for (const change of changes) {
      const edited = structuredClone(S);
      change(edited);
      expect(scenarioFingerprint(edited)).not.toBe(scenarioFingerprint(S));
    }
  });

  it('invalid-choice: a sealed code with an option index past the end of a round', () => {
    // Only a round with a non-power-of-two option count has unused indexes (3 options: index 3 in 2 bits).
    const at = S.rounds.findIndex((r) => r.options.china.length === 3 || r.options.us.length === 3);
    if (at < 0) return;
    const side: SideId = S.rounds[at]!.options.us.length === 3 ? 'us' : 'china';
    const w = new BitWriter();
    w.write(S.id.length - 1, 6);
    for (const ch of S.id) w.write('abcdefghijklmnopqrstuvwxyz0123456789-'.indexOf(ch), 6);
    w.write(S.version, 16);
    w.write(scenarioFingerprint(S), 32);
    w.write(1, 32);
    w.write(MODES.indexOf(side), 2);
    w.write(0, 2); // temperament setting: drawn
    w.write(0, 2); // unpredictability: normal
    w.write(at + 1, 5);
    for (let r = 0; r <= at; r++) w.write(r === at ? 3 : 0, widthFor(S.rounds[r]!.options[side].length));
    expectKind(() => decodeReplay(seal(2, w.toBytes()), lookup), 'invalid-choice');
  });

  it('encoding refuses a game from another scenario version', () => {
    expectKind(() => encodeReplay({ ...S, version: S.version + 1 }, game), 'scenario-version');
  });

  it('replayGame refuses inputs that do not fit the scenario', () => {
    const inputs = inputsOfGame(game);
    const bad: ReplayInputs = { ...inputs, choices: inputs.choices.map((c, i) => (i === 2 ? { ...c, us: 'no-such-option' } : c)) };
    expectKind(() => replayGame(S, bad), 'invalid-choice');
    expectKind(() => replayGame(S, { ...inputs, version: 99 }), 'scenario-version');
    expectKind(() => replayGame(S, { ...inputs, rounds: 99 }), 'invalid-choice');
  });

  it('does not change the state it is given', () => {
    const before = hashState(game);
    encodeReplay(S, game);
    inputsOfGame(game);
    expect(hashState(game)).toBe(before);
  });
});

describe('codec pieces', () => {
  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('base64url matches Node, and refuses anything non-canonical', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
    expect(fromBase64url('AB')).toBeNull(); // padding bits set
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('AA==')).toBeNull();
    expect(fromBase64url('AA+/')).toBeNull();
  });
});
