/**
 * The thermodynamic "love metric": love as entropy reduction, plus the
 * increase in order and the change in well-being.
 *
 * @module
 */
import { isPlainObject, pickKnown, readArray, requireNumber } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { LoveMetric, LoveState } from './types.js';

/** Most well-being measurements accepted per state. */
export const MAX_WELLBEING_METRICS = 1_000_000;

/**
 * `before − after`: how much entropy an action removed (positive when it brought order).
 *
 * O(1).
 * @throws AegisError `INVALID_ARGUMENT` for a non-finite number
 * @example
 * ```ts
 * entropyReduction(10, 5); // 5
 * ```
 */
export function entropyReduction(before: number, after: number): number {
  const origin = 'entropyReduction';
  return requireNumber(origin, 'before', before) - requireNumber(origin, 'after', after);
}

const STATE_KEYS = ['entropy', 'order', 'wellbeingMetrics'];

function checkState(origin: string, name: string, value: unknown): LoveState {
  if (!isPlainObject(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(value)}`);
  }
  // A snapshot: each field and each measurement read once, so the numbers checked are those used.
  const state = pickKnown(origin, name, value, STATE_KEYS);
  const entropy = requireNumber(origin, `${name}.entropy`, state.entropy);
  const order = requireNumber(origin, `${name}.order`, state.order);
  const metrics = readArray(origin, `${name}.wellbeingMetrics`, state.wellbeingMetrics, MAX_WELLBEING_METRICS, {
    of: 'numbers',
    message: () => `${name}.wellbeingMetrics has more than ${MAX_WELLBEING_METRICS} items`,
  });
  for (let i = 0; i < metrics.length; i++) requireNumber(origin, `${name}.wellbeingMetrics[${i}]`, metrics[i]);
  return { entropy, order, wellbeingMetrics: metrics as number[] };
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/**
 * The love metric between two states: `0.4 · (entropy before − after) + 0.3 · (order after −
 * before) + 0.3 · (mean well-being after − before)`, the well-being term 0 when either state has no
 * measurements. Positive when an action brings order and well-being, negative when it brings chaos.
 *
 * O(number of well-being measurements).
 * @throws AegisError `INVALID_ARGUMENT` for a malformed state or a non-finite number (or a result
 *   that overflows); `LIMIT_EXCEEDED` past {@link MAX_WELLBEING_METRICS} measurements
 * @example
 * ```ts
 * computeLoveMetric(
 *   { entropy: 10, order: 5, wellbeingMetrics: [0.5, 0.6] },
 *   { entropy: 5, order: 8, wellbeingMetrics: [0.8, 0.9] },
 * ).value; // 0.4·5 + 0.3·3 + 0.3·0.3 = 2.99
 * ```
 */
export function computeLoveMetric(before: LoveState, after: LoveState, origin = 'computeLoveMetric'): LoveMetric {
  const b = checkState(origin, 'before', before);
  const a = checkState(origin, 'after', after);
  const entropy = b.entropy - a.entropy;
  const orderIncrease = a.order - b.order;
  const wellbeingChange =
    a.wellbeingMetrics.length > 0 && b.wellbeingMetrics.length > 0
      ? mean(a.wellbeingMetrics) - mean(b.wellbeingMetrics)
      : 0;
  const value = entropy * 0.4 + orderIncrease * 0.3 + wellbeingChange * 0.3;
  if (!Number.isFinite(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, 'the states are so far apart that the metric overflows');
  }
  return { value, entropyReduction: entropy, orderIncrease, wellbeingChange };
}
