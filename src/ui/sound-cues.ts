/**
 * The session's cues turned into sound, and the sounds that carry meaning
 * given a caption, so that nothing is said by sound alone.
 */
import type { Cue } from '../engine/types.ts';
import type { Announcer } from './announcer.ts';
import { t } from './locale/current.ts';
import type { SoundCue } from '../audio/types.ts';

/** The cues that say something (a click only confirms a press): each comes with a caption. */
export type MeaningfulCue = Exclude<SoundCue, 'click'>;

export interface SoundCuesHost {
  soundOn(): boolean;
  sound: { play(cue: SoundCue): void };
  announcer: Announcer;
}

export class SoundCues {
  constructor(private readonly host: SoundCuesHost) {}

  /** Plays a meaningful sound with its caption; returns the caption for the announcement ('' when muted). */
  playMeaningful(cue: MeaningfulCue, caption: string): string {
    if (!this.host.soundOn()) return '';
    this.host.sound.play(cue);
    this.host.announcer.showCaption(caption);
    return caption;
  }

  onCue(cue: Cue): void {
    if (cue.type === 'choice') {
      if (this.host.soundOn()) this.host.sound.play('click');
    } else if (cue.type === 'refused') {
      this.host.announcer.announce(t.refused);
    }
  }
}
