// @vitest-environment happy-dom
/** The page's side of saving: one key per game, the finished list, the notice when storage fails. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FINISHED_PREFIX } from '../../src/persistence/games.ts';
import { SAVE_PREFIX } from '../../src/persistence/saves.ts';
import { safeStorage, type SafeStorage } from '../../src/persistence/storage.ts';
import { SavesController } from '../../src/ui/saves/controller.ts';
import * as engine from '../../src/ui/session.ts';
import { playThrough } from './play-through.ts';

const scenario = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));
const lookup = new Map([[scenario.id, scenario]]);
const keysStarting = (prefix: string) => Object.keys(localStorage).filter((k) => k.startsWith(prefix));

function controller(announce: (text: string) => void = () => undefined, storage?: SafeStorage): SavesController {
  return new SavesController({ load: () => Promise.resolve({ engine, scenario }), announce, play: () => undefined }, storage);
}

/** Plays a whole game as the US (first offered option), telling the saves after every change, as App does. */
function playAll(saves: SavesController, seed: number, each: (session: engine.Session) => void = () => undefined): engine.Session {
  return playThrough(engine.startSession(scenario, 'us', seed), (session) => {
    saves.onSessionChange(session, engine);
    each(session);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('saves in the page', () => {
  test('a game is saved under its own key after every round, and moves to the finished games when it ends', () => {
    const saves = controller();
    const rounds: number[] = [];
    const session = playAll(saves, 4242, (s) => {
      const keys = keysStarting(SAVE_PREFIX);
      expect(keys.length).toBeLessThanOrEqual(1);
      if (keys[0] && s.phase() !== 'ended') {
        const saved = engine.loadSave(localStorage, keys[0].slice(SAVE_PREFIX.length), lookup);
        if (saved?.ok) rounds.push(saved.inputs.rounds);
      }
    });
    expect([...new Set(rounds)]).toEqual(Array.from({ length: scenario.rounds.length - 1 }, (_, i) => i + 1));
    expect(keysStarting(SAVE_PREFIX)).toEqual([]);
    const code = engine.replay.encodeReplay(scenario, session.state());
    expect(engine.listFinished(localStorage, lookup).map((f) => f.code)).toEqual([code]);
    expect(keysStarting(FINISHED_PREFIX)).toHaveLength(1);
    // The ending's address carries its code, marked as this tab's ending.
    expect(location.hash).toBe(`#/replay/${code}`);
    expect(saves.isOwnEnding(code)).toBe(true);
  });

  test('a second game in the same tab gets a key of its own; the first stays', () => {
    const saves = controller();
    const first = engine.startSession(scenario, 'us', 1);
    first.onChange(() => saves.onSessionChange(first, engine));
    first.send({ type: 'START' });
    first.send({ type: 'CHOOSE', side: 'us', option: first.offered('us')[0]!.id });
    saves.startNew(true);
    const second = engine.startSession(scenario, 'china', 2);
    second.onChange(() => saves.onSessionChange(second, engine));
    second.send({ type: 'START' });
    second.send({ type: 'CHOOSE', side: 'china', option: second.offered('china')[0]!.id });
    expect(engine.listGames(localStorage, lookup).games.map((g) => g.mode).sort()).toEqual(['china', 'us']);
    expect(saves.notices.el.querySelector('[data-notice="kept"]')).not.toBeNull();
  });

  test('a new game past 20 in progress drops the oldest, and the notice gives its replay link', () => {
    for (let i = 0; i < engine.MAX_GAMES; i++) {
      const game = engine.startSession(scenario, 'china', 100 + i);
      game.send({ type: 'START' });
      game.send({ type: 'CHOOSE', side: 'china', option: game.offered('china')[0]!.id });
      engine.saveGame(localStorage, `old${i}`, game.state(), scenario, 1000 + i);
    }
    const oldest = engine.loadSave(localStorage, 'old0', lookup);
    if (!oldest?.ok) throw new Error('expected the oldest save');
    const saves = controller();
    const session = engine.startSession(scenario, 'us', 5);
    session.onChange(() => saves.onSessionChange(session, engine));
    session.send({ type: 'START' });
    session.send({ type: 'CHOOSE', side: 'us', option: session.offered('us')[0]!.id });
    expect(engine.listGames(localStorage, lookup).games).toHaveLength(engine.MAX_GAMES);
    expect(engine.loadSave(localStorage, 'old0', lookup)).toBeNull();
    const notice = saves.notices.el.querySelector('[data-notice="dropped"]')!;
    expect(notice.textContent).toContain('Only the 20 latest games in progress are kept, so the oldest was removed.');
    expect(notice.querySelector('input')!.value).toBe(engine.replay.replayLink(location.href, oldest.code));
  });

  test('storage that throws on every call never breaks play, and the notice says so once', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const storage = { getItem: blocked, setItem: blocked, removeItem: blocked, key: blocked, length: 0 } as unknown as Storage;
    const announce = vi.fn();
    const saves = controller(announce, safeStorage(storage));
    expect(() => playAll(saves, 99)).not.toThrow();
    const notices = saves.notices.el.querySelectorAll('.save-notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.textContent).toContain('This browser is not keeping your progress; keep the replay link.');
    expect(announce).toHaveBeenCalledTimes(1);
    const dismiss = notices[0]!.querySelector('button')!;
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss this notice');
    dismiss.click();
    expect(saves.notices.el.querySelectorAll('.save-notice')).toHaveLength(0);
    expect(saves.notices.el.hidden).toBe(true);
  });

  test('a reload on an ending of a chapter other than the current one restores it in its own chapter', async () => {
    // The title offers another chapter first; the ending in the address is Beijing's.
    const first = engine.openScenario(JSON.parse(readFileSync('src/scenarios/suspended-2022.json', 'utf8')));
    const code = engine.replay.encodeReplay(scenario, playAll(controller(), 99).state());
    const asked: (string | undefined)[] = [];
    const played: string[] = [];
    const saves = new SavesController({
      load: (chapter) => {
        asked.push(chapter);
        return Promise.resolve({ engine, scenario: chapter === scenario.id ? scenario : first });
      },
      announce: () => undefined,
      play: (state) => played.push(engine.replay.encodeReplay(scenario, state)),
    });
    expect(await saves.restoreEnding(code)).toBe(true);
    expect(asked).toEqual([undefined, 'beijing-2023']);
    expect(played).toEqual([code]);
  });
});
