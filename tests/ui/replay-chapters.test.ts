// @vitest-environment happy-dom
/** Replay codes across chapters: a code loads the chapter it names; a comparison stays within one chapter. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/engine/schema.ts';
import type { LoadedGame } from '../../src/ui/ports.ts';
import { decodeRun } from '../../src/ui/replay/decode.ts';
import { Replays } from '../../src/ui/replay/index.ts';
import * as engine from '../../src/ui/session.ts';

const beijing = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));
// A second chapter: the same rules under another id and title, standing in for a real one.
const other: Scenario = { ...beijing, id: 'other-chapter', title: 'Another chapter' };
const chapters = new Map([[beijing.id, beijing], [other.id, other]]);

function codeIn(s: Scenario, seed: number): string {
  const choices = s.rounds.map((r) => ({ us: r.options.us[0]!.id }));
  return engine.replay.encodeReplay(s, engine.replay.replayGame(s, { scenarioId: s.id, version: s.version, seed, mode: 'us', rounds: choices.length, choices }));
}

/** Loads like the app's GameLoader: the current chapter with no id, else the named one; records what was asked. */
function loader() {
  const asked: (string | undefined)[] = [];
  const load = (id?: string): Promise<LoadedGame> => {
    asked.push(id);
    const scenario = chapters.get(id ?? beijing.id);
    return scenario ? Promise.resolve({ engine, scenario }) : Promise.reject(new Error(`no chapter ${id}`));
  };
  return { asked, load };
}

describe('replay codes name their chapter', () => {
  test('a code from another chapter loads that chapter and replays in it', async () => {
    const { asked, load } = loader();
    const decoded = await decodeRun(load, codeIn(other, 7));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.game.scenario.id).toBe('other-chapter');
    expect(decoded.inputs.scenarioId).toBe('other-chapter');
    expect(asked).toEqual([undefined, 'other-chapter']);
    expect(decoded.states.at(-1)?.ending).toBeTruthy();
  });

  test('a code from a scenario this browser does not have asks for its file by name', async () => {
    const { load } = loader();
    const decoded = await decodeRun(load, codeIn({ ...beijing, id: 'atlantis-1999' }, 7));
    expect(decoded).toEqual({ ok: false, message: expect.stringMatching(/^This replay is for the scenario “atlantis-1999”, which this browser does not have\. If it is a teacher's scenario file, load it under “Your scenarios”/) as string });
  });

  test('comparing two codes from different chapters says so, naming both', async () => {
    const { load } = loader();
    let toTitle = 0;
    const replays = new Replays(
      { show: () => undefined, announce: () => undefined, reducedMotion: () => true, stage: () => undefined },
      { load, play: () => undefined, gameScreen: () => null, toTitle: () => void toTitle++ },
    );
    await replays.routes.open({ name: 'compare', a: codeIn(beijing, 1), b: codeIn(other, 2) }, false);
    expect(toTitle).toBe(1);
    const slot = replays.routes.titleSlot();
    expect(slot.querySelector('[role="alert"]')!.textContent).toBe(
      `These two games come from different chapters (“${beijing.title}” and “Another chapter”). Games can be compared only within one chapter.`,
    );
    // Two codes from one chapter still compare.
    let compared = 0;
    const same = new Replays(
      { show: (screen) => void (screen === 'compare' && compared++), announce: () => undefined, reducedMotion: () => true, stage: () => undefined },
      { load, play: () => undefined, gameScreen: () => null, toTitle: () => undefined },
    );
    await same.routes.open({ name: 'compare', a: codeIn(other, 1), b: codeIn(other, 2) }, false);
    expect(compared).toBe(1);
  });
});
