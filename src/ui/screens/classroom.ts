/**
 * Which classroom page (src/ui/classroom/) to build for a route: the debrief
 * after a game, the teacher's guide, or class results. The classroom code is
 * loaded on demand, so it comes in as `room`.
 */
import type { Scenario } from '../../engine/schema.ts';
import type { GameState, Mode } from '../../engine/types.ts';
import type { CheckRecord } from '../../engine/replay/check-bits.ts';
import { h } from '../dom.ts';
import type * as Classroom from '../classroom/index.ts';
import type { ModelViews } from '../model/model-views.ts';
import { parseRoute, routeHash } from '../router.ts';
import type { ReplayParts } from './ending.ts';
import { screenHeading } from './heading.ts';

export type ClassroomPage = 'debrief' | 'teachers' | 'class';

export interface ClassroomContext {
  scenario: Scenario;
  /** Every chapter, for class results (codes from several chapters, grouped). */
  chapters: readonly Scenario[];
  /** The game in memory, if any; the debrief needs one that has ended. */
  game: { state: GameState; mode: Mode } | null;
  replay(state: GameState): ReplayParts;
  /** The package per side, the computer's reasons and the settings of a game (from the engine). */
  model(state: GameState): ModelViews;
  onBackToEnding(): void;
  onPlayAgain(mode: Mode): void;
  announce(text: string): void;
  /** The live game's learning check (LiveGame): the debrief ends with the post-check when it has one. */
  learning?: { check: CheckRecord | undefined };
}

/** The page, or null when there is nothing to show (no ended game, or the route moved on while loading). */
export function classroomPage(room: typeof Classroom, page: ClassroomPage, ctx: ClassroomContext): HTMLElement | null {
  const { scenario, game } = ctx;
  const heading = (text: string) => screenHeading('h1', text);
  const toTitle = () => { location.hash = '#/'; };
  if (page === 'debrief') {
    if (!game?.state.ending) return null;
    const replay = ctx.replay(game.state);
    // The link is rebuilt once the post-check is answered, so that it carries the answers.
    const link = h('div', { class: 'replay-slot' }, replay.section());
    const postCheck = ctx.learning
      ? room.postCheckSection({ learning: ctx.learning, announce: (text) => ctx.announce(text), onSaved: () => link.replaceChildren(ctx.replay(game.state).section()) })
      : null;
    return room.buildDebrief({
      scenario, state: game.state, heading, onBack: () => ctx.onBackToEnding(), onPlayAgain: () => ctx.onPlayAgain(game.mode),
      replay: link,
      postCheck,
      branch: (round) => replay.branch(round),
      model: ctx.model(game.state),
    });
  }
  if (parseRoute(location.hash).name !== page) return null;
  return page === 'teachers'
    ? room.buildGuide({ heading, onBack: toTitle, classHref: routeHash({ name: 'class' }) })
    : room.buildClassPage({ scenarios: ctx.chapters, heading, onBack: toTitle, teachersHref: routeHash({ name: 'teachers' }), announce: (text) => ctx.announce(text) });
}
