/**
 * The plain data of the human-approval queue: requests as callers see them, decisions, escalations
 * and the events the queue emits. Everything here is JSON (no `undefined` values, no class
 * instances), so an event can be written to the audit log as it is.
 *
 * @module
 */
import type { JsonValue } from '../structures/canonical-json.js';

/** How urgent a request is, lowest first. */
export type Priority = 'low' | 'medium' | 'high' | 'critical';

/** Every priority, lowest first: `escalate` moves a request one step to the right. */
export const PRIORITIES: readonly Priority[] = Object.freeze(['low', 'medium', 'high', 'critical'] as const);

/**
 * Where a request stands. `pending` and `escalated` are live (waiting for a human); the other three
 * are final. `expired` means the deadline passed with no decision: deny by default.
 */
export type DecisionStatus = 'pending' | 'escalated' | 'approved' | 'rejected' | 'expired';

/** One escalation of a request. */
export interface Escalation {
  /** When it happened (for the ladder: the scheduled time, whenever the queue noticed it). */
  readonly at: number;
  readonly from: Priority;
  readonly to: Priority;
  /** `manual` for {@link DecisionQueue.escalate}, `ladder` for the automatic escalation ladder. */
  readonly by: 'manual' | 'ladder';
}

/** The final word on a request. */
export interface Decision {
  readonly outcome: 'approved' | 'rejected' | 'expired';
  /** When it was decided; for an expiry, the deadline itself. */
  readonly at: number;
  /**
   * `human` for `approve`/`reject`; `remembered` for an automatic approval from an earlier
   * `approve(…, { remember })`; `timeout` for an expiry; `cancelled` for a request withdrawn with
   * `cancel` or by `close` (an expiry before the deadline: denied, nobody decided).
   */
  readonly by: 'human' | 'remembered' | 'timeout' | 'cancelled';
  /** Who decided (for `remembered`, who approved the request that was remembered). Absent on expiry. */
  readonly responder?: string;
  readonly reasoning?: string;
  /** For `remembered`: the id of the approval that is being reused. */
  readonly rememberedFrom?: string;
  /** For a human approval given with `remember`: until when identical requests are auto-approved. */
  readonly rememberUntil?: number;
}

/** A request as the queue reports it: an immutable snapshot, frozen, safe to keep and to share. */
export interface DecisionRequest {
  readonly id: string;
  readonly description: string;
  /** A copy of the context given, as canonical JSON data (absent when none was given). */
  readonly context?: JsonValue;
  readonly requester: string;
  /** Current priority (raised by escalations and by higher-priority requests that joined it). */
  readonly priority: Priority;
  /** Priority at creation. */
  readonly initialPriority: Priority;
  readonly status: DecisionStatus;
  /** Clock reading when the request was made. */
  readonly requestedAt: number;
  /** When it expires unless decided: `requestedAt + timeoutMs`. */
  readonly deadline: number;
  /** Number of escalations, manual and automatic. */
  readonly escalationCount: number;
  /** Every escalation, oldest first. */
  readonly escalations: readonly Escalation[];
  /** How many later identical requests joined this one (`dedupe`). */
  readonly joined: number;
  /** Present once the request is approved, rejected or expired. */
  readonly decision?: Decision;
}

/**
 * What the queue reports to `onEvent`, synchronously, after the change is applied. `request` is
 * the snapshot after the change.
 *
 * - `requested`: a new request entered the queue (an auto-approved one is followed by `decided`);
 * - `joined`: an identical request joined a pending one (`dedupe`);
 * - `escalated`: a request moved up one level (`escalation` says how);
 * - `decided`: approved or rejected, by a human or a remembered approval;
 * - `expired`: the deadline passed undecided (denied).
 */
export type DecisionEvent =
  | { readonly type: 'requested'; readonly at: number; readonly request: DecisionRequest }
  | { readonly type: 'joined'; readonly at: number; readonly request: DecisionRequest; readonly priority: Priority }
  | {
      readonly type: 'escalated';
      readonly at: number;
      readonly request: DecisionRequest;
      readonly escalation: Escalation;
    }
  | { readonly type: 'decided'; readonly at: number; readonly request: DecisionRequest }
  | { readonly type: 'expired'; readonly at: number; readonly request: DecisionRequest };

export type { Scheduler } from '../_scheduler.js';

import type { Scheduler } from '../_scheduler.js';

/** Options of {@link DecisionQueue}. */
export interface DecisionQueueOptions {
  /**
   * Enforces deadlines on its own: one timer for the earliest deadline or ladder step, re-armed as
   * requests come and go. Default: `globalThis.setTimeout` / `clearTimeout`. `null` starts no timer
   * (for virtual clocks: call `expire(now)` yourself; every other call also applies what is due).
   */
  scheduler?: Scheduler | null;
  /** Most live requests; one more is refused with `LIMIT_EXCEEDED`. Default 10,000. */
  maxPending?: number;
  /**
   * Receives what an `onEvent` listener threw, and the event. The change stands and the caller does not see the error. Default:
   * counted in `listenerErrors` only. Whatever this function throws is ignored.
   */
  onListenerError?: (error: unknown, event: DecisionEvent) => void;
  /** Milliseconds since an epoch of your choice. Default `Date.now`. */
  clock?: () => number;
  /** Deadline of a request that gives no `timeoutMs`, in ms. Default 300,000 (5 minutes). */
  defaultTimeoutMs?: number;
  /**
   * Receives every request, join, escalation, decision and expiry as plain data, after the change
   * is applied. What it throws is isolated (see `onListenerError`).
   */
  onEvent?: (event: DecisionEvent) => void;
  /**
   * Automatic escalation at these fractions of each request's time to deadline, strictly
   * increasing within (0, 1): `[0.5, 0.75]` escalates once halfway and again at three quarters.
   * Default `[]` (no automatic escalation).
   */
  escalationLadder?: readonly number[];
  /** How many decided requests `status`, `waitFor` and `decided` still know about. Default 1,000. */
  historyLimit?: number;
}

/** Input of {@link DecisionQueue.requestDecision}. */
export interface DecisionInput {
  /** Unique among known requests; generated (`decision-N`) when absent. */
  id?: string;
  /** What the human is asked to decide (non-empty, at most 16,384 characters). */
  description: string;
  /** Any plain JSON data: at most 10,000 values, 65,536 characters of strings and keys, 32 levels deep. */
  context?: JsonValue;
  priority: Priority;
  /** Time to deadline in ms. Default: the queue's `defaultTimeoutMs`. */
  timeoutMs?: number;
  /** Who asks (an agent, a tool, a pipeline stage). */
  requester: string;
  /**
   * When an identical request (same requester, description and canonical context) is pending,
   * return that one instead of creating another; a higher priority raises the pending one's.
   * Cannot be combined with `id`: a joined request keeps its own id.
   */
  dedupe?: boolean;
}

/** Input of {@link DecisionQueue.approve} and {@link DecisionQueue.reject}. */
export interface ResponseInput {
  responder: string;
  /** Why (at most 16,384 characters). */
  reasoning?: string;
}

/** Input of {@link DecisionQueue.approve}. */
export interface ApprovalInput extends ResponseInput {
  /**
   * Approve identical later requests (same requester, description and canonical context)
   * automatically for `ttlMs` milliseconds; each is recorded with `by: 'remembered'`.
   */
  remember?: { ttlMs: number };
}

/** Input of {@link DecisionQueue.pending}. */
export interface PendingQuery {
  /** At most this many requests (default: all). */
  limit?: number;
  /** Only requests at this priority or above. */
  minPriority?: Priority;
  /** Only requests from this requester. */
  requester?: string;
}
