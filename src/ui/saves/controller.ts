/**
 * The page's side of saving: which game this tab writes (one key per game, so
 * two tabs never overwrite each other), the notices when storage fails, the
 * title's list of games, and the ending's address (`#/replay/CODE`, marked in
 * the tab's history so a reload shows the same ending with its link).
 */
import type { CheckRecord } from '../../engine/replay/check-bits.ts';
import type { Scenario } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import type { SavedGame, UnreadableSave } from '../../persistence/saves.ts';
import { anyGameKey } from '../../persistence/keys.ts';
import type { GameSlot } from '../../persistence/slot.ts';
import { safeStorage, type SafeStorage } from '../../persistence/storage.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { shareBase } from '../locale/page-language.ts';
import type { EngineModule } from '../ports.ts';
import { routeHash } from '../router.ts';
import type { Session } from '../session.ts';
import { peopleOf } from '../turn.ts';
import { linkField, SaveNotices } from './notice.ts';
import { finishedGames, titleGames } from './title-games.ts';

export interface SavesHost {
  /** The engine with the current chapter's scenario, or with the chapter named (which then becomes current). */
  load(chapter?: string): Promise<{ engine: EngineModule; scenario: Scenario }>;
  announce(text: string): void;
  /** Starts a live game that goes on from this state (an ending reloaded also brings back its learning check). */
  play(state: GameState, check?: CheckRecord): void;
  /** The live game's learning-check answers: the ending's address carries them, so a reload keeps them. */
  check?(): CheckRecord | undefined;
}

/** Marks the history entry of an ending, so a reload of `#/replay/CODE` shows that ending, not the viewer. */
const ENDING_MARK = 'linkageEnding';

/** Times in the browser's performance timeline, for the browser test's figures. */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // no performance timeline: nothing to record
    }
  }
}

export class SavesController {
  readonly notices: SaveNotices;
  private readonly storage: SafeStorage;
  private slot: GameSlot | null = null;
  private resumed: { id: string; raw: string } | null = null;
  /** The restored ending of a reload: already in the finished list. */
  private restored = false;
  private savedKey = '';

  constructor(private readonly host: SavesHost, storage: SafeStorage = safeStorage()) {
    this.storage = storage;
    this.notices = new SaveNotices((text) => host.announce(text));
    // Another tab wrote the game this tab plays: this tab goes on under a new id.
    window.addEventListener('storage', (event) => {
      try {
        if (event.storageArea === null || event.storageArea === window.localStorage) this.slot?.onStorage(event.key, event.newValue);
      } catch {
        // storage blocked: nothing was written by anyone
      }
    });
  }

  /** The next game is a new one (a new game or a branch), saved under a key of its own; the one before stays in the list. */
  startNew(keptPrevious: boolean): void {
    this.forget();
    this.leaveEndingAddress();
    if (keptPrevious) this.notices.show('kept', t.saves.kept, null, true);
  }

  private forget(): void {
    this.slot = null;
    this.resumed = null;
    this.restored = false;
    this.savedKey = '';
  }

  /** The next game is the saved game `game`, written under its own key again. */
  resume(game: SavedGame): void {
    this.startNew(false);
    this.resumed = { id: game.id, raw: game.raw };
  }

  /** The key id of the game this tab plays, once it has one (for coming back to it after a reload). */
  gameId(): string | null {
    return this.slot?.id ?? this.resumed?.id ?? null;
  }

