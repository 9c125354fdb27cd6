/**
 * The execute stage: the caller's `execute`, sync or async, bounded by `executeTimeoutMs`, the
 * caller's signal and `Aegis.close`. Whatever it throws is captured, never rethrown.
 *
 * @internal Not part of the public API.
 * @module
 */
import { AegisError } from '../errors.js';
import type { Scheduler } from '../hitl/types.js';
import type { Call } from './_stages.js';
import type { AbortSignalLike, ExecutionContext, ExecutionOutcome, Executor } from './types.js';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Runs `execute` once. Resolves with its outcome, an `EXPIRED` failure when it has not settled
 * within `timeoutMs`, or `'cancelled'` when the signal aborts or `onAbort`'s function is called
 * first; what `execute` does after that is ignored.
 */
export async function runExecute(
  call: Call,
  execute: Executor<unknown>,
  signal: AbortSignalLike | undefined,
  timeoutMs: number | undefined,
  scheduler: Scheduler | null,
  onAbort: (abort: (() => void) | undefined) => void,
): Promise<ExecutionOutcome<unknown> | 'cancelled'> {
  const context: { -readonly [K in keyof ExecutionContext]: ExecutionContext[K] } = {
    requestId: call.id,
    actionId: call.input.action.id,
  };
  if (call.final?.status === 'approved') context.approval = call.final;
  if (signal !== undefined) context.signal = signal;
  if (signal?.aborted === true) return 'cancelled';
  let returned: unknown;
  try {
    returned = execute(context);
  } catch (error) {
    return { ok: false, error };
  }
  if (!isThenable(returned)) return { ok: true, value: returned };
  const thenable = returned;
  let timer: unknown;
  let settle: ((x: ExecutionOutcome<unknown> | 'cancelled') => void) | undefined;
  const stop = new Promise<ExecutionOutcome<unknown> | 'cancelled'>((resolve) => {
    settle = resolve;
  });
  const abort = () => settle?.('cancelled');
  onAbort(abort);
  signal?.addEventListener('abort', abort);
  if (timeoutMs !== undefined && scheduler !== null) {
    timer = scheduler.setTimeout(() => {
      settle?.({
        ok: false,
        error: new AegisError('EXPIRED', call.origin, `execute did not settle within ${timeoutMs} ms`, {
          request: call.id,
        }),
      });
    }, timeoutMs);
  }
  try {
    return await Promise.race([
      Promise.resolve(thenable).then(
        (value): ExecutionOutcome<unknown> => ({ ok: true, value }),
        (error: unknown): ExecutionOutcome<unknown> => ({ ok: false, error }),
      ),
      stop,
    ]);
  } finally {
    if (timer !== undefined) scheduler?.clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
    onAbort(undefined);
  }
}
