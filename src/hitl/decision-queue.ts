/**
 * The human-approval queue: requests with priorities and deadlines, decided by a human, escalated
 * by hand or on a ladder, denied by default when their deadline passes.
 *
 * @module
 */
import { CircularBuffer } from 'mnemonist';
import { checkOptions, readClock, requireInteger, requireNumber } from '../_validate.js';
import { AegisError } from '../errors.js';
import { IndexedHeap } from '../structures/indexed-heap.js';
import {
  type ParsedResponse,
  parseId,
  parsePendingQuery,
  parseQueueOptions,
  parseRequest,
  parseResponse,
  type QueueSettings,
} from './_input.js';
import { LiveRequests } from './_live.js';
import { canonicalOf, groupKeyOf, RequestRecord } from './_record.js';
import { type Remembered, RememberedApprovals } from './_remembered.js';
import {
  type ApprovalInput,
  type Decision,
  type DecisionEvent,
  type DecisionInput,
  type DecisionQueueOptions,
  type DecisionRequest,
  type Escalation,
  type PendingQuery,
  PRIORITIES,
  type Priority,
  type ResponseInput,
} from './types.js';

const TOP = PRIORITIES.length - 1;
/** Longest delay host timers take (a signed 32-bit count of milliseconds). */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * A queue of decisions for humans to take.
 *
 * Representation: every request is in a map by id; live requests are also in three
 * {@link IndexedHeap}s keyed by id (urgency order, the same order per requester, and due time:
 * the next ladder step or the deadline) and in an index by requester, description and (computed
 * only once a `dedupe` lookup needs it) canonical context. Deciding,
 * escalating or expiring a request is therefore O(log n) for n live requests, and `pending`
 * walks only the best `limit` entries of a heap, never sorting. Decided requests leave those
 * structures for a ring buffer of the last `historyLimit`, so memory follows the number of live
 * requests, not the number ever made.
 *
 * Time: every call first applies what the clock says is due, in due order: ladder escalations and
 * expiries (an expiry counts as decided at the deadline itself). So a request past its deadline can
 * never be approved, whether or not anyone called `expire`. Deadlines are also enforced on their
 * own: one timer (the `scheduler` option, `globalThis.setTimeout` by default) is armed for the
 * earliest due time, so a waiter settles at its deadline with nothing else driving the queue. In
 * Node the timer keeps the process alive only while someone awaits a request (`waitFor`). With
 * `scheduler: null` no timer is started and `expire(now)` drives a virtual clock. `close()` cancels
 * every live request and clears the timer.
 *
 * Bounds: at most `maxPending` live requests (default 10,000); one more is refused with
 * `LIMIT_EXCEEDED` before anything changes.
 *
 * Events: `onEvent` is called synchronously after each change is fully applied, and after waiters
 * are settled; it may call the queue again. What it throws never reaches the caller: the change
 * stands, and the error goes to `onListenerError` (and is counted in `listenerErrors`).
 *
 * @example
 * ```ts
 * const queue = new DecisionQueue({ escalationLadder: [0.5] });
 * const request = queue.requestDecision({
 *   description: 'Delete 3 files in /var/data',
 *   priority: 'high',
 *   requester: 'agent-7',
 *   timeoutMs: 60_000,
 * });
 * const outcome = queue.waitFor(request.id);
 * queue.pending({ limit: 10 }); // [request]
 * queue.approve(request.id, { responder: 'alice', reasoning: 'backed up' });
 * (await outcome).status; // 'approved'
 * ```
 */
export class DecisionQueue {
  private readonly settings: QueueSettings;
  /** Live requests and the decided ones still in the history. */
  private readonly records = new Map<string, RequestRecord>();
  private readonly live = new LiveRequests();
  private readonly remembered = new RememberedApprovals();
  private readonly history: CircularBuffer<RequestRecord> | undefined;
  private seq = 0;
  private generated = 0;
  /** The armed timer's handle and the due time it was armed for. */
  private timer: unknown = undefined;
  private timerAt: number | undefined = undefined;
  /** Live requests someone awaits (`waitFor`): while there are any, the timer keeps Node alive. */
  private waiters = 0;
  private isClosed = false;
  private failures = 0;
  /** Above 0 while a sweep or a close settles many requests: the timer is armed once, after. */
  private batching = 0;

