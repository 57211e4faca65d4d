// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SAVE_PREFIX } from '../../src/persistence/saves.ts';
import { FINISHED_PREFIX } from '../../src/persistence/games.ts';

const keysStarting = (prefix: string) => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
import { ReplayFeature, type ReplayHost } from '../../src/ui/replay/feature.ts';
import { SavesController } from '../../src/ui/saves/controller.ts';
import * as engine from '../../src/ui/session.ts';

const scenario = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));

function fakeHost(announce: (text: string) => void = () => undefined): ReplayHost {
  return {
    load: () => Promise.resolve({ engine, scenario }),
    setScreen: () => undefined,
    screen: () => 'title',
    screenEl: document.createElement('main'),
    heading: (_level, text) => Object.assign(document.createElement('h1'), { textContent: text }),
    announce,
    reducedMotion: () => true,
    stage: () => undefined,
    play: () => undefined,
    playing: () => false,
    toTitle: () => undefined,
  };
}

/** Plays a whole game as the US (first offered option), telling the saves after every change, as App does. */
function playAll(_feature: ReplayFeature, seed: number, each: (session: engine.Session) => void = () => undefined): engine.Session {
  const saves = new SavesController({ load: () => Promise.resolve({ engine, scenario }), announce: () => undefined, play: () => undefined });
  const session = engine.startSession(scenario, 'us', seed);
  session.onChange(() => {
    saves.onSessionChange(session, engine);
    each(session);
  });
  session.send({ type: 'START' });
  while (session.phase() !== 'ended') {
    if (session.phase() === 'choosing') session.send({ type: 'CHOOSE', side: 'us', option: session.offered('us')[0]!.id });
    else session.send({ type: 'NEXT' });
  }
  return session;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('save and resume', () => {
  test('the game is saved after every round (a code of that many rounds), and moves to the finished games when it ends', () => {
    const feature = new ReplayFeature(fakeHost());
    const rounds: number[] = [];
    const session = playAll(feature, 4242, (s) => {
      const [key] = keysStarting(SAVE_PREFIX);
      if (key && s.phase() !== 'ended') {
        const saved = engine.loadSave(localStorage, key.slice(SAVE_PREFIX.length), new Map([[scenario.id, scenario]]));
        if (saved?.ok) rounds.push(saved.inputs.rounds);
      }
    });
    // Every round but the last, whose resolution ends the game and clears the save.
    expect([...new Set(rounds)]).toEqual(Array.from({ length: scenario.rounds.length - 1 }, (_, i) => i + 1));
    expect(session.state().ending).not.toBeNull();
    expect(keysStarting(SAVE_PREFIX)).toEqual([]);
    const finished = engine.listFinished(localStorage, new Map([[scenario.id, scenario]]));
    expect(finished.map((f) => f.code)).toEqual([engine.replay.encodeReplay(scenario, session.state())]);
    expect(keysStarting(FINISHED_PREFIX)).toHaveLength(1);
  });

  test('storage that throws on every call never breaks play', () => {
    for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
      vi.spyOn(Storage.prototype, name).mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
    }
    const feature = new ReplayFeature(fakeHost());
    expect(() => playAll(feature, 99)).not.toThrow();
  });
});

describe('the ending\'s replay link', () => {
  test('a read-only field labelled "Replay link" with the game\'s code; Copy falls back to selecting the text', async () => {
    const announce = vi.fn();
    const feature = new ReplayFeature(fakeHost(announce));
    const session = playAll(feature, 7);
    const section = feature.endingSection(scenario, session.state(), engine);
    document.body.append(section);
    const field = section.querySelector<HTMLInputElement>('#replay-link')!;
    expect(section.querySelector('label[for="replay-link"]')?.textContent).toBe('Replay link');
    expect(field.readOnly).toBe(true);
    const code = engine.replay.codeFromHash(field.value)!;
    expect(engine.replay.replayGame(scenario, engine.replay.decodeReplay(code, new Map([[scenario.id, scenario]]))).ending).toBe(session.state().ending);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    section.querySelector<HTMLButtonElement>('[data-action="copy-link"]')!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('The link is selected: press Ctrl+C (or ⌘C) to copy it.'));
    section.remove();
  });
});
