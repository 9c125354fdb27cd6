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

describe('CompactView.scanWith', () => {
  it('equals building the compact text and scanning each view alone', () => {
    fc.assert(
      fc.property(patterns, compactPatterns, fc.array(piece(20), { minLength: 1, maxLength: 4 }), (pa, pc, pieces) => {
        const a = new AhoCorasick(pa, { maxDenseBytes: 200 });
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
      }),
      { numRuns: runs(400) },
    );
  });
});
