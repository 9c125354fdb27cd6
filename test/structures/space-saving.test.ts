import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { SpaceSaving } from '../../src/structures/index.js';

const feed = <K>(hh: SpaceSaving<K>, keys: readonly K[]): SpaceSaving<K> => {
  for (const k of keys) hh.add(k);
  return hh;
};

describe('SpaceSaving', () => {
  it('counts exactly while there are no more distinct keys than counters', () => {
    const hh = feed(new SpaceSaving<string>(3), ['a', 'b', 'a', 'c', 'a', 'b']);
    expect(hh.top()).toEqual([
      { key: 'a', count: 3, error: 0 },
      { key: 'b', count: 2, error: 0 },
      { key: 'c', count: 1, error: 0 },
    ]);
    expect(hh.total).toBe(6);
    expect(hh.minCount).toBe(1);
  });

  it('gives a new key the smallest counter and its count as the error (the paper example)', () => {
    const hh = feed(new SpaceSaving<string>(2), ['a', 'b', 'a', 'c', 'a']);
    expect(hh.top()).toEqual([
      { key: 'a', count: 3, error: 0 },
      { key: 'c', count: 2, error: 1 },
    ]);
    expect(hh.has('b')).toBe(false);
    expect(hh.upperBound('b')).toBe(2);
    expect(hh.lowerBound('b')).toBe(0);
    expect(hh.lowerBound('c')).toBe(1);
    expect(hh.count('b')).toBe(0);
    expect(hh.get('c')).toEqual({ key: 'c', count: 2, error: 1 });
  });

  it('reports which key lost its counter', () => {
    const hh = new SpaceSaving<string>(1);
    expect(hh.add('a')).toBeUndefined();
    expect(hh.add('a')).toBeUndefined();
    expect(hh.add('b')).toBe('a');
    expect(hh.top()).toEqual([{ key: 'b', count: 3, error: 2 }]);
  });

  it('evicts the oldest of the smallest counters, so ties are deterministic', () => {
    const hh = feed(new SpaceSaving<string>(3), ['x', 'y', 'z']);
    expect(hh.add('w')).toBe('x');
    expect(hh.add('v')).toBe('y');
  });

  it('keeps the most frequent key of a skewed stream', () => {
    const hh = new SpaceSaving<number>(10);
    for (let i = 0; i < 10_000; i++) hh.add(i % 3 === 0 ? 0 : i);
    const top = hh.top(1)[0];
    expect(top?.key).toBe(0);
    expect(top && top.count - top.error).toBeLessThanOrEqual(3334);
    expect(top?.count).toBeGreaterThanOrEqual(3334);
  });

  it('top(limit) returns at most limit entries and clear() forgets everything', () => {
    const hh = feed(new SpaceSaving<string>(4), ['a', 'b', 'c']);
    expect(hh.top(2)).toHaveLength(2);
    expect(hh.top(0)).toEqual([]);
    hh.clear();
    expect(hh.size).toBe(0);
    expect(hh.total).toBe(0);
    expect(hh.top()).toEqual([]);
    feed(hh, ['d', 'd']);
    expect(hh.top()).toEqual([{ key: 'd', count: 2, error: 0 }]);
  });

  it('refuses a capacity outside [1, 2^24] and a bad limit', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, 2 ** 24 + 1]) {
      expect(() => new SpaceSaving(bad)).toThrow(AegisError);
    }
    expect(() => new SpaceSaving(1).top(-1)).toThrow(AegisError);
  });
});
