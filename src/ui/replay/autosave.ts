/**
 * Save and resume: a live game is saved (as its replay code and the choices
 * made so far in the round) after every change that matters, and the title's
 * "Resume" slot offers it back. Saving never throws; a save that cannot be
 * read is said on the title.
 */
import type { GameState } from '../../engine/types.ts';
import { safeStorage, type SafeStorage } from '../../persistence/storage.ts';
import { h } from '../dom.ts';
import { t } from '../locale/en.ts';
import type { EngineModule, LoadedGame } from '../ports.ts';
import type { Session } from '../session.ts';
import { peopleOf } from '../turn.ts';

const r = t.replay;

export interface AutosaveHost {
  /** The engine and the validated scenario (loads them if needed). */
  load(): Promise<LoadedGame>;
  /** Goes on with the saved game from this state. */
  resume(state: GameState): void;
}

export class Autosave {
  /** What was last saved, so that a change that alters nothing saved writes nothing. */
  private savedKey = '';

  constructor(private readonly host: AutosaveHost, private readonly storage: SafeStorage = safeStorage()) {}

  /**
   * After every change of a live game: save after each round and each choice a
   * person makes (so a reload between two players' turns keeps the first
   * choice), clear the save when it ends. Never throws.
   */
  onSessionChange(session: Session, engine: EngineModule): void {
    try {
      const state = session.state();
      const chosen = peopleOf(session).filter((side) => state.pending[side] !== undefined);
      const key = `${state.seed}:${state.log.length}:${chosen.join(',')}:${state.ending ?? ''}`;
      if (key === this.savedKey) return;
      this.savedKey = key;
      if (state.ending !== null) engine.clearSave(this.storage);
      else if (state.log.length > 0 || chosen.length > 0) engine.saveGame(this.storage, state, session.scenario);
    } catch (error) {
      console.warn('Linkage: the game could not be saved; the replay code still works.', error);
    }
  }

  /** The title's "Resume" slot, filled once the engine has read the save (hidden when there is none). */
  resumeSlot(): HTMLElement {
    const resume = h('div', { class: 'resume-slot', 'data-slot': 'resume', hidden: true });
    void this.fillResume(resume);
    return resume;
  }

  private async fillResume(slot: HTMLElement): Promise<void> {
    let loaded: LoadedGame;
    try {
      loaded = await this.host.load();
    } catch {
      return;
    }
    const { engine, scenario } = loaded;
    const save = engine.loadSave(this.storage, new Map([[scenario.id, scenario]]));
    if (!slot.isConnected || save === null) return;
    if (!save.ok) {
      slot.replaceChildren(h('p', { class: 'replay-alert', role: 'alert' }, save.reason));
      slot.hidden = false;
      return;
    }
    let state: GameState;
    try {
      state = engine.withSavedChoices(scenario, engine.replay.replayGame(scenario, save.inputs), save.pending);
    } catch {
      return;
    }
    const button = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'resume', 'aria-describedby': 'resume-hint', onclick: () => this.host.resume(state) },
      r.resumeLabel(state.round + 1, scenario.rounds.length));
    slot.replaceChildren(button, h('p', { id: 'resume-hint', class: 'hint' }, r.resumeHint(r.modeName[state.mode] ?? state.mode)));
    slot.hidden = false;
  }
}
