/**
 * Node-only: drives the deadlines of a {@link DecisionQueue} from a timer, so that `waitFor`
 * promises of requests nobody touches still settle (as expired) soon after their deadline. The
 * core never starts a timer; this is where the timer lives.
 *
 * @module
 */
import { checkOptions, guardRead, optionalBoolean, requireInteger } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { DecisionQueue } from '../hitl/index.js';

/** Options of {@link driveExpiry}. */
export interface ExpiryDriverOptions {
  /** Milliseconds between two `expire()` calls. Default 1,000. */
  intervalMs?: number;
  /** Keep the process alive while the driver runs. Default false (the timer is `unref`ed). */
  keepAlive?: boolean;
  /**
   * Receives what `expire()` throws (an `onEvent` listener that failed). Without it the error is
   * thrown from the timer, as any uncaught error would be.
   */
  onError?: (error: unknown) => void;
}

/** A running driver. */
export interface ExpiryDriver {
  /** Stops the timer; idempotent. */
  stop(): void;
  /** Whether the timer still runs. */
  readonly running: boolean;
}

/**
 * Calls `queue.expire()` every `intervalMs` until stopped: each request then expires (and its
 * waiters settle) at most `intervalMs` after its deadline, and ladder escalations land as late.
 * Each tick costs O(1) when nothing is due, O((k + e) log n) otherwise.
 *
 * @throws AegisError `INVALID_ARGUMENT` when `queue` has no `expire` method or an option is malformed
 * @example
 * ```ts
 * const queue = new DecisionQueue({ escalationLadder: [0.5] });
 * const driver = driveExpiry(queue, { intervalMs: 250 });
 * // …
 * driver.stop();
 * ```
 */
export function driveExpiry(queue: Pick<DecisionQueue, 'expire'>, options?: ExpiryDriverOptions): ExpiryDriver {
  const origin = 'driveExpiry';
  // Read once: the method checked is the one every tick calls.
  const expire = guardRead(origin, 'queue.expire', () => (queue as { expire?: unknown } | null)?.expire);
  if (typeof expire !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `queue must have an expire method, got ${describe(queue)}`);
  }
  const o = checkOptions(origin, options, ['intervalMs', 'keepAlive', 'onError']);
  const intervalMs =
    o.intervalMs === undefined ? 1000 : requireInteger(origin, 'options.intervalMs', o.intervalMs, 1, 2 ** 31 - 1);
  const keepAlive = optionalBoolean(origin, 'options.keepAlive', o.keepAlive, false);
  if (o.onError !== undefined && typeof o.onError !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `options.onError must be a function, got ${describe(o.onError)}`);
  }
  const onError = o.onError as ((error: unknown) => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined = setInterval(() => {
    try {
      expire.call(queue);
    } catch (error) {
      if (onError === undefined) throw error;
      onError(error);
    }
  }, intervalMs);
  if (!keepAlive) timer.unref();
  return {
    stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
    get running() {
      return timer !== undefined;
    },
  };
}
