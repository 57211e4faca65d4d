/**
 * Linkage as rules the engine knows. Linking an issue puts it (and its items)
 * in the package; keeping it separate takes it out. A refusal on a linked hard
 * ("hostage") issue in the last round blocks the whole package, and walking
 * away ends the talks with none. The final package is scored for each side
 * against its interests.
 */
import type { Interest, Option, Scenario, SideId } from '../schema.ts';
import { SIDES } from '../schema.ts';
import type { Blocked, Memory, ModelState } from './state.ts';

/** Adds ids to a list kept in the order of `order`, or removes them; returns the same array if nothing changes. */
function update(list: string[], order: readonly string[], add: ReadonlySet<string>, remove: ReadonlySet<string>): string[] {
  let changed = false;
  for (const id of add) if (!list.includes(id)) changed = true;
  for (const id of remove) if (list.includes(id)) changed = true;
  if (!changed) return list;
  return order.filter((id) => !remove.has(id) && (add.has(id) || list.includes(id)));
}

export interface LinkStep {
  linked: string[];
  /** Issues each side kept separate while the other linked them this round. */
  refused: Record<SideId, string[]>;
}

/**
 * How a round's two options change what is linked: an issue either side links
 * (and the other does not keep separate) is linked; an issue kept separate and
 * not linked by the other is unlinked; a link met by a separation is a refusal
 * and leaves the issue as it was.
 */
export function linkStep(issues: readonly string[], linked: string[], us: Option, china: Option): LinkStep {
  const add = new Set<string>();
  const remove = new Set<string>();
  const refused: Record<SideId, string[]> = { us: [], china: [] };
  for (const issue of issues) {
    const a = us.stances[issue];
    const b = china.stances[issue];
    if (a === undefined && b === undefined) continue;
    const links = a === 'link' || b === 'link';
    const separates = a === 'separate' || b === 'separate';
    if (links && separates) refused[a === 'separate' ? 'us' : 'china'].push(issue);
    else if (links) add.add(issue);
    else if (separates) remove.add(issue);
  }
  return { linked: update(linked, issues, add, remove), refused };
}

/** Items put on the table or taken off it, kept in scenario order. */
export function agreeStep(order: readonly string[], agreed: string[], agree: readonly string[], drop: readonly string[]): string[] {
  if (agree.length === 0 && drop.length === 0) return agreed;
  return update(agreed, order, new Set(agree), new Set(drop));
}

function wants(interests: readonly Interest[], item: string): boolean {
  return interests.some((i) => i.item === item && i.want);
}

/** What a side did this round, added to what the other side's computer remembers. */
export function remember(scenario: Scenario, before: Memory, side: SideId, option: Option, refused: readonly string[]): Memory {
  let link = false;
  let separate = false;
  for (const id in option.stances) {
    if (option.stances[id] === 'link') link = true;
    else if (option.stances[id] === 'separate') separate = true;
  }
  const other: SideId = side === 'us' ? 'china' : 'us';
  const theirs = scenario.package?.interests[other] ?? [];
  const offered = (option.agree ?? []).some((item) => wants(theirs, item));
  return {
    last: link ? 1 : separate ? -1 : 0,
    links: before.links + (link ? 1 : 0),
    refusals: before.refusals + (refused.length > 0 ? 1 : 0),
    offers: before.offers + (offered ? 1 : 0),
    refused: refused.length === 0 ? before.refused : update(before.refused, scenario.issues.map((i) => i.id), new Set(refused), new Set()),
  };
}

/**
 * Who walked away (in any round), or, in the last round, which hostage issue
 * blocks the package: one that is linked, that one side links again now, and
 * that the other side has refused at some point. The walk-out wins.
 */
export function blockOf(
  scenario: Scenario,
  linked: readonly string[],
  choices: Record<SideId, Option>,
  memory: Record<SideId, Memory>,
  last: boolean,
): Blocked | null {
  for (const side of SIDES) if (choices[side].walkAway) return { reason: 'walk-away', side };
  if (!last) return null;
  for (const issue of scenario.issues) {
    if (!issue.hostage || !linked.includes(issue.id)) continue;
    for (const side of SIDES) {
      const other: SideId = side === 'us' ? 'china' : 'us';
      if (choices[side].stances[issue.id] === 'link' && memory[other].refused.includes(issue.id)) {
        return { reason: 'hostage', side, issue: issue.id };
      }
    }
  }
  return null;
}

export interface InterestResult {
  item: string;
  label: string;
  want: boolean;
  weight: number;
  /** Whether the item is in the final package. */
  inPackage: boolean;
  /** Whether the side got what it wanted on this item. */
  met: boolean;
}

/** The final package as one side sees it. */
export interface PackageOutcome {
  side: SideId;
  /** Items it wanted and got. */
  secured: string[];
  /** Items it wanted kept out and gave up. */
  gaveUp: string[];
  /** Items it wanted and did not get. */
  missed: string[];
  /** Items it wanted kept out and kept out. */
  held: string[];
  interests: InterestResult[];
  score: number;
  max: number;
  /** score / max in whole percent (0 when the scenario has no interests). */
  percent: number;
}

/** Items in the final package: on the table, of a linked issue or of none, and not blocked. */
export function inPackage(scenario: Scenario, model: Pick<ModelState, 'linked' | 'agreed' | 'blocked'>): string[] {
  if (model.blocked || !scenario.package) return [];
  const issueOf = new Map(scenario.package.items.map((i) => [i.id, i.issue]));
  return model.agreed.filter((id) => {
    const issue = issueOf.get(id);
    return issue === undefined || model.linked.includes(issue);
  });
}

export function packageOutcome(scenario: Scenario, model: Pick<ModelState, 'linked' | 'agreed' | 'blocked'>): Record<SideId, PackageOutcome> {
  const final = new Set(inPackage(scenario, model));
  const out = {} as Record<SideId, PackageOutcome>;
  for (const side of SIDES) {
    const o: PackageOutcome = { side, secured: [], gaveUp: [], missed: [], held: [], interests: [], score: 0, max: 0, percent: 0 };
    for (const i of scenario.package?.interests[side] ?? []) {
      const has = final.has(i.item);
      const met = has === i.want;
      o.interests.push({ item: i.item, label: i.label, want: i.want, weight: i.weight, inPackage: has, met });
      (i.want ? (has ? o.secured : o.missed) : has ? o.gaveUp : o.held).push(i.item);
      o.max += i.weight;
      if (met) o.score += i.weight;
    }
    o.percent = o.max === 0 ? 0 : Math.floor((o.score * 100) / o.max);
    out[side] = o;
  }
  return out;
}
