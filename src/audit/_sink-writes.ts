/**
 * What the audit log does with its `onAppend` sink's answers: the frozen entry a sink receives, and
 * the bookkeeping of asynchronous writes (pending count, failures, `flush`), so that a sink's
 * rejection is always handled and reported, never left to crash the process.
 *
 * @internal Not part of the public API.
 * @module
 */
import { describeError } from '../_validate.js';
import { AegisError } from '../errors.js';
import type { AuditEntry, AuditSinkErrorHandler, AuditSinkFailure, AuditSinkStatus } from './types.js';

/** Failures kept for {@link SinkWrites.status}; older ones are only counted. */
const RECENT_FAILURES = 16;

type Then = (onOk: () => void, onFail: (error: unknown) => void) => unknown;

/**
 * The frozen entry a sink receives. Its `data` is parsed from the canonical text on first read and
 * frozen, deepest values included: a sink that only writes the line (the file sink) never pays for
 * the parse. The freeze is iterative, since data may nest up to the log's `maxDepth` (10,000 at
 * most), deeper than a recursion would be safe.
 */
export function sinkEntry(fields: Omit<AuditEntry, 'data'>, dataJson: string): AuditEntry {
  let data: AuditEntry['data'] | undefined;
  const entry = { ...fields } as AuditEntry;
  Object.defineProperty(entry, 'data', {
    enumerable: true,
    get: () => {
      if (data === undefined) data = deepFreeze(JSON.parse(dataJson) as AuditEntry['data']);
      return data;
    },
  });
  return Object.freeze(entry);
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    for (const child of Object.values(v)) stack.push(child);
    Object.freeze(v);
  }
  return value;
}

/** The `then` of a thenable (read once), or undefined for anything else. */
export function thenOf(value: unknown): Then | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const then = (value as { then?: unknown }).then;
  return typeof then === 'function' ? (then as Then) : undefined;
}

/** The asynchronous writes of one log's sink. */
export class SinkWrites {
  private pendingCount = 0;
  private failedCount = 0;
  private reported = 0;
  private readonly recent: AuditSinkFailure[] = [];
  /** One promise per write still pending; each resolves (never rejects) when its write settles. */
  private readonly live = new Set<Promise<void>>();

  constructor(private readonly onError: AuditSinkErrorHandler | undefined) {}

  /** Follows the thenable a sink returned for `entry` (already committed to the log). */
  track(origin: string, entry: AuditEntry, result: unknown, then: Then): void {
    this.pendingCount++;
    let settled = false;
    let release: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.live.add(done);
    const settle = (failed: boolean, error: unknown): void => {
      if (settled) return; // a thenable may call both callbacks, or one twice
      settled = true;
      this.pendingCount--;
      this.live.delete(done);
      if (failed) this.fail(origin, entry, error);
      release();
    };
    try {
      then.call(
        result,
        () => settle(false, undefined),
        (error: unknown) => settle(true, error),
      );
    } catch (error) {
      settle(true, error);
    }
  }

  /** Pending writes, failures counted and the most recent ones. */
  status(): AuditSinkStatus {
    return Object.freeze({
      pending: this.pendingCount,
      failed: this.failedCount,
      recent: Object.freeze(this.recent.slice()),
    });
  }

  /**
   * Settles once every write pending now has settled: resolves when no write failed since the
   * previous `flush`, rejects with `SINK_FAILED` otherwise (naming how many and the latest seqs).
   */
  flush(origin: string): Promise<void> {
    const waits = [...this.live];
    return Promise.all(waits).then(() => {
      const fresh = this.failedCount - this.reported;
      this.reported = this.failedCount;
      if (fresh === 0) return;
      const seqs = this.recent.slice(-Math.min(fresh, RECENT_FAILURES)).map((f) => f.seq);
      const last = this.recent[this.recent.length - 1];
      throw new AegisError(
        'SINK_FAILED',
        origin,
        `the onAppend sink failed to store ${fresh} ${fresh === 1 ? 'entry' : 'entries'} (latest: seq ${seqs.join(', ')})`,
        { failed: fresh, seqs },
        last === undefined ? undefined : { cause: last.error },
      );
    });
  }

  private fail(origin: string, entry: AuditEntry, error: unknown): void {
    const wrapped = new AegisError(
      'SINK_FAILED',
      origin,
      `the onAppend sink rejected entry ${entry.seq} (${describeError(error)}); it is in the log but may not be stored`,
      { seq: entry.seq },
      { cause: error },
    );
    this.failedCount++;
    this.recent.push(Object.freeze({ seq: entry.seq, error: wrapped }));
    if (this.recent.length > RECENT_FAILURES) this.recent.shift();
    if (this.onError === undefined) return;
    try {
      this.onError(wrapped, entry);
    } catch {
      // Nobody is left to report to: the failure stays counted in status() and flush().
    }
  }
}
