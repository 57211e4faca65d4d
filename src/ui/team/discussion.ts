/**
 * Team mode's discussion before a choice: the three role cards and a timer
 * the teacher can pause or end early. The options stay locked until it ends;
 * then the envoy enters the team's choice. The timer is the interface's
 * (a clock here is fine): the engine never waits or knows about it.
 *
 * Said in the live region: the start (with the round), a warning near the
 * end, the end, and pausing and resuming; not every second. Under reduced
 * motion there is no moving bar, only the time in words.
 */
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

const k = t.team;

export interface DiscussionOptions {
  seconds: number;
  reducedMotion: boolean;
  announce(text: string): void;
  /** The discussion is over: unlock the options. `early` when the teacher ended it. */
  onEnd(early: boolean): void;
  /** Milliseconds now (tests pass their own clock). */
  now?: () => number;
}

/** "1:05" */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** When to warn: 30 s before the end of a discussion longer than a minute, else 10 s before (none for 10 s or less). */
export function warnAt(total: number): number | null {
  if (total > 60) return 30;
  return total > 10 ? 10 : null;
}

export function discussionBox(options: DiscussionOptions): HTMLElement {
  const now = options.now ?? (() => Date.now());
  const total = options.seconds;
  let leftMs = total * 1000;
  let startedAt = now();
  let running = true;
  let over = false;
  let warned = false;
  let interval: ReturnType<typeof setInterval> | null = null;

  const time = h('p', { class: 'team-timer', role: 'timer', 'aria-live': 'off', 'data-seconds': total }, k.left(clock(total)));
  const fill = h('span', { class: 'team-bar-fill' });
  const bar = options.reducedMotion ? null : h('div', { class: 'team-bar', 'aria-hidden': 'true' }, fill);
  const pause = h('button', { type: 'button', class: 'btn', 'data-action': 'pause-timer', 'aria-pressed': 'false' }, k.pause);
  const skip = h('button', { type: 'button', class: 'btn', 'data-action': 'end-discussion' }, k.skip);

  const remaining = () => Math.max(0, running ? leftMs - (now() - startedAt) : leftMs);
  const finish = (early: boolean) => {
    if (over) return;
    over = true;
    if (interval !== null) clearInterval(interval);
    time.textContent = k.left(clock(0));
    time.dataset.seconds = '0';
    pause.disabled = true;
    skip.disabled = true;
    options.announce(early ? k.endedEarly : k.ended);
    options.onEnd(early);
  };
  const tick = () => {
    // The screen moved on (a choice, another page): stop quietly.
    if (!box.isConnected && interval !== null) {
      clearInterval(interval);
      return;
    }
    const ms = remaining();
    const seconds = Math.ceil(ms / 1000);
    time.textContent = running ? k.left(clock(seconds)) : k.paused(clock(seconds));
    time.dataset.seconds = String(seconds);
    fill.style.width = `${(100 * ms) / (total * 1000)}%`;
    const warning = warnAt(total);
    if (!warned && warning !== null && seconds <= warning && seconds > 0) {
      warned = true;
      options.announce(k.warning(k.duration(warning)));
    }
    if (ms <= 0) finish(false);
  };
  pause.addEventListener('click', () => {
    if (over) return;
    if (running) {
      leftMs = remaining();
      running = false;
    } else {
      startedAt = now();
      running = true;
    }
    pause.textContent = running ? k.pause : k.resume;
    pause.setAttribute('aria-pressed', String(!running));
    options.announce(running ? k.resumedSaid : k.pausedSaid);
    tick();
  });
  skip.addEventListener('click', () => finish(true));

  const box = h('section', { class: 'team-box', 'aria-labelledby': 'team-heading', 'data-team': true },
    h('h2', { id: 'team-heading', class: 'small-heading' }, k.heading),
    h('h3', { class: 'sr-only' }, k.rolesHeading),
    h('ul', { class: 'team-roles' }, k.roles.map((role) => h('li', { class: 'team-role' },
      h('span', { class: 'team-role-name' }, role.name), role.text))),
    time,
    bar,
    h('div', { class: 'actions' }, pause, skip),
  );
  interval = setInterval(tick, 250);
  return box;
}
