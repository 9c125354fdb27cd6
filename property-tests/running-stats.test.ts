/** Running statistics against a naive two-pass computation over the multiset kept as a list. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunningStats } from '../src/structures/index.js';
import { runs } from './_config.js';

function naive(values: readonly number[]): { count: number; sum: number; mean: number; variance: number } {
  const count = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const mean = sum / count;
  const variance = values.reduce((a, x) => a + (x - mean) ** 2, 0) / count;
  return { count, sum, mean, variance };
}

/** Multiples of 1/8: every sum is exact, so the mean must be bit-identical. */
const dyadic = fc.integer({ min: -80, max: 80 }).map((k) => k / 8);
const anyFinite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

type Op = { kind: 'add'; x: number } | { kind: 'remove'; pick: number } | { kind: 'replace'; pick: number; x: number };
const ops = (value: fc.Arbitrary<number>) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: value.map((x): Op => ({ kind: 'add', x })) },
      { weight: 1, arbitrary: fc.nat().map((pick): Op => ({ kind: 'remove', pick })) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), value).map(([pick, x]): Op => ({ kind: 'replace', pick, x })) },
    ),
    { maxLength: 60 },
  );

/**
 * Plays the operations on the summary and on a list, checking after each. `peak` is the largest
 * magnitude ever added: removal leaves rounding error relative to what was removed, not to what is
 * left.
 */
function play(list: Op[], check: (s: RunningStats, model: number[], peak: number) => void): void {
  const s = new RunningStats();
  const model: number[] = [];
  let peak = 1;
  for (const op of list) {
    if (op.kind !== 'remove') peak = Math.max(peak, Math.abs(op.x));
    if (op.kind === 'add') {
      s.add(op.x);
      model.push(op.x);
    } else if (model.length > 0) {
      const i = op.pick % model.length;
      const old = model[i] as number;
      if (op.kind === 'remove') {
        s.remove(old);
        model.splice(i, 1);
      } else {
        s.replace(old, op.x);
        model[i] = op.x;
      }
    }
    check(s, model, peak);
  }
}

describe('RunningStats equals a naive recomputation', () => {
  it('exactly in count and mean when every partial sum is representable (multiples of 1/8)', () => {
    fc.assert(
      fc.property(ops(dyadic), (list) =>
        play(list, (s, model) => {
          expect(s.count).toBe(model.length);
          if (model.length === 0) {
            expect(s.snapshot().mean).toBeNull();
            return;
          }
          const n = naive(model);
          expect(s.sum).toBe(n.sum);
          expect(s.mean).toBe(n.mean);
          expect(s.variance).toBeCloseTo(n.variance, 9);
        }),
      ),
      { numRuns: runs(400) },
    );
  });

  it('within rounding for arbitrary doubles, removals included', () => {
    fc.assert(
      fc.property(ops(anyFinite), (list) =>
        play(list, (s, model, peak) => {
          expect(s.count).toBe(model.length);
          if (model.length === 0) return;
          const n = naive(model);
          expect(Math.abs(s.mean - n.mean)).toBeLessThanOrEqual(1e-12 * peak);
          expect(Math.abs(s.variance - n.variance)).toBeLessThanOrEqual(1e-12 * peak * peak);
          expect(s.variance).toBeGreaterThanOrEqual(0);
        }),
      ),
      { numRuns: runs(400) },
    );
  });

  it('merge equals adding every value to one summary', () => {
    fc.assert(
      fc.property(fc.array(anyFinite, { maxLength: 30 }), fc.array(anyFinite, { maxLength: 30 }), (xs, ys) => {
        const a = new RunningStats();
        const b = new RunningStats();
        for (const x of xs) a.add(x);
        for (const y of ys) b.add(y);
        a.merge(b);
        const all = [...xs, ...ys];
        expect(a.count).toBe(all.length);
        if (all.length === 0) return;
        const n = naive(all);
        const scale = Math.max(1, ...all.map(Math.abs));
        expect(Math.abs(a.mean - n.mean)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(a.variance - n.variance)).toBeLessThanOrEqual(1e-6 * scale * scale);
      }),
      { numRuns: runs(300) },
    );
  });
});