  /**
   * @param options - see {@link DecisionQueueOptions}
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option or a value of the wrong type or range
   */
  constructor(options?: DecisionQueueOptions) {
    this.settings = parseQueueOptions('DecisionQueue', options);
    const limit = this.settings.historyLimit;
    this.history = limit > 0 ? new CircularBuffer<RequestRecord>(Array, limit) : undefined;
  }

  /** Number of live (pending or escalated) requests. */
  get pendingCount(): number {
    return this.live.size;
  }

  /** Most live requests (the `maxPending` option). */
  get maxPending(): number {
    return this.settings.maxPending;
  }

  /** How many times an `onEvent` listener threw (each isolated, see `onListenerError`). */
  get listenerErrors(): number {
    return this.failures;
  }

  /** Whether `close()` was called: new requests are refused. */
  get closed(): boolean {
    return this.isClosed;
  }

  /** Number of remembered approvals (including any whose TTL ended since the last call). */
  get rememberedCount(): number {
    return this.remembered.size;
  }

  /**
   * Files a request for a human decision and returns it.
   *
   * With `dedupe`, a live request with the same requester, description and canonical context is
   * returned instead (its `joined` count grows; a higher priority raises it). When an earlier
   * approval of an identical request was given with `remember` and has not lapsed, the request is
   * approved at once (`decision.by === 'remembered'`). O(log n + size of the context); the context is
   * serialized (RFC 8785) only when `dedupe` is asked or an approval for the same requester and
   * description is remembered.
   *
   * @throws AegisError `INVALID_ARGUMENT` for a malformed input (unknown field, empty description,
   *   lone surrogate, context that is not plain JSON, …); `LIMIT_EXCEEDED` for a description or
   *   context over its limit, or when `maxPending` requests are live; `CONFLICT` when a known
   *   request already has the id, or the queue is closed
   * @example
   * ```ts
   * queue.requestDecision({ description: 'Send the newsletter', priority: 'low', requester: 'mailer', dedupe: true });
   * ```
   */
  requestDecision(input: DecisionInput): DecisionRequest {
    const origin = 'DecisionQueue.requestDecision';
    const p = parseRequest(origin, input, this.settings.defaultTimeoutMs);
    const now = this.sweepNow(origin);
    if (this.isClosed) throw new AegisError('CONFLICT', origin, 'the queue is closed');
    if (p.id !== undefined && this.records.has(p.id)) {
      throw new AegisError('CONFLICT', origin, `a request with id ${JSON.stringify(p.id)} already exists`, {
        id: p.id,
      });
    }
    // The canonical context is computed only when a remembered approval or a twin could match.
    const groupKey = groupKeyOf(p.requester, p.description);
    let canonical: string | undefined;
    let rule: Remembered | undefined;
    if (this.remembered.hasGroup(groupKey)) {
      canonical = canonicalOf(p.context);
      rule = this.remembered.get(groupKey + canonical);
    }
    if (rule === undefined && p.dedupe) {
      canonical ??= canonicalOf(p.context);
      const twin = this.live.twin(groupKey, canonical);
      if (twin !== undefined) return this.join(twin, p.rank, now);
    }
    if (rule === undefined && this.live.size >= this.settings.maxPending) {
      throw new AegisError(
        'LIMIT_EXCEEDED',
        origin,
        `already holds its maximum of ${this.settings.maxPending} live requests`,
        { maxPending: this.settings.maxPending },
      );
    }
    const id = p.id ?? this.nextId();
    const rec = new RequestRecord(id, this.seq++, p, groupKey, canonical, now, now + p.timeoutMs);
    this.records.set(id, rec);
    if (rule !== undefined) {
      const filed = rec.view();
      this.archive(rec, 'approved', {
        outcome: 'approved',
        at: now,
        by: 'remembered',
        responder: rule.responder,
        ...(rule.reasoning === undefined ? {} : { reasoning: rule.reasoning }),
        rememberedFrom: rule.from,
      });
      this.emit({ type: 'requested', at: now, request: filed });
      this.emit({ type: 'decided', at: now, request: rec.view() });
      return rec.view();
    }
    rec.nextDueAt = rec.nextDue(this.settings.ladder);
    this.live.add(rec);
    this.arm();
    const view = rec.view();
    this.emit({ type: 'requested', at: now, request: view });
    // A listener may have decided or escalated the request already: return it as it is now.
    return this.settings.onEvent === undefined ? view : rec.view();
  }

