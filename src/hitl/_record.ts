/**
 * The queue's internal record of a request, the orders the heaps keep, and the frozen snapshot
 * callers receive.
 *
 * @internal Not part of the public API.
 */
import { canonicalize, type JsonValue } from '../structures/canonical-json.js';
import {
  type Decision,
  type DecisionRequest,
  type DecisionStatus,
  type Escalation,
  PRIORITIES,
  type Priority,
} from './types.js';

/** A waiter's resolver, created only when someone calls `waitFor`. */
export type Settle = (request: DecisionRequest) => void;

/** The escalations of a request that has none: shared, so a new request allocates no array. */
const NO_ESCALATIONS: readonly Escalation[] = Object.freeze([]);

/** One request, live or decided. Mutable; callers only ever see {@link view} snapshots. */
export class RequestRecord {
  readonly id: string;
  /** Creation order: the last tie-breaker of every heap. */
  readonly seq: number;
  readonly description: string;
  readonly context: JsonValue | undefined;
  readonly requester: string;
  /** Requester and description, unambiguously joined: the identity without the context. */
  readonly groupKey: string;
  /** The context in RFC 8785 form, computed on first need (`dedupe`, `remember`). */
  private canonical: string | undefined;
  readonly requestedAt: number;
  readonly deadline: number;
  readonly initialRank: number;
  /** Index in PRIORITIES. */
  rank: number;
  status: DecisionStatus = 'pending';
  /** Next ladder step to fire (index into the queue's step fractions). */
  ladderStep = 0;
  /** When the due heap next needs this record: the next ladder step, or the deadline. */
  nextDueAt: number;
  /**
   * Frozen, replaced (copy on write) by each escalation, so snapshots share it without copying:
   * requests are escalated a few times at most.
   */
  escalations: readonly Escalation[] = NO_ESCALATIONS;
  joined = 0;
  decision: Decision | undefined = undefined;
  /** Present while someone waits and the request is undecided. */
  settle: Settle | undefined = undefined;
  waiting: Promise<DecisionRequest> | undefined = undefined;
  /** The cached snapshot; cleared by every change. */
  private snapshot: DecisionRequest | undefined = undefined;

  constructor(
    id: string,
    seq: number,
    input: { description: string; context: JsonValue | undefined; requester: string; rank: number },
    groupKey: string,
    canonical: string | undefined,
    requestedAt: number,
    deadline: number,
  ) {
    this.id = id;
    this.seq = seq;
    this.description = input.description;
    this.context = input.context;
    this.requester = input.requester;
    this.groupKey = groupKey;
    this.canonical = canonical;
    this.rank = input.rank;
    this.initialRank = input.rank;
    this.requestedAt = requestedAt;
    this.deadline = deadline;
    this.nextDueAt = deadline;
  }

  /** The context in RFC 8785 form ('' when there is none), computed once. */
  canonicalContext(): string {
    this.canonical ??= canonicalOf(this.context);
    return this.canonical;
  }

  /** Requester, description and canonical context: what `dedupe` and `remember` compare. */
  identity(): string {
    return this.groupKey + this.canonicalContext();
  }

  /**
   * When the request is next due: the first step of `ladder` (fractions of the time to deadline)
   * at or after `ladderStep` that falls before the deadline, else the deadline. Skipped steps are
   * consumed.
   */
  nextDue(ladder: readonly number[]): number {
    const span = this.deadline - this.requestedAt;
    while (this.ladderStep < ladder.length) {
      // ladderStep < ladder.length
      const t = this.requestedAt + ladder[this.ladderStep]! * span;
      if (t < this.deadline) return t;
      this.ladderStep++;
    }
    return this.deadline;
  }

  /** Whether the request still waits for a human. */
  get live(): boolean {
    return this.status === 'pending' || this.status === 'escalated';
  }

  /** Marks the snapshot stale after a change. */
  touch(): void {
    this.snapshot = undefined;
  }

  /**
   * The frozen snapshot, built once per change: repeated `status`/`pending` calls on an unchanged
   * request allocate nothing.
   */
  view(): DecisionRequest {
    if (this.snapshot !== undefined) return this.snapshot;
    const v: {
      id: string;
      description: string;
      context?: JsonValue;
      requester: string;
      priority: Priority;
      initialPriority: Priority;
      status: DecisionStatus;
      requestedAt: number;
      deadline: number;
      escalationCount: number;
      escalations: readonly Escalation[];
      joined: number;
      decision?: Decision;
    } = {
      id: this.id,
      description: this.description,
      requester: this.requester,
      // rank and initialRank are always indices into PRIORITIES
      priority: PRIORITIES[this.rank]!,
      initialPriority: PRIORITIES[this.initialRank]!,
      status: this.status,
      requestedAt: this.requestedAt,
      deadline: this.deadline,
      escalationCount: this.escalations.length,
      escalations: this.escalations,
      joined: this.joined,
    };
    if (this.context !== undefined) v.context = this.context;
    if (this.decision !== undefined) v.decision = this.decision;
    this.snapshot = Object.freeze(v);
    return this.snapshot;
  }
}

/** Pending order: priority descending, then request time ascending, then creation order. */
export function byUrgency(a: RequestRecord, b: RequestRecord): number {
  return b.rank - a.rank || a.requestedAt - b.requestedAt || a.seq - b.seq;
}

/** Due order: next ladder step or deadline ascending, then creation order. */
export function byDueTime(a: RequestRecord, b: RequestRecord): number {
  return a.nextDueAt - b.nextDueAt || a.seq - b.seq;
}

/**
 * Requester and description, joined so that no two pairs give the same string: length prefixes
 * make it unambiguous (cheaper than escaping both as JSON). Appending the canonical context (whose
 * RFC 8785 form ignores key order and formatting) gives the identity of `dedupe` and `remember`.
 */
export function groupKeyOf(requester: string, description: string): string {
  return `${requester.length}:${requester}${description.length}:${description}`;
}

/** The RFC 8785 form of an already checked context, '' for none. */
export function canonicalOf(context: JsonValue | undefined): string {
  return context === undefined ? '' : canonicalize(context);
}
