/**
 * Running statistics of a multiset of numbers: count, sum, mean and variance, updated in O(1) as
 * values are added, removed or replaced.
 *
 * @module
 */
import { requireNumber } from '../_validate.js';
import { AegisError } from '../errors.js';

/** A plain snapshot of a {@link RunningStats}. */
export interface RunningStatsSnapshot {
  readonly count: number;
  readonly sum: number;
  /** `sum / count`; `null` when empty. */
  readonly mean: number | null;
  /** Population variance (divides by `count`); `null` when empty. */
  readonly variance: number | null;
}

/**
 * Count, sum, mean and variance of a multiset of finite numbers, with O(1) `add`, `remove`,
 * `replace` and `merge`.
 *
 * - The **sum** is compensated (Neumaier's variant of Kahan summation), so its error does not grow
 *   with the number of values; the **mean** is `sum / count`. When every value and every partial
 *   sum is exactly representable (for example multiples of 1/8 of moderate size), the mean is
 *   bit-identical to a naive recomputation.
 * - The **variance** comes from Welford's recurrence for the sum of squared deviations, `M2`, which
 *   unlike `Σx² − (Σx)²/n` does not cancel catastrophically. Removal runs the recurrence backwards
 *   (Welford 1962; Chan, Golub & LeVeque 1979 for `merge`); `M2` is clamped at 0 and everything is
 *   reset to exact zeros when the multiset becomes empty, so rounding cannot accumulate across
 *   emptyings.
 *
 * `remove` trusts the caller that the value is in the multiset: the structure stores no values.
 * After removals the rounding error is relative to the largest values ever held (about
 * `ε · max|x|` for the mean and `ε · max|x|²` for the variance), not to the values left: removing
 * 10⁶ from `[0, 0, 10⁶]` leaves a variance of about 10⁻⁵, not 0. For scores in [0, 1] that is
 * below 10⁻¹⁵.
 *
 * Space O(1).
 *
 * @example
 * ```ts
 * const s = new RunningStats();
 * s.add(0.5); s.add(0.75); s.add(1);
 * s.mean;          // 0.75
 * s.replace(1, 0); // the third value was re-scored
 * s.mean;          // 0.4166…
 * s.variance;      // population variance of [0.5, 0.75, 0]
 * ```
 */
export class RunningStats {
  private n = 0;
  private s = 0;
  /** Neumaier compensation term: the low-order bits lost by `s`. */
  private c = 0;
  private m2 = 0;

  /** Number of values. */
  get count(): number {
    return this.n;
  }

  /** Sum of the values (compensated). */
  get sum(): number {
    return this.s + this.c;
  }

  /** Arithmetic mean, `sum / count`; NaN when empty. */
  get mean(): number {
    return this.n === 0 ? Number.NaN : (this.s + this.c) / this.n;
  }

  /** Population variance (`M2 / count`); NaN when empty. */
  get variance(): number {
    return this.n === 0 ? Number.NaN : this.m2 / this.n;
  }

  /** Sample variance (`M2 / (count − 1)`); NaN with fewer than two values. */
  get sampleVariance(): number {
    return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
  }

  /** Population standard deviation; NaN when empty. */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /**
   * Adds one value. O(1).
   * @throws AegisError `INVALID_ARGUMENT` when `x` is not a finite number
   */
  add(x: number): void {
    requireNumber('RunningStats.add', 'x', x);
    const before = this.n === 0 ? x : (this.s + this.c) / this.n;
    this.accumulate(x);
    this.n++;
    const after = (this.s + this.c) / this.n;
    this.m2 += (x - before) * (x - after);
  }

  /**
   * Removes one value that was added before. O(1).
   * @throws AegisError `INVALID_ARGUMENT` when `x` is not a finite number; `NOT_FOUND` when the
   *   multiset is empty
   */
  remove(x: number): void {
    requireNumber('RunningStats.remove', 'x', x);
    if (this.n === 0) throw new AegisError('NOT_FOUND', 'RunningStats.remove', 'the multiset is empty');
    if (this.n === 1) {
      this.clear();
      return;
    }
    const before = (this.s + this.c) / this.n;
    this.accumulate(-x);
    this.n--;
    const after = (this.s + this.c) / this.n;
    this.m2 = Math.max(0, this.m2 - (x - before) * (x - after));
  }

  /**
   * Replaces one value that was added before by another (a re-scored item). O(1).
   * @throws AegisError as {@link RunningStats.remove} and {@link RunningStats.add}; on a throw
   *   nothing changes
   */
  replace(oldValue: number, newValue: number): void {
    requireNumber('RunningStats.replace', 'newValue', newValue);
    this.remove(oldValue);
    this.add(newValue);
  }

  /**
   * Adds every value of `other` (Chan et al.'s parallel combination). O(1).
   * @throws AegisError `INVALID_ARGUMENT` when `other` is not a RunningStats
   */
  merge(other: RunningStats): void {
    if (!(other instanceof RunningStats)) {
      throw new AegisError('INVALID_ARGUMENT', 'RunningStats.merge', 'other must be a RunningStats');
    }
    if (other.n === 0) return;
    const na = this.n;
    const nb = other.n;
    const delta = other.mean - (na === 0 ? 0 : this.mean);
    const m2 = na === 0 ? other.m2 : this.m2 + other.m2 + (delta * delta * na * nb) / (na + nb);
    this.accumulate(other.s);
    this.accumulate(other.c);
    this.n = na + nb;
    this.m2 = m2;
  }

  /** Empties the multiset. */
  clear(): void {
    this.n = 0;
    this.s = 0;
    this.c = 0;
    this.m2 = 0;
  }

  /** A plain snapshot (`mean` and `variance` are `null` when empty). */
  snapshot(): RunningStatsSnapshot {
    const empty = this.n === 0;
    return {
      count: this.n,
      sum: this.sum,
      mean: empty ? null : this.mean,
      variance: empty ? null : this.variance,
    };
  }

  /** Neumaier's compensated addition of `x` to `s + c`. */
  private accumulate(x: number): void {
    const t = this.s + x;
    if (Math.abs(this.s) >= Math.abs(x)) this.c += this.s - t + x;
    else this.c += x - t + this.s;
    this.s = t;
  }
}
