/**
 * A game as readable text, round by round: who chose what, every change with
 * its reason and cause, the rules and event, the ending. Used for snapshot
 * tests and by the simulate command, so a class can see why things happened.
 */
import type { Scenario } from './schema.ts';
import { toneFor, type Cause, type Change, type GameState } from './types.ts';
import { packageOutcome } from './model/package.ts';
import { endingById, eventById, indexOf, measureLabel, ruleById } from './lookup.ts';

function why(scenario: Scenario, roundIndex: number, change: Change): { reason: string; from: string } {
  const c: Cause = change.cause;
  const index = indexOf(scenario);
  if (c.kind === 'option') {
    const option = index.options[roundIndex]?.[c.side].get(c.id)?.option;
    return { reason: option?.effects[change.measure]?.why ?? '', from: `${c.side.toUpperCase()} option "${option?.label ?? c.id}"` };
  }
  if (c.kind === 'rule') {
    const rule = ruleById(scenario, c.id);
    return { reason: rule?.effects[change.measure]?.why ?? '', from: `rule "${rule?.label ?? c.id}"` };
  }
  const ev = eventById(scenario, c.id);
  return { reason: ev?.effects[change.measure]?.why ?? '', from: `event "${ev?.title ?? c.id}"` };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function measuresLine(scenario: Scenario, measures: Record<string, number>): string {
  return scenario.measures.map((m) => `${m.label} ${measures[m.id] ?? '?'}`).join(' · ');
}

export function renderText(scenario: Scenario, state: GameState): string {
  const index = indexOf(scenario);
  const out: string[] = [`${scenario.title} (seed ${state.seed}, mode ${state.mode})`];
  const start: Record<string, number> = {};
  for (const m of scenario.measures) start[m.id] = m.start;
  out.push(`Start: ${measuresLine(scenario, start)}`);
  state.log.forEach((rec, r) => {
    const round = scenario.rounds[r];
    out.push('', `Round ${r + 1}: ${round?.title ?? rec.round}`);
    for (const side of ['us', 'china'] as const) {
      const label = index.options[r]?.[side].get(rec.choices[side])?.option.label ?? rec.choices[side];
      out.push(`  ${side.toUpperCase()} chose: ${label}`);
    }
    for (const id of rec.rules) out.push(`  Rule fired: ${ruleById(scenario, id)?.label ?? id}`);
    if (rec.event !== null) out.push(`  Event: ${eventById(scenario, rec.event)?.title ?? rec.event}`);
    for (const change of rec.changes) {
      const { reason, from } = why(scenario, r, change);
      const clamped = change.by !== change.want ? ` (wanted ${signed(change.want)}, held at the limit)` : '';
      out.push(`  ${measureLabel(scenario, change.measure)} ${signed(change.by)} → ${change.to}${clamped}: ${reason} [${from}]`);
    }
    out.push(`  Now: ${measuresLine(scenario, rec.measures)}`);
  });
  if (state.ending !== null) {
    const ending = endingById(scenario, state.ending);
    const us = ending ? toneFor(ending, 'us') : '?';
    const china = ending ? toneFor(ending, 'china') : '?';
    out.push('', `Ending: ${ending?.title ?? state.ending} (${us === china ? us : `US ${us}, China ${china}`})`);
    if (scenario.package) {
      const m = state.model;
      const outcome = packageOutcome(scenario, m);
      const label = (id: string) => scenario.package!.items.find((i) => i.id === id)?.label ?? id;
      const list = (ids: readonly string[]) => (ids.length ? ids.map(label).join('; ') : 'nothing');
      out.push(`Linked: ${m.linked.length ? m.linked.join(', ') : 'nothing'}${m.blocked ? ` · package blocked (${m.blocked.reason} by ${m.blocked.side})` : ''}`);
      for (const side of ['us', 'china'] as const) {
        const o = outcome[side];
        out.push(`${side.toUpperCase()} secured: ${list(o.secured)} · gave up: ${list(o.gaveUp)} · score ${o.score}/${o.max}`);
      }
    }
  } else if (state.round < scenario.rounds.length) {
    out.push('', `Now at round ${state.round + 1}: ${scenario.rounds[state.round]!.title}`);
  }
  return out.join('\n');
}
