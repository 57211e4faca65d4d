/**
 * The Beijing scenario and the teacher's guide against the record: corrections
 * that a reader checked by hand against FACTS.md, pinned so they cannot creep back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../src/engine/index.ts';
import { GUIDE_JSON } from '../../scripts/make-guide.ts';
import { BEIJING_PATH } from './helpers.ts';

const raw = readFileSync(BEIJING_PATH, 'utf8');
const scenario = Scenario.parse(JSON.parse(raw));
const guide = readFileSync(GUIDE_JSON, 'utf8');
const locale = readFileSync(new URL('../../src/ui/locale/en.ts', import.meta.url), 'utf8');
const round = (id: string) => scenario.rounds.find((r) => r.id === id)!;

/** The publication each linked site is, as a ticker item must name it. */
const OUTLET_BY_HOST: Record<string, string> = {
  'www.theguardian.com': 'The Guardian',
  'globaltimes.cn': 'Global Times',
  'www.globaltimes.cn': 'Global Times',
  'www.nbcnews.com': 'NBC News',
  'freebeacon.com': 'Washington Free Beacon',
  'www.bworldonline.com': 'BusinessWorld',
  'www.upi.com': 'UPI',
  'en.people.cn': "People's Daily",
  'themessenger.com': 'The Messenger',
  'news.cgtn.com': 'CGTN',
  'en.prothomalo.com': 'Prothom Alo',
  'bdnews24.com': 'bdnews24',
  'www.state.gov': 'US State Department',
};

describe('beijing-2023 against the record', () => {
  it('names, for every headline, the outlet its link goes to, and marks paraphrases as summaries', () => {
    const headlines = scenario.rounds.flatMap((r) => r.headlines ?? []);
    expect(headlines.length).toBeGreaterThan(0);
    for (const h of headlines) {
      expect(h.source, h.text).toBeDefined();
      const host = new URL(scenario.sources[h.source!]!.url).host;
      expect(OUTLET_BY_HOST[host], `unknown outlet for ${host}`).toBeDefined();
      expect(h.outlet.startsWith(OUTLET_BY_HOST[host]!), `${h.outlet} ≠ ${host}`).toBe(true);
      // None of the texts is an outlet's verbatim headline, so each must say so.
      expect(h.summary, h.text).toBe(true);
    }
  });

  it('drops wording the sources do not support', () => {
    for (const banned of [
      'cut first', 'which emitted first', 'above all export controls', 'built together in Paris',
      'replayed in the press', 'called it a failure', 'and The record', 'resolve the differences',
    ]) {
      expect(raw, banned).not.toContain(banned);
      expect(guide, banned).not.toContain(banned);
    }
  });

  it('uses neutral labels: no "linkage demand", "brush-off" or "lecturing"', () => {
    for (const text of [raw, guide, locale]) expect(text).not.toMatch(/linkage demand|brush|lectur/i);
  });

  it('asserts no order for the Li Qiang and Wang Yi meetings of 18 July', () => {
    expect(round('premier').date).not.toMatch(/morning|afternoon/i);
    for (const id of ['premier', 'great-hall']) expect(round(id).setting, id).toMatch(/reports differ/i);
  });

  it('puts "freestanding" with Han Zheng, and "a global issue" with Wang Yi only as a weak report', () => {
    const wang = round('great-hall');
    const said = [wang.setting, wang.history.text, ...wang.lines.map((l) => l.text), ...wang.options.us.flatMap((o) => [o.label, o.text])];
    for (const text of said) expect(text).not.toMatch(/freestanding/i);
    const han = round('final').lines.find((l) => /freestanding/.test(l.text))!;
    expect(han.text).toMatch(/Han Zheng/);
    expect(round('great-hall').lines.map((l) => l.text).join(' ')).toMatch(/less reliable.*"a global issue, not a bilateral issue"/);
  });

  it('quotes Li Qiang as the readout has it: developed countries take the lead', () => {
    expect(round('premier').lines.map((l) => l.text).join(' ')).toMatch(/take the lead/);
  });

  it('gets the dates right: COP28 ended on 13 December; the reaction round covers 17 July', () => {
    const cop = scenario.debrief.glossary.find((g) => g.term === 'COP28')!;
    expect(cop.text).toMatch(/–13 Dec 2023/);
    expect(round('press').date).toMatch(/^17–/);
    expect(guide).not.toMatch(/Two days later Biden/i);
    expect(guide).toMatch(/The day after, Biden calls Xi a “dictator”/);
  });

  it('is fair to both sides: both balloon accounts, face for both, each side’s own case', () => {
    const balloon = scenario.briefing.timeline.filter((t) => /^[34] Feb 2023$/.test(t.date)).map((t) => t.text).join(' ');
    expect(balloon).toMatch(/surveillance balloon/);
    expect(balloon).toMatch(/civilian airship, used mainly for weather research/);
    for (const id of ['us-home', 'china-home']) expect(scenario.measures.find((m) => m.id === id)!.help, id).toMatch(/face/);
    for (const text of [raw, guide]) {
      for (const claim of ['50–52%', '2050', 'Inflation Reduction Act', 'hostage']) expect(text, claim).toContain(claim);
    }
    // China's per-person and historical case is in the guide's "two positions"; Rhodium's
    // figures reach us only through weak mirrors, so the guide says so.
    expect(guide).toMatch(/17\.6 t and China 10\.1 t/);
    expect(guide).toMatch(/second-hand reports, so treat them as approximate/);
  });
});
