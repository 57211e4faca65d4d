/**
 * Replay codes: a game's inputs (never its outcome) packed into a short,
 * URL-safe, checksummed string. Computer choices are not stored: replaying
 * recomputes them from the seed, exactly as the original game did.
 *
 * Layout (format 3), bytes then base64url without padding:
 *
 *   byte 0      format version (3 or 2; 1 is still read)       ┐ the envelope: every future
 *   byte 1      total length in bytes         │ format keeps these three,
 *   …           bit-packed body (below)       │ so old decoders can say
 *   last 4      CRC-32 of all bytes before it ┘ "newer format" or "altered"
 *
 *   body, most significant bit first:
 *     6 bits    scenario id length − 1, then 6 bits per character of
 *               "abcdefghijklmnopqrstuvwxyz0123456789-"
 *    16 bits    scenario version
 *    32 bits    scenario fingerprint (FNV-1a 32 of its canonical JSON)
 *    32 bits    seed (uint32)
 *     2 bits    mode: 0 us, 1 china, 2 two
 *     2 bits    the computer's temperament setting (format 2 only; index in TEMPERAMENTS)
 *     2 bits    its unpredictability (format 2 only; index in UNPREDICTABILITY)
 *               A format-1 code has neither and means the default settings.
 *     5 bits    rounds played (resolved rounds; fewer than all = unfinished game)
 *     per round, per side a person plays (US before China):
 *               the option's index, in ⌈log2(options in that round)⌉ bits
 *     format 3 only: the learning check's answers (check-bits.ts)
 *     zero bits to the byte boundary
 *
 * A game without check answers is still written as format 2 (the goldens and
 * every link shared before the check keep their spelling); format 3 is written
 * only when a check was taken, and a format-3 code without one is refused.
 */
import { SIDES, type Scenario, type SideId } from '../schema.ts';
import { MODES, type GameState, type Mode } from '../types.ts';
import { BitReader, BitWriter, widthFor } from './bits.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { crc32 } from './checksum.ts';
import { ReplayError } from './errors.ts';
import { scenarioFingerprint } from './fingerprint.ts';
import { stripLink } from './link.ts';
import { DEFAULT_SETTINGS, TEMPERAMENTS, UNPREDICTABILITY, type Settings } from '../model/state.ts';
import { hasCheck, readCheck, writeCheck, type CheckRecord } from './check-bits.ts';

/** The newest format written: 3 adds the learning check's answers (2 is still written for games without them). */
export const REPLAY_FORMAT = 3;
/** The format written for a game without check answers. */
const PLAIN_FORMAT = 2;
/** The oldest format still read: its games had no settings (they mean the defaults). */
const OLDEST_FORMAT = 1;
/** Longer input is refused before any decoding (UTF-16 units; a real code is under 120). */
export const MAX_REPLAY_INPUT = 8 * 1024;

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const ENVELOPE_BYTES = 2 + 4;
/** The length byte caps a code at 255 bytes (340 characters); scenarios are far below it. */
const MAX_CODE_BYTES = 255;
const ROUND_BITS = 5;

/** What a replay code holds: enough, with the scenario, to replay the game exactly. */
export interface ReplayInputs {
  scenarioId: string;
  version: number;
  seed: number;
  mode: Mode;
  /** The teacher's settings for the computer; absent means the defaults (as in format-1 codes). */
  settings?: Settings;
  /** Rounds played; choices has exactly this many entries. */
  rounds: number;
  /** Per round, the option id each person chose. Computer sides are absent. */
  choices: Array<Partial<Record<SideId, string>>>;
  /** The learning check's answers, if a check was taken (format 3). Not part of play: the game replays without it. */
  check?: CheckRecord;
}

export type ScenarioLookup = ReadonlyMap<string, Scenario> | ((id: string) => Scenario | undefined);

export function personSides(mode: Mode): SideId[] {
  return mode === 'two' ? [...SIDES] : [mode];
}

/** The inputs of a game so far: its resolved rounds (a half-chosen round is not included). */
export function inputsOfGame(game: GameState): ReplayInputs {
  const people = personSides(game.mode);
  const choices = game.log.map((record) => {
    const round: Partial<Record<SideId, string>> = {};
    for (const side of people) round[side] = record.choices[side];
    return round;
  });
  const settings = { temperament: game.model.settings.temperament, unpredictability: game.model.settings.unpredictability };
  return { scenarioId: game.scenario, version: game.version, seed: game.seed, mode: game.mode, settings, rounds: choices.length, choices };
}

