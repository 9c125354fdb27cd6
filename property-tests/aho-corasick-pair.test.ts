/**
 * Two searches advanced together report, each to its own visitor, exactly what each reports alone,
 * and reach the same states: over random pattern sets (some taking narrow rows), layouts, anchored
 * or not, from the start state or from a state reached over an earlier piece.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStandardPair } from '../src/structures/_aho-corasick-pair.js';
import { AhoCorasick, type AhoCorasickOptions } from '../src/structures/index.js';
import { runs } from './_config.js';

const OUTSIDE = [...'жзиклмнпрстф'];
const FILLER = ['xyz'.repeat(16), ...OUTSIDE.slice(0, 10)];
const letters = fc.constantFrom(
  'a',
  'b',
  'c',
  'a',
  'b',
  'A',
  'x',
  'é',
  OUTSIDE[0] as string,
  OUTSIDE[10] as string,
  '😀',
);
const smallText = (maxLength: number) => fc.array(letters, { maxLength }).map((cs) => cs.join(''));
const patternSet = fc
  .tuple(fc.array(smallText(5), { maxLength: 10 }), fc.boolean())
  .map(([ps, filler]) => (filler ? [...ps, ...FILLER] : ps));
const options = fc.record({
  anchored: fc.boolean(),
  asciiCaseInsensitive: fc.boolean(),
  kind: fc.constantFrom('auto' as const, 'dfa' as const, 'nfa' as const),
  maxDenseBytes: fc.integer({ min: 0, max: 2000 }),
}) as fc.Arbitrary<AhoCorasickOptions>;

type Seen = [number, number, number][];
const collector = (into: Seen) => (p: number, s: number, e: number) => {
  into.push([p, s, e]);
};

describe('runStandardPair', () => {
  it('equals the two overlapping searches one after the other', () => {
    fc.assert(
      fc.property(
        patternSet,
        options,
        patternSet,
        options,
        fc.tuple(smallText(30), smallText(30), smallText(10), smallText(10)),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (pa, oa, pb, ob, [ta, tb, pre, preB], baseA, baseB) => {
          const a = new AhoCorasick(pa, oa);
          const b = new AhoCorasick(pb, ob);
          // States reached over an earlier piece, as a stream carries them.
          const sa = a.runStandard(pre, a.tables.start, 0, true, () => {});
          const sb = b.runStandard(preB, b.tables.start, 0, true, () => {});
          const wantA: Seen = [];
          const wantB: Seen = [];
          const endA = a.runStandard(ta, sa, baseA, true, collector(wantA));
          const endB = b.runStandard(tb, sb, baseB, true, collector(wantB));
          const gotA: Seen = [];
          const gotB: Seen = [];
          const out = new Int32Array(2);
          runStandardPair(a, ta, sa, baseA, collector(gotA), b, tb, sb, baseB, collector(gotB), out);
          expect(gotA).toEqual(wantA);
          expect(gotB).toEqual(wantB);
          expect([out[0], out[1]]).toEqual([endA, endB]);
        },
      ),
      { numRuns: runs(600) },
    );
  });
});
