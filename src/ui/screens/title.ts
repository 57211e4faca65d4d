/**
 * The title screen: the name, the scenario card, the three ways to play, the
 * replay and teacher slots, and the settings.
 */
import type { Mode } from '../../engine/types.ts';
import { ART } from '../../game/art.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { chapterTimeline, type ChapterList } from './chapters.ts';
import { screenHeading } from './heading.ts';

/** The scenario fields the title card needs, readable before the engine (and its validation) loads. */
export interface ScenarioCard {
  title: string;
  subtitle?: string;
  dates: string;
  place: string;
  premise: string;
  minutes: { min: number; max: number };
  /** The language of the card's words when it is not the page's. */
  lang?: string | undefined;
}

export interface TitleContext {
  /** The chosen chapter. */
  card: ScenarioCard;
  /** Every chapter, as the timeline of cards above the chosen one. */
  chapters: ChapterList;
  /** Said above the chapters, e.g. that a link named no chapter. */
  notice?: string | undefined;
  newGame(mode: Mode): void;
  /** The games in progress (src/ui/saves/): hidden until a save is found. */
  resumeSlot(): HTMLElement;
  /** The finished games with their replay links (src/ui/saves/): hidden when there are none. */
  finishedSlot(): HTMLElement;
  /** "Open a replay" (src/ui/replay/). */
  replaySlot(): HTMLElement;
  settingsForm(prefix: string): HTMLElement;
  /** "Your scenarios", for teachers (src/ui/teacher/). */
  teacherSlot?: () => HTMLElement;
}

export function titleScreen(ctx: TitleContext): HTMLElement[] {
  const c = ctx.card;
  const mode = (m: Mode, label: string, hint: string, side: string) => {
    const hintId = `mode-${m}-hint`;
    return h('li', { class: `mode mode-${side}` },
      h('button', { type: 'button', class: 'btn btn-mode', 'aria-describedby': hintId, 'data-mode': m, onclick: () => ctx.newGame(m) }, label),
      h('p', { id: hintId, class: 'hint' }, hint),
    );
  };
  const emblem = h('img', { class: 'emblem', alt: '', width: 96, height: 96, src: ART.emblem });
  return [
    h('div', { class: 'title-hero' },
      emblem,
      h('div', null,
        screenHeading('h1', t.appName, 'title-name'),
        h('p', { class: 'tagline' }, t.tagline),
      ),
    ),
    ...(ctx.notice ? [h('p', { class: 'notice', role: 'alert' }, ctx.notice)] : []),
    chapterTimeline(ctx.chapters),
    h('div', { class: 'title-grid' },
      h('section', { class: 'card scenario-card', 'aria-labelledby': 'scenario-title' },
        h('p', { class: 'eyebrow' }, t.scenarioHeading),
        h('h2', { id: 'scenario-title', lang: c.lang }, c.title),
        c.subtitle ? h('p', { class: 'subtitle', lang: c.lang }, c.subtitle) : null,
        h('p', { class: 'meta' }, h('span', { lang: c.lang }, c.dates), h('span', { lang: c.lang }, c.place), h('span', null, t.minutes(c.minutes.min, c.minutes.max))),
        h('p', { lang: c.lang }, c.premise),
      ),
      h('section', { class: 'card modes', 'aria-labelledby': 'modes-heading' },
        h('h2', { id: 'modes-heading' }, t.modeHeading),
        ctx.resumeSlot(),
        h('ul', { class: 'mode-list' },
          mode('us', t.modeUs, t.modeUsHint, 'us'),
          mode('china', t.modeChina, t.modeChinaHint, 'china'),
          mode('two', t.modeTwo, t.modeTwoHint, 'two'),
        ),
        // Slots for later issues: not shown until they work.
        h('div', { class: 'later-slots' },
          ctx.replaySlot(),
          ctx.finishedSlot(),
          h('a', { class: 'btn', 'data-slot': 'teachers', href: '#/teachers' }, t.forTeachers),
        ),
      ),
      ...(ctx.teacherSlot ? [ctx.teacherSlot()] : []),
      h('section', { class: 'card' }, ctx.settingsForm('title')),
    ),
  ];
}
