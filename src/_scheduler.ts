/**
 * Timers, injectable: the one place the core reads the host's `setTimeout`. Shared by the HITL
 * queue (deadlines) and the pipeline (execution timeouts).
 *
 * @internal Not part of the public API.
 */
import { AegisError, describe } from './errors.js';

/**
 * Arms and disarms a timer: `globalThis`'s own by default, or a test's virtual one. `setTimeout`
 * returns a handle (anything); when the handle has `unref`/`ref` methods (Node), the HITL queue unrefs
 * it while nobody awaits a request, so an idle queue never keeps a process alive, and refs it while
 * someone does.
 */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's timers, where it has them (every browser, Node, Deno and Bun does). */
const host = globalThis as unknown as {
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
};

/** Timers of the global object, looked up at each call (so fake timers installed later are used). */
const GLOBAL_SCHEDULER: Scheduler = Object.freeze({
  setTimeout: (callback: () => void, ms: number): unknown =>
    (host.setTimeout as NonNullable<typeof host.setTimeout>)(callback, ms),
  clearTimeout: (handle: unknown): void => host.clearTimeout?.(handle),
});

/** The host's timers, or `null` in a host without them. */
export function defaultScheduler(): Scheduler | null {
  return typeof host.setTimeout === 'function' ? GLOBAL_SCHEDULER : null;
}

/** A scheduler option read once: `undefined` is the default, `null` (where allowed) none. */
export function parseScheduler(origin: string, value: unknown, allowNull = true): Scheduler | null {
  if (value === null && allowNull) return null;
  if (value === undefined) return defaultScheduler();
  const s = value as { setTimeout?: unknown; clearTimeout?: unknown };
  if (typeof value !== 'object' || typeof s.setTimeout !== 'function' || typeof s.clearTimeout !== 'function') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `options.scheduler must be { setTimeout, clearTimeout } or null, got ${describe(value)}`,
    );
  }
  // Read once: the methods are called with the object as `this`.
  const set = s.setTimeout as (callback: () => void, ms: number) => unknown;
  const clear = s.clearTimeout as (handle: unknown) => void;
  return Object.freeze({
    setTimeout: (callback: () => void, ms: number) => set.call(value, callback, ms),
    clearTimeout: (handle: unknown) => clear.call(value, handle),
  });
}
