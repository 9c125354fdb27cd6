import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { TokenBucket } from '../../src/structures/index.js';

describe('TokenBucket', () => {
  it('allows a burst up to the capacity, then refuses', () => {
    const b = new TokenBucket({ capacity: 3, refillPerSecond: 1, now: 0 });
    expect([b.tryTake(0), b.tryTake(0), b.tryTake(0), b.tryTake(0)]).toEqual([true, true, true, false]);
  });

  it('refills continuously at the given rate', () => {
    const b = new TokenBucket({ capacity: 2, refillPerSecond: 4, tokens: 0, now: 0 });
    expect(b.available(125)).toBe(0.5);
    expect(b.tryTake(200)).toBe(false);
    expect(b.tryTake(250)).toBe(true);
    expect(b.available(250)).toBe(0);
  });

  it('never holds more than the capacity, however long it waits', () => {
    const b = new TokenBucket({ capacity: 5, refillPerSecond: 10, now: 0 });
    expect(b.available(3_600_000)).toBe(5);
  });

  it('takes several tokens at once, or none', () => {
    const b = new TokenBucket({ capacity: 10, refillPerSecond: 1, now: 0 });
    expect(b.tryTake(0, 7)).toBe(true);
    expect(b.tryTake(0, 4)).toBe(false);
    expect(b.available(0)).toBe(3);
  });

  it('ignores a clock that steps back: no refill, no negative interval', () => {
    const b = new TokenBucket({ capacity: 2, refillPerSecond: 1, tokens: 0, now: 10_000 });
    expect(b.available(5_000)).toBe(0);
    expect(b.available(10_500)).toBe(0.5);
  });

  it('starts at the first call when no start time is given', () => {
    const b = new TokenBucket({ capacity: 1, refillPerSecond: 1 });
    expect(b.tryTake(1_000_000)).toBe(true);
    expect(b.tryTake(1_000_500)).toBe(false);
    expect(b.tryTake(1_001_000)).toBe(true);
  });

  it('says how long until tokens are available', () => {
    const b = new TokenBucket({ capacity: 4, refillPerSecond: 2, tokens: 1, now: 0 });
    expect(b.timeUntil(0)).toBe(0);
    expect(b.timeUntil(0, 3)).toBe(1000);
    expect(b.timeUntil(0, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(new TokenBucket({ capacity: 1, refillPerSecond: 0, tokens: 0, now: 0 }).timeUntil(0)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('never refills with a rate of zero', () => {
    const b = new TokenBucket({ capacity: 1, refillPerSecond: 0, now: 0 });
    expect(b.tryTake(0)).toBe(true);
    expect(b.tryTake(1e12)).toBe(false);
  });

  it('refuses bad options and arguments, and a refused call changes nothing', () => {
    const bad: unknown[] = [
      undefined,
      null,
      {},
      { capacity: 0, refillPerSecond: 1 },
      { capacity: -1, refillPerSecond: 1 },
      { capacity: Number.NaN, refillPerSecond: 1 },
      { capacity: Number.POSITIVE_INFINITY, refillPerSecond: 1 },
      { capacity: 1, refillPerSecond: -1 },
      { capacity: 1, refillPerSecond: 1, tokens: 2 },
      { capacity: 1, refillPerSecond: 1, now: Number.NaN },
      { capacity: 1, refillPerSecond: 1, burst: 3 },
    ];
    for (const options of bad) {
      expect(() => new TokenBucket(options as never)).toThrow(AegisError);
    }
    const b = new TokenBucket({ capacity: 2, refillPerSecond: 1, now: 0 });
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, '5', undefined]) {
      expect(() => b.tryTake(now as never)).toThrow(/now must be a finite number/);
    }
    for (const count of [0, -1, Number.NaN, '1']) {
      expect(() => b.tryTake(100, count as never)).toThrow(/count must be/);
    }
    expect(b.available(0)).toBe(2);
  });
});
