import { describe, expect, it } from 'vitest';
import { naiveFindAll } from '../../property-tests/_naive-aho-corasick.js';
import { AegisError } from '../../src/errors.js';
import { AhoCorasick, type AhoCorasickOptions, type Match } from '../../src/structures/index.js';

const triples = (ms: readonly Match[]) => ms.map((m) => [m.pattern, m.start, m.end]);

/** Known answers of our own: name, patterns, haystack, options, expected matches (findAll unless `mode`). */
const TABLE: {
  name: string;
  patterns: string[];
  haystack: string;
  options?: AhoCorasickOptions;
  mode?: 'overlapping';
  expected: [number, number, number][];
}[] = [
  {
    name: 'non-ASCII patterns count UTF-16 code units',
    patterns: ['é', 'naïve'],
    haystack: 'a naïve café',
    expected: [
      [1, 2, 7],
      [0, 11, 12],
    ],
  },
  {
    name: 'a surrogate pair is two code units',
    patterns: ['😀'],
    haystack: 'hi 😀 there 😀',
    expected: [
      [0, 3, 5],
      [0, 12, 14],
    ],
  },
  { name: 'half of a surrogate pair can be a pattern', patterns: ['\ud83d'], haystack: 'x😀', expected: [[0, 1, 2]] },
  {
    name: 'CJK text with an ASCII pattern',
    patterns: ['rm -rf'],
    haystack: '请运行 rm -rf 吧',
    expected: [[0, 4, 10]],
  },
  {
    name: 'duplicate patterns report the first in non-overlapping search',
    patterns: ['rm', 'rm'],
    haystack: 'rm rm',
    expected: [
      [0, 0, 2],
      [0, 3, 5],
    ],
  },
  {
    name: 'duplicate patterns both report in overlapping search',
    patterns: ['rm', 'rm'],
    haystack: 'rm',
    mode: 'overlapping',
    expected: [
      [0, 0, 2],
      [1, 0, 2],
    ],
  },
  {
    name: 'case-insensitivity folds only ASCII letters',
    patterns: ['ÉTÉ', 'sudo'],
    haystack: 'été ÉTÉ SUDO',
    options: { asciiCaseInsensitive: true },
    expected: [
      [0, 4, 7],
      [1, 8, 12],
    ],
  },
  {
    name: 'leftmost-longest with an empty pattern keeps every empty match (crate issue #173)',
    patterns: ['a', 'xyz', ''],
    haystack: 'axywa',
    options: { matchKind: 'leftmost-longest' },
    expected: [
      [0, 0, 1],
      [2, 2, 2],
      [2, 3, 3],
      [0, 4, 5],
    ],
  },
  {
    name: 'leftmost-first with an empty pattern never reports a later-starting match',
    patterns: ['ax', 'b', ''],
    haystack: 'ab',
    options: { matchKind: 'leftmost-first' },
    expected: [
      [2, 0, 0],
      [1, 1, 2],
    ],
  },
  {
    name: 'overlapping search reports each empty match once per position',
    patterns: ['', 'a', 'ba'],
    haystack: 'ba',
    mode: 'overlapping',
    expected: [
      [0, 0, 0],
      [0, 1, 1],
      [2, 0, 2],
      [1, 1, 2],
      [0, 2, 2],
    ],
  },
  {
    name: 'anchored overlapping search reports every pattern that is a prefix',
    patterns: ['a', 'ab', 'b', 'abc'],
    haystack: 'abcd',
    options: { anchored: true },
    mode: 'overlapping',
    expected: [
      [0, 0, 1],
      [1, 0, 2],
      [3, 0, 3],
    ],
  },
  {
    name: 'patterns sharing a long prefix',
    patterns: ['ignore previous instructions', 'ignore previous', 'ignore'],
    haystack: 'please ignore previous instructions now',
    options: { matchKind: 'leftmost-longest' },
    expected: [[0, 7, 35]],
  },
];

describe('AhoCorasick known answers', () => {
  for (const row of TABLE) {
    for (const kind of ['dfa', 'nfa', 'auto'] as const) {
      it(`${row.name} (${kind})`, () => {
        const ac = new AhoCorasick(row.patterns, {
          ...row.options,
          kind,
          ...(kind === 'auto' ? { maxDenseBytes: 32 } : {}),
        });
        const got = row.mode === 'overlapping' ? ac.findOverlapping(row.haystack) : ac.findAll(row.haystack);
        expect(triples(got)).toEqual(row.expected);
      });
    }
  }
});

