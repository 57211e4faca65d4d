/** Class results: the CSV export, checked by an independent tiny RFC 4180 reader. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema, playGame, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay } from '../../src/engine/replay/index.ts';
import { CSV_BOM, csvField, loadClassGames, parseClassInput, toCsv, type ClassGame } from '../../src/engine/class/index.ts';
import { FORMULA_START, unneutralise } from '../../src/engine/class/csv.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);

/** Deliberately separate from src/engine/class/csv-read.ts, so a shared bug cannot hide. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c).not.toMatch(/[\r\n]/); // bare CR or LF must never appear outside quotes
      field += c;
    }
  }
  expect(field).toBe(''); // every record ends with CRLF
  expect(row).toEqual([]);
  return rows;
}

const NAMES = [
  'Smith, J',
  'Jo "JJ" Okafor',
  '李伟 和 王芳',
  'Line\nbreak',
  'Carriage\r\nreturn',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2',
  '@SUM(A1)',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '﹦1',
  '\tTab first',
  'Semi;=1+1',
  'Tab\t=1+1',
  'Ünïcödé — Zoë',
  null,
];

function classGames(): ClassGame[] {
  return NAMES.map((name, n) => {
    const choices = S.rounds.map((r, i) => ({
      us: r.options.us[(n + i) % r.options.us.length]!.id,
      china: r.options.china[(n * 3 + i) % r.options.china.length]!.id,
    }));
    const state = playGame(S, 900 + n, n % 3 === 0 ? 'two' : n % 3 === 1 ? 'us' : 'china', choices);
    const code = encodeReplay(S, state);
    const { games } = loadClassGames([{ line: n + 1, name, code }], lookup);
    return games[0]!;
  });
}

describe('csvField', () => {
  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
    ['李伟', '"李伟"'],
    ['=1+2', `"'=1+2"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@x', `"'@x"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['＝1+2', `"'＝1+2"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠x', `"'＠x"`],
    ['﹦1', `"'﹦1"`],
    ['﹢1', `"'﹢1"`],
    ['﹣1', `"'﹣1"`],
    ['﹫x', `"'﹫x"`],
    ['=A1,"b"', `"'=A1,""b"""`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['a=b', '"a=b"'],
    [' =1', '" =1"'],
    ['', '""'],
  ])('%j → %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });

  it('writes numbers as they are, quoted like every field', () => {
    expect(csvField(0)).toBe('"0"');
    expect(csvField(100)).toBe('"100"');
  });

  it('takes the apostrophe off again only where it added one', () => {
    for (const value of ['=1', '＝1', '﹫x', '-x', '\tx', "'plain", "'", "''=1", 'plain']) {
      expect(unneutralise(csvField(value).slice(1, -1).replace(/""/g, '"'))).toBe(value);
    }
  });
});

describe('toCsv', () => {
  const games = classGames();
  const csv = toCsv(S, games);
  const rows = parseCsv(csv);

  it('has a header naming measures and rounds, then one row per game', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(csv.startsWith(CSV_BOM)).toBe(false);
    expect(rows[0]).toEqual([
      'name',
      'ending',
      'ending title',
      ...S.measures.map((m) => m.id),
      ...S.rounds.flatMap((r) => [`${r.id} us`, `${r.id} china`]),
      'check before',
      'check after',
      'q1 before', 'q1 after', 'q2 before', 'q2 after', 'q3 before', 'q3 after', 'q4 before', 'q4 after', 'q5 before', 'q5 after',
      'mode',
      'code',
    ]);
    expect(rows).toHaveLength(games.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it('rows match the games, names with commas, quotes, newlines and non-Latin letters intact', () => {
    games.forEach((g, i) => {
      const row = rows[i + 1]!;
      const name = NAMES[i] ?? '';
      expect(row[0]).toBe(FORMULA_START.test(name) ? `'${name}` : name);
      expect(row[1]).toBe(g.state.ending);
      expect(row[2]).toBe(S.endings.find((e) => e.id === g.state.ending)!.title);
      S.measures.forEach((m, k) => expect(row[3 + k]).toBe(String(g.state.measures[m.id])));
      const base = 3 + S.measures.length;
      S.rounds.forEach((_, r) => {
        expect(row[base + 2 * r]).toBe(g.state.log[r]!.choices.us);
        expect(row[base + 2 * r + 1]).toBe(g.state.log[r]!.choices.china);
      });
      expect(row.slice(-2)).toEqual([g.state.mode, g.code]);
    });
  });

  it('neutralises formulas: no cell starts with = + - @ or their full-width forms, however the file is split', () => {
    const danger = /^[=+\-@\t\r＝＋－＠﹦﹢﹣﹫]/;
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(danger);
    // A spreadsheet set to split on ";" or a tab still sees whole quoted cells.
    for (const delimiter of [';', '\t']) {
      const cells = parseCsv(csv, delimiter).flat();
      expect(cells.some((c) => c.includes('=1+1'))).toBe(true);
      for (const cell of cells) expect(cell).not.toMatch(danger);
    }
  });

  it('quotes every field', () => {
    // Nothing but quoted fields, each followed by a comma or the CRLF that ends its record.
    expect(csv).toMatch(/^(?:"(?:[^"]|"")*"(?:,|\r\n))*$/);
  });

  it('loads back into class results with the same names and games', () => {
    const input = parseClassInput(CSV_BOM + csv);
    expect(input.problems).toEqual([]);
    const back = loadClassGames(input.entries, lookup);
    expect(back.problems).toEqual([]);
    expect(back.games.map((g) => g.name)).toEqual(NAMES);
    expect(back.games.map((g) => g.state)).toEqual(games.map((g) => g.state));
  });

  it('an empty class is just the header', () => {
    expect(parseCsv(toCsv(S, []))).toHaveLength(1);
  });

  it('with Chinese headers (a class in Beijing), loads back the same', () => {
    const zh = { name: '姓名', ending: '结局', endingTitle: '结局名称', mode: '玩法', code: '代码', checkBefore: '测验（前）', checkAfter: '测验（后）', before: '前', after: '后' };
    const chinese = toCsv(S, games, zh);
    expect(parseCsv(chinese)[0]?.slice(0, 3)).toEqual(['姓名', '结局', '结局名称']);
    const input = parseClassInput(CSV_BOM + chinese);
    expect(input.problems).toEqual([]);
    const back = loadClassGames(input.entries, lookup);
    expect(back.games.map((g) => g.name)).toEqual(NAMES);
    expect(back.games.map((g) => g.state)).toEqual(games.map((g) => g.state));
  });
});
