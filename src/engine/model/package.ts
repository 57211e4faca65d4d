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

/**
 * Adds ids to a list kept in the order of `order`, or removes them; returns the
 * same array if nothing changes (the rules run tens of thousands of games a second).
 */
function update(list: string[], order: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  let changed = false;
  for (let i = 0; i < add.length && !changed; i++) if (!list.includes(add[i]!)) changed = true;
  for (let i = 0; i < remove.length && !changed; i++) if (list.includes(remove[i]!)) changed = true;
  if (!changed) return list;
  return order.filter((id) => !remove.includes(id) && (add.includes(id) || list.includes(id)));
}

const NONE: string[] = [];
/** Reused between calls (the rules never re-enter). */
const adding: string[] = [];
const removing: string[] = [];

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
  adding.length = 0;
  removing.length = 0;
  let refusedUs = NONE;
  let refusedChina = NONE;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    const a = us.stances[issue];
    const b = china.stances[issue];
    if (a === undefined && b === undefined) continue;
    const links = a === 'link' || b === 'link';
    const separates = a === 'separate' || b === 'separate';
    if (links && separates) {
      if (a === 'separate') refusedUs = refusedUs === NONE ? [issue] : [...refusedUs, issue];
      else refusedChina = refusedChina === NONE ? [issue] : [...refusedChina, issue];
    } else if (links) adding.push(issue);
    else if (separates) removing.push(issue);
  }
  return { linked: update(linked, issues, adding, removing), refused: { us: refusedUs, china: refusedChina } };
}

/** Items put on the table or taken off it, kept in scenario order. */
export function agreeStep(order: readonly string[], agreed: string[], agree: readonly string[], drop: readonly string[]): string[] {
  if (agree.length === 0 && drop.length === 0) return agreed;
  return update(agreed, order, agree, drop);
}

/** Per option: whether it links or separates any issue, and whether it offers an item the other side wants. */
interface Traits { link: boolean; separate: boolean; offers: boolean }
const traits = new WeakMap<Option, Traits>();
function traitsOf(scenario: Scenario, side: SideId, option: Option): Traits {
  let t = traits.get(option);
  if (!t) {
    let link = false;
    let separate = false;
    for (const id in option.stances) {
      if (option.stances[id] === 'link') link = true;
      else if (option.stances[id] === 'separate') separate = true;
    }
    const theirs: readonly Interest[] = scenario.package?.interests[side === 'us' ? 'china' : 'us'] ?? [];
    const offers = (option.agree ?? []).some((item) => theirs.some((i) => i.item === item && i.want));
    t = { link, separate, offers };
    traits.set(option, t);
  }
  return t;
}

/** What a side did this round, added to what the other side's computer remembers. */
export function remember(scenario: Scenario, before: Memory, side: SideId, option: Option, refused: readonly string[]): Memory {
  const { link, separate, offers } = traitsOf(scenario, side, option);
  return {
    last: link ? 1 : separate ? -1 : 0,
    links: before.links + (link ? 1 : 0),
    refusals: before.refusals + (refused.length > 0 ? 1 : 0),
    offers: before.offers + (offers ? 1 : 0),
    refused: refused.length === 0 ? before.refused : update(before.refused, scenario.issues.map((i) => i.id), refused, NONE),
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
const issues = new WeakMap<Scenario, Map<string, string | undefined>>();
function issueOf(scenario: Scenario): Map<string, string | undefined> {
  let map = issues.get(scenario);
  if (!map) {
    map = new Map((scenario.package?.items ?? []).map((i) => [i.id, i.issue]));
    issues.set(scenario, map);
  }
  return map;
}

type Final = Pick<ModelState, 'linked' | 'agreed' | 'blocked'>;

function counts(scenario: Scenario, model: Final, id: string): boolean {
  const issue = issueOf(scenario).get(id);
  return issue === undefined || model.linked.includes(issue);
}

export function inPackage(scenario: Scenario, model: Final): string[] {
  if (model.blocked || !scenario.package) return [];
  return model.agreed.filter((id) => counts(scenario, model, id));
}

/** Each side's score in whole percent, as `packageOutcome` computes it, without building the lists (for endings). */
export function packagePercent(scenario: Scenario, model: Final, side: SideId): number {
  const interests = scenario.package?.interests[side];
  if (!interests) return 0;
  let score = 0;
  let max = 0;
  for (let i = 0; i < interests.length; i++) {
    const interest = interests[i]!;
    const has = model.blocked === null && model.agreed.includes(interest.item) && counts(scenario, model, interest.item);
    max += interest.weight;
    if (has === interest.want) score += interest.weight;
  }
  return max === 0 ? 0 : Math.floor((score * 100) / max);
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
