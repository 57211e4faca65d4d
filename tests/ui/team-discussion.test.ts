// @vitest-environment happy-dom
/** Team mode's discussion: the timer runs out, pauses, ends early, warns once, and stops when the screen goes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock, discussionBox, warnAt } from '../../src/ui/team/discussion.ts';
import { t } from '../../src/ui/locale/current.ts';

let now = 0;
beforeEach(() => {
  vi.useFakeTimers();
  now = 0;
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Moves the page's clock and the timers together. */
function advance(ms: number): void {
  for (let step = 0; step < ms; step += 250) {
    now += 250;
    vi.advanceTimersByTime(250);
  }
}

function mount(seconds: number, reducedMotion = false) {
  const said: string[] = [];
  const ends: boolean[] = [];
  const box = discussionBox({ seconds, reducedMotion, announce: (s) => said.push(s), onEnd: (early) => ends.push(early), now: () => now });
  document.body.append(box);
  const timer = () => box.querySelector<HTMLElement>('[role="timer"]')!;
  const button = (action: string) => box.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  return { box, said, ends, timer, button };
}

describe('the discussion timer', () => {
  it('formats time and warns 30 s before the end of long discussions, 10 s before short ones, never for 10 s', () => {
    expect([clock(0), clock(9), clock(65), clock(300)]).toEqual(['0:00', '0:09', '1:05', '5:00']);
    expect([warnAt(300), warnAt(120), warnAt(60), warnAt(30), warnAt(10)]).toEqual([30, 30, 10, 10, null]);
  });

  it('counts down, warns once, and ends by itself: said, the options unlocked, the buttons disabled', () => {
    const { said, ends, timer, button } = mount(30);
    expect(timer().textContent).toBe(t.team.left('0:30'));
    advance(5000);
    expect(timer().dataset.seconds).toBe('25');
    advance(15_000);
    expect(said).toEqual([t.team.warning('10 seconds')]);
    expect(ends).toEqual([]);
    advance(10_000);
    expect(ends).toEqual([false]);
    expect(said).toEqual([t.team.warning('10 seconds'), t.team.ended]);
    expect(button('pause-timer').disabled && button('end-discussion').disabled).toBe(true);
    advance(5000);
    expect(ends).toEqual([false]); // once
  });

  it('holds the time while paused and goes on from it when resumed', () => {
    const { said, ends, timer, button } = mount(10);
    advance(3000);
    button('pause-timer').click();
    expect(button('pause-timer').getAttribute('aria-pressed')).toBe('true');
    expect(button('pause-timer').textContent).toBe(t.team.resume);
    advance(60_000);
    expect(timer().dataset.seconds).toBe('7');
    expect(timer().textContent).toBe(t.team.paused('0:07'));
    expect(ends).toEqual([]);
    button('pause-timer').click();
    advance(6000);
    expect(ends).toEqual([]);
    advance(1000);
    expect(ends).toEqual([false]);
    expect(said).toEqual([t.team.pausedSaid, t.team.resumedSaid, t.team.ended]);
  });

  it('ends early when the teacher says so', () => {
    const { said, ends, button } = mount(120);
    advance(2000);
    button('end-discussion').click();
    expect(ends).toEqual([true]);
    expect(said).toEqual([t.team.endedEarly]);
  });

  it('shows a bar only without reduced motion, and stops when its screen is gone', () => {
    expect(mount(60).box.querySelector('.team-bar')).not.toBeNull();
    document.body.replaceChildren();
    const { box, ends } = mount(10, true);
    expect(box.querySelector('.team-bar')).toBeNull();
    expect(box.querySelectorAll('.team-role')).toHaveLength(3);
    box.remove();
    advance(20_000);
    expect(ends).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
