/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- tests edit the fixture's raw JSON; parseScenario then checks it */
import { describe, expect, it, vi } from 'vitest';
import { checkScenario, parseScenario, parseScenarioText, scenarioWarnings, ScenarioError, type Problem } from '../../src/engine/index.ts';
import { fixture, fixtureJson } from './helpers.ts';
import { variantJson, type Json } from './variant.ts';

function problemsOf(change: (j: Json) => void): Problem[] {
  try {
    parseScenario(variantJson(change), { reachability: true });
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseScenario', () => {
  it('accepts the fixture with no problems', () => {
    expect(checkScenario(fixture())).toEqual([]);
  });

  it.each<[string, (j: Json) => void, Problem]>([
    ['a fractional effect', (j) => { j.rounds[0].options.us[1].effects.trust.by = 2.5; },
      { path: 'rounds[0].options.us[1].effects.trust.by', message: 'must be a whole number' }],
    ['a starting value above 100', (j) => { j.measures[0].start = 101; },
      { path: 'measures[0].start', message: expect.stringMatching(/100/) as string }],
    ['an effect on an unknown measure', (j) => { j.rounds[1].options.us[1].effects.money = { by: 1, why: 'x' }; },
      { path: 'rounds[1].options.us[1].effects.money', message: '"money" is not a measure of this scenario' }],
    ['a stance on an unknown issue', (j) => { j.rounds[0].options.china[0].stances.taiwan = 'link'; },
      { path: 'rounds[0].options.china[0].stances.taiwan', message: '"taiwan" is not an issue of this scenario' }],
    ['a duplicate option id', (j) => { j.rounds[0].options.us[1].id = 'warm'; },
      { path: 'rounds[0].options.us[1].id', message: expect.stringMatching(/"warm" is used by another/) as string }],
    ['a speaker in no delegation', (j) => { j.rounds[0].lines[0].speaker = 'blinken'; },
      { path: 'rounds[0].lines[0].speaker', message: '"blinken" is not in either delegation' }],
    ['an unknown home measure', (j) => { j.sides[1].homeMeasure = 'face'; },
      { path: 'sides[1].homeMeasure', message: '"face" is not a measure of this scenario' }],
    ['a rule naming an unknown round', (j) => { j.rules[0].when.rounds = ['lunch']; },
      { path: 'rules[0].when.rounds[0]', message: '"lunch" is not a round of this scenario' }],
    ['a rule naming an unknown option', (j) => { j.rules[0].when.us = { option: ['shout'] }; },
      { path: 'rules[0].when.us.option[0]', message: '"shout" is not an option for us in any round' }],
    ['a flag nobody sets', (j) => { j.events[1].when.flags = { all: ['walkout'] }; },
      { path: 'events[1].when.flags.all[0]', message: 'no option, rule or event sets the flag "walkout"' }],
    ['a policy weight on an unknown measure', (j) => { j.policies.us.weights.gdp = 3; },
      { path: 'policies.us.weights.gdp', message: '"gdp" is not a measure of this scenario' }],
    ['a last ending with a condition', (j) => { j.endings[3].when = { measures: { trust: { max: 39 } } }; },
      { path: 'endings[3].when', message: expect.stringMatching(/last ending must have an empty condition/) as string }],
    ['two historical endings', (j) => { j.endings[0].historical = true; },
      { path: 'endings', message: expect.stringMatching(/exactly one .* \(found 2\)/) as string }],
    ['an ending no path reaches', (j) => { j.endings.splice(0, 0, { ...j.endings[0], id: 'miracle', when: { measures: { climate: { min: 100 } } } }); },
      { path: 'endings[0]', message: 'no path reaches ending "miracle" (every combination of choices was tried)' }],
    ['no options for a side', (j) => { j.rounds[2].options.china = []; },
      { path: 'rounds[2].options.china', message: expect.any(String) as string }],
    ['a scene the game cannot draw', (j) => { j.rounds[1].scene = 'moon-base'; },
      { path: 'rounds[1].scene', message: expect.stringMatching(/^"moon-base" is not a scene the game can draw; use one of: dinner, hotel/) as string }],
    ['two measures with one stage role', (j) => { j.measures[0].role = 'climate'; j.measures[1].role = 'climate'; },
      { path: 'measures[1].role', message: '"climate" is already the role of measure "trust"; each role belongs to one measure' }],
    ['a home measure with a stage role', (j) => { j.measures[2].role = 'trust'; },
      { path: 'measures[2].role', message: expect.stringMatching(/"us-home" is the us side's room at home/) as string }],
    ['an unknown stage role', (j) => { j.measures[0].role = 'money'; },
      { path: 'measures[0].role', message: expect.any(String) as string }],
    ['a citation of a source the table lacks', (j) => { j.events[0].source = 'nowhere'; },
      { path: 'events[0].source', message: '"nowhere" is not in this scenario\'s sources' }],
    ['an ending citing a source the table lacks', (j) => { j.endings[1].sources.push('gone'); },
      { path: 'endings[1].sources[1]', message: '"gone" is not in this scenario\'s sources' }],
    ['a source whose link is not http(s)', (j) => { j.sources['example-source'].url = 'javascript:alert(1)'; },
      { path: 'sources.example-source.url', message: 'must be an http(s) link' }],
    ['an unknown key', (j) => { j.rounds[0].colour = 'red'; },
      { path: 'rounds[0]', message: expect.stringMatching(/colour/) as string }],
  ])('reports %s with its path', (_, change, problem) => {
    expect(problemsOf(change)).toContainEqual(problem);
  });

  it('rejects non-objects with a ScenarioError', () => {
    for (const bad of [null, 3, 'x', [], undefined]) expect(() => parseScenario(bad)).toThrow(ScenarioError);
  });
});

describe('parseScenarioText', () => {
  it('parses valid JSON text', () => {
    expect(parseScenarioText(JSON.stringify(fixtureJson())).id).toBe('mini');
  });

  it('refuses more than 1 MiB before parsing it', () => {
    const spy = vi.spyOn(JSON, 'parse');
    const huge = `{"title": "${'x'.repeat(1024 * 1024)}"}`;
    expect(() => parseScenarioText(huge)).toThrow(/larger than 1 MiB/);
    // Multi-byte text counts in UTF-8 bytes, not characters.
    expect(() => parseScenarioText(`"${'é'.repeat(600_000)}"`)).toThrow(/larger than 1 MiB/);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('reports JSON syntax errors clearly', () => {
    try {
      parseScenarioText('{"format": 1,');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).problems[0]!.message).toMatch(/^the file is not valid JSON: /);
    }
  });
});

describe('scenarioWarnings', () => {
  it('warns about a listed source that nothing cites', () => {
    const spare = parseScenario(variantJson((j) => { j.sources.spare = { label: 'Unused', url: 'https://example.org/spare' }; }));
    expect(scenarioWarnings(spare)).toContainEqual({ path: 'sources.spare', message: 'is listed but nothing in the file cites it' });
    expect(scenarioWarnings(fixture()).filter((w) => w.path.startsWith('sources.'))).toEqual([]);
  });

  it('names changes that would leave 0–100 without clamping', () => {
    expect(scenarioWarnings(fixture())).toContainEqual({
      path: 'option "link" (china) in round "talks"',
      message: 'can push china-home past 0–100: wanted +5, clamped to +3',
    });
  });
});
