/**
 * One round's step of the negotiation model, for the rules to call between the
 * options and the interaction rules: what is linked now, what the options put
 * on the table, what each side remembers of the other, and whether the talks
 * were walked away from or the package is held hostage.
 */
import type { Option, Scenario, SideId } from '../schema.ts';
import { agreeStep, blockOf, linkStep, remember } from './package.ts';
import type { ModelState } from './state.ts';

/** Ids in scenario order, built once per scenario. */
const orders = new WeakMap<Scenario, { issues: string[]; items: string[] }>();
export function ordersOf(scenario: Scenario): { issues: string[]; items: string[] } {
  let o = orders.get(scenario);
  if (!o) {
    o = { issues: scenario.issues.map((i) => i.id), items: (scenario.package?.items ?? []).map((i) => i.id) };
    orders.set(scenario, o);
  }
  return o;
}

export function modelStep(scenario: Scenario, before: ModelState, us: Option, china: Option, last: boolean): ModelState {
  const { issues, items } = ordersOf(scenario);
  const step = linkStep(issues, before.linked, us, china);
  let agreed = before.agreed;
  if (us.agree) agreed = agreeStep(items, agreed, us.agree, []);
  if (china.agree) agreed = agreeStep(items, agreed, china.agree, []);
  const memory: Record<SideId, ModelState['memory']['us']> = {
    us: remember(scenario, before.memory.us, 'us', us, step.refused.us),
    china: remember(scenario, before.memory.china, 'china', china, step.refused.china),
  };
  const blocked = before.blocked ?? blockOf(scenario, step.linked, { us, china }, memory, last);
  return { settings: before.settings, temper: before.temper, linked: step.linked, agreed, memory, blocked };
}

/** A rule's changes to the package, after the options. */
export function ruleAgree(scenario: Scenario, model: ModelState, agree: readonly string[] | undefined, drop: readonly string[] | undefined): ModelState {
  if (!agree && !drop) return model;
  const agreed = agreeStep(ordersOf(scenario).items, model.agreed, agree ?? [], drop ?? []);
  return agreed === model.agreed ? model : { ...model, agreed };
}
