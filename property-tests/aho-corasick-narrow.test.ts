/**
 * Narrow dense rows (ASCII columns plus an escape column) against the naive reference: pattern
 * sets written mostly in ASCII with many classes outside it, so that the layout takes narrow rows,
 * and texts that mix both, so that code units outside ASCII are read from the dense root, from
 * deeper dense states, and from special states, in every semantics and layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AhoCorasickOptions, type Match, type MatchKind } from '../src/structures/index.js';
import { runs } from './_config.js';
import { naiveFindAll, naiveFindOverlapping } from './_naive-aho-corasick.js';

const KINDS: MatchKind[] = ['standard', 'leftmost-first', 'leftmost-longest'];
/** Twelve letters outside ASCII, each a class of its own. */
const OUTSIDE = [...'жзиклмнпрстф'];
/** Fixed patterns that make the classes outside ASCII the many and the code units in ASCII the most. */
const FILLER = ['xyz'.repeat(16), ...OUTSIDE.slice(0, 10)];

const letters = fc.constantFrom('a', 'b', 'c', 'a', 'b', 'A', 'x', ...OUTSIDE.slice(0, 4), OUTSIDE[10] as string, '😀');
const smallText = (maxLength: number) => fc.array(letters, { maxLength }).map((cs) => cs.join(''));
const patternSet = fc.array(smallText(5), { maxLength: 8 }).map((ps) => [...ps, ...FILLER]);
const layout = fc.oneof(
  fc.constantFrom({ kind: 'dfa' as const }, { kind: 'nfa' as const }, { kind: 'auto' as const }),
  fc.integer({ min: 0, max: 2000 }).map((maxDenseBytes) => ({ kind: 'auto' as const, maxDenseBytes })),
);
const config = fc
  .record({ matchKind: fc.constantFrom(...KINDS), anchored: fc.boolean(), asciiCaseInsensitive: fc.boolean() })
  .chain((base) => layout.map((l): AhoCorasickOptions => ({ ...base, ...l })));

describe('AhoCorasick with narrow dense rows', () => {
  it('takes narrow rows for the filler patterns', () => {
    const t = new AhoCorasick(FILLER).tables;
    expect(t.narrow).toBeLessThan(t.stride);
    expect(t.width).toBe(t.narrow + 1);
  });

  it('findAll and findOverlapping equal the naive reference', () => {
    fc.assert(
      fc.property(patternSet, smallText(40), config, (patterns, text, options) => {
        const ac = new AhoCorasick(patterns, options);
        expect(ac.findAll(text)).toEqual(naiveFindAll(patterns, text, options));
        if (options.matchKind === 'standard') {
          expect(ac.findOverlapping(text)).toEqual(naiveFindOverlapping(patterns, text, options));
          expect(ac.isMatch(text)).toBe(naiveFindOverlapping(patterns, text, options).length > 0);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('a stream over any chunking equals the whole text', () => {
    fc.assert(
      fc.property(
        patternSet,
        smallText(40),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (patterns, text, sizes, overlapping) => {
          const ac = new AhoCorasick(patterns, { maxDenseBytes: 600 });
          const scanner = ac.stream({ overlapping });
          const got: Match[] = [];
          let at = 0;
          for (let k = 0; at < text.length; k++) {
            const size = sizes[k % sizes.length] as number;
            got.push(...scanner.write(text.slice(at, at + size)));
            at += size;
          }
          got.push(...scanner.end());
          expect(got).toEqual(overlapping ? ac.findOverlapping(text) : ac.findAll(text));
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
