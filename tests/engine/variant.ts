/** Builds a parsed scenario from the fixture with a test's change applied. */
import { parseScenario, type Scenario } from '../../src/engine/index.ts';
import { fixtureJson } from './helpers.ts';

// Tests poke into the JSON freely; the parse afterwards is what keeps them honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function variantJson(change: (json: Json) => void): Json {
  const json: Json = fixtureJson();
  change(json);
  return json;
}

export function variant(change: (json: Json) => void): Scenario {
  return parseScenario(variantJson(change));
}
