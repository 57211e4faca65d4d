/**
 * Logic checks for the negotiation model's parts of a scenario: package items,
 * interests, what options and rules put on the table, linked issues in
 * conditions, shocks' issues and the temperament's walk measure. Messages name
 * the place in the file, like the rest of checkScenario's.
 */
import type { Condition, Scenario } from '../schema.ts';

type Add = (path: string, message: string) => void;

export function checkModel(s: Scenario, add: Add): void {
  const issues = new Set(s.issues.map((i) => i.id));
  const measures = new Set(s.measures.map((m) => m.id));
  const items = new Set<string>();
  const pkg = s.package;
  pkg?.items.forEach((item, i) => {
    if (items.has(item.id)) add(`package.items[${i}].id`, `"${item.id}" is used by another package item; ids must be unique`);
    items.add(item.id);
    if (item.issue !== undefined && !issues.has(item.issue)) add(`package.items[${i}].issue`, `"${item.issue}" is not an issue of this scenario`);
  });
  for (const side of ['us', 'china'] as const) {
    pkg?.interests[side].forEach((interest, i) => {
      if (!items.has(interest.item)) add(`package.interests.${side}[${i}].item`, `"${interest.item}" is not a package item of this scenario`);
    });
    const walk = s.policies[side].temperament?.walkMeasure;
    if (walk !== undefined && !measures.has(walk)) add(`policies.${side}.temperament.walkMeasure`, `"${walk}" is not a measure of this scenario`);
  }
  pkg?.shielded.forEach((id, i) => {
    if (!measures.has(id)) add(`package.shielded[${i}]`, `"${id}" is not a measure of this scenario`);
  });
  const itemList = (path: string, ids: readonly string[] | undefined) =>
    ids?.forEach((id, i) => {
      if (!items.has(id)) add(`${path}[${i}]`, `"${id}" is not a package item of this scenario${pkg ? '' : ' (it has no "package")'}`);
    });
  const condition = (path: string, when: Condition) => {
    for (const list of ['all', 'none'] as const) {
      when.linked?.[list]?.forEach((id, i) => {
        if (!issues.has(id)) add(`${path}.linked.${list}[${i}]`, `"${id}" is not an issue of this scenario`);
      });
      itemList(`${path}.agreed.${list}`, when.agreed?.[list]);
    }
  };
  s.rounds.forEach((round, r) => {
    for (const side of ['us', 'china'] as const) {
      round.options[side].forEach((o, i) => itemList(`rounds[${r}].options.${side}[${i}].agree`, o.agree));
    }
  });
  s.rules.forEach((rule, i) => {
    itemList(`rules[${i}].agree`, rule.agree);
    itemList(`rules[${i}].drop`, rule.drop);
    condition(`rules[${i}].when`, rule.when);
  });
  s.events.forEach((ev, i) => {
    if (ev.issue !== undefined && !issues.has(ev.issue)) add(`events[${i}].issue`, `"${ev.issue}" is not an issue of this scenario`);
    condition(`events[${i}].when`, ev.when);
  });
  s.endings.forEach((ending, i) => condition(`endings[${i}].when`, ending.when));
}
