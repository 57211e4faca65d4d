/**
 * Sharing a finished game: the replay link with a copy button, "Watch this
 * replay", "Compare with the original" for a branch, and "Try a different
 * choice here" per round. The ending and the debrief show these parts.
 */
import type { GameState } from '../../engine/types.ts';
import type { CheckRecord, ReplayInputs } from '../../engine/replay/index.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { shareBase } from '../locale/page-language.ts';
import type { LoadedGame } from '../ports.ts';
import { routeHash } from '../router.ts';
import type { ReplayParts } from '../screens/ending.ts';

const r = t.replay;

export interface SharingHost {
  announce(text: string): void;
  /** The code of the game the live game branched from, if it is a branch. */
  origin(): string | null;
  /** Starts a live game at round `round` (0-based) of the run these inputs record. */
  branch(loaded: LoadedGame, inputs: ReplayInputs, round: number): void;
  /** Opens the viewer on this code. */
  watch(code: string): void;
  /** The learning check's answers to put in the code, if any. */
  check(): CheckRecord | undefined;
}

/** The replay parts of a finished game: its link section and a branch button per round. */
export function replayParts(host: SharingHost, loaded: LoadedGame, state: GameState): ReplayParts {
  return {
    section: () => linkSection(host, loaded, state),
    branch: (round) => branchControl(round, 'inline', () => host.branch(loaded, loaded.engine.replay.inputsOfGame(state), round)),
  };
}

/**
 * "Try a different choice here" for round `round` (0-based). Inline (in a list
 * of rounds) the hint is for screen readers only and names the round; in the
 * viewer, a larger button with the hint shown.
 */
export function branchControl(round: number, place: 'inline' | 'viewer', onBranch: () => void): HTMLElement {
  const inline = place === 'inline';
  const hintId = inline ? `branch-hint-${round}` : 'branch-hint-viewer';
  return h('span', { class: 'branch' },
    h('button', { type: 'button', class: inline ? 'btn btn-small' : 'btn', 'data-branch': round, 'aria-describedby': hintId, onclick: onBranch }, r.branchHere),
    h('span', { id: hintId, class: inline ? 'sr-only' : 'hint' }, r.branchHint(round + 1)),
  );
}

function linkSection(host: SharingHost, { engine, scenario }: LoadedGame, state: GameState): HTMLElement {
  const code = engine.replay.encodeReplay(scenario, state, host.check());
  const id = 'replay-link';
  const field = h('input', { type: 'text', id, class: 'text-input replay-link', readonly: true, value: engine.replay.replayLink(shareBase(), code), 'aria-describedby': 'replay-link-hint' });
  field.addEventListener('focus', () => field.select());
  const copy = h('button', { type: 'button', class: 'btn', 'data-action': 'copy-link' }, r.copy);
  copy.addEventListener('click', () => void copyLink(host, field));
  const origin = host.origin();
  return h('section', { class: 'card replay-share', 'aria-labelledby': 'replay-heading' },
    h('h2', { id: 'replay-heading' }, r.viewerHeading),
    h('label', { for: id }, r.linkLabel),
    h('div', { class: 'open-replay-row' }, field, copy),
    h('p', { id: 'replay-link-hint', class: 'hint' }, r.linkHint),
    h('div', { class: 'actions' },
      watchLink(host, code),
      origin && origin !== code ? h('a', { class: 'btn btn-primary', href: routeHash({ name: 'compare', a: origin, b: code }), 'data-action': 'compare' }, r.compareWithOriginal) : null,
    ),
  );
}

/**
 * "Watch this replay". The ending's own address is already `#/replay/CODE`, so
 * following the link would change nothing: the viewer is opened here, and the
 * history entry no longer marks the ending.
 */
function watchLink(host: SharingHost, code: string): HTMLElement {
  const hash = routeHash({ name: 'replay', code });
  return h('a', { class: 'btn', href: hash, onclick: (e: Event) => {
    if (location.hash !== hash) return;
    e.preventDefault();
    history.replaceState(null, '', hash);
    host.watch(code);
  } }, r.watch);
}

/** Copies the link; where the clipboard is refused, selects it and says how to copy by hand. */
async function copyLink(host: SharingHost, field: HTMLInputElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(field.value);
    host.announce(r.copied);
  } catch {
    field.focus();
    field.select();
    host.announce(r.copyManual);
  }
}
