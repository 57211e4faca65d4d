// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SAVE_KEY } from '../../src/persistence/saves.ts';
import { Replays } from '../../src/ui/replay/index.ts';
import * as engine from '../../src/ui/session.ts';

const scenario = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));

function fakeReplays(announce: (text: string) => void = () => undefined): Replays {
  return new Replays(
    { show: () => undefined, announce, reducedMotion: () => true, stage: () => undefined },
    { load: () => Promise.resolve({ engine, scenario }), play: () => undefined, gameScreen: () => null, toTitle: () => undefined },
  );
}

/** Plays a whole game as the US (first offered option), telling the feature after every change, as App does. */
function playAll(feature: Replays, seed: number, each: (session: engine.Session) => void = () => undefined): engine.Session {
  const session = engine.startSession(scenario, 'us', seed);
  session.onChange(() => {
    feature.autosave.onSessionChange(session, engine);
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
  test('the game is saved after every round (a code of that many rounds), and the save is cleared when the game ends', () => {
    const feature = fakeReplays();
    const rounds: number[] = [];
    const session = playAll(feature, 4242, (s) => {
      const raw = localStorage.getItem(SAVE_KEY);
      if (raw && s.phase() !== 'ended') {
        const saved = engine.loadSave(localStorage, new Map([[scenario.id, scenario]]));
        if (saved?.ok) rounds.push(saved.inputs.rounds);
      }
    });
    // Every round but the last, whose resolution ends the game and clears the save.
    expect([...new Set(rounds)]).toEqual(Array.from({ length: scenario.rounds.length - 1 }, (_, i) => i + 1));
    expect(session.state().ending).not.toBeNull();
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
  });

  test('storage that throws on every call never breaks play', () => {
    for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
      vi.spyOn(Storage.prototype, name).mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
    }
    const feature = fakeReplays();
    expect(() => playAll(feature, 99)).not.toThrow();
  });
});

describe('the ending\'s replay link', () => {
  test('a read-only field labelled "Replay link" with the game\'s code; Copy falls back to selecting the text', async () => {
    const announce = vi.fn();
    const feature = fakeReplays(announce);
    const session = playAll(feature, 7);
    const section = feature.parts({ engine, scenario }, session.state()).section();
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
