import { describe, expect, it } from 'vitest';
import { computeLoveMetric, entropyReduction } from '../../src/ethics/index.js';
import { AegisError, LoveEngine } from '../../src/index.js';

describe('entropyReduction', () => {
  it('is before minus after (the original: 10 → 5 is 5)', () => {
    expect(entropyReduction(10, 5)).toBe(5);
    expect(entropyReduction(5, 10)).toBe(-5);
  });

  it('refuses non-finite numbers', () => {
    expect(() => entropyReduction(Number.NaN, 1)).toThrow(AegisError);
    expect(() => entropyReduction(1, Number.POSITIVE_INFINITY)).toThrow(AegisError);
  });
});

describe('computeLoveMetric', () => {
  const engine = new LoveEngine();

  it('is positive when an action brings order and well-being (original test)', () => {
    const m = engine.computeLoveMetric(
      { entropy: 10, order: 5, wellbeingMetrics: [0.5, 0.6, 0.4] },
      { entropy: 5, order: 8, wellbeingMetrics: [0.7, 0.8, 0.9] },
    );
    expect(m.value).toBeGreaterThan(0);
    expect(m.entropyReduction).toBe(5);
    expect(m.orderIncrease).toBe(3);
    expect(m.wellbeingChange).toBeCloseTo(0.3, 12);
    expect(m.value).toBeCloseTo(0.4 * 5 + 0.3 * 3 + 0.3 * 0.3, 12);
  });

  it('is negative when an action brings chaos (original test)', () => {
    const m = computeLoveMetric(
      { entropy: 5, order: 8, wellbeingMetrics: [0.8, 0.9] },
      { entropy: 10, order: 3, wellbeingMetrics: [0.3, 0.2] },
    );
    expect(m.value).toBeLessThan(0);
  });

  it('leaves well-being out when either state has no measurements', () => {
    const m = computeLoveMetric(
      { entropy: 1, order: 1, wellbeingMetrics: [] },
      { entropy: 1, order: 1, wellbeingMetrics: [9] },
    );
    expect(m).toEqual({ value: 0, entropyReduction: 0, orderIncrease: 0, wellbeingChange: 0 });
  });

  const bad: [string, unknown][] = [
    ['a missing field', { entropy: 1, order: 1 }],
    ['an unknown field', { entropy: 1, order: 1, wellbeingMetrics: [], mood: 1 }],
    ['a NaN entropy', { entropy: Number.NaN, order: 1, wellbeingMetrics: [] }],
    ['a non-numeric measurement', { entropy: 1, order: 1, wellbeingMetrics: ['high'] }],
    ['a state that is not an object', null],
    ['measurements that overflow', { entropy: 1, order: 1, wellbeingMetrics: [Number.MAX_VALUE, Number.MAX_VALUE] }],
  ];
  for (const [name, state] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => engine.computeLoveMetric(state as never, { entropy: 0, order: 0, wellbeingMetrics: [1] })).toThrow(
        AegisError,
      );
    });
  }
});
