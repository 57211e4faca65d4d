/**
 * Validation of a saved game: the shape (zod), then consistency with the
 * scenario it claims to belong to. A save from localStorage or a replay file is
 * untrusted input; nothing reaches the rules until it passes here.
 */
import { z } from 'zod';
import { Id, SIDES, type Scenario } from './schema.ts';
import type { GameState } from './types.ts';
import { indexOf } from './lookup.ts';
import { formatPath, type Problem } from './problems.ts';
import { TEMPERAMENTS, UNPREDICTABILITY } from './model/state.ts';

const Int32 = z.number().int().min(-0x80000000).max(0x7fffffff);
const Value = z.number().int().min(0).max(100);
const SideRecord = <T extends z.ZodType>(t: T) => z.strictObject({ us: t, china: t });

const Cause = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('option'), side: z.enum(['us', 'china']), id: Id }),
  z.strictObject({ kind: z.literal('rule'), id: Id }),
  z.strictObject({ kind: z.literal('event'), id: Id }),
]);

const Change = z.strictObject({
  measure: Id,
  want: z.number().int().min(-100).max(100),
  by: z.number().int().min(-100).max(100),
  to: Value,
  cause: Cause,
});

const RoundRecord = z.strictObject({
  round: Id,
  choices: SideRecord(Id),
  changes: z.array(Change).max(1000),
  rules: z.array(Id).max(1000),
  event: Id.nullable(),
  measures: z.record(Id, Value),
});

const Count = z.number().int().min(0).max(100);
const Memory = z.strictObject({
  last: z.number().int().min(-1).max(1),
  links: Count,
  refusals: Count,
  offers: Count,
  refused: z.array(Id).max(50),
});
const Temper = z.strictObject({
  insist: z.number().int().min(-20).max(20),
  reciprocity: z.number().int().min(0).max(40),
  patience: z.number().int().min(0).max(20),
  walkAway: z.number().int().min(0).max(100),
  noise: z.number().int().min(0).max(40),
});
const Model = z.strictObject({
  settings: z.strictObject({ temperament: z.enum(TEMPERAMENTS), unpredictability: z.enum(UNPREDICTABILITY) }),
  temper: SideRecord(Temper),
  linked: z.array(Id).max(50),
  agreed: z.array(Id).max(50),
  memory: SideRecord(Memory),
  blocked: z
    .strictObject({ reason: z.enum(['walk-away', 'hostage']), side: z.enum(['us', 'china']), issue: Id.optional() })
    .nullable(),
});

const GameStateSchema = z.strictObject({
  scenario: Id,
  version: z.number().int().min(1).max(65535),
  seed: z.number().int().min(0).max(0xffffffff),
  mode: z.enum(['us', 'china', 'two']),
  rng: z.array(Int32).length(4),
  round: z.number().int().min(0).max(20),
  measures: z.record(Id, Value),
  flags: z.array(Id).max(1000),
  fired: z.array(Id).max(1000),
  pending: z.strictObject({ us: Id.optional(), china: Id.optional() }),
  log: z.array(RoundRecord).max(20),
  ending: Id.nullable(),
  model: Model,
});

export class StateError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Not a valid saved game:\n${problems.map((p) => `  ${p.path || '(top)'}: ${p.message}`).join('\n')}`);
    this.name = 'StateError';
    this.problems = problems;
  }
}

function sameKeys(record: Record<string, number>, ids: Iterable<string>): boolean {
  const want = [...ids];
  const have = Object.keys(record);
  return have.length === want.length && want.every((id) => record[id] !== undefined);
}

/** What is inconsistent between a well-formed state and its scenario. */
function consistency(scenario: Scenario, s: z.infer<typeof GameStateSchema>): Problem[] {
  const index = indexOf(scenario);
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const rounds = scenario.rounds.length;
  if (s.scenario !== scenario.id) add('scenario', `belongs to scenario "${s.scenario}", not "${scenario.id}"`);
  if (s.version !== scenario.version) add('version', `was saved with version ${s.version} of the scenario; this is version ${scenario.version}`);
  if (s.round > rounds) add('round', `is ${s.round}, but the scenario has only ${rounds} rounds`);
  if (s.log.length !== s.round) add('log', `has ${s.log.length} rounds, but the game is at round ${s.round}`);
  if (!sameKeys(s.measures, index.measures.keys())) add('measures', 'must have exactly the scenario\'s measures');
  if (s.rng.every((n) => n === 0)) add('rng', 'is all zeros, which no seed produces');
  const issues = new Set(scenario.issues.map((i) => i.id));
  const items = new Set((scenario.package?.items ?? []).map((i) => i.id));
  s.model.linked.forEach((id, i) => { if (!issues.has(id)) add(`model.linked[${i}]`, `"${id}" is not an issue of this scenario`); });
  s.model.agreed.forEach((id, i) => { if (!items.has(id)) add(`model.agreed[${i}]`, `"${id}" is not a package item of this scenario`); });
  s.fired.forEach((id, i) => { if (!index.events.has(id)) add(`fired[${i}]`, `"${id}" is not an event of this scenario`); });
  for (const side of SIDES) {
    const id = s.pending[side];
    if (id !== undefined && !index.options[s.round]?.[side].has(id)) add(`pending.${side}`, `"${id}" is not an option for ${side} in this round`);
  }
  s.log.forEach((rec, i) => {
    if (scenario.rounds[i]?.id !== rec.round) add(`log[${i}].round`, `should be "${scenario.rounds[i]?.id ?? '(none)'}"`);
    for (const side of SIDES) {
      if (!index.options[i]?.[side].has(rec.choices[side])) add(`log[${i}].choices.${side}`, `"${rec.choices[side]}" is not an option for ${side} in this round`);
    }
    if (rec.event !== null && !index.events.has(rec.event)) add(`log[${i}].event`, `"${rec.event}" is not an event of this scenario`);
  });
  const over = s.round === rounds;
  if (over && s.ending === null) add('ending', 'is missing although every round has been played');
  if (!over && s.ending !== null) add('ending', 'is set although rounds remain');
  if (s.ending !== null && !index.endings.has(s.ending)) add('ending', `"${s.ending}" is not an ending of this scenario`);
  if (over && Object.keys(s.pending).length > 0) add('pending', 'must be empty once the game has ended');
  return problems;
}

/** Checks untrusted JSON as a game of this scenario; throws StateError listing every problem. */
export function validateGameState(scenario: Scenario, json: unknown): GameState {
  const parsed = GameStateSchema.safeParse(json);
  if (!parsed.success) {
    throw new StateError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  }
  const problems = consistency(scenario, parsed.data);
  if (problems.length > 0) throw new StateError(problems);
  return parsed.data;
}
