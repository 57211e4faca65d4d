/** Replay codes, links and replaying: the pure core. */
export { ReplayError, isReplayError, REPLAY_ERROR_KINDS, type ReplayErrorKind } from './errors.ts';
export {
  encodeReplay,
  decodeReplay,
  replayScenarioId,
  inputsOfGame,
  personSides,
  REPLAY_FORMAT,
  MAX_REPLAY_INPUT,
  type ReplayInputs,
  type ScenarioLookup,
} from './code.ts';
export { scenarioFingerprint } from './fingerprint.ts';
export { CHECK_QUESTIONS, CHECK_ANSWERS, MAX_CHECK_SET, checkScore, hasCheck, type CheckAnswer, type CheckRecord } from './check-bits.ts';
export { replayGame, replayStates, truncateInputs } from './play.ts';
export { replayLink, codeFromHash, stripLink, REPLAY_HASH_PREFIX } from './link.ts';
