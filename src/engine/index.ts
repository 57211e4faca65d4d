/**
 * The engine's public API, for the scripts, the tests and the views' lazy
 * gateway. The first page load must not carry zod or xstate, so the views
 * (src/ui, src/game) import this index only from src/ui/session.ts, which the
 * app loads with import() once the title is interactive; the classroom pages
 * (loaded the same way) use class/index.ts. Anywhere else a view may import
 * engine types from any module, and values only from the modules that load
 * neither zod nor xstate: net-moves.ts, types.ts and replay/link.ts.
 * eslint.config.js enforces this.
 */
export * from './schema.ts';
export * from './types.ts';
export type { Problem } from './problems.ts';
export { ScenarioError, parseScenario, parseScenarioText, parseScenarioBytes, MAX_SCENARIO_BYTES, type ParseOptions } from './parse.ts';
export { parseStrictJson, MAX_JSON_DEPTH } from './strict-json.ts';
export { checkScenario, checkScenarioWithin, scenarioWarnings, type BoundedCheck } from './check.ts';
export { explore, EXPLORE_SEEDS, EXPLORE_BUDGET, WALK_STEPS, type Exploration, type Clamp, type WalkLimits } from './explore.ts';
export {
  newGame,
  offeredOptions,
  isPersonSide,
  isOver,
  choose,
  refusal,
  bothChosen,
  resolveRound,
  evaluateEnding,
} from './rules.ts';
export { POLICY_NAMES, isPolicyName, computerChoice, chooseForComputer, type PolicyName } from './policy.ts';
export { playGame, playComputerGame, type Policies } from './play.ts';
export { hashState, canonicalJson } from './hash.ts';
export { validateGameState, StateError } from './state-schema.ts';
export { validateSnapshot, type PersistedGame } from './snapshot.ts';
export { renderText } from './render.ts';
export { createGameMachine, phaseOf, type GameMachine, type MachineInput, type MachineContext } from './machine.ts';
export { roundOf, measureLabel, eventById, ruleById, endingById } from './lookup.ts';
export { balanceFigures, type BalanceFigures, type SideFigures, type BalanceOptions } from './balance/figures.ts';
export { toneFor, type Tone } from './tone.ts';
export { balanceWarnings } from './balance/warnings.ts';
export { explainChoice, type Explanation } from './policy.ts';
export { explainGame } from './model/explain.ts';
export { PART_KINDS, type PartKind, type ScorePart, type OptionScore } from './model/counterpart.ts';
export { packageOutcome, inPackage, type PackageOutcome, type InterestResult } from './model/package.ts';
export {
  TEMPERAMENTS, UNPREDICTABILITY, DEFAULT_SETTINGS,
  type Settings, type TemperamentSetting, type Unpredictability, type ModelState, type Memory, type Blocked,
} from './model/state.ts';
export { overlayScenario, ScenarioTranslation, scenarioTextKeys, translationProblems, type TranslationProblem } from './i18n/index.ts';
