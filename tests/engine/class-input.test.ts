/** Class results: reading pasted lines and CSV files, and loading them with damaged lines reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema, playGame, type Mode, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay, replayLink, inputsOfGame } from '../../src/engine/replay/index.ts';
import { MAX_CLASS_LINES, loadClassGames, parseClassInput, splitLine, readCsv } from '../../src/engine/class/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);

function game(n: number, mode: Mode = 'two', rounds = S.rounds.length) {
  const choices = S.rounds.map((r, i) => ({
    us: r.options.us[(n + i) % r.options.us.length]!.id,
    china: r.options.china[(n * 3 + i) % r.options.china.length]!.id,
  }));
  const state = playGame(S, 4000 + n * 7919, mode, choices);
  if (rounds === S.rounds.length) return state;
  // An unfinished game: the state after `rounds` rounds, as the machine would hold it mid-game.
  return { ...state, round: rounds, log: state.log.slice(0, rounds), ending: null };
}
const codes = Array.from({ length: 8 }, (_, n) => encodeReplay(S, game(n)));
const link = (code: string) => replayLink('https://linkage.example:8443/play/index.html', code);

describe('splitLine', () => {
  it.each([
    ['CODE1', null, 'CODE1'],
    ['  CODE1  ', null, 'CODE1'],
    ['Team Red: CODE1', 'Team Red', 'CODE1'],
    ['Team Red:CODE1', 'Team Red', 'CODE1'],
    ['Period 3: Li, Wei: CODE1', 'Period 3: Li, Wei', 'CODE1'],
    ['Smith, J: CODE1', 'Smith, J', 'CODE1'],
    ['Jo "JJ" Okafor: CODE1', 'Jo "JJ" Okafor', 'CODE1'],
    ['"Smith, J": CODE1', 'Smith, J', 'CODE1'],
    ['李伟 和 王芳: CODE1', '李伟 和 王芳', 'CODE1'],
    ['Ann,CODE1', 'Ann', 'CODE1'],
    ['Ann;CODE1;', 'Ann', 'CODE1'],
    ['Ann\tCODE1', 'Ann', 'CODE1'],
    ['Team Red - CODE1', 'Team Red', 'CODE1'],
    ['Team Red — CODE1', 'Team Red', 'CODE1'],
    ['Team Red CODE1', 'Team Red', 'CODE1'],
    ['https://x.example/#/replay/CODE1', null, 'CODE1'],
    ['https://x.example:8080/a/#/replay/CODE1', null, 'CODE1'],
    ['Team Red: https://x.example:8080/#/replay/CODE1', 'Team Red', 'CODE1'],
    ['Red:https://x.example/#/replay/CODE1', 'Red', 'CODE1'],
    ['Mr. Http: http://x.example/#/replay/CODE1', 'Mr. Http', 'CODE1'],
    ['Team B: x.example/#/replay/CODE1', 'Team B', 'CODE1'],
    ['#/replay/CODE1', null, 'CODE1'],
    ["'=HYPERLINK(1): CODE1", '=HYPERLINK(1)', 'CODE1'],
    ["'＝HYPERLINK(1): CODE1", '＝HYPERLINK(1)', 'CODE1'],
    ['=HYPERLINK("http://evil.example/?a=b","click"): https://x.example/#/replay/CODE1', '=HYPERLINK("http://evil.example/?a=b","click")', 'CODE1'],
    ['=HYPERLINK("http://evil.example/#/replay/X"): https://x.example/#/replay/CODE1', '=HYPERLINK("http://evil.example/#/replay/X")', 'CODE1'],
    ['=HYPERLINK("http://evil.example"): CODE1', '=HYPERLINK("http://evil.example")', 'CODE1'],
    ['see http://a.example/info: x.example/#/replay/CODE1', 'see http://a.example/info', 'CODE1'],
    ['Team Red:', 'Team Red', ''],
  ])('%j → name %j, code %j', (line, name, code) => {
    expect(splitLine(line)).toEqual({ name, code });
  });
});

describe('parseClassInput: line format', () => {
  it('reads names, links and bare codes, skips blank and comment lines, keeps line numbers', () => {
    const text = [
      '# Period 3, Tuesday',
      '',
      `Team Red: ${codes[0]}`,
      `   ${codes[1]}   `,
      `Period 3: 李伟, "Wei" Li: ${link(codes[2]!)}`,
      '\t',
      `#/replay/${codes[3]}`,
      'Team Blue:',
    ].join('\r\n');
    const { entries, problems } = parseClassInput(text);
    expect(entries).toEqual([
      { line: 3, name: 'Team Red', code: codes[0] },
      { line: 4, name: null, code: codes[1] },
      { line: 5, name: 'Period 3: 李伟, "Wei" Li', code: codes[2] },
      { line: 7, name: null, code: codes[3] },
    ]);
    expect(problems).toEqual([{ line: 8, reason: 'There is no replay code on this line.' }]);
  });

  it('accepts LF, CRLF and CR line ends and a leading BOM', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { entries } = parseClassInput(`\uFEFFA: ${codes[0]}${eol}B: ${codes[1]}${eol}`);
      expect(entries.map((e) => [e.line, e.name])).toEqual([[1, 'A'], [2, 'B']]);
    }
  });

  it('refuses more than 2,000 lines or 1 MiB with a problem instead of throwing', () => {
    const many = Array.from({ length: MAX_CLASS_LINES + 1 }, () => codes[0]).join('\n');
    const a = parseClassInput(many);
    expect(a.entries).toEqual([]);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]!.reason).toMatch(/2,000/);
    expect(parseClassInput(Array.from({ length: MAX_CLASS_LINES }, () => codes[0]).join('\n\n')).entries).toHaveLength(MAX_CLASS_LINES);
    // 400,000 Chinese characters are 1.2 MB in UTF-8 though only 400,000 UTF-16 units.
    const big = parseClassInput(`${'李'.repeat(400_000)}: ${codes[0]}`);
    expect(big.entries).toEqual([]);
    expect(big.problems[0]!.reason).toMatch(/1 MB/);
    expect(parseClassInput(undefined as unknown as string).problems).toHaveLength(1);
  });
});

describe('parseClassInput: CSV with a header', () => {
  it('finds the name and code columns, with quoted commas, quotes and line breaks', () => {
    const text = [
      'Student,Period,Replay link',
      `"Smith, J",3,${link(codes[0]!)}`,
      `"Jo ""JJ"" Okafor",3,${codes[1]}`,
      `"王芳`,
      `and 李伟",4,${codes[2]}`,
      ',,',
      `Dana,4,`,
      `'-Dash,4,${codes[3]}`,
    ].join('\r\n');
    const { entries, problems } = parseClassInput(text);
    expect(entries).toEqual([
      { line: 2, name: 'Smith, J', code: codes[0] },
      { line: 3, name: 'Jo "JJ" Okafor', code: codes[1] },
      { line: 4, name: '王芳\r\nand 李伟', code: codes[2] },
      { line: 8, name: '-Dash', code: codes[3] },
    ]);
    expect(problems).toEqual([{ line: 7, reason: 'There is no replay code on this line.' }]);
  });

  it('reads semicolon and tab separated files, and a header with the code first', () => {
    expect(parseClassInput(`Code;Team\n${codes[0]};Rot\n`).entries).toEqual([{ line: 2, name: 'Rot', code: codes[0] }]);
    expect(parseClassInput(`name\tcode\nBo\t${codes[1]}`).entries).toEqual([{ line: 2, name: 'Bo', code: codes[1] }]);
    expect(parseClassInput(`code\n${codes[1]}`).entries).toEqual([{ line: 2, name: null, code: codes[1] }]);
  });

  it('reports a quote that is never closed', () => {
    const { entries, problems } = parseClassInput(`name,code\nA,${codes[0]}\n"B,${codes[1]}\nC,${codes[2]}`);
    expect(entries).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.reason).toMatch(/never closed/);
  });
});

describe('readCsv', () => {
  it('follows RFC 4180', () => {
    expect(readCsv('a,"b,c","d""e"\r\n"f\ng",h\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b,c', 'd"e']],
      [2, ['f\ng', 'h']],
    ]);
    expect(readCsv('x,\n,y').map((r) => r.fields)).toEqual([['x', ''], ['', 'y']]);
  });
});

describe('loadClassGames', () => {
  it('reports damaged lines with their line number and the decoder message, and counts the rest', () => {
    const damaged = codes[4]!.slice(0, 10) + (codes[4]![10] === 'A' ? 'B' : 'A') + codes[4]!.slice(11);
    const unfinished = encodeReplay(S, game(6, 'us', 3));
    const text = [
      `Team Red: ${codes[0]}`,
      `Cut short: ${codes[1]!.slice(0, 20)}`,
      `Mistyped: ${damaged}`,
      'not a code at all!',
      `${link(codes[2]!)}`,
      `Half way: ${unfinished}`,
      `Again: ${codes[0]}`,
      `李伟: ${codes[3]}`,
    ].join('\n');
    const input = parseClassInput(text);
    const { games, problems } = loadClassGames(input.entries, lookup);
    expect(games.map((g) => [g.line, g.name])).toEqual([[1, 'Team Red'], [5, null], [8, '李伟']]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 6, 7]);
    expect(problems[0]!.reason).toMatch(/incomplete|missing/);
    expect(problems[1]!.reason).toMatch(/changed or mistyped/);
    expect(problems[3]!.reason).toBe('The game is not finished: 3 of 6 rounds were played.');
    expect(problems[4]!.reason).toBe('This is the same game as line 1, so it is counted once.');
    for (const g of games) {
      expect(g.state.ending).not.toBeNull();
      expect(g.inputs).toEqual(inputsOfGame(g.state));
    }
    expect(games[0]!.state).toEqual(game(0));
  });

  it('reports a scenario the lookup does not know', () => {
    const { games, problems } = loadClassGames([{ line: 4, name: null, code: codes[0]! }], new Map());
    expect(games).toEqual([]);
    expect(problems).toEqual([{ line: 4, reason: expect.stringMatching(/not available here/) as string }]);
  });
});
