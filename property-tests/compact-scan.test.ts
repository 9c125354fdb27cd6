/**
 * The firewall's one-pass scan of a piece and its compact view (`CompactView.scanWith`) against
 * making the compact text and running each overlapping search alone: the same reports to each
 * visitor, the same states, and the same offset map, piece after piece.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactView } from '../src/firewall/_compact-view.js';
import { AhoCorasick } from '../src/structures/index.js';
import { runs } from './_config.js';

const letters = fc.constantFrom('a', 'b', 'r', 'm', ' ', '-', '0', '1', '@', '.', 'é', 'ж', '\u200b');
const piece = (maxLength: number) => fc.array(letters, { maxLength }).map((cs) => cs.join(''));
const patterns = fc.array(piece(5), { maxLength: 8 });
const compactPatterns = fc.array(fc.stringMatching(/^[abrmoie]{1,5}$/), { maxLength: 8 });

type Seen = [number, number, number][];
const collector = (into: Seen) => (p: number, s: number, e: number) => {
  into.push([p, s, e]);
};

/** Twelve letters outside ASCII, each a class of its own, and patterns that make them the many classes. */
const OUTSIDE = [...'жзиклмнпрстф'];
const FILLER = ['abr'.repeat(16), ...OUTSIDE.slice(0, 10)];
const narrowLetters = fc.constantFrom('a', 'b', 'r', 'a', ' ', '-', ...OUTSIDE.slice(0, 4), OUTSIDE[10] as string, 'é');
const narrowPiece = (maxLength: number) => fc.array(narrowLetters, { maxLength }).map((cs) => cs.join(''));
const narrowPatterns = fc.array(narrowPiece(5), { maxLength: 8 }).map((ps) => [...ps, ...FILLER]);
/** Dense budgets from the root's row alone to every state. */
const budget = fc.constantFrom(200, 600, 2000, 1 << 20);

describe('CompactView.scanWith', () => {
  it('equals building the compact text and scanning each view alone', () => {
    check(patterns, piece(20), fc.constant(200));
  });

  it('equals it when the automaton of the normalized view has narrow rows (escapes out of dense rows)', () => {
    const t = new AhoCorasick(FILLER).tables;
    expect(t.narrow).toBeLessThan(t.stride);
    check(narrowPatterns, narrowPiece(20), budget);
  });
});

function check(
  patternsOfA: fc.Arbitrary<string[]>,
  pieceOfText: fc.Arbitrary<string>,
  maxDenseBytes: fc.Arbitrary<number>,
): void {
  fc.assert(
    fc.property(
      patternsOfA,
      compactPatterns,
      fc.array(pieceOfText, { minLength: 1, maxLength: 4 }),
      maxDenseBytes,
      (pa, pc, pieces, bytes) => {
        const a = new AhoCorasick(pa, { maxDenseBytes: bytes });
        const c = new AhoCorasick(pc);
        const built = new CompactView();
        const fused = new CompactView();
        let sa = a.tables.start;
        let sc = c.tables.start;
        let fa = sa;
        let fc2 = sc;
        let base = 0;
        const out = new Int32Array(2);
        for (const text of pieces) {
          const wantA: Seen = [];
          const wantC: Seen = [];
          sa = a.runStandard(text, sa, base, true, collector(wantA));
          const cBase = built.length;
          const compact = built.build(text, base);
          sc = c.runStandard(compact, sc, cBase, true, collector(wantC));
          const gotA: Seen = [];
          const gotC: Seen = [];
          fused.scanWith(text, base, a, fa, collector(gotA), c, fc2, collector(gotC), out);
          fa = out[0] as number;
          fc2 = out[1] as number;
          expect(gotA).toEqual(wantA);
          expect(gotC).toEqual(wantC);
          expect([fa, fc2]).toEqual([sa, sc]);
          expect(fused.length).toBe(built.length);
          for (let k = 0; k < built.length; k++) expect(fused.normalized(k)).toBe(built.normalized(k));
          base += text.length;
        }
      },
    ),
    { numRuns: runs(400) },
  );
}