/**
 * The code for a game, finished or not, with the learning check's answers if
 * any were given. Throws ReplayError if the game does not belong to this scenario.
 */
export function encodeReplay(scenario: Scenario, game: GameState, check?: CheckRecord): string {
  if (game.scenario !== scenario.id || game.version !== scenario.version) {
    throw new ReplayError('scenario-version', 'This game was played with another scenario or version.');
  }
  const inputs = inputsOfGame(game);
  if (inputs.rounds > scenario.rounds.length || inputs.rounds >= 2 ** ROUND_BITS) throw new ReplayError('invalid-choice');
  const modeIndex = MODES.indexOf(inputs.mode);
  if (modeIndex < 0) throw new ReplayError('malformed');

  const body = new BitWriter();
  body.write(scenario.id.length - 1, 6);
  for (const ch of scenario.id) body.write(ID_CHARS.indexOf(ch), 6);
  body.write(scenario.version, 16);
  body.write(scenarioFingerprint(scenario), 32);
  body.write(inputs.seed >>> 0, 32);
  body.write(modeIndex, 2);
  const settings = inputs.settings ?? DEFAULT_SETTINGS;
  body.write(TEMPERAMENTS.indexOf(settings.temperament), 2);
  body.write(UNPREDICTABILITY.indexOf(settings.unpredictability), 2);
  body.write(inputs.rounds, ROUND_BITS);
  inputs.choices.forEach((round, r) => {
    for (const side of personSides(inputs.mode)) {
      const options = scenario.rounds[r]!.options[side];
      const index = options.findIndex((o) => o.id === round[side]);
      if (index < 0) throw new ReplayError('invalid-choice');
      body.write(index, widthFor(options.length));
    }
  });
  if (hasCheck(check)) writeCheck(body, check);
  return toBase64url(seal(body.toBytes(), hasCheck(check) ? REPLAY_FORMAT : PLAIN_FORMAT));
}

/** Wraps the body in the envelope: format, length, body, CRC-32. */
function seal(body: Uint8Array, format: number): Uint8Array {
  const length = body.length + ENVELOPE_BYTES;
  if (length > MAX_CODE_BYTES) throw new ReplayError('too-long', 'This game is too long for a replay code.');
  const bytes = new Uint8Array(length);
  bytes[0] = format;
  bytes[1] = length;
  bytes.set(body, 2);
  const crc = crc32(bytes, length - 4);
  bytes[length - 4] = crc >>> 24;
  bytes[length - 3] = (crc >>> 16) & 0xff;
  bytes[length - 2] = (crc >>> 8) & 0xff;
  bytes[length - 1] = crc & 0xff;
  return bytes;
}

/** Checks the envelope in an order that names the problem: cut short, then altered, then too new. */
function unseal(text: string): { format: number; body: Uint8Array } {
  const bytes = fromBase64url(text);
  if (bytes === null || bytes.length < ENVELOPE_BYTES) {
    throw new ReplayError('malformed');
  }
  if (bytes[1] !== bytes.length) {
    throw new ReplayError(
      'malformed',
      bytes[1]! > bytes.length
        ? 'This replay code is incomplete: part of it is missing. Copy the whole link again.'
        : 'This replay code has extra characters at the end.',
    );
  }
  const end = bytes.length - 4;
  const stored = ((bytes[end]! << 24) | (bytes[end + 1]! << 16) | (bytes[end + 2]! << 8) | bytes[end + 3]!) >>> 0;
  if (crc32(bytes, end) !== stored) throw new ReplayError('checksum');
  if (bytes[0]! > REPLAY_FORMAT) throw new ReplayError('newer-format');
  if (bytes[0]! < OLDEST_FORMAT) throw new ReplayError('malformed');
  return { format: bytes[0]!, body: bytes.subarray(2, end) };
}