  /** Plays on the saved game `id` (the page reloaded into a new version); false when it cannot be read. */
  async resumeById(id: string): Promise<boolean> {
    try {
      const { engine, scenario } = await this.host.load();
      const game = engine.loadSave(this.storage, id, new Map([[scenario.id, scenario]]));
      if (!game?.ok) return false;
      this.resume(game);
      this.host.play(game.state, game.inputs.check);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A reload on this tab's ending: the game comes back as it ended (replayed from
   * the code in the address) and is not recorded again. False when the code is
   * not a finished game, so the viewer opens instead.
   */
  async restoreEnding(code: string): Promise<boolean> {
    try {
      // The ending may be another chapter's than the one the title offers first: load the chapter the code names.
      const current = await this.host.load();
      const chapter = current.engine.replay.replayScenarioId(code);
      const { engine, scenario } = chapter === current.scenario.id ? current : await this.host.load(chapter);
      const inputs = engine.replay.decodeReplay(code, new Map([[scenario.id, scenario]]));
      const state = engine.replay.replayGame(scenario, inputs);
      if (state.ending === null) return false;
      this.forget();
      this.restored = true;
      this.host.play(state, inputs.check);
      return true;
    } catch {
      return false;
    }
  }

  /** Whether `#/replay/code` is the address of this tab's own ending (reloaded), rather than a link opened. */
  isOwnEnding(code: string): boolean {
    const state: unknown = history.state;
    return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[ENDING_MARK] === code;
  }

  /** Off the ending (a new game, a branch): the address no longer names it. */
  private leaveEndingAddress(): void {
    const state: unknown = history.state;
    if (typeof state === 'object' && state !== null && ENDING_MARK in state) history.replaceState(null, '', location.href.split('#')[0] ?? '');
  }

  /**
   * After every change of a live game: save after each round and each choice a
   * person makes; when it ends, move it to the finished games and put its
   * replay code in the address. Never throws.
   */
  onSessionChange(session: Session, engine: EngineModule): void {
    try {
      const state = session.state();
      const chosen = peopleOf(session).filter((side) => state.pending[side] !== undefined);
      const key = `${state.seed}:${state.log.length}:${chosen.join(',')}:${state.ending ?? ''}`;
      if (key === this.savedKey) return;
      this.savedKey = key;
      this.slot ??= new engine.GameSlot(this.storage, this.resumed ?? undefined);
      this.resumed = null;
      const slot = this.slot;
      if (state.ending !== null) {
        const check = this.host.check?.();
        const code = engine.replay.encodeReplay(session.scenario, state, check);
        history.replaceState({ [ENDING_MARK]: code }, '', routeHash({ name: 'replay', code }));
        if (this.restored) return;
        const finished = timed('linkage:finish-game', () => slot.finish(state, session.scenario, Date.now(), check));
        if (!finished.ok) this.notKept(engine, session.scenario, state);
        return;
      }
      if (state.log.length === 0 && chosen.length === 0) return;
      const saved = timed('linkage:save-game', () => slot.save(state, session.scenario, Date.now(), this.host.check?.()));
      if (!saved.ok) this.notKept(engine, session.scenario, state);
      else if (saved.dropped.length > 0) this.droppedNotice(engine, saved.dropped.map((d) => d.code));
    } catch (error) {
      console.warn('Linkage: the game could not be saved; the replay code still works.', error);
    }
  }

  /** "Not keeping your progress", with the link of the game so far (kept up to date while the notice is up). */
  private notKept(engine: EngineModule, scenario: Scenario, state: GameState): void {
    const link = engine.replay.replayLink(shareBase(), engine.replay.encodeReplay(scenario, state));
    const field = linkField('not-kept-link', t.saves.linkNow, link);
    if (this.notices.isShown('not-kept')) this.notices.update('not-kept', field);
    else this.notices.show('not-kept', t.saves.notKept, field);
  }

  private droppedNotice(engine: EngineModule, codes: string[]): void {
    const links = h('div', { 'data-extra': '' }, codes.map((code, i) =>
      linkField(`dropped-link-${i}`, `${t.replay.linkLabel} ${i + 1}`, engine.replay.replayLink(shareBase(), code))));
    this.notices.show('dropped', t.saves.dropped(codes.length, engine.MAX_GAMES), links, true);
  }

  /** The title's list of games in progress (filled once the engine has read storage; hidden when empty). */
  titleSlot(): HTMLElement {
    const slot = h('div', { class: 'resume-slot', 'data-slot': 'resume', hidden: true });
    void this.fillTitle(slot);
    return slot;
  }

  /** The title's list of finished games, with their replay links (hidden when there are none). */
  finishedSlot(): HTMLElement {
    const slot = h('div', { class: 'finished-slot', hidden: true });
    // Nothing stored: the title need not load the engine to say so.
    if (!anyGameKey(this.storage.keys())) return slot;
    void this.host.load().then(({ engine, scenario }) => {
      const list = finishedGames(scenario, engine.listFinished(this.storage, new Map([[scenario.id, scenario]])));
      if (!list || !slot.isConnected) return;
      slot.replaceChildren(list);
      slot.hidden = false;
    }, () => undefined);
    return slot;
  }

  private async fillTitle(slot: HTMLElement): Promise<void> {
    if (!anyGameKey(this.storage.keys())) return;
    let loaded: { engine: EngineModule; scenario: Scenario };
    try {
      loaded = await this.host.load();
    } catch {
      return;
    }
    const { engine, scenario } = loaded;
    if (!slot.isConnected) return;
    const list = timed('linkage:restore-games', () => engine.listGames(this.storage, new Map([[scenario.id, scenario]])));
    const parts = titleGames(scenario, list, {
      resume: (game) => {
        this.resume(game);
        this.host.play(game.state, game.inputs.check);
      },
      discard: (save: UnreadableSave) => this.storage.remove(save.key),
    });
    if (parts.length === 0) return;
    slot.replaceChildren(...parts);
    slot.hidden = false;
  }
}
