import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenarioBytes, parseScenarioText, parseStrictJson, ScenarioError } from '../../src/engine/index.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/engine/utf8.ts';
import { clip, formatPath } from '../../src/engine/problems.ts';
import { tinyJson } from './fixtures/hostile.ts';

function refusal(text: string) {
  const result = parseStrictJson(text);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 100)}`);
  return result.problem;
}

describe('parseStrictJson', () => {
  it('agrees with JSON.parse on any JSON without repeated or reserved keys', () => {
    const reserved = /"(__proto__|constructor|prototype)":/;
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        fc.pre(!reserved.test(text));
        const result = parseStrictJson(text);
        expect(result).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what JSON.parse refuses', () => {
    for (const bad of ['', '{', '[1,]', '{"a":1,}', '01', '1.', '.5', '"a', "'a'", 'tru', 'nul', '{"a" 1}', '[1 2]', '"\\x"', '"\\u12g4"', '"a\nb"', 'NaN', '-', '1e', '{a:1}', '[] []']) {
      expect(() => JSON.parse(bad) as unknown, bad).toThrow();
      expect(refusal(bad).message, bad).toMatch(/^the file is not valid JSON: line \d+, column \d+: /);
    }
  });

  it('names line and column of a syntax error', () => {
    expect(refusal('{\n  "a": 1,\n  "b": ]\n}')).toEqual({ path: 'b', message: 'the file is not valid JSON: line 3, column 8: expected a value, found "]"' });
  });

  it('refuses a key given twice, naming both places and the path', () => {
    expect(refusal('{"a": {"x": 1,\n "y": 2, "x": 3}}')).toEqual({
      path: 'a',
      message: 'line 2, column 10: the key "x" appears twice in one object (first at line 1, column 8); only one may be given',
    });
    // An escape that spells the same key is the same key.
    expect(refusal('{"id": 1, "\\u0069d": 2}').message).toMatch(/the key "id" appears twice/);
    // The same key in different objects is fine.
    expect(parseStrictJson('[{"id": 1}, {"id": 2}]').ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype', '\\u005f_proto__'])('refuses the key %s anywhere', (key) => {
    const problem = refusal(`{"a": [{"b": {"${key}": {}}}]}`);
    expect(problem.path).toBe('a[0].b');
    expect(problem.message).toMatch(/^line 1, column 15: "(__proto__|constructor|prototype)" cannot be a key/);
    // As a value they are just words.
    expect(parseStrictJson(`{"a": "${key}"}`).ok).toBe(true);
  });

  it('refuses lone surrogates, raw or escaped, and accepts pairs', () => {
    for (const text of ['"\\ud800"', '"\\udc00"', '"\\ud800x"', '"\\ud800\\ud800"', '"\ud800"', '"x\udfff"', '"\\ud800\\n"']) {
      expect(refusal(text).message, text).toMatch(/line 1, column \d+: a lone surrogate/);
    }
    expect(refusal('{"t": "ab\\udc00"}')).toEqual({ path: 't', message: 'line 1, column 10: a lone surrogate (half of a character) in a string' });
    for (const text of ['"\\ud83d\\ude00"', '"😀"', '"\ud83d\\ude00"']) expect(parseStrictJson(text).ok, text).toBe(true);
  });

  it('skips a leading byte order mark and refuses one anywhere else', () => {
    expect(parseStrictJson('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(refusal('{"a": 1}\ufeff').message).toMatch(/found the character U\+FEFF/);
  });

  it('refuses nesting deeper than 64, without exhausting the stack', () => {
    expect(parseStrictJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    const problem = refusal(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(problem.message).toBe('line 1, column 65: values are nested more than 64 deep');
    expect(problem.path.length).toBeLessThanOrEqual(161);
  });

  it('cuts echoed keys to 80 characters', () => {
    const key = 'k'.repeat(900_000);
    const problem = refusal(`{"${key}": 1, "${key}": 2}`);
    expect(problem.message).toContain(`"${'k'.repeat(80)}…"`);
    expect(problem.message.length).toBeLessThan(250);
  });
});

describe('clip and formatPath', () => {
  it('cut long text to 80 characters, never inside a surrogate pair', () => {
    expect(clip('x'.repeat(80))).toBe('x'.repeat(80));
    expect(clip('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
    expect(clip(`${'x'.repeat(79)}😀`)).toBe(`${'x'.repeat(79)}…`);
    expect(formatPath(['rounds', 0, 'y'.repeat(1000)])).toBe(`rounds[0].${'y'.repeat(80)}…`.replace(/\.(y+…)$/, '."$1"'));
  });
});

describe('decodeUtf8', () => {
  it('finds the first invalid byte exactly where a fatal TextDecoder fails', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (noise, text) => {
        const bytes = Buffer.concat([Buffer.from(text, 'utf8'), noise]);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        const bad = firstInvalidUtf8(bytes);
        expect(bad === -1).toBe(valid);
        // Everything before the reported byte is valid UTF-8 on its own.
        if (bad >= 0) expect(() => fatal.decode(bytes.subarray(0, bad))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('names the line and column of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "title": "é'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, problem: { path: '', message: 'line 2, column 14: the byte 0xED is not valid UTF-8; save the file as UTF-8' } });
  });
});

describe('parseScenarioBytes and parseScenarioText', () => {
  const tiny = JSON.stringify(tinyJson());
  it('accept a scenario with a byte order mark', () => {
    expect(parseScenarioBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tiny)])).id).toBe('tiny-talks');
    expect(parseScenarioText(`\ufeff${tiny}`).id).toBe('tiny-talks');
  });

  it('refuse a repeated id that JSON.parse would let win', () => {
    expect(() => parseScenarioText(`{"id": "other",${tiny.slice(1)}`)).toThrow(ScenarioError);
    expect(() => parseScenarioText(`{"id": "other",${tiny.slice(1)}`)).toThrow(/the key "id" appears twice/);
  });

  it('cut an unknown 900,000-character key to 80 characters', () => {
    try {
      parseScenarioText(`{"${'k'.repeat(900_000)}": 1,${tiny.slice(1)}`);
      expect.unreachable();
    } catch (e) {
      const problems = (e as ScenarioError).problems;
      expect(problems).toEqual([{ path: '', message: `unknown key "${'k'.repeat(80)}…"` }]);
    }
  });
});