  /**
   * Approves a live request. With `remember: { ttlMs }`, identical requests made in the next
   * `ttlMs` milliseconds are approved automatically, each recorded as such. O(log n).
   *
   * @throws AegisError `INVALID_ARGUMENT` for a malformed id or response; `NOT_FOUND` for an
   *   unknown id (or one that left the history); `EXPIRED` when its deadline has passed;
   *   `CONFLICT` when it was already approved or rejected
   * @example
   * ```ts
   * queue.approve(id, { responder: 'alice', reasoning: 'read-only', remember: { ttlMs: 3_600_000 } });
   * ```
   */
  approve(id: string, response: ApprovalInput): DecisionRequest {
    return this.respond('DecisionQueue.approve', id, response, 'approved');
  }

  /**
   * Rejects a live request. O(log n).
   *
   * @throws AegisError as {@link approve}
   * @example
   * ```ts
   * queue.reject(id, { responder: 'bob', reasoning: 'touches production' });
   * ```
   */
  reject(id: string, response: ResponseInput): DecisionRequest {
    return this.respond('DecisionQueue.reject', id, response, 'rejected');
  }

  /**
   * Raises a live request's priority one level (critical stays critical) and records the
   * escalation; its status reads `escalated` until it is decided. O(log n).
   *
   * @throws AegisError `INVALID_ARGUMENT`, `NOT_FOUND`, `EXPIRED`, `CONFLICT` as {@link approve}
   * @example
   * ```ts
   * queue.escalate(id).priority; // 'medium' for a request filed as 'low'
   * ```
   */
  escalate(id: string): DecisionRequest {
    const origin = 'DecisionQueue.escalate';
    const key = parseId(origin, id);
    const now = this.sweepNow(origin);
    const rec = this.liveRecord(origin, key);
    this.raise(rec, now, 'manual');
    return rec.view();
  }

  /**
   * Withdraws a live request: it ends `expired` (denied) with `decision.by === 'cancelled'`, its
   * waiter settles, and a later `approve` is refused. For a caller that no longer needs the answer.
   * O(log n).
   *
   * @throws AegisError `INVALID_ARGUMENT`, `NOT_FOUND`, `EXPIRED`, `CONFLICT` as {@link approve}
   * @example
   * ```ts
   * queue.cancel(id).decision?.by; // 'cancelled'
   * ```
   */
  cancel(id: string): DecisionRequest {
    const origin = 'DecisionQueue.cancel';
    const key = parseId(origin, id);
    const now = this.sweepNow(origin);
    const rec = this.liveRecord(origin, key);
    this.settle(rec, 'expired', { outcome: 'expired', at: now, by: 'cancelled' });
    return rec.view();
  }

  /**
   * Closes the queue: every live request is cancelled (as {@link cancel}, waiters settle), the
   * timer is cleared, and new requests are refused with `CONFLICT`; reading (`status`, `decided`)
   * still works. Returns how many requests it cancelled; a second call returns 0. O(n log n).
   *
   * @throws AegisError `INVALID_ARGUMENT` when the clock returns a non-finite number (nothing changes)
   * @example
   * ```ts
   * queue.close(); // before shutting down: nobody waits forever
   * ```
   */
  close(): number {
    if (this.isClosed) return 0;
    const now = this.sweepNow('DecisionQueue.close');
    this.isClosed = true;
    let n = 0;
    this.batching++;
    try {
      for (let rec = this.live.nextDue(); rec !== undefined; rec = this.live.nextDue()) {
        this.settle(rec, 'expired', { outcome: 'expired', at: now, by: 'cancelled' });
        n++;
      }
    } finally {
      this.batching--;
    }
    this.arm();
    return n;
  }

