/**
 * A deliberately simple approval queue: every request in one array, pending lists sorted on every
 * query, due work found by scanning everything. Written from the documented behaviour of
 * `DecisionQueue`, not from its heaps, to be compared with it on valid inputs.
 */
import { AegisError } from '../src/errors.js';
import type {
  Decision,
  DecisionEvent,
  DecisionInput,
  DecisionRequest,
  DecisionStatus,
  Escalation,
  Priority,
} from '../src/hitl/index.js';
import { canonicalize, type JsonValue } from '../src/structures/index.js';

const LEVELS: Priority[] = ['low', 'medium', 'high', 'critical'];

interface Rec {
  id: string;
  seq: number;
  description: string;
  context: JsonValue | undefined;
  requester: string;
  identity: string;
  level: number;
  initialLevel: number;
  requestedAt: number;
  deadline: number;
  /** Ladder step times before the deadline, then the deadline. */
  schedule: number[];
  fired: number;
  status: DecisionStatus;
  escalations: Escalation[];
  joined: number;
  decision: Decision | undefined;
}

export interface NaiveOptions {
  clock: () => number;
  defaultTimeoutMs: number;
  ladder: readonly number[];
  historyLimit: number;
}

export type NaiveRequestInput = DecisionInput;

const fail = (code: 'NOT_FOUND' | 'CONFLICT' | 'EXPIRED', what: string): never => {
  throw new AegisError(code, 'NaiveDecisionQueue', what);
};

export class NaiveDecisionQueue {
  readonly events: DecisionEvent[] = [];
  private readonly all: Rec[] = [];
  /** Decided requests still known, oldest decision first. */
  private readonly history: Rec[] = [];
  private readonly remembered = new Map<
    string,
    { from: string; responder: string; reasoning?: string; until: number }
  >();
  private seq = 0;
  private generated = 0;

  constructor(private readonly o: NaiveOptions) {}

  private isLive(r: Rec): boolean {
    return r.status === 'pending' || r.status === 'escalated';
  }

  private known(id: string): Rec | undefined {
    return this.all.find((r) => r.id === id && (this.isLive(r) || this.history.includes(r)));
  }

  view(r: Rec): DecisionRequest {
    return {
      id: r.id,
      description: r.description,
      ...(r.context === undefined ? {} : { context: r.context }),
      requester: r.requester,
      priority: LEVELS[r.level] as Priority,
      initialPriority: LEVELS[r.initialLevel] as Priority,
      status: r.status,
      requestedAt: r.requestedAt,
      deadline: r.deadline,
      escalationCount: r.escalations.length,
      escalations: [...r.escalations],
      joined: r.joined,
      ...(r.decision === undefined ? {} : { decision: r.decision }),
    };
  }

  private decide(r: Rec, status: DecisionStatus, decision: Decision): void {
    r.status = status;
    r.decision = decision;
    this.history.push(r);
    if (this.history.length > this.o.historyLimit) this.history.shift();
  }

  private escalateRec(r: Rec, at: number, by: 'manual' | 'ladder'): void {
    const to = Math.min(r.level + 1, 3);
    const escalation = { at, from: LEVELS[r.level] as Priority, to: LEVELS[to] as Priority, by };
    r.escalations.push(escalation);
    r.level = to;
    r.status = 'escalated';
    this.events.push({ type: 'escalated', at, request: this.view(r), escalation });
  }

  /** Everything due at `now`, earliest first (ties: older request first). */
  private sweep(now: number): DecisionRequest[] {
    for (const [identity, rule] of this.remembered) if (rule.until <= now) this.remembered.delete(identity);
    const expired: DecisionRequest[] = [];
    for (;;) {
      let next: Rec | undefined;
      for (const r of this.all) {
        if (!this.isLive(r)) continue;
        const t = r.schedule[r.fired] as number;
        if (t > now) continue;
        if (next === undefined || t < (next.schedule[next.fired] as number)) next = r;
      }
      if (next === undefined) break;
      const t = next.schedule[next.fired] as number;
      next.fired++;
      if (next.fired === next.schedule.length) {
        this.decide(next, 'expired', { outcome: 'expired', at: next.deadline, by: 'timeout' });
        expired.push(this.view(next));
        this.events.push({ type: 'expired', at: next.deadline, request: this.view(next) });
      } else {
        this.escalateRec(next, t, 'ladder');
      }
    }
    return expired;
  }

