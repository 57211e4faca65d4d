/**
 * The words of a scenario, each under a stable key built from the scenario's
 * own ids, so a translation is a flat file of key → text that survives edits
 * to the rules and the order of things:
 *
 *   title, premise, briefing.intro, briefing.timeline.0.text,
 *   sides.us.name, sides.china.delegation.wang-yi.role,
 *   rounds.dinner.setting, rounds.dinner.lines.0.text,
 *   rounds.dinner.options.us.us-d-partners.label,
 *   sources.<source-id>.label, endings.unstuck.history,
 *   package.interests.china.2.label, debrief.glossary.1.term
 *
 * Which fields are words is read from the schema itself: every field typed
 * `Text` or `ShortText` (schema-parts.ts) is, and nothing else (ids, scene
 * keys, source citations, conditions, numbers, URLs) ever is. A list whose
 * entries have an `id` is keyed by the id, a table by its keys, and any other
 * list by the entry's position.
 */
import type { z } from 'zod';
import { Scenario } from '../schema.ts';
import { ShortText, Text } from '../schema-parts.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list entry's key segment: its id when it has one, else its position. */
function segment(entry: unknown, index: number): string {
  return isRecord(entry) && typeof entry.id === 'string' ? entry.id : String(index);
}

function walk(schema: z.ZodType, value: unknown, path: string, out: Map<string, string>): void {
  if (schema === Text || schema === ShortText) {
    if (typeof value === 'string') out.set(path, value);
    return;
  }
  const def = defOf(schema);
  const at = (key: string): string => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      if (value !== undefined && value !== null && def.innerType) walk(def.innerType, value, path, out);
      return;
    case 'object':
      if (!isRecord(value) || !def.shape) return;
      for (const [key, field] of Object.entries(def.shape)) walk(field, value[key], at(key), out);
      return;
    case 'array':
      if (!Array.isArray(value) || !def.element) return;
      value.forEach((entry, i) => walk(def.element as z.ZodType, entry, at(segment(entry, i)), out));
      return;
    case 'tuple':
      if (!Array.isArray(value) || !def.items) return;
      value.forEach((entry, i) => { const item = def.items?.[i]; if (item) walk(item, entry, at(segment(entry, i)), out); });
      return;
    case 'record':
      if (!isRecord(value) || !def.valueType) return;
      for (const [key, entry] of Object.entries(value)) walk(def.valueType, entry, at(key), out);
      return;
    case 'union':
      // Unions in the scenario are of tones and stances, never of words; an object branch is walked for safety.
      for (const option of def.options ?? []) if (defOf(option).type === 'object' && isRecord(value)) walk(option, value, path, out);
      return;
    default:
      return;
  }
}

/** Every word of a scenario under its key, in the order of the file. */
export function scenarioTextKeys(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  walk(Scenario, scenario, '', out);
  return out;
}