  /**
   * Live requests, most urgent first: priority descending, then oldest first. O(k log k) for the
   * k requests returned (the heap's frontier is walked; nothing is sorted or copied).
   *
   * @throws AegisError `INVALID_ARGUMENT` for an unknown field or a malformed value
   * @example
   * ```ts
   * queue.pending({ limit: 20, minPriority: 'high' });
   * queue.pending({ requester: 'agent-7' });
   * ```
   */
  pending(query?: PendingQuery): DecisionRequest[] {
    const origin = 'DecisionQueue.pending';
    const q = parsePendingQuery(origin, query);
    this.sweepNow(origin);
    const out: DecisionRequest[] = [];
    this.live.mostUrgent(q.requester, q.minRank, q.limit, (rec) => out.push(rec.view()));
    return out;
  }

  /**
   * A request by id, live or decided (while it is in the history). O(1) plus due work.
   * @throws AegisError `INVALID_ARGUMENT` for a malformed id; `NOT_FOUND` for an unknown one
   * @example
   * ```ts
   * queue.status(id).status; // 'pending', 'escalated', 'approved', 'rejected' or 'expired'
   * ```
   */
  status(id: string): DecisionRequest {
    const origin = 'DecisionQueue.status';
    const key = parseId(origin, id);
    this.sweepNow(origin);
    return this.find(origin, key).view();
  }

  /**
   * Applies everything due at `now` (default: the clock): ladder escalations, then, deny by
   * default, the expiry of every live request whose deadline is at or before `now`. Returns the
   * requests it expired. O((k + e) log n) for k expiries and e escalations.
   *
   * @throws AegisError `INVALID_ARGUMENT` when `now` is not a finite number
   * @example
   * ```ts
   * queue.expire().map((r) => r.id); // ids that timed out
   * ```
   */
  expire(now?: number): DecisionRequest[] {
    const origin = 'DecisionQueue.expire';
    const at = now === undefined ? readClock(origin, this.settings.clock) : requireNumber(origin, 'now', now);
    const expired: DecisionRequest[] = [];
    this.sweep(at, expired);
    return expired;
  }

  /**
   * A promise of the request's final state: it resolves once, with the snapshot, when the request
   * is approved, rejected or expires (`status: 'expired'`, deny by default). Every call for the same
   * request returns the same promise. No polling: it is settled by the call that decides, or at the
   * deadline by the queue's timer (or by any call made after it). While it waits, the timer keeps a
   * Node process alive. O(1).
   *
   * @throws AegisError `INVALID_ARGUMENT` for a malformed id; `NOT_FOUND` for an unknown one
   * @example
   * ```ts
   * const final = await queue.waitFor(id);
   * if (final.status === 'approved') run();
   * ```
   */
  waitFor(id: string): Promise<DecisionRequest> {
    const origin = 'DecisionQueue.waitFor';
    const key = parseId(origin, id);
    this.sweepNow(origin);
    const rec = this.find(origin, key);
    if (rec.waiting === undefined) {
      if (rec.live) {
        rec.waiting = new Promise((resolve) => {
          rec.settle = resolve;
        });
        if (++this.waiters === 1) this.refTimer();
      } else rec.waiting = Promise.resolve(rec.view());
    }
    return rec.waiting;
  }

