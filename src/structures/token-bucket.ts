/**
 * A token bucket: the classic rate limiter that allows bursts up to a capacity and a steady rate
 * after that.
 *
 * @module
 */
import { checkOptions, requireNumber } from '../_validate.js';
import { AegisError, describe } from '../errors.js';

export interface TokenBucketOptions {
  /** Most tokens the bucket holds (the largest burst). A finite number > 0. */
  capacity: number;
  /** Tokens added per second of elapsed time, up to the capacity. A finite number ≥ 0. */
  refillPerSecond: number;
  /** Tokens at the start, in [0, capacity]. Default: full. */
  tokens?: number;
  /** Time of the start in milliseconds. Default: the time of the first call. */
  now?: number;
}

const OPTION_KEYS = ['capacity', 'refillPerSecond', 'tokens', 'now'] as const;

/**
 * A token bucket driven by the times its caller passes in (milliseconds from any clock): it reads
 * no clock itself, so it is deterministic and works with an injected clock.
 *
 * Tokens refill continuously at `refillPerSecond` up to `capacity`; `tryTake` removes tokens when
 * enough are available. A time earlier than one already seen (a clock that stepped back) is treated
 * as that latest time: no refill, never a negative interval. O(1) time and space per call.
 *
 * @example
 * ```ts
 * const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1, now: 0 });
 * bucket.tryTake(0);    // true
 * bucket.tryTake(0);    // true
 * bucket.tryTake(0);    // false: empty
 * bucket.tryTake(1000); // true: one token refilled after a second
 * ```
 */
export class TokenBucket {
  /** Most tokens the bucket holds. */
  readonly capacity: number;
  /** Tokens added per second. */
  readonly refillPerSecond: number;
  private tokens: number;
  /** Latest time seen (ms), or NaN before the first call when no start time was given. */
  private last: number;

  /**
   * @throws AegisError `INVALID_ARGUMENT` for a missing, non-finite or out-of-range option, or an
   *   unknown option
   */
  constructor(options: TokenBucketOptions) {
    const origin = 'TokenBucket';
    if (options === undefined) {
      throw new AegisError('INVALID_ARGUMENT', origin, 'options { capacity, refillPerSecond } are required');
    }
    const o = checkOptions(origin, options, OPTION_KEYS);
    const capacity = requireNumber(origin, 'options.capacity', o.capacity, 0);
    if (capacity === 0) throw new AegisError('INVALID_ARGUMENT', origin, 'options.capacity must be greater than 0');
    this.capacity = capacity;
    this.refillPerSecond = requireNumber(origin, 'options.refillPerSecond', o.refillPerSecond, 0);
    this.tokens = o.tokens === undefined ? capacity : requireNumber(origin, 'options.tokens', o.tokens, 0, capacity);
    this.last = o.now === undefined ? Number.NaN : requireNumber(origin, 'options.now', o.now);
  }

  /**
   * Tokens available at `now` (a fraction while refilling).
   * @throws AegisError `INVALID_ARGUMENT` when `now` is not a finite number
   */
  available(now: number): number {
    this.advance('TokenBucket.available', now);
    return this.tokens;
  }

  /**
   * Takes `count` tokens at `now` if that many are available and returns true; otherwise takes
   * nothing and returns false.
   * @throws AegisError `INVALID_ARGUMENT` when `now` is not finite or `count` is not a finite number > 0
   */
  tryTake(now: number, count = 1): boolean {
    const origin = 'TokenBucket.tryTake';
    requireCount(origin, count);
    this.advance(origin, now);
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /**
   * Milliseconds from `now` until `count` tokens will be available: 0 when they are available
   * already, `Infinity` when they never will be (more than the capacity, or no refill).
   * @throws AegisError `INVALID_ARGUMENT` when `now` is not finite or `count` is not a finite number > 0
   */
  timeUntil(now: number, count = 1): number {
    const origin = 'TokenBucket.timeUntil';
    requireCount(origin, count);
    this.advance(origin, now);
    const missing = count - this.tokens;
    if (missing <= 0) return 0;
    if (count > this.capacity || this.refillPerSecond === 0) return Number.POSITIVE_INFINITY;
    return (missing * 1000) / this.refillPerSecond;
  }

  /** Refills for the time elapsed since the latest time seen. */
  private advance(origin: string, now: number): void {
    if (typeof now !== 'number' || !Number.isFinite(now)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `now must be a finite number of milliseconds, got ${describe(now)}`,
      );
    }
    const last = this.last;
    if (Number.isNaN(last)) {
      this.last = now;
      return;
    }
    if (now <= last) return;
    const refilled = this.tokens + ((now - last) * this.refillPerSecond) / 1000;
    this.tokens = Math.min(refilled, this.capacity);
    this.last = now;
  }
}

function requireCount(origin: string, count: unknown): void {
  if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `count must be a finite number greater than 0, got ${describe(count)}`,
    );
  }
}
