/**
 * The game this tab is playing, and the one key it writes. Before each write it
 * checks that the key still holds what this tab last wrote: if another tab has
 * resumed the same game and written since (or finished it), this tab goes on
 * under a new id instead of overwriting, so both games are kept. The `storage`
 * event tells a tab the same thing as soon as it happens.
 */
import type { CheckRecord } from '../engine/replay/check-bits.ts';
import type { Scenario } from '../engine/schema.ts';
import type { GameState } from '../engine/types.ts';
import { recordFinished, type FinishResult } from './games.ts';
import { newGameId, saveGame, saveKey, wrap, type SaveResult, type SaveStorage } from './saves.ts';
import type { SafeStorage } from './storage.ts';

export class GameSlot {
  private readonly store: SafeStorage;
  private current: string;
  /** What this tab last wrote (or read on resume) under its key; null before the first write. */
  private last: string | null;
  /** True when this tab moved to a new id because another tab wrote the same game. */
  forked = false;

  /** A new game (no id), or a resumed one with the text it was resumed from. */
  constructor(storage: SaveStorage, resumed?: { id: string; raw: string }) {
    this.store = wrap(storage);
    this.current = resumed?.id ?? newGameId();
    this.last = resumed?.raw ?? null;
  }

  get id(): string {
    return this.current;
  }

  /** Another tab wrote or removed our key: go on under a new id at the next save. */
  private fork(): void {
    this.current = newGameId();
    this.last = null;
    this.forked = true;
  }

  /** For the window's `storage` event: another tab changed `key`. */
  onStorage(key: string | null, newValue: string | null): void {
    if (this.last !== null && (key === null || (key === saveKey(this.current) && newValue !== this.last))) this.fork();
  }

  /** Saves the game under this tab's key, never over another tab's newer write. */
  save(game: GameState, scenario: Scenario, now: number = Date.now(), check?: CheckRecord): SaveResult {
    if (this.last !== null && this.store.get(saveKey(this.current)) !== this.last) this.fork();
    const result = saveGame(this.store, this.current, game, scenario, now, check);
    if (result.ok) this.last = result.text;
    return result;
  }

  /** The game ended: its code goes to the finished list and its save in progress is removed. */
  finish(game: GameState, scenario: Scenario, now: number = Date.now(), check?: CheckRecord): FinishResult {
    // Another tab's newer write of the same game is left alone: finish under an id of our own.
    if (this.last !== null && this.store.get(saveKey(this.current)) !== this.last) this.fork();
    const result = recordFinished(this.store, this.current, game, scenario, now, check);
    this.last = null;
    return result;
  }
}
