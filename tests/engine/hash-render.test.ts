import { describe, expect, it } from 'vitest';
import { canonicalJson, hashState, playGame, renderText } from '../../src/engine/index.ts';
import { fnv1a64 } from '../../src/engine/hash.ts';
import { fixture } from './helpers.ts';

/** FNV-1a 64 with BigInt over UTF-16LE bytes: the slow, obviously right version. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf16le')) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('hashState', () => {
  it('matches a BigInt FNV-1a 64', () => {
    for (const text of ['', 'a', '{"trust":40}', 'Xi: “never influenced by others” 😀']) expect(fnv1a64(text)).toBe(reference(text));
  });

  it('ignores key order and differs when anything differs', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(hashState({ a: 1, b: 2 })).toBe(hashState({ b: 2, a: 1 }));
    expect(hashState({ a: 1, b: 2 })).not.toBe(hashState({ a: 1, b: 3 }));
    expect(hashState({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('renderText', () => {
  const s = fixture();
  const game = playGame(s, 3, 'two', [{ us: 'press', china: 'grievances' }, { us: 'link-tech', china: 'link' }, { us: 'keep-meeting', china: 'statement' }]);
  const text = renderText(s, game);

  it('shows choices by label, each change with its reason and cause, rules and the ending', () => {
    expect(text).toContain('US chose: Press on the science');
    expect(text).toContain('CHINA chose: List grievances');
    expect(text).toContain('Trust -5 → 25: Each side feels unheard. [rule "Separation meets a linkage demand"]');
    expect(text).toContain('Rule fired: Separation meets a linkage demand');
    expect(text).toMatch(/China room at home \+3 → 100 \(wanted \+5, held at the limit\)/);
    expect(text).toMatch(/Ending: .+ \((good|mixed|bad)\)$/);
  });

  it('is stable', () => {
    expect(text).toMatchSnapshot();
  });
});
