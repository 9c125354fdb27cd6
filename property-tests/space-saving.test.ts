/**
 * Space-Saving against exact counting (a Map from key to count): the paper's guarantees hold after
 * every step of any stream, and the counts are exact while the keys fit in the counters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpaceSaving } from '../src/structures/index.js';
import { runs } from './_config.js';

/** Skewed small alphabets, so that evictions and ties are frequent. */
const stream = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('a', 'b') },
    { weight: 2, arbitrary: fc.constantFrom('c', 'd', 'e', 'f', 'g', 'h', 'i') },
  ),
  { maxLength: 120 },
);

function check(hh: SpaceSaving<string>, exact: Map<string, number>, total: number): void {
  const top = hh.top();
  expect(hh.total).toBe(total);
  expect(hh.size).toBe(Math.min(exact.size, hh.capacity));
  expect(top).toHaveLength(hh.size);
  // Sorted by count, descending; the counts sum to the stream length.
  for (let i = 1; i < top.length; i++)
    expect((top[i - 1] as { count: number }).count).toBeGreaterThanOrEqual((top[i] as { count: number }).count);
  expect(top.reduce((a, h) => a + h.count, 0)).toBe(total);
  const min = top.length === hh.capacity ? Math.min(...top.map((h) => h.count)) : 0;
  expect(hh.minCount).toBe(min);
  expect(min).toBeLessThanOrEqual(total / hh.capacity);
  for (const [key, truth] of exact) {
    expect(hh.lowerBound(key)).toBeLessThanOrEqual(truth);
    expect(hh.upperBound(key)).toBeGreaterThanOrEqual(truth);
    if (truth > total / hh.capacity) expect(hh.has(key)).toBe(true);
    if (exact.size <= hh.capacity) expect(hh.get(key)).toEqual({ key, count: truth, error: 0 });
  }
  for (const h of top) {
    expect(h.error).toBeGreaterThanOrEqual(0);
    expect(h.error).toBeLessThanOrEqual(h.count - 1);
  }
}

describe('SpaceSaving keeps its guarantees against exact counts', () => {
  it('after every key of any stream, for any capacity', () => {
    fc.assert(
      fc.property(stream, fc.integer({ min: 1, max: 10 }), (keys, capacity) => {
        const hh = new SpaceSaving<string>(capacity);
        const exact = new Map<string, number>();
        let total = 0;
        for (const k of keys) {
          const before = new Set(hh.top().map((h) => h.key));
          const evicted = hh.add(k);
          exact.set(k, (exact.get(k) ?? 0) + 1);
          total++;
          if (evicted !== undefined) {
            expect(before.has(evicted)).toBe(true);
            expect(before.has(k)).toBe(false);
            expect(hh.has(evicted)).toBe(false);
          }
          check(hh, exact, total);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('is deterministic: the same stream gives the same summary', () => {
    fc.assert(
      fc.property(stream, fc.integer({ min: 1, max: 6 }), (keys, capacity) => {
        const a = new SpaceSaving<string>(capacity);
        const b = new SpaceSaving<string>(capacity);
        for (const k of keys) a.add(k);
        for (const k of keys) b.add(k);
        expect(a.top()).toEqual(b.top());
      }),
      { numRuns: runs(100) },
    );
  });
});