  requestDecision(input: NaiveRequestInput): DecisionRequest {
    const now = this.o.clock();
    this.sweep(now);
    if (input.id !== undefined && this.known(input.id)) fail('CONFLICT', 'duplicate id');
    const context = input.context === undefined ? undefined : (JSON.parse(canonicalize(input.context)) as JsonValue);
    const identity = canonicalize({
      r: input.requester,
      d: input.description,
      ...(context === undefined ? {} : { c: context }),
    });
    const level = LEVELS.indexOf(input.priority);
    const rule = this.remembered.get(identity);
    if (rule === undefined && input.dedupe) {
      const twin = this.all.find((r) => this.isLive(r) && r.identity === identity);
      if (twin) {
        twin.joined++;
        twin.level = Math.max(twin.level, level);
        this.events.push({ type: 'joined', at: now, request: this.view(twin), priority: input.priority });
        return this.view(twin);
      }
    }
    let id = input.id;
    while (id === undefined || (input.id === undefined && this.known(id))) id = `decision-${++this.generated}`;
    const timeout = input.timeoutMs ?? this.o.defaultTimeoutMs;
    const deadline = now + timeout;
    const span = deadline - now;
    const schedule = [...this.o.ladder.map((f) => now + f * span).filter((t) => t < deadline), deadline];
    const r: Rec = {
      id,
      seq: this.seq++,
      description: input.description,
      context,
      requester: input.requester,
      identity,
      level,
      initialLevel: level,
      requestedAt: now,
      deadline,
      schedule,
      fired: 0,
      status: 'pending',
      escalations: [],
      joined: 0,
      decision: undefined,
    };
    this.all.push(r);
    this.events.push({ type: 'requested', at: now, request: this.view(r) });
    if (rule !== undefined) {
      this.decide(r, 'approved', {
        outcome: 'approved',
        at: now,
        by: 'remembered',
        responder: rule.responder,
        ...(rule.reasoning === undefined ? {} : { reasoning: rule.reasoning }),
        rememberedFrom: rule.from,
      });
      this.events.push({ type: 'decided', at: now, request: this.view(r) });
    }
    return this.view(r);
  }

  private liveRec(id: string): Rec {
    const r = this.known(id) ?? fail('NOT_FOUND', 'unknown id');
    if (r.status === 'expired') fail('EXPIRED', 'expired');
    if (!this.isLive(r)) fail('CONFLICT', 'decided');
    return r;
  }

  approve(id: string, response: { responder: string; reasoning?: string; remember?: { ttlMs: number } }) {
    return this.respond(id, response, 'approved');
  }

  reject(id: string, response: { responder: string; reasoning?: string }) {
    return this.respond(id, response, 'rejected');
  }

  private respond(
    id: string,
    response: { responder: string; reasoning?: string; remember?: { ttlMs: number } },
    outcome: 'approved' | 'rejected',
  ): DecisionRequest {
    const now = this.o.clock();
    this.sweep(now);
    const r = this.liveRec(id);
    const until = response.remember === undefined ? undefined : now + response.remember.ttlMs;
    if (until !== undefined) {
      this.remembered.set(r.identity, {
        from: r.id,
        responder: response.responder,
        ...(response.reasoning === undefined ? {} : { reasoning: response.reasoning }),
        until,
      });
    }
    this.decide(r, outcome, {
      outcome,
      at: now,
      by: 'human',
      responder: response.responder,
      ...(response.reasoning === undefined ? {} : { reasoning: response.reasoning }),
      ...(until === undefined ? {} : { rememberUntil: until }),
    });
    this.events.push({ type: 'decided', at: now, request: this.view(r) });
    return this.view(r);
  }

  escalate(id: string): DecisionRequest {
    const now = this.o.clock();
    this.sweep(now);
    const r = this.liveRec(id);
    this.escalateRec(r, now, 'manual');
    return this.view(r);
  }

  pending(query: { limit?: number; minPriority?: Priority; requester?: string } = {}): DecisionRequest[] {
    this.sweep(this.o.clock());
    const min = LEVELS.indexOf(query.minPriority ?? 'low');
    return this.all
      .filter((r) => this.isLive(r) && r.level >= min)
      .filter((r) => query.requester === undefined || r.requester === query.requester)
      .sort((a, b) => b.level - a.level || a.requestedAt - b.requestedAt || a.seq - b.seq)
      .slice(0, query.limit ?? Number.POSITIVE_INFINITY)
      .map((r) => this.view(r));
  }

  status(id: string): DecisionRequest {
    this.sweep(this.o.clock());
    return this.view(this.known(id) ?? fail('NOT_FOUND', 'unknown id'));
  }

  expire(now?: number): DecisionRequest[] {
    return this.sweep(now ?? this.o.clock());
  }

  decided(limit = Number.POSITIVE_INFINITY): DecisionRequest[] {
    this.sweep(this.o.clock());
    return this.history
      .slice()
      .reverse()
      .slice(0, limit)
      .map((r) => this.view(r));
  }

  get pendingCount(): number {
    return this.all.filter((r) => this.isLive(r)).length;
  }

  /**
   * What `waitFor(id)` promises: a function giving the request's final snapshot once it is decided
   * (undefined while it is live), following that request even after its id is reused.
   */
  waitFor(id: string): () => DecisionRequest | undefined {
    this.sweep(this.o.clock());
    const r = this.known(id) ?? fail('NOT_FOUND', 'unknown id');
    return () => (this.isLive(r) ? undefined : this.view(r));
  }
}
