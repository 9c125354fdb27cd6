import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { RunningStats } from '../../src/structures/index.js';

describe('RunningStats', () => {
  it('is empty at first: count 0, mean and variance NaN, a null snapshot', () => {
    const s = new RunningStats();
    expect(s.count).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.variance).toBeNaN();
    expect(s.snapshot()).toEqual({ count: 0, sum: 0, mean: null, variance: null });
  });

  it('gives the mean and population variance of what was added', () => {
    const s = new RunningStats();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) s.add(x);
    expect(s.count).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.variance).toBe(4);
    expect(s.stdDev).toBe(2);
    expect(s.sampleVariance).toBeCloseTo(32 / 7, 12);
  });

  it('removes and replaces values', () => {
    const s = new RunningStats();
    for (const x of [0.5, 0.75, 1]) s.add(x);
    s.replace(1, 0);
    expect(s.mean).toBe(1.25 / 3);
    s.remove(0.5);
    s.remove(0.75);
    expect(s.count).toBe(1);
    expect(s.mean).toBe(0);
    expect(s.variance).toBe(0);
    s.remove(0);
    expect(s.snapshot()).toEqual({ count: 0, sum: 0, mean: null, variance: null });
  });

  it('keeps the sum exact where naive summation loses it (compensated summation)', () => {
    const s = new RunningStats();
    s.add(1e16);
    for (let i = 0; i < 10; i++) s.add(1);
    s.add(-1e16);
    expect(s.sum).toBe(10);
  });

  it('does not cancel catastrophically around a large offset (Welford)', () => {
    const s = new RunningStats();
    for (const x of [4, 7, 13, 16]) s.add(1e9 + x);
    expect(s.variance).toBeCloseTo(22.5, 6);
  });

  it('merges another summary as if its values were added', () => {
    const a = new RunningStats();
    const b = new RunningStats();
    const all = new RunningStats();
    for (const x of [1, 2, 3]) {
      a.add(x);
      all.add(x);
    }
    for (const x of [10, 20]) {
      b.add(x);
      all.add(x);
    }
    a.merge(b);
    expect(a.count).toBe(5);
    expect(a.mean).toBe(all.mean);
    expect(a.variance).toBeCloseTo(all.variance, 10);
    const empty = new RunningStats();
    empty.merge(a);
    expect(empty.snapshot()).toEqual(a.snapshot());
  });

  it('refuses non-finite values and removal from an empty multiset, changing nothing', () => {
    const s = new RunningStats();
    s.add(1);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '1' as unknown as number]) {
      expect(() => s.add(bad)).toThrow(AegisError);
      expect(() => s.replace(1, bad)).toThrow(AegisError);
    }
    expect(s.snapshot()).toEqual({ count: 1, sum: 1, mean: 1, variance: 0 });
    s.remove(1);
    expect(() => s.remove(1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => s.merge({} as RunningStats)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
