// @vitest-environment happy-dom
/**
 * The negotiation model's views: per-side tone badges, the package per side
 * (secured, gave up, the climate), the computer's reasons in plain words, the
 * model explained, and the teacher's settings on the title's form.
 */
import { describe, expect, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import type { PackageOutcome } from '../../src/engine/model/package.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/persistence/settings.ts';
import { t } from '../../src/ui/locale/current.ts';
import { climateLines, packageView, sidesFor, type PackageData } from '../../src/ui/model/package-view.ts';
import { modelView, reasonsView, runnerUp, topReasons, type ReasonRound } from '../../src/ui/model/reasons-view.ts';
import { settingsForm } from '../../src/ui/settings-form.ts';
import { encodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import { buildClassPage } from '../../src/ui/classroom/class-page.ts';
import { goodForSidePlayed } from '../../src/ui/classroom/class-summary.ts';
import { buildDebrief } from '../../src/ui/classroom/debrief.ts';
import { h } from '../../src/ui/dom.ts';
import { modelViews } from '../../src/ui/session.ts';
import { toneBadge, toneForMode, toneOf, toneWords } from '../../src/ui/tone-badge.ts';

const base: Scenario = ScenarioSchema.parse(scenarioJson);
/** A package section of our own, so these views are tested whatever the scenario's current data says. */
const scenario = {
  ...base,
  package: {
    items: [
      { id: 'methane-plan', label: 'A methane plan', help: 'h' },
      { id: 'coal-restraint', label: 'Coal restraint', help: 'h' },
      { id: 'export-channel', label: 'A channel on export controls', issue: 'tech', help: 'h' },
    ],
    interests: {
      us: [
        { item: 'methane-plan', want: true, weight: 4, label: 'Methane', source: 'example' },
        { item: 'export-channel', want: false, weight: 3, label: 'No chips deal', source: 'example' },
      ],
      china: [
        { item: 'export-channel', want: true, weight: 3, label: 'Chips channel', source: 'example' },
        { item: 'methane-plan', want: false, weight: 2, label: 'No outside targets', source: 'example' },
      ],
    },
    shielded: ['climate'],
  },
} satisfies Scenario;

function outcome(side: 'us' | 'china', secured: string[], gaveUp: string[], percent: number): PackageOutcome {
  return { side, secured, gaveUp, missed: [], held: [], interests: [], score: percent, max: 100, percent };
}
const data: PackageData = {
  outcome: { us: outcome('us', ['methane-plan'], ['export-channel'], 57), china: outcome('china', ['export-channel'], ['methane-plan'], 60) },
  final: ['methane-plan', 'export-channel'],
  blocked: null,
};

describe('tone badges follow the side played', () => {
  const split = { tone: { us: 'good', china: 'bad' } } as const;
  const shared = { tone: 'mixed' } as const;
  test('one player sees their side; two players see both when the readings differ', () => {
    expect(toneOf(split, 'us')).toBe('good');
    expect(toneOf(split, 'china')).toBe('bad');
    expect(toneOf(shared, 'china')).toBe('mixed');
    expect(toneForMode(split, 'china')).toBe('bad');
    expect(toneForMode(split, 'two')).toBe('mixed');
    expect(toneForMode({ tone: { us: 'good', china: 'good' } }, 'two')).toBe('good');

    const us = toneBadge(scenario, split, 'us');
    expect(us.dataset.tone).toBe('good');
    expect(us.textContent).toBe(`${t.toneIcon.good} US: ${t.tone.good}`);
    expect(toneBadge(scenario, split, 'china').textContent).toContain(t.tone.bad);
    const two = toneBadge(scenario, split, 'two');
    expect([...two.querySelectorAll('[data-tone]')].map((e) => (e as HTMLElement).dataset.tone)).toEqual(['good', 'bad']);
    expect(toneWords(scenario, split, 'two')).toBe(`US: ${t.tone.good}, China: ${t.tone.bad}`);
    // A shared reading needs no side names.
    expect(toneBadge(scenario, shared, 'two').textContent).toBe(`${t.toneIcon.mixed} ${t.tone.mixed}`);
    expect(toneBadge(scenario, split, 'us').querySelector('.tone-icon')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the package per side', () => {
  test('both sides, the person\'s first, with what each secured and gave up, and its score', () => {
    expect(sidesFor('china')).toEqual(['china', 'us']);
    const el = packageView(scenario, data, 'us', 'p');
    const sides = [...el.querySelectorAll<HTMLElement>('.package-side')];
    expect(sides.map((s) => s.dataset.side)).toEqual(['us', 'china']);
    const [us, china] = sides;
    expect(us!.textContent).toContain(t.model.secured.us);
    expect(us!.textContent).toContain(t.model.gaveUp.us);
    expect([...us!.querySelectorAll('.is-secured li')].map((li) => li.textContent)).toEqual(['A methane plan']);
    expect([...us!.querySelectorAll('.is-gave-up li')].map((li) => li.textContent)).toEqual(['A channel on export controls']);
    expect(us!.querySelector('.package-score')!.textContent).toBe(t.model.score(57));
    expect(china!.textContent).toContain(t.model.secured.china);
    expect(china!.textContent).toContain(t.model.gaveUp.china);
    // Every group is named by a heading that exists; ids are unique.
    for (const side of sides) expect(el.querySelector(`#${side.getAttribute('aria-labelledby')!}`)).not.toBeNull();
    const ids = [...el.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('nothing secured or given up says so', () => {
    const empty: PackageData = { outcome: { us: outcome('us', [], [], 0), china: outcome('china', [], [], 0) }, final: [], blocked: null };
    const el = packageView(scenario, empty, 'china');
    expect([...el.querySelectorAll('.package-empty')].map((p) => p.textContent)).toEqual([
      t.model.securedNothing, t.model.gaveUpNothing, t.model.securedNothing, t.model.gaveUpNothing,
    ]);
    expect(el.querySelector('.package-climate')!.textContent).toContain(t.model.climateNone);
  });

  test('the climate: items of no linkable issue, agreed and left out; a blocked package says who and why', () => {
    expect(climateLines(scenario, data)).toEqual({ agreed: ['A methane plan'], leftOut: ['Coal restraint'], blocked: null });
    const walk = climateLines(scenario, { ...data, final: [], blocked: { reason: 'walk-away', side: 'china' } });
    expect(walk).toEqual({ agreed: [], leftOut: ['A methane plan', 'Coal restraint'], blocked: t.model.walkedAway.china });
    const hostage = climateLines(scenario, { ...data, final: [], blocked: { reason: 'hostage', side: 'us', issue: 'taiwan' } });
    expect(hostage.blocked).toBe(t.model.hostage.us('Taiwan'));
    const el = packageView(scenario, { ...data, final: [], blocked: { reason: 'walk-away', side: 'us' } }, 'us');
    expect(el.querySelector('.package-blocked')!.textContent).toBe(t.model.walkedAway.us);
  });
});

describe('why the computer did what it did', () => {
  const round = scenario.rounds[1]!;
  const [a, b] = round.options.china;
  const explained: ReasonRound = {
    round: round.id,
    side: 'china',
    chosen: a!.id,
    scores: [
      { option: a!.id, total: 9, parts: [{ kind: 'measures', points: 4 }, { kind: 'reciprocity', points: 12 }, { kind: 'insist', points: -5 }, { kind: 'noise', points: 3 }, { kind: 'goodwill', points: -1 }] },
      { option: b!.id, total: 2, parts: [{ kind: 'measures', points: 2 }] },
    ],
  };

  test('the largest parts of the chosen option, for and against, in plain words', () => {
    const top = topReasons(explained);
    expect(top.forIt.map((r) => [r.kind, r.points])).toEqual([['reciprocity', 12], ['measures', 4]]);
    expect(top.againstIt.map((r) => [r.kind, r.points])).toEqual([['insist', -5], ['goodwill', -1]]);
    expect(top.forIt[0]!.text).toBe(t.model.part.reciprocity!.up);
    expect(top.againstIt[0]!.text).toBe(t.model.part.insist!.down);
  });

  test('round by round for the computer side only; with two players, a line saying no computer played', () => {
    const usRound: ReasonRound = { ...explained, side: 'us', chosen: round.options.us[0]!.id, scores: [] };
    const el = reasonsView(scenario, [explained, usRound], 'china');
    const items = el.querySelectorAll('.reason');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain(t.model.chose(a!.label));
    expect(items[0]!.textContent).toContain(`${t.model.part.reciprocity!.up} ${t.model.points(12)}`);
    expect(items[0]!.textContent).toContain(t.model.points(-5));
    expect(el.textContent).toContain(t.model.reasonsIntro.china);
    // The runner-up: the best option not chosen, and how far behind.
    expect(runnerUp(explained)).toEqual({ option: b!.id, behind: 7 });
    expect(items[0]!.querySelector('.reason-next')!.textContent).toBe(` ${t.model.nextBest(b!.label, 7)}`);
    expect(runnerUp({ ...explained, scores: [explained.scores[0]!, { option: b!.id, total: 9, parts: [] }] })!.behind).toBe(0);
    expect(reasonsView(scenario, [], null).textContent).toContain(t.model.reasonsNone);
  });

  test('the model explained, with the game\'s settings named', () => {
    const el = modelView({ temperament: 'hard-line', unpredictability: 'high' });
    for (const point of t.model.modelPoints) expect(el.textContent).toContain(`${point.term} ${point.text}`);
    expect(el.textContent).toContain(t.model.counterpartLine(t.model.temperament['hard-line']!, t.model.unpredictability.high!));
  });
});

describe('the teacher\'s settings on the title', () => {
  function form(teacher: boolean) {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    const changes: Partial<Settings>[] = [];
    const el = settingsForm('title', { settings: () => settings, update: (c) => { changes.push(c); settings = { ...settings, ...c }; }, language: () => 'en', setLanguage: () => {} }, teacher);
    document.body.replaceChildren(el);
    return { el, changes };
  }

  test('two labelled selects with every choice; a change updates the settings', () => {
    const { el, changes } = form(true);
    const temperament = el.querySelector<HTMLSelectElement>('#title-temperament')!;
    const level = el.querySelector<HTMLSelectElement>('#title-unpredictability')!;
    expect(el.querySelector('label[for="title-temperament"]')!.textContent).toBe(t.model.temperamentLabel);
    expect(el.querySelector('label[for="title-unpredictability"]')!.textContent).toBe(t.model.unpredictabilityLabel);
    expect([...temperament.options].map((o) => o.value)).toEqual(['drawn', 'hard-line', 'pragmatic', 'history']);
    expect([...level.options].map((o) => o.value)).toEqual(['none', 'low', 'normal', 'high']);
    expect(temperament.value).toBe('drawn');
    expect(level.value).toBe('normal');
    expect(document.getElementById(temperament.getAttribute('aria-describedby')!)!.textContent).toBe(t.model.temperamentHint);
    temperament.value = 'hard-line';
    temperament.dispatchEvent(new Event('change'));
    level.value = 'none';
    level.dispatchEvent(new Event('change'));
    expect(changes).toEqual([{ temperament: 'hard-line' }, { unpredictability: 'none' }]);
  });

  test('the menu\'s copy has no teacher settings', () => {
    expect(form(false).el.querySelector('select[data-key]')).toBeNull();
    expect(form(false).el.querySelector('.settings-teacher')).toBeNull();
  });
});

describe('the model in the debrief and class results, from real games', () => {
  const real: Scenario = ScenarioSchema.parse(scenarioJson);
  const play = (mode: 'us' | 'china', seed: number, temperament: 'drawn' | 'hard-line' = 'drawn') => {
    const side = mode;
    const choices = real.rounds.map((r) => ({ [side]: r.options[side].find((o) => o.historical)!.id }));
    return replayGame(real, {
      scenarioId: real.id, version: real.version, seed, mode, settings: { temperament, unpredictability: 'normal' },
      rounds: choices.length, choices,
    });
  };

  test('the debrief shows the package per side, the model and one reason per round, matching the engine', () => {
    const state = play('us', 7, 'hard-line');
    const views = modelViews(real, state);
    expect(views.settings).toEqual({ temperament: 'hard-line', unpredictability: 'normal' });
    expect(views.reasons).toHaveLength(real.rounds.length);
    // The reasons name what the computer really played.
    expect(views.reasons.map((r) => r.chosen)).toEqual(state.log.map((r) => r.choices.china));
    const el = buildDebrief({ scenario: real, state, heading: (text) => h('h1', null, text), onBack: () => undefined, model: views });
    document.body.replaceChildren(el);
    const us = el.querySelector('.package-side[data-side="us"]')!;
    const label = (id: string) => real.package!.items.find((i) => i.id === id)!.label;
    expect([...us.querySelectorAll('.is-secured li')].map((li) => li.textContent)).toEqual(views.pkg!.outcome.us.secured.map(label));
    expect([...us.querySelectorAll('.is-gave-up li')].map((li) => li.textContent)).toEqual(views.pkg!.outcome.us.gaveUp.map(label));
    expect(el.querySelectorAll('.reasons .reason')).toHaveLength(real.rounds.length);
    expect(el.querySelector('.model-explained [data-temperament]')!.getAttribute('data-temperament')).toBe('hard-line');
    const ids = [...el.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(el.querySelector(`.tone[data-tone="${toneOf(real.endings.find((e) => e.id === state.ending)!, 'us')}"]`)).not.toBeNull();
  });

  test('class results: each ending\'s reading per side, and games good for the side played', () => {
    const games = [play('us', 3), play('china', 4), play('us', 5)];
    const summaryGames = games.map((state, i) => ({ line: i + 1, name: null, code: encodeReplay(real, state), inputs: {} as never, state }));
    const expected = games.filter((g) => toneOf(real.endings.find((e) => e.id === g.ending)!, g.mode as 'us' | 'china') === 'good').length;
    expect(goodForSidePlayed(real, summaryGames)).toEqual({ good: expected, games: 3 });
    const el = buildClassPage({ scenarios: [real], heading: (text) => h('h1', null, text), onBack: () => undefined, teachersHref: '#/teachers', announce: () => undefined });
    document.body.replaceChildren(el);
    el.querySelector('textarea')!.value = summaryGames.map((g) => g.code).join('\n');
    (el.querySelector('[data-action="show-results"]') as HTMLButtonElement).click();
    for (const ending of real.endings) {
      const row = el.querySelector(`[data-ending="${ending.id}"]`)!;
      expect([...row.querySelectorAll('[data-tone]')].map((e) => e.getAttribute('data-tone'))).toEqual([toneOf(ending, 'us'), toneOf(ending, 'china')]);
    }
    expect(el.querySelector('.class-side-good')!.textContent).toBe(t.model.goodForSidePlayed(expected, 3));
    // At least one ending reads differently for the two sides, and the table shows it.
    expect(real.endings.some((e) => toneOf(e, 'us') !== toneOf(e, 'china'))).toBe(true);
  });
});
