/**
 * The Rust `aho-corasick` crate's own test tables (test/fixtures/aho-corasick-cases.json, copied
 * from BurntSushi/aho-corasick src/tests.rs), run under the same suites the crate runs them in,
 * against both automaton representations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AhoCorasickOptions, type Match } from '../../src/structures/index.js';

interface Case {
  name: string;
  patterns: string[];
  haystack: string;
  matches: [number, number, number][];
}
interface SuiteSpec {
  matchKind: 'Standard' | 'LeftmostFirst' | 'LeftmostLongest';
  iter: string;
  anchored?: boolean;
  asciiCaseInsensitive?: boolean;
  groups: string[];
  skip?: string;
}
interface Vectors {
  suites: Record<string, SuiteSpec | string>;
  groups: Record<string, Case[]>;
  total_cases: number;
  extra_checks_from_source: {
    name: string;
    matchKind?: string;
    asciiCaseInsensitive?: boolean;
    patterns?: string[];
    haystack?: string;
    matches?: [number, number, number][];
    first_match?: [number, number, number] | null;
    is_match?: boolean;
    range?: [number, number];
  }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/aho-corasick-cases.json', import.meta.url), 'utf8'),
) as Vectors;

const KIND = {
  Standard: 'standard',
  LeftmostFirst: 'leftmost-first',
  LeftmostLongest: 'leftmost-longest',
} as const;

const triples = (ms: readonly Match[]) => ms.map((m) => [m.pattern, m.start, m.end]);

function run(ac: AhoCorasick, iter: string, haystack: string): Match[] {
  if (iter.startsWith('find_overlapping_iter')) return ac.findOverlapping(haystack);
  if (iter.startsWith('stream_find_iter')) {
    // The crate streams through a reader of capacity 1: one code unit per write.
    const scanner = ac.stream();
    const out: Match[] = [];
    for (const ch of haystack.split('')) out.push(...scanner.write(ch));
    out.push(...scanner.end());
    return out;
  }
  return ac.findAll(haystack);
}

it('carries all 227 cases of the crate', () => {
  const count = Object.values(vectors.groups).reduce((n, g) => n + g.length, 0);
  expect(count).toBe(227);
  expect(vectors.total_cases).toBe(227);
});

const LAYOUTS: Record<string, AhoCorasickOptions> = {
  dfa: { kind: 'dfa' },
  nfa: { kind: 'nfa' },
  hybrid: { kind: 'auto', maxDenseBytes: 64 },
};

for (const [layoutName, layout] of Object.entries(LAYOUTS)) {
  describe(`the crate's suites (${layoutName})`, () => {
    for (const [suiteName, spec] of Object.entries(vectors.suites)) {
      if (typeof spec === 'string') continue;
      describe(suiteName, () => {
        for (const group of spec.groups) {
          const cases = vectors.groups[group];
          if (!cases) throw new Error(`missing group ${group}`);
          for (const c of cases) {
            if (spec.skip && c.patterns.includes('')) continue;
            it(`${group}/${c.name}: ${JSON.stringify(c.patterns)} in ${JSON.stringify(c.haystack)}`, () => {
              const options: AhoCorasickOptions = {
                matchKind: KIND[spec.matchKind],
                anchored: spec.anchored ?? false,
                asciiCaseInsensitive: spec.asciiCaseInsensitive ?? false,
                ...layout,
              };
              const ac = new AhoCorasick(c.patterns, options);
              expect(triples(run(ac, spec.iter, c.haystack))).toEqual(c.matches);
            });
          }
        }
      });
    }
  });
}

describe("the crate's README and source examples", () => {
  for (const x of vectors.extra_checks_from_source) {
    if (!x.patterns || x.haystack === undefined) continue;
    const options: AhoCorasickOptions = {
      matchKind: x.matchKind ? KIND[x.matchKind as keyof typeof KIND] : 'standard',
      asciiCaseInsensitive: x.asciiCaseInsensitive ?? false,
    };
    it(x.name, () => {
      const ac = new AhoCorasick(x.patterns as string[], options);
      const hay = x.range ? (x.haystack as string).slice(0, x.range[1]) : (x.haystack as string);
      if (x.matches) expect(triples(ac.findAll(hay))).toEqual(x.matches);
      if (x.first_match !== undefined) {
        const m = ac.find(hay, x.range ? x.range[0] : 0);
        expect(m ? [m.pattern, m.start, m.end] : null).toEqual(x.first_match);
      }
      if (x.is_match !== undefined) expect(ac.isMatch(hay)).toBe(x.is_match);
    });
  }
});
