/**
 * A round as one player sees it: the setting, what was said, the headlines,
 * the measures, and that player's options as numbered buttons.
 */
import type { Option, Round, Scenario, SideId } from '../../engine/schema.ts';
import type { GameState, Mode } from '../../engine/types.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { textLang, wordsLanguage } from '../locale/text-language.ts';
import { metersView } from '../report-view.ts';
import type { Session } from '../session.ts';
import { likelyMoves, sideOf, speakerOf, stanceBadges } from '../view-model.ts';
import { screenHeading } from './heading.ts';
import type { ScreenHost } from './host.ts';
import { ticker } from './ticker.ts';
import { discussionBox } from '../team/discussion.ts';
import { duration } from '../locale/learning.ts';
import { citeLink } from '../cite.ts';

export interface RoundDisplay {
  /** The stage failed to load: say so, since the round plays on without it. */
  stageFailed: boolean;
  reducedMotion: boolean;
  /** Team mode: the discussion's length in seconds before the options unlock; null without team mode. */
  team: number | null;
}

/** The current round for the player of `side`. */
export function showRound(host: ScreenHost, session: Session, side: SideId, display: RoundDisplay): void {
  const { scenario } = session;
  const state = session.state();
  const round = scenario.rounds[state.round];
  if (!round) return;
  host.show('round', true, [roundScreen({
    scenario, state, round, side, ...display,
    options: session.offered(side),
    mode: session.mode,
    onChoose: (option) => session.send({ type: 'CHOOSE', side, option }),
    announce: (text) => host.announce(text),
  })]);
  host.refreshStage();
  // Where we are, then every line as said.
  host.announce([
    `${t.roundOf(state.round + 1, scenario.rounds.length)}${t.punct.colon}${round.title}${t.punct.stopSpace}${round.setting}`,
    ...round.lines.map((l) => t.saidBy(speakerOf(scenario, l.speaker).name, l.text)),
    display.team !== null ? t.team.started(duration(display.team), sideOf(scenario, side).name) : '',
  ].join(' '));
}

interface RoundContext extends RoundDisplay {
  scenario: Scenario;
  state: GameState;
  round: Round;
  /** The side choosing on this screen. */
  side: SideId;
  options: readonly Option[];
  mode: Mode;
  onChoose(option: string): void;
  announce(text: string): void;
}

function lineItem(scenario: Scenario, line: Round['lines'][number]): HTMLElement {
  const who = speakerOf(scenario, line.speaker);
  return h('li', { class: `line side-${who.side ?? 'none'}`, lang: textLang(scenario) },
    h('p', { class: 'line-who' }, h('span', { class: 'line-name' }, who.name), who.role ? h('span', { class: 'line-role' }, who.role) : null),
    h('p', { class: 'line-text' }, line.text),
    line.source ? h('p', { class: 'line-source' }, translationNote(scenario, line), citeLink(scenario, line.source, t.sourceOf)) : null,
  );
}

/**
 * "Translated from Chinese" before the source of a quote whose words were first
 * said in another language than they are shown in. A teacher's file does not
 * say its language, so its lines are not marked.
 */
export function translationNote(scenario: Scenario, line: Round['lines'][number]): HTMLElement | null {
  const shown = wordsLanguage(scenario);
  const said = line.originalLanguage ?? 'en';
  if (shown === null || said === shown) return null;
  return h('span', { class: 'line-translated' }, `${t.translatedFrom(t.languageName(said))} · `);
}