function readScenarioId(bits: BitReader): string {
  const idLength = bits.read(6) + 1;
  let scenarioId = '';
  for (let i = 0; i < idLength; i++) {
    const ch = ID_CHARS[bits.read(6)];
    if (ch === undefined) throw new ReplayError('malformed');
    scenarioId += ch;
  }
  return scenarioId;
}

/**
 * The id of the scenario (the chapter) a code was made with, read before that
 * scenario is loaded, so the caller knows which one to load. Throws only
 * ReplayError, for the same damage decodeReplay would report.
 */
export function replayScenarioId(text: string): string {
  if (typeof text !== 'string') throw new ReplayError('malformed');
  if (text.length > MAX_REPLAY_INPUT) throw new ReplayError('too-long');
  const code = stripLink(text);
  if (code === '') throw new ReplayError('malformed', 'There is no replay code here.');
  return readScenarioId(new BitReader(unseal(code).body));
}

function lookup(scenarios: ScenarioLookup, id: string): Scenario | undefined {
  return typeof scenarios === 'function' ? scenarios(id) : scenarios.get(id);
}

/**
 * Reads a code (or a whole replay link). Throws only ReplayError. Reads
 * nothing but its arguments and changes nothing, so a bad code pasted mid-game
 * cannot disturb the game.
 */
export function decodeReplay(text: string, scenarios: ScenarioLookup): ReplayInputs {
  if (typeof text !== 'string') throw new ReplayError('malformed');
  if (text.length > MAX_REPLAY_INPUT) throw new ReplayError('too-long');
  const code = stripLink(text);
  if (code === '') throw new ReplayError('malformed', 'There is no replay code here.');
  const { format, body } = unseal(code);
  const bits = new BitReader(body);

  const scenarioId = readScenarioId(bits);
  const version = bits.read(16);
  const fingerprint = bits.read(32);
  const seed = bits.read(32);
  const mode = MODES[bits.read(2)];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  if (format >= 2) {
    const temperament = TEMPERAMENTS[bits.read(2)];
    const unpredictability = UNPREDICTABILITY[bits.read(2)];
    if (temperament === undefined || unpredictability === undefined) throw new ReplayError('malformed');
    settings = { temperament, unpredictability };
  }
  const rounds = bits.read(ROUND_BITS);
  if (mode === undefined) throw new ReplayError('malformed');

  let scenario: Scenario | undefined;
  try {
    scenario = lookup(scenarios, scenarioId);
  } catch {
    scenario = undefined; // a throwing lookup is the caller's bug, but must not escape as anything but ReplayError
  }
  // Lookups are the caller's code; a careless one (`records[id]`) may return anything for ids like "constructor".
  if (typeof scenario !== 'object' || scenario === null || scenario.id !== scenarioId) {
    throw new ReplayError('unknown-scenario', `This replay is for a scenario that is not available here ("${scenarioId}").`);
  }
  if (scenario.version !== version || scenarioFingerprint(scenario) !== fingerprint) {
    throw new ReplayError(
      'scenario-version',
      scenario.version !== version
        ? `This replay was made with version ${version} of "${scenario.title}", and this is version ${scenario.version}, so it would not play the same.`
        : `"${scenario.title}" has changed since this replay was made, so it would not play the same.`,
    );
  }
  // Every scenario's play data changed with format 2 (the model), so no older code can replay the same game;
  // refusing here also keeps one spelling per game.
  if (format < PLAIN_FORMAT) {
    throw new ReplayError('scenario-version', `This replay was made by an older version of Linkage, so "${scenario.title}" would not play the same.`);
  }
  if (rounds > scenario.rounds.length) throw new ReplayError('malformed');

  const people = personSides(mode);
  const choices: Array<Partial<Record<SideId, string>>> = [];
  for (let r = 0; r < rounds; r++) {
    const round: Partial<Record<SideId, string>> = {};
    for (const side of people) {
      const options = scenario.rounds[r]!.options[side];
      const option = options[bits.read(widthFor(options.length))];
      if (option === undefined) throw new ReplayError('invalid-choice');
      round[side] = option.id;
    }
    choices.push(round);
  }
  const check = format >= REPLAY_FORMAT ? readCheck(bits) : undefined;
  if (!bits.atCleanEnd()) throw new ReplayError('malformed');
  return { scenarioId, version, seed, mode, settings, rounds, choices, ...(check ? { check } : {}) };
}