describe('AhoCorasick search API', () => {
  const ac = new AhoCorasick(['rm -rf', 'curl', '/etc/passwd']);

  it('finds the first match at or after an offset', () => {
    expect(ac.find('curl x | rm -rf /', 0)).toEqual({ pattern: 1, start: 0, end: 4 });
    expect(ac.find('curl x | rm -rf /', 1)).toEqual({ pattern: 0, start: 9, end: 15 });
    expect(ac.find('curl x | rm -rf /', 10)).toBeUndefined();
  });

  it('answers isMatch without collecting matches', () => {
    expect(ac.isMatch('cat /etc/passwd')).toBe(true);
    expect(ac.isMatch('cat /etc/hostname')).toBe(false);
    expect(new AhoCorasick([]).isMatch('anything')).toBe(false);
    expect(new AhoCorasick(['']).isMatch('')).toBe(true);
  });

  it('reports its size and patterns', () => {
    expect(ac.patternCount).toBe(3);
    expect(ac.pattern(2)).toBe('/etc/passwd');
    expect(ac.kind).toBe('dfa');
    expect(ac.memoryBytes).toBeGreaterThan(0);
    expect(ac.stateCount).toBeGreaterThan(3);
  });

  it('finds a pattern split across stream chunks, with absolute offsets', () => {
    const scanner = ac.stream();
    expect(scanner.write('please r')).toEqual([]);
    expect(scanner.write('m -')).toEqual([]);
    expect(scanner.write('rf / now')).toEqual([{ pattern: 0, start: 7, end: 13 }]);
    expect(scanner.offset).toBe(19);
    expect(scanner.end()).toEqual([]);
  });

  it('stops an anchored stream at the first failure', () => {
    const anchored = new AhoCorasick(['ab'], { anchored: true });
    const scanner = anchored.stream();
    expect(scanner.write('aba')).toEqual([{ pattern: 0, start: 0, end: 2 }]);
    expect(scanner.write('bxab')).toEqual([{ pattern: 0, start: 2, end: 4 }]);
    expect(scanner.write('ab')).toEqual([]);
  });

  it('keeps dense rows within the memory budget when the DFA would be too large, with the same answers', () => {
    // 3,000 patterns over ~6,000 distinct CJK code units: a DFA would need ~9,000 × 6,000 entries.
    const patterns: string[] = [];
    const cjk = (i: number) => String.fromCharCode(0x4e00 + (i % 6000));
    for (let i = 0; i < 3000; i++) patterns.push(cjk(i * 2) + cjk(i * 7919 + 1) + cjk(i * 104_729 + 2));
    const big = new AhoCorasick(patterns);
    expect(big.kind).toBe('hybrid');
    expect(big.memoryBytes).toBeLessThan(8 * 2 ** 20);
    const text = `${patterns[17]}abc${patterns[2999]}${(patterns[5] as string).slice(0, 2)}`;
    expect(big.findAll(text)).toEqual(naiveFindAll(patterns, text));
  });

  it('is linear on adversarial text: a^n against a, aa, aaa, …', () => {
    const patterns = Array.from({ length: 50 }, (_, i) => 'a'.repeat(i + 1));
    const text = 'a'.repeat(10_000);
    expect(new AhoCorasick(patterns).findAll(text)).toHaveLength(10_000);
    expect(new AhoCorasick(patterns, { matchKind: 'leftmost-longest' }).findAll(text)).toHaveLength(200);
    expect(new AhoCorasick(patterns, { matchKind: 'leftmost-first' }).findAll(text)).toHaveLength(10_000);
  });
});

describe('AhoCorasick refuses bad input', () => {
  const expectCode = (fn: () => unknown, code: string) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AegisError);
      expect((error as AegisError).code).toBe(code);
      expect((error as AegisError).message).toMatch(/AhoCorasick|MatchScanner/);
      return;
    }
    throw new Error('expected an AegisError');
  };

  it('when patterns are not an array of strings', () => {
    expectCode(() => new AhoCorasick('rm' as unknown as string[]), 'INVALID_ARGUMENT');
    expectCode(() => new AhoCorasick(['ok', 42] as unknown as string[]), 'INVALID_ARGUMENT');
    expectCode(() => new AhoCorasick(null as unknown as string[]), 'INVALID_ARGUMENT');
  });

  it('when an option is unknown or of the wrong type', () => {
    expectCode(
      () => new AhoCorasick(['a'], { matchkind: 'standard' } as unknown as AhoCorasickOptions),
      'INVALID_ARGUMENT',
    );
    expectCode(
      () => new AhoCorasick(['a'], { matchKind: 'longest' } as unknown as AhoCorasickOptions),
      'INVALID_ARGUMENT',
    );
    expectCode(() => new AhoCorasick(['a'], { anchored: 'yes' } as unknown as AhoCorasickOptions), 'INVALID_ARGUMENT');
    expectCode(() => new AhoCorasick(['a'], [] as unknown as AhoCorasickOptions), 'INVALID_ARGUMENT');
  });

  it('when the text is not a string or the offset is out of range', () => {
    const ac = new AhoCorasick(['a']);
    expectCode(() => ac.findAll(undefined as unknown as string), 'INVALID_ARGUMENT');
    expectCode(() => ac.isMatch(42 as unknown as string), 'INVALID_ARGUMENT');
    expectCode(() => ac.find('abc', 4), 'INVALID_ARGUMENT');
    expectCode(() => ac.find('abc', 1.5), 'INVALID_ARGUMENT');
    expectCode(() => ac.find('abc', Number.NaN), 'INVALID_ARGUMENT');
    expectCode(() => ac.pattern(1), 'NOT_FOUND');
  });

  it('when overlapping or streaming search is asked of leftmost semantics', () => {
    const ac = new AhoCorasick(['a'], { matchKind: 'leftmost-first' });
    expectCode(() => ac.findOverlapping('a'), 'INVALID_ARGUMENT');
    expectCode(() => ac.stream(), 'INVALID_ARGUMENT');
  });

  it('when a stream is written after it ended', () => {
    const scanner = new AhoCorasick(['a']).stream();
    scanner.end();
    expectCode(() => scanner.write('a'), 'CONFLICT');
    expectCode(() => new AhoCorasick(['a']).stream().write(7 as unknown as string), 'INVALID_ARGUMENT');
  });
});

describe('AhoCorasick.forEachMatch', () => {
  it('visits exactly what findAll and findOverlapping return, in order', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    const text = 'ushers and his shells';
    for (const overlapping of [false, true]) {
      const seen: Match[] = [];
      const count = ac.forEachMatch(text, (pattern, start, end) => seen.push({ pattern, start, end }), { overlapping });
      expect(seen).toEqual(overlapping ? ac.findOverlapping(text) : ac.findAll(text));
      expect(count).toBe(seen.length);
    }
  });

  it('refuses a visitor that is not a function', () => {
    expect(() => new AhoCorasick(['a']).forEachMatch('a', 'no' as unknown as () => void)).toThrow(AegisError);
  });
});
