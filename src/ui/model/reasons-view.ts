/**
 * The negotiation model explained to students, and why the computer chose what
 * it chose, round by round: the parts of its score that weighed most for and
 * against the option it picked, in plain words. Built from the engine's logged
 * explanations (one per round and computer side).
 */
import type { Scenario, SideId } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

const m = t.model;

/** One computer choice and every offered option's score, part by part (the engine's explanation). */
export interface ReasonRound {
  round: string;
  side: SideId;
  chosen: string;
  scores: { option: string; total: number; parts: { kind: string; points: number }[] }[];
}

export interface Reason {
  kind: string;
  points: number;
  text: string;
}

/** The best option it did not choose, and how many points behind the chosen one it was (0: a tie, drawn by chance). */
export function runnerUp(round: ReasonRound): { option: string; behind: number } | null {
  const chosen = round.scores.find((s) => s.option === round.chosen);
  let best: { option: string; total: number } | null = null;
  for (const s of round.scores) if (s.option !== round.chosen && (best === null || s.total > best.total)) best = s;
  return chosen && best ? { option: best.option, behind: chosen.total - best.total } : null;
}

/** The parts of the chosen option's score, largest first: up to `limit` for it and `limit` against it. */
export function topReasons(round: ReasonRound, limit = 2): { chosen: string; forIt: Reason[]; againstIt: Reason[] } {
  const score = round.scores.find((s) => s.option === round.chosen);
  const parts = [...(score?.parts ?? [])].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const text = (p: { kind: string; points: number }): Reason => {
    const words = m.part[p.kind];
    return { kind: p.kind, points: p.points, text: words ? (p.points > 0 ? words.up : words.down) : p.kind };
  };
  return {
    chosen: round.chosen,
    forIt: parts.filter((p) => p.points > 0).slice(0, limit).map(text),
    againstIt: parts.filter((p) => p.points < 0).slice(0, limit).map(text),
  };
}

function optionLabel(scenario: Scenario, round: string, side: SideId, id: string): string {
  return scenario.rounds.find((r) => r.id === round)?.options[side].find((o) => o.id === id)?.label ?? id;
}

/** The round's full title on screen; in print, only its number (the printed debrief must stay short). */
function roundName(scenario: Scenario, id: string): HTMLElement {
  const i = scenario.rounds.findIndex((r) => r.id === id);
  if (i < 0) return h('span', { class: 'reason-round' }, `${id}${t.punct.stopSpace}`);
  return h('span', { class: 'reason-round' },
    h('span', { class: 'no-print' }, `${t.classroom.roundShort(i + 1, scenario.rounds[i]!.title)}${t.punct.stopSpace}`),
    h('span', { class: 'print-only' }, `${m.roundNumber(i + 1)} `));
}

function reasonLine(label: string, reasons: readonly Reason[], cls: string): HTMLElement | null {
  if (reasons.length === 0) return null;
  // The separators are drawn by CSS, so print can keep the first reason alone.
  return h('p', { class: `reason-line ${cls}` }, h('span', { class: 'reason-key' }, `${label} `),
    reasons.map((r) => h('span', { class: 'reason-part', 'data-kind': r.kind }, `${r.text} ${m.points(r.points)}`)));
}

/** "How the game works": interests, the two faces of linkage, the reacting counterpart, and this game's settings. */
export function modelView(settings: { temperament: string; unpredictability: string }): HTMLElement {
  return h('section', { class: 'card model-explained', 'aria-labelledby': 'model-heading' },
    h('h2', { id: 'model-heading' }, m.modelHeading),
    h('div', { class: 'model-points' }, m.modelPoints.map((point) => h('p', null, h('strong', null, point.term), ' ', point.text))),
    h('p', { class: 'hint', 'data-temperament': settings.temperament },
      m.counterpartLine(m.temperament[settings.temperament] ?? settings.temperament, m.unpredictability[settings.unpredictability] ?? settings.unpredictability)),
  );
}

/** "Why the computer did what it did", round by round; with two players, a line saying no computer played. */
export function reasonsView(scenario: Scenario, rounds: readonly ReasonRound[], computer: SideId | null): HTMLElement {
  return h('section', { class: 'card reasons', 'aria-labelledby': 'reasons-heading' },
    h('h2', { id: 'reasons-heading' }, m.reasonsHeading),
    computer === null
      ? h('p', null, m.reasonsNone)
      : [
        h('p', { class: 'hint' }, m.reasonsIntro[computer]),
        h('ol', { class: 'reasons-list' }, rounds.filter((r) => r.side === computer).map((r) => {
          const top = topReasons(r);
          const next = runnerUp(r);
          return h('li', { class: 'reason', 'data-round': r.round },
            h('p', { class: 'reason-head' }, roundName(scenario, r.round), m.chose(optionLabel(scenario, r.round, r.side, r.chosen)),
              next ? h('span', { class: 'reason-next no-print' }, ` ${m.nextBest(optionLabel(scenario, r.round, r.side, next.option), next.behind)}`) : null),
            reasonLine(m.forIt, top.forIt, 'is-for'),
            reasonLine(m.againstIt, top.againstIt, 'is-against'),
          );
        })),
      ],
  );
}
