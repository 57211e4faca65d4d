/** The engine's public API. Views, the CLI and tests import from here only. */
export * from './schema.ts';
export * from './types.ts';
export type { Problem } from './problems.ts';
export { ScenarioError, parseScenario, parseScenarioText, MAX_SCENARIO_BYTES, type ParseOptions } from './parse.ts';
export { checkScenario, checkStructure, scenarioWarnings } from './check.ts';
export { explore, EXPLORE_SEEDS, EXPLORE_BUDGET, type Exploration, type Clamp } from './explore.ts';
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
export { validateGameState, StateError, GameStateSchema } from './state-schema.ts';
export { validateSnapshot, type PersistedGame } from './snapshot.ts';
export { renderText } from './render.ts';
export { createGameMachine, phaseOf, type GameMachine, type MachineInput, type MachineContext } from './machine.ts';
export { roundOf, optionById, measureLabel, eventById, ruleById, endingById } from './lookup.ts';
export { balanceFigures, type BalanceFigures, type SideFigures, type BalanceOptions } from './balance/figures.ts';
export { toneFor, type Tone } from './tone.ts';
