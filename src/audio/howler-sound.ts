import type { Howl as HowlType, HowlOptions, HowlerGlobal } from 'howler';
import type { Sound, SoundCue } from './types.ts';
import { SPRITE } from './sprite-map.ts';
import { spriteSource, type SpriteSource } from './sprite-source.ts';

/** The part of the howler module this class uses (so tests can pass a fake). */
export interface HowlerModule {
  Howl: new (options: HowlOptions) => HowlType;
  Howler: HowlerGlobal;
}

export interface HowlerSoundOptions {
  /** URLs of the sprite file, relative to the page (base './'), and their formats. */
  source?: SpriteSource;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
}

/**
 * Sound through howler: ONE preloaded Howl holding the whole sprite, Web Audio
 * (html5: false), no auto-suspend. Nothing here throws: errors flip `failed`
 * and every later call is a no-op.
 */
export class HowlerSound implements Sound {
  private readonly howler: HowlerGlobal;
  private readonly howl: HowlType | null = null;
  private isFailed = false;
  private unlocked = false;
  private wantRoom = false;
  private roomId: number | null = null;
  private muted = false;

  constructor(mod: HowlerModule, options: HowlerSoundOptions = {}) {
    this.howler = mod.Howler;
    try {
      this.howler.autoSuspend = false;
      this.howl = new mod.Howl({
        ...(options.source ?? spriteSource()),
        sprite: SPRITE,
        html5: false,
        preload: true,
        onloaderror: () => this.fail(),
        onplayerror: () => this.fail(),
      });
    } catch {
      this.fail();
    }
  }

  get failed(): boolean {
    return this.isFailed;
  }

  play(cue: SoundCue): void {
    // Before the first gesture a cue would queue up in a suspended context and
    // burst out later; while muted there is nothing to hear.
    if (!this.ready() || !this.unlocked || this.muted) return;
    this.guard(() => {
      this.howl?.play(cue);
    });
  }

  startRoom(): void {
    this.wantRoom = true;
    if (!this.ready() || !this.unlocked || this.roomId !== null) return;
    this.guard(() => {
      const id = this.howl?.play('room');
      this.roomId = typeof id === 'number' ? id : null;
    });
  }

  stopRoom(): void {
    this.wantRoom = false;
    const id = this.roomId;
    this.roomId = null;
    if (id === null || !this.ready()) return;
    this.guard(() => {
      this.howl?.stop(id);
    });
  }

  setVolume(v: number): void {
    if (this.isFailed) return;
    this.guard(() => {
      this.howler.volume(clamp01(v));
    });
  }

  setMuted(m: boolean): void {
    this.muted = m;
    if (this.isFailed) return;
    this.guard(() => {
      this.howler.mute(m);
    });
  }

  unlock(): void {
    if (this.isFailed) return;
    this.unlocked = true;
    this.guard(() => {
      const ctx = this.howler.ctx as AudioContext | undefined;
      if (ctx && ctx.state === 'suspended') {
        ctx.resume().catch(() => this.fail());
      }
    });
    if (this.wantRoom) this.startRoom();
  }

  private ready(): boolean {
    return !this.isFailed && this.howl !== null;
  }

  private fail(): void {
    if (this.isFailed) return;
    this.isFailed = true;
    this.roomId = null;
    try {
      this.howl?.unload();
    } catch {
      // already broken: stay silent
    }
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch {
      this.fail();
    }
  }
}