  /**
   * The decided requests still in the history, newest first, at most `limit`. O(limit).
   * @throws AegisError `INVALID_ARGUMENT` for a malformed limit
   * @example
   * ```ts
   * queue.decided({ limit: 10 }).filter((r) => r.status === 'expired');
   * ```
   */
  decided(options?: { limit?: number }): DecisionRequest[] {
    const origin = 'DecisionQueue.decided';
    const o = checkOptions(origin, options, ['limit']);
    const limit = o.limit === undefined ? Number.POSITIVE_INFINITY : requireInteger(origin, 'options.limit', o.limit);
    this.sweepNow(origin);
    const out: DecisionRequest[] = [];
    const h = this.history;
    if (h === undefined) return out;
    for (let i = h.size - 1; i >= 0 && out.length < limit; i--) out.push((h.get(i) as RequestRecord).view());
    return out;
  }

  /** Forgets every remembered approval; returns how many there were. O(r). */
  clearRemembered(): number {
    return this.remembered.clear();
  }

  private respond(origin: string, id: unknown, response: unknown, outcome: 'approved' | 'rejected'): DecisionRequest {
    const key = parseId(origin, id);
    const r: ParsedResponse = parseResponse(origin, response, outcome === 'approved');
    const now = this.sweepNow(origin);
    const rec = this.liveRecord(origin, key);
    let rememberUntil: number | undefined;
    if (r.rememberTtlMs !== undefined) {
      rememberUntil = now + r.rememberTtlMs;
      this.remembered.set(rec.identity(), {
        from: rec.id,
        responder: r.responder,
        reasoning: r.reasoning,
        until: rememberUntil,
        groupKey: rec.groupKey,
      });
    }
    this.settle(rec, outcome, {
      outcome,
      at: now,
      by: 'human',
      responder: r.responder,
      ...(r.reasoning === undefined ? {} : { reasoning: r.reasoning }),
      ...(rememberUntil === undefined ? {} : { rememberUntil }),
    });
    return rec.view();
  }

  /** Reads the clock and applies what is due. */
  private sweepNow(origin: string): number {
    const now = readClock(origin, this.settings.clock);
    this.sweep(now, undefined);
    return now;
  }

  private sweep(now: number, expired: DecisionRequest[] | undefined): void {
    this.remembered.lapse(now);
    this.batching++;
    try {
      this.due(now, expired);
    } finally {
      this.batching--;
    }
    this.arm();
  }

  private due(now: number, expired: DecisionRequest[] | undefined): void {
    for (let rec = this.live.nextDue(); rec !== undefined && rec.nextDueAt <= now; rec = this.live.nextDue()) {
      if (rec.nextDueAt >= rec.deadline) {
        this.settle(rec, 'expired', { outcome: 'expired', at: rec.deadline, by: 'timeout' });
        expired?.push(rec.view());
      } else {
        const at = rec.nextDueAt;
        rec.ladderStep++;
        this.live.reschedule(rec, rec.nextDue(this.settings.ladder));
        this.raise(rec, at, 'ladder');
      }
    }
  }

