/**
 * What the game says without changing the screen: the polite live region for
 * screen readers, and the visible caption that stands in for a sound.
 */
import { h } from './dom.ts';

/** How long a sound's caption stays up. */
const CAPTION_MS = 6000;

export class Announcer {
  readonly live: HTMLElement = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', id: 'live' });
  /** Hidden from screen readers: they hear the caption as part of the announcement. */
  readonly caption: HTMLElement = h('p', { class: 'caption', 'aria-hidden': 'true', hidden: true });
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private captionTimer: ReturnType<typeof setTimeout> | undefined;
  /** Notices raised while a screen is being shown: said after the screen's own announcement, not instead of it. */
  private pendingExtra: string[] = [];
  private extraTimer: ReturnType<typeof setTimeout> | undefined;

  /** Said with the next announcement (a screen about to show), or on its own a moment later. */
  announceWithNext(text: string): void {
    this.pendingExtra.push(text);
    clearTimeout(this.extraTimer);
    this.extraTimer = setTimeout(() => this.announce(''), 300);
  }

  announce(text: string): void {
    clearTimeout(this.extraTimer);
    text = [text, ...this.pendingExtra].filter(Boolean).join(' ');
    this.pendingExtra = [];
    clearTimeout(this.liveTimer);
    // Empty first, then fill a moment later: screen readers announce a change, not a repeat.
    this.live.textContent = '';
    this.liveTimer = setTimeout(() => {
      this.live.textContent = text;
    }, 60);
  }

  showCaption(text: string): void {
    this.caption.textContent = text;
    this.caption.hidden = false;
    clearTimeout(this.captionTimer);
    this.captionTimer = setTimeout(() => {
      this.caption.hidden = true;
    }, CAPTION_MS);
  }

  hideCaption(): void {
    this.caption.hidden = true;
  }
}
