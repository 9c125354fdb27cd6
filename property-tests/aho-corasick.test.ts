/**
 * The matcher against a naive reference on small alphabets (so that overlaps, shared prefixes,
 * empty and duplicate patterns are frequent), for every semantics and both representations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AhoCorasickOptions, type Match, type MatchKind } from '../src/structures/index.js';
import { runs } from './_config.js';
import { naiveFind, naiveFindAll, naiveFindOverlapping } from './_naive-aho-corasick.js';

const KINDS: MatchKind[] = ['standard', 'leftmost-first', 'leftmost-longest'];

/** Short strings over a tiny alphabet, occasionally with a non-BMP character or a capital. */
const smallText = (maxLength: number) =>
  fc.array(fc.constantFrom('a', 'b', 'c', 'a', 'b', 'A', 'é', '😀'), { maxLength }).map((cs) => cs.join(''));

const patternSet = fc.array(smallText(5), { minLength: 0, maxLength: 8 });

/** Every layout: all dense, only the root dense, and mixes from small dense budgets. */
const layout = fc.oneof(
  fc.constantFrom({ kind: 'dfa' as const }, { kind: 'nfa' as const }),
  fc.integer({ min: 0, max: 400 }).map((maxDenseBytes) => ({ kind: 'auto' as const, maxDenseBytes })),
);

const config = fc
  .record({ matchKind: fc.constantFrom(...KINDS), anchored: fc.boolean(), asciiCaseInsensitive: fc.boolean() })
  .chain((base) => layout.map((l): AhoCorasickOptions => ({ ...base, ...l })));

/** Chunk boundaries for a text of length n. */
const chunking = (text: string) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), text.length]);

function chunks(text: string, cuts: number[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < cuts.length; i++) out.push(text.slice(cuts[i - 1], cuts[i]));
  return out;
}

describe('AhoCorasick equals the naive reference', () => {
  it('findAll, in every semantics', () => {
    fc.assert(
      fc.property(patternSet, smallText(24), config, (patterns, text, options) => {
        const ac = new AhoCorasick(patterns, options);
        expect(ac.findAll(text)).toEqual(naiveFindAll(patterns, text, options));
      }),
      { numRuns: runs(600) },
    );
  });

  it('find from every offset, and isMatch', () => {
    fc.assert(
      fc.property(patternSet, smallText(16), config, (patterns, text, options) => {
        const ac = new AhoCorasick(patterns, options);
        for (let from = 0; from <= text.length; from++) {
          expect(ac.find(text, from)).toEqual(naiveFind(patterns, text, from, options));
        }
        const anyMatch = naiveFind(patterns, text, 0, { ...options, matchKind: 'standard' }) !== undefined;
        if (!options.anchored) expect(ac.isMatch(text)).toBe(anyMatch);
      }),
      { numRuns: runs(300) },
    );
  });

  it('findOverlapping (standard)', () => {
    fc.assert(
      fc.property(patternSet, smallText(24), fc.boolean(), fc.boolean(), (patterns, text, anchored, ci) => {
        const options: AhoCorasickOptions = { anchored, asciiCaseInsensitive: ci };
        const expected = naiveFindOverlapping(patterns, text, options);
        expect(new AhoCorasick(patterns, options).findOverlapping(text)).toEqual(expected);
        expect(new AhoCorasick(patterns, { ...options, kind: 'nfa' }).findOverlapping(text)).toEqual(expected);
        expect(new AhoCorasick(patterns, { ...options, maxDenseBytes: 64 }).findOverlapping(text)).toEqual(expected);
      }),
      { numRuns: runs(400) },
    );
  });

  it('every layout agrees with the full DFA on random larger sets', () => {
    fc.assert(
      fc.property(fc.array(smallText(8), { maxLength: 60 }), smallText(200), config, (patterns, text, options) => {
        const dfa = new AhoCorasick(patterns, { ...options, kind: 'dfa' });
        const other = new AhoCorasick(patterns, options);
        expect(other.findAll(text)).toEqual(dfa.findAll(text));
        if (options.matchKind === 'standard') expect(other.findOverlapping(text)).toEqual(dfa.findOverlapping(text));
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('stream()', () => {
  it('over any chunking equals findAll / findOverlapping on the whole text', () => {
    fc.assert(
      fc.property(
        patternSet,
        smallText(30).chain((text) => fc.tuple(fc.constant(text), chunking(text))),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (patterns, [text, cuts], overlapping, anchored, ci) => {
          const ac = new AhoCorasick(patterns, { anchored, asciiCaseInsensitive: ci, maxDenseBytes: 96 });
          const scanner = ac.stream({ overlapping });
          const got: Match[] = [];
          for (const chunk of chunks(text, cuts)) got.push(...scanner.write(chunk));
          got.push(...scanner.end());
          expect(got).toEqual(overlapping ? ac.findOverlapping(text) : ac.findAll(text));
          expect(scanner.offset).toBe(text.length);
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('asciiCaseInsensitive', () => {
  it('equals matching ASCII-lowercased patterns against the ASCII-lowercased text', () => {
    const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-cA-C]{0,4}$/), { maxLength: 6 }),
        fc.stringMatching(/^[a-cA-CÀ]{0,20}$/),
        fc.constantFrom(...KINDS),
        (patterns, text, matchKind) => {
          const ci = new AhoCorasick(patterns, { asciiCaseInsensitive: true, matchKind });
          const lowered = new AhoCorasick(patterns.map(lower), { matchKind });
          expect(ci.findAll(text)).toEqual(lowered.findAll(lower(text)));
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
