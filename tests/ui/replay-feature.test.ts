// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Replays } from '../../src/ui/replay/index.ts';
import * as engine from '../../src/ui/session.ts';
import { playThrough } from './play-through.ts';

const scenario = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));

function fakeReplays(announce: (text: string) => void = () => undefined): Replays {
  return new Replays(
    { show: () => undefined, announce, reducedMotion: () => true, stage: () => undefined },
    { load: () => Promise.resolve({ engine, scenario }), play: () => undefined, gameScreen: () => null, toTitle: () => undefined },
  );
}


afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the ending\'s replay link', () => {
  test('a read-only field labelled "Replay link" with the game\'s code; Copy falls back to selecting the text', async () => {
    const announce = vi.fn();
    const feature = fakeReplays(announce);
    const session = playThrough(engine.startSession(scenario, 'us', 7));
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
