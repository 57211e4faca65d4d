/**
 * The one error replay decoding may throw. Every way a code can be wrong has a
 * `kind` (for the UI and tests) and a short `message` a player can act on.
 */

export type ReplayErrorKind =
  | 'too-long'
  | 'malformed'
  | 'checksum'
  | 'newer-format'
  | 'unknown-scenario'
  | 'scenario-version'
  | 'invalid-choice';

export const REPLAY_ERROR_KINDS: readonly ReplayErrorKind[] = [
  'too-long',
  'malformed',
  'checksum',
  'newer-format',
  'unknown-scenario',
  'scenario-version',
  'invalid-choice',
];

const DEFAULT_MESSAGES: Record<ReplayErrorKind, string> = {
  'too-long': 'That is far too long to be a replay code.',
  malformed: 'That is not a replay code, or part of it is missing. Copy the whole link again.',
  checksum: 'This replay code has been changed or mistyped: some characters are wrong.',
  'newer-format': 'This replay code was made by a newer version of Linkage. Reload the page to update the game.',
  'unknown-scenario': 'This replay is for a scenario that is not available here.',
  'scenario-version': 'This replay was made with another version of the scenario, so it would not play the same.',
  'invalid-choice': 'This replay code contains a choice that the scenario does not offer.',
};

export class ReplayError extends Error {
  readonly kind: ReplayErrorKind;
  constructor(kind: ReplayErrorKind, message: string = DEFAULT_MESSAGES[kind]) {
    super(message);
    this.name = 'ReplayError';
    this.kind = kind;
  }
}

export function isReplayError(error: unknown): error is ReplayError {
  return error instanceof ReplayError;
}