  /**
   * Arms the timer for the earliest due time, or clears it when nothing is live. Nothing to do when
   * it is armed for that time already (the usual case: a new request is rarely the most urgent).
   */
  private arm(): void {
    const s = this.settings.scheduler;
    if (s === null || this.batching > 0) return;
    const next = this.live.nextDue();
    const at = next === undefined || this.isClosed ? undefined : next.nextDueAt;
    if (at === this.timerAt) return;
    if (this.timerAt !== undefined) {
      this.timerAt = undefined;
      s.clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (at === undefined) return;
    let now = Number.NaN;
    try {
      now = this.settings.clock();
    } catch {
      // Reported by the next call that reads the clock; the timer waits as long as it can meanwhile.
    }
    // A timer that fires early (or a clock that moved back) only re-arms; one too long for the
    // host's 32-bit timers fires at the maximum and re-arms.
    const delay = Number.isFinite(now) ? Math.min(Math.max(0, Math.ceil(at - now)), MAX_DELAY_MS) : MAX_DELAY_MS;
    this.timer = s.setTimeout(() => this.fire(), delay);
    this.timerAt = at;
    this.refTimer();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = undefined;
    try {
      this.sweepNow('DecisionQueue.expire');
    } catch {
      // A clock that fails now fails the next call too, which reports it; the timer re-arms.
    }
    this.arm();
  }

  /** Node: the timer keeps the process alive only while someone awaits a request. */
  private refTimer(): void {
    const handle = this.timer as { ref?: unknown; unref?: unknown } | undefined;
    if (handle === null || typeof handle !== 'object') return;
    const method = this.waiters > 0 ? handle.ref : handle.unref;
    if (typeof method === 'function') method.call(handle);
  }

  private raise(rec: RequestRecord, at: number, by: 'manual' | 'ladder'): void {
    const from = rec.rank;
    const to = Math.min(from + 1, TOP);
    const escalation: Escalation = Object.freeze({ at, from: PRIORITIES[from], to: PRIORITIES[to], by }) as Escalation;
    rec.escalations = Object.freeze([...rec.escalations, escalation]);
    rec.status = 'escalated';
    rec.touch();
    if (to !== from) this.live.reprioritize(rec, to);
    this.emit({ type: 'escalated', at, request: rec.view(), escalation });
  }

  private join(twin: RequestRecord, rank: number, now: number): DecisionRequest {
    twin.joined++;
    twin.touch();
    if (rank > twin.rank) this.live.reprioritize(twin, rank);
    const view = twin.view();
    // cast drops `undefined`: rank is an index into PRIORITIES
    this.emit({ type: 'joined', at: now, request: view, priority: PRIORITIES[rank] as Priority });
    return view;
  }

  /** Takes a live request out of the live structures, decides it, settles its waiter, reports it. */
  private settle(rec: RequestRecord, status: 'approved' | 'rejected' | 'expired', decision: Decision): void {
    this.live.remove(rec);
    this.archive(rec, status, decision);
    const view = rec.view();
    const settle = rec.settle;
    if (settle !== undefined) {
      rec.settle = undefined;
      if (--this.waiters === 0) this.refTimer();
      settle(view);
    }
    this.arm();
    this.emit({ type: status === 'expired' ? 'expired' : 'decided', at: decision.at, request: view });
  }

  /** Records the decision and moves the request into the bounded history, evicting the oldest. */
  private archive(rec: RequestRecord, status: 'approved' | 'rejected' | 'expired', decision: Decision): void {
    rec.status = status;
    rec.decision = Object.freeze(decision);
    rec.touch();
    const h = this.history;
    if (h === undefined) {
      this.records.delete(rec.id);
      return;
    }
    if (h.size === h.capacity) {
      const evicted = h.shift() as RequestRecord;
      this.records.delete(evicted.id);
    }
    h.push(rec);
  }

  private find(origin: string, id: string): RequestRecord {
    const rec = this.records.get(id);
    if (rec === undefined) {
      throw new AegisError('NOT_FOUND', origin, `no request has id ${JSON.stringify(id)}`, { id });
    }
    return rec;
  }

  /** The live request `id`, or the error that says why it is not live. */
  private liveRecord(origin: string, id: string): RequestRecord {
    const rec = this.find(origin, id);
    if (rec.status === 'expired') {
      throw new AegisError(
        'EXPIRED',
        origin,
        `request ${JSON.stringify(id)} expired at its deadline ${rec.deadline} and was denied`,
        { id, deadline: rec.deadline },
      );
    }
    if (!rec.live) {
      throw new AegisError('CONFLICT', origin, `request ${JSON.stringify(id)} is already ${rec.status}`, {
        id,
        status: rec.status,
      });
    }
    return rec;
  }

  private nextId(): string {
    let id: string;
    do id = `decision-${++this.generated}`;
    while (this.records.has(id));
    return id;
  }

  /** Reports a change to the listener; what it throws is isolated (the change stands). */
  private emit(event: DecisionEvent): void {
    const listener = this.settings.onEvent;
    if (listener === undefined) return;
    try {
      listener(event);
    } catch (error) {
      this.failures++;
      try {
        this.settings.onListenerError?.(error, event);
      } catch {
        // The error reporter failed too: the count above is all that is left to tell.
      }
    }
  }
}
