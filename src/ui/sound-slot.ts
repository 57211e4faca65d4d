/**
 * The game's sound, which may never come (no audio, or not loaded yet): it is
 * silent until loaded, follows the sound settings, and is unlocked by the
 * first gesture, as browsers require.
 */
import type { Settings } from '../persistence/settings.ts';
import { SilentSound } from '../audio/silent-sound.ts';
import type { Sound, SoundCue } from '../audio/types.ts';
import { loadSound } from './ports.ts';

export class SoundSlot {
  private port: Sound = new SilentSound(true);
  private unlocked = false;
  private loading = false;

  constructor(private readonly settings: () => Settings) {}

  /** Unlocks the audio on the first pointer press or key press anywhere. */
  unlockOnFirstGesture(): void {
    const unlock = () => {
      if (this.unlocked) return;
      this.unlocked = true;
      this.port.unlock();
    };
    document.addEventListener('pointerdown', unlock, { capture: true });
    document.addEventListener('keydown', unlock, { capture: true });
  }

  /** Loads the sound in the background, once; the room tone starts at once if `roomOn()` says a game is on. */
  load(roomOn: () => boolean): void {
    if (this.loading) return;
    this.loading = true;
    void loadSound()
      .then((sound) => {
        this.port = sound;
        this.applySettings();
        if (this.unlocked) sound.unlock();
        if (roomOn()) sound.startRoom();
      })
      .catch(() => undefined);
  }

  applySettings(): void {
    this.port.setMuted(!this.settings().sound);
    this.port.setVolume(this.settings().volume);
  }

  play(cue: SoundCue): void {
    this.port.play(cue);
  }

  startRoom(): void {
    this.port.startRoom();
  }

  stopRoom(): void {
    this.port.stopRoom();
  }
}
