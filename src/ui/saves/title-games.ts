/**
 * The title's list of games in progress (each resumable, with its side, round
 * and when it was saved), the saves that could not be read (set aside, or shown
 * with their text so they can be copied), and the latest finished games with
 * their replay links.
 */
import type { Scenario } from '../../engine/schema.ts';
import type { FinishedGame, GameList } from '../../persistence/games.ts';
import type { SavedGame, UnreadableSave } from '../../persistence/saves.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

const s = t.saves;
/** Games in progress listed at once; the others are under "More games in progress". */
const GAMES_SHOWN = 3;
/** Finished games shown on the title; the rest stay remembered. */
const FINISHED_SHOWN = 5;

export interface TitleGamesActions {
  resume(game: SavedGame): void;
  /** The person chose to remove a save that could not be set aside. */
  discard(save: UnreadableSave): void;
}

/** "1 Dec 2026, 21:40" (or the shown language's form) in the reader's own time zone; display only. */
export function when(ms: number): string {
  return t.dateTime(ms);
}

function modeName(mode: string): string {
  return t.replay.modeName[mode as 'us'] ?? mode;
}

function gameItem(scenario: Scenario, game: SavedGame, actions: TitleGamesActions): HTMLElement {
  const meta = game.savedAt === null ? s.metaUndated(modeName(game.mode)) : s.meta(modeName(game.mode), when(game.savedAt));
  return h('li', { class: 'saved-game' },
    h('button', { type: 'button', class: 'btn saved-game-btn', 'data-action': 'resume', 'data-game': game.id, onclick: () => actions.resume(game) },
      h('span', { class: 'saved-game-round' }, s.resume(game.state.round + 1, scenario.rounds.length)),
      h('span', { class: 'saved-game-meta' }, meta),
    ),
  );
}

function unreadableItem(save: UnreadableSave, index: number, actions: TitleGamesActions): HTMLElement {
  const reason = [s.problem[save.problem], save.detail ? `${t.punct.colon}${save.detail}` : '', t.punct.stopSpace].join('');
  if (save.movedAside) return h('p', { class: 'replay-alert', role: 'alert', 'data-unreadable': save.key }, reason, s.setAside);
  const id = `unreadable-text-${index}`;
  const text = h('textarea', { id, class: 'text-input saved-text', readonly: true, rows: 3, spellcheck: 'false' });
  text.value = save.text ?? '';
  const box = h('div', { class: 'unreadable-box', 'data-unreadable': save.key },
    h('p', { class: 'replay-alert', role: 'alert' }, reason, s.notSetAside),
    h('label', { for: id }, s.savedText),
    text,
    h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'discard-save', onclick: () => {
      actions.discard(save);
      box.remove();
    } }, s.discard),
  );
  return box;
}

/**
 * The older games, under a disclosure. The list is in the page only while it is
 * open: Chromium keeps the boxes of a closed <details>' content laid out.
 */
function moreGames(items: HTMLElement[]): HTMLElement {
  const list = h('ul', { class: 'saved-list' }, items);
  const details = h('details', { class: 'saved-more' }, h('summary', null, s.moreGames(items.length)));
  details.addEventListener('toggle', () => {
    if (details.open) details.append(list);
    else list.remove();
  });
  return details;
}

/** The latest finished games, each a link to its replay; null when there are none. */
export function finishedGames(scenario: Scenario, finished: FinishedGame[]): HTMLElement | null {
  if (finished.length === 0) return null;
  return h('section', { class: 'finished-games', 'aria-labelledby': 'finished-games-heading' },
    h('h3', { id: 'finished-games-heading', class: 'small-heading' }, s.finishedHeading),
    h('ul', { class: 'finished-list' }, finished.slice(0, FINISHED_SHOWN).map((game) => {
      const ending = scenario.endings.find((e) => e.id === game.ending)?.title ?? game.ending;
      return h('li', null, h('a', { href: `#/replay/${game.code}`, 'data-finished': game.id }, s.finishedItem(ending, modeName(game.mode), when(game.savedAt))));
    })),
  );
}

/** The games in progress and the unreadable saves; empty when there are none. */
export function titleGames(scenario: Scenario, list: GameList, actions: TitleGamesActions): HTMLElement[] {
  const parts: HTMLElement[] = list.unreadable.map((save, i) => unreadableItem(save, i, actions));
  if (list.games.length > 0) {
    // The newest few in view; the rest one click away, so the ways to play stay near the top.
    const shown = list.games.slice(0, GAMES_SHOWN);
    const more = list.games.slice(GAMES_SHOWN);
    parts.push(h('section', { class: 'saved-games', 'aria-labelledby': 'saved-games-heading' },
      h('h3', { id: 'saved-games-heading', class: 'small-heading' }, s.inProgressHeading),
      h('ul', { class: 'saved-list' }, shown.map((game) => gameItem(scenario, game, actions))),
      more.length > 0 ? moreGames(more.map((game) => gameItem(scenario, game, actions))) : null,
    ));
  }
  return parts;
}
