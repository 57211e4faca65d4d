/**
 * The scenario's table of sources: each source is listed once, by id, and
 * lines, headlines, events, endings, the briefing and the package's interests
 * cite it by that id. Types-only imports, so views can use these without zod.
 */
import type { Scenario, Source } from './schema.ts';

/**
 * The source an id names, or null when the table lacks it (only in a file the
 * check has not passed: the check refuses a citation of an unknown id).
 */
export function sourceOf(s: Pick<Scenario, 'sources'>, id: string): Source | null {
  return Object.hasOwn(s.sources, id) ? s.sources[id]! : null;
}

/** Every citation in the file, with its place as the check reports it. */
export function citations(s: Scenario): Array<{ path: string; id: string }> {
  const out: Array<{ path: string; id: string }> = [];
  const cite = (path: string, id: string | undefined) => { if (id !== undefined) out.push({ path, id }); };
  s.briefing.timeline.forEach((item, i) => cite(`briefing.timeline[${i}].source`, item.source));
  s.rounds.forEach((round, r) => {
    round.lines.forEach((line, i) => cite(`rounds[${r}].lines[${i}].source`, line.source));
    round.headlines?.forEach((hl, i) => cite(`rounds[${r}].headlines[${i}].source`, hl.source));
    round.history.sources.forEach((id, i) => cite(`rounds[${r}].history.sources[${i}]`, id));
  });
  s.events.forEach((e, i) => cite(`events[${i}].source`, e.source));
  s.endings.forEach((e, i) => e.sources.forEach((id, j) => cite(`endings[${i}].sources[${j}]`, id)));
  for (const side of ['us', 'china'] as const) {
    s.package?.interests[side].forEach((interest, i) => cite(`package.interests.${side}[${i}].source`, interest.source));
  }
  return out;
}

type Add = (path: string, message: string) => void;

/** A citation of an id the table lacks is a problem, at the citation's place. */
export function checkCitations(s: Scenario, add: Add): void {
  for (const { path, id } of citations(s)) {
    if (!Object.hasOwn(s.sources, id)) add(path, `"${id}" is not in this scenario's sources`);
  }
}

/** Sources no line, event or ending cites: worth an author's look, not an error (a translation may cite them). */
export function uncitedSources(s: Scenario): string[] {
  const cited = new Set(citations(s).map((c) => c.id));
  return Object.keys(s.sources).filter((id) => !cited.has(id));
}