/** Option `i` as a button: its number key, text, stances on the issues and likely moves of the measures. */
function optionButton(scenario: Scenario, option: Option, i: number): HTMLButtonElement {
  const badges = stanceBadges(scenario, option);
  const moves = likelyMoves(scenario, option);
  return h('button', { type: 'button', class: 'option', 'data-option': option.id },
    h('span', { class: 'option-key', 'aria-hidden': 'true' }, String(i + 1)),
    h('span', { class: 'option-body' },
      h('span', { class: 'option-label', lang: textLang(scenario) }, option.label),
      h('span', { class: 'option-text', lang: textLang(scenario) }, option.text),
      badges.length ? h('span', { class: 'badges' }, badges.map((b) => h('span', { class: `badge badge-${b.stance}` },
        b.stance === 'link' ? t.stanceLink(b.label) : b.stance === 'separate' ? t.stanceSeparate(b.label) : t.stanceAcknowledge(b.label)))) : null,
      moves.length ? h('span', { class: 'moves' },
        h('span', { class: 'moves-label' }, t.likelyMoves),
        moves.map((m) => h('span', { class: `move is-${m.direction}` },
          h('span', { 'aria-hidden': 'true' }, m.direction === 'up' ? '▲ ' : '▼ '),
          h('span', { class: 'sr-only' }, `${m.direction === 'up' ? t.up : t.down}${t.punct.colon}`),
          m.label))) : null,
    ),
  );
}

function roundScreen(ctx: RoundContext): HTMLElement {
  const { scenario, state, round } = ctx;
  const sideInfo = sideOf(scenario, ctx.side);
  const lines = round.lines.map((line) => lineItem(scenario, line));
  const buttons = ctx.options.map((option, i) => {
    const button = optionButton(scenario, option, i);
    button.addEventListener('click', () => {
      // One choice a turn: no second click while the session moves on.
      for (const b of buttons) b.disabled = true;
      ctx.onChoose(option.id);
    });
    return button;
  });
  const optionsHeading = ctx.mode === 'two' ? t.optionsFor(sideInfo.name) : t.yourOptions;
  // Team mode: the options are read during the discussion and unlock when it ends.
  const locked = ctx.team !== null ? h('p', { class: 'hint', id: 'options-locked' }, t.team.optionsLocked) : null;
  const optionsBox = h('section', { class: `options-box${locked ? ' is-locked' : ''}`, 'aria-labelledby': 'options-heading' },
    h('h2', { id: 'options-heading', class: 'small-heading' }, optionsHeading),
    locked,
    h('div', { role: 'group', 'aria-label': t.yourOptions, class: 'options' }, buttons),
  );
  for (const b of locked ? buttons : []) b.disabled = true;
  const team = ctx.team === null ? null : discussionBox({
    seconds: ctx.team,
    reducedMotion: ctx.reducedMotion,
    announce: (text) => ctx.announce(text),
    onEnd: (early) => {
      for (const b of buttons) b.disabled = false;
      optionsBox.classList.remove('is-locked');
      locked?.remove();
      // The timer's buttons are now disabled: a keyboard there (or on "End now") moves to where the choice is made.
      if (early || team?.contains(document.activeElement)) buttons[0]?.focus();
    },
  });
  return h('div', { class: 'round' },
    h('header', { class: 'round-head' },
      h('p', { class: 'eyebrow' }, t.roundOf(state.round + 1, scenario.rounds.length), ' · ', sideInfo.name),
      screenHeading('h1', round.title, '', textLang(scenario)),
      h('p', { class: 'meta', lang: textLang(scenario) }, h('span', null, round.date), h('span', null, round.place)),
      h('p', { class: 'setting', lang: textLang(scenario) }, round.setting),
    ),
    ctx.stageFailed ? h('p', { class: 'hint' }, t.stageUnavailable) : null,
    h('section', { class: 'dialogue', 'aria-labelledby': 'dialogue-heading' },
      h('h2', { id: 'dialogue-heading', class: 'small-heading' }, t.dialogueHeading),
      h('ol', { class: 'lines' }, lines),
    ),
    round.headlines?.length ? ticker(round.headlines, ctx.reducedMotion) : null,
    // Docked under the stage on wide layouts (see Shell), so it stays in view beside the options.
    h('section', { class: 'meters-box', 'aria-labelledby': 'meters-heading', 'data-dock': 'stage' },
      h('h2', { id: 'meters-heading', class: 'small-heading' }, t.measuresShort),
      metersView(scenario, state.measures),
    ),
    team,
    optionsBox,
  );
}
