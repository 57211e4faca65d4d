/**
 * A scenario in another language: the translation's words laid over the
 * parsed scenario, key by key (keys.ts). Pure: a new scenario, the original
 * untouched. Ids, numbers, conditions and rules are never in a translation,
 * so a game (and its replay code) is the same game in every language.
 * A key the translation lacks keeps its source-language text (the check
 * refuses such a file, so this happens only with a teacher's own files).
 */
import type { Scenario } from '../schema.ts';
import type { ScenarioTranslation, TranslationEntry } from './format.ts';

type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** The child of `node` at one key segment: a list entry by its id, else by its position. */
function child(node: Node, segment: string): unknown {
  if (!Array.isArray(node)) return node[segment];
  return node.find((e) => isNode(e) && !Array.isArray(e) && e.id === segment) ?? (/^\d+$/.test(segment) ? node[Number(segment)] : undefined);
}

/** The object holding the field at `key`, and the field's name, or null when the key names nothing. */
function locate(root: Node, key: string): { parent: Record<string, unknown>; field: string } | null {
  const parts = key.split('.');
  const field = parts.pop();
  let node: unknown = root;
  for (const part of parts) {
    if (!isNode(node)) return null;
    node = child(node, part);
  }
  if (!isNode(node) || Array.isArray(node) || field === undefined) {
    // A list of plain strings (a side's goals): the last segment is the position.
    if (Array.isArray(node) && field !== undefined && /^\d+$/.test(field) && typeof node[Number(field)] === 'string') {
      return { parent: node as unknown as Record<string, unknown>, field };
    }
    return null;
  }
  return typeof node[field] === 'string' ? { parent: node, field } : null;
}

function apply(root: Node, key: string, entry: TranslationEntry, language: string): void {
  const at = locate(root, key);
  if (!at) return;
  if (typeof entry === 'string') {
    at.parent[at.field] = entry;
    return;
  }
  at.parent[at.field] = entry.text;
  // A line that now quotes the original: its words are no longer a translation.
  if (entry.original && 'speaker' in at.parent) at.parent.originalLanguage = language;
  if (!entry.source) return;
  const sources: unknown = at.parent.sources;
  if (Array.isArray(sources)) at.parent.sources = [entry.source, ...(sources as unknown[]).filter((id) => id !== entry.source)];
  else at.parent.source = entry.source;
}

export function overlayScenario(scenario: Scenario, translation: ScenarioTranslation): Scenario {
  const copy = structuredClone(scenario) as unknown as Node;
  // The translation's own sources join the table; an id the scenario already has keeps the scenario's (the check refuses it).
  const table = (copy as unknown as Scenario).sources;
  for (const [id, source] of Object.entries(translation.sources ?? {})) if (!Object.hasOwn(table, id)) table[id] = { ...source };
  for (const [key, entry] of Object.entries(translation.text)) apply(copy, key, entry, translation.language);
  return copy as unknown as Scenario;
}
