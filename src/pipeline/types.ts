/**
 * The plain data types of the safe-action pipeline: its options, what `process` takes and what it
 * returns.
 *
 * @module
 */
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditLogOptions } from '../audit/types.js';
import type { LoveEngine, LoveEngineOptions } from '../ethics/love-engine.js';
import type { EthicalScore } from '../ethics/types.js';
import type { EvolutionCore } from '../evolution/evolution-core.js';
import type { Assessment, EvolutionCoreOptions, Experience } from '../evolution/types.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { FirewallOptions, FirewallRequest, SafetyAssessment, Verdict } from '../firewall/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionQueueOptions, DecisionRequest, Priority, Scheduler } from '../hitl/types.js';

/**
 * What happened to an action, the pipeline's last word:
 *
 * - `executed`: it ran and `execute` returned (or its promise resolved);
 * - `failed`: it ran and `execute` threw (or its promise rejected): the error is in
 *   `outcome.error`, logged as a failed experience and in the audit log, never rethrown;
 * - `blocked`: refused without asking anyone (the firewall blocked it, or it was both unsafe and
 *   unethical, or a route says `block`);
 * - `rejected`: a human rejected it;
 * - `expired`: nobody decided before the deadline: denied by default;
 * - `cancelled`: the caller withdrew it before it ran (an aborted `signal`, `Aegis.close`, or
 *   `complete(ticket, { status: 'skipped' })`).
 */
export type PipelineDecision = 'executed' | 'failed' | 'blocked' | 'rejected' | 'expired' | 'cancelled';

/**
 * Where a class of action goes: `'block'`, or to a human at `priority` with `timeoutMs` to decide
 * (positive, at most 10¹² ms).
 */
export type EscalationRoute = 'block' | { readonly priority: Priority; readonly timeoutMs: number };

/**
 * The escalation policy. The firewall judges both the request (`validateRequest`) and the action
 * (`checkSafety` over its type and parameters); its word is the more severe of the two. "Safe" means
 * that word is `allow` and nothing learned says otherwise; "unsafe" means it is `escalate`, or `allow`
 * while the Evolution Core's history of the action type says unsafe (see {@link LearningOptions}).
 * "Ethical" means the Love Engine passed the action and nothing learned says otherwise. A firewall
 * `block` (a critical rule, a score below `blockBelow`, a rate limit) always blocks, and a safe and
 * ethical action always runs.
 */
export interface EscalationPolicy {
  /** Unsafe but ethical. Default `{ priority: 'high', timeoutMs: 300_000 }`. */
  unsafe?: EscalationRoute;
  /** Safe but unethical (the Love Engine failed it). Default `{ priority: 'critical', timeoutMs: 600_000 }`. */
  unethical?: EscalationRoute;
  /** Unsafe and unethical. Default `'block'`. */
  both?: EscalationRoute;
}

/**
 * Counting the request content a source sent against that source (off by default). Each request
 * the firewall blocks for its content is one piece of evidence against its `metadata.source`;
 * evidence decays with `halfLifeMs`. Once a source's decayed evidence reaches `minEvidence` and
 * makes up at least `rateAbove` of its decayed requests, its later calls are treated as unsafe (a
 * human decides). Other sources are never affected; `Aegis.forgive(source)` clears a source.
 */
export interface SourceLearningOptions {
  /** Decayed blocked requests before a source counts as risky. Default 5. */
  minEvidence?: number;
  /** Share of the source's decayed requests that must have been blocked. Default 0.5. */
  rateAbove?: number;
  /** Half-life of the evidence, in ms. Default 3,600,000 (one hour). */
  halfLifeMs?: number;
  /** Most sources remembered (least recently seen forgotten first). Default 10,000. */
  maxSources?: number;
}

/**
 * How the history kept by the Evolution Core feeds back into decisions. Before each decision the
 * pipeline asks `evolution.assess` about the action; then, for its action type:
 *
 * - **unsafe** (an action the firewall allows is routed as unsafe) when the failure risk (the
 *   type's failure rate, or that of a matched failure feature) is at least `failureRiskAbove`, or
 *   when a learned `SafetyIssue` counts;
 * - **unethical** (an action the Love Engine passes is routed as unethical) when a learned
 *   `EthicalViolation` counts;
 * - a learned pattern counts once it has at least `minViolations` reports and violations make up at
 *   least `violationRateAbove` of the type's experiences;
 * - a counting `EthicalViolation` also adjusts the Love Engine (`LoveEngine.adjust`) on the
 *   dimensions its reports name, by `−maxAdjustment × violation rate` in steps of 0.05, and the
 *   adjustment follows the evidence back down as benign experiences accumulate.
 *
 * What is learned is evidence about the action itself: its executed outcome, and, for an action
 * that did not run, what the action itself matched (its own `checkSafety` rules, the Love Engine's
 * verdict on it). What the request's content matched is never held against the action type (see
 * `perSource` to hold it against its source), and a human's rejection or an expiry adds nothing that
 * the action itself did not show. Every such effect is one line of the result's `reasons`.
 */
export interface LearningOptions {
  /** Default 0.7: the `FailureMode` band of the Evolution Core (success rate below 0.3). */
  failureRiskAbove?: number;
  /** Learned reports needed before a pattern counts. Default 3. */
  minViolations?: number;
  /** Share of the type's experiences that must be violations for a pattern to count. Default 0.5. */
  violationRateAbove?: number;
  /** Largest adjustment of a dimension, in [0, 0.5]. Default 0.5. */
  maxAdjustment?: number;
  /** Hold blocked request content against its source. Default: off. */
  perSource?: SourceLearningOptions | false;
}

/** Options of {@link createAegis}. Each component may be given built or as its options. */
export interface AegisOptions {
  firewall?: IntentFirewall | FirewallOptions;
  ethics?: LoveEngine | LoveEngineOptions;
  evolution?: EvolutionCore | EvolutionCoreOptions;
  audit?: AuditLog | AuditLogOptions;
  hitl?: DecisionQueue | DecisionQueueOptions;
  /**
   * Milliseconds, shared by every component built from options (giving a component its own clock
   * as well is refused) and used for experience timestamps. Default `Date.now`.
   */
  clock?: () => number;
  /**
   * The audit actor and HITL requester of requests without `metadata.source`. Default `'agent'`.
   */
  actor?: string;
  escalation?: EscalationPolicy;
  /** `false` turns the learning loop's effect on decisions off (experiences are still logged). */
  learning?: LearningOptions | false;
  /**
   * Most calls in flight (running `process` calls and open tickets of `check`); one more is refused
   * with `LIMIT_EXCEEDED` before anything changes. Default 4,096.
   */
  maxInFlight?: number;
  /**
   * An `execute` that has not settled after this many ms fails (`outcome.error` is an `AegisError`
   * `EXPIRED`) and frees its request id; what it returns later is ignored. Default: no limit.
   */
  executeTimeoutMs?: number;
  /** Timers of `executeTimeoutMs`. Default `globalThis.setTimeout` / `clearTimeout`. */
  scheduler?: Scheduler;
}

/**
 * The part of an `AbortSignal` the pipeline uses (any runtime's `AbortSignal` fits).
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Options of one `process` call. */
export interface ProcessOptions {
  /**
   * Aborting it withdraws the call: a pending human decision is cancelled, an `execute` in flight
   * is no longer awaited (it is told through `context.signal`); the call ends `cancelled`.
   */
  signal?: AbortSignalLike;
  /** Overrides the pipeline's `executeTimeoutMs` for this call. */
  executeTimeoutMs?: number;
}

/**
 * A ticket: what `check` decided, as plain JSON, so that it survives `JSON.stringify` and
 * `JSON.parse` (a run can be saved and resumed). It names the call; the pipeline keeps the rest.
 */
export interface Ticket {
  readonly kind: 'aegis.ticket';
  /** The request id. */
  readonly request: string;
  readonly action: string;
  readonly actionType: string;
  /** Unique per pipeline: a ticket of an earlier call with the same request id is stale. */
  readonly serial: number;
  /** The origin of the audit log the call writes to. */
  readonly log: string;
  /** The decision request filed for an `ask`. */
  readonly hitl?: string;
}

/** The answer of `check`, or of `decision` once a human decided. */
export type CheckDecision = 'allow' | 'ask' | 'deny';

/** What `check` found. */
export interface CheckResult {
  /**
   * `allow`: run it, then `complete`; `ask`: a human decides (await `decision(ticket)`); `deny`: do
   * not run it (everything is recorded already).
   */
  readonly decision: CheckDecision;
  /** For a `deny`, what the call's final word is (`blocked`, `rejected`, `expired`, `cancelled`). */
  readonly final?: PipelineDecision;
  readonly ticket: Ticket;
  readonly firewall: Verdict;
  readonly actionSafety: SafetyAssessment;
  readonly ethics: EthicalScore;
  readonly assessment: Assessment;
  /** What history (the action type's, or the source's) says against the action, if anything. */
  readonly learnedRisk: { readonly unsafe?: string; readonly unethical?: string; readonly source?: string };
  /** The decision request, when a human was asked. */
  readonly hitl?: DecisionRequest;
  readonly reasons: readonly string[];
}

/** What happened when the caller ran (or did not run) an allowed action. */
export type CompletionOutcome =
  | { readonly status: 'executed'; readonly result?: unknown }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'skipped' };

/** What `complete` recorded. */
export interface CompletionResult {
  readonly decision: PipelineDecision;
  readonly experience?: Experience;
  /** The log and every entry of the call, from `check` to `complete`. */
  readonly audit: { readonly log: AuditLog; readonly seqs: readonly number[] };
  readonly reasons: readonly string[];
}

/** The request the firewall judges: what the agent says it wants to do. */
export type PipelineRequest = FirewallRequest;

/**
 * The action the Love Engine judges and the Evolution Core remembers. `id` defaults to the
 * request's id. The top-level primitive parameters (keys of at most 64 characters, strings of at
 * most 128, at most 16 of them) are what the Evolution Core counts as the action's features.
 */
export interface PipelineAction {
  readonly id?: string;
  readonly actionType: string;
  readonly parameters?: unknown;
  readonly expectedOutcome?: string;
}

/** What `execute` is told. */
export interface ExecutionContext {
  readonly requestId: string;
  readonly actionId: string;
  /** The approved decision request, when a human approved the action. */
  readonly approval?: DecisionRequest;
  /** The caller's signal (`process(…, { signal })`), when one was given. */
  readonly signal?: AbortSignalLike;
}

/** The user's function that performs the action: sync or async. */
export type Executor<T> = (context: ExecutionContext) => T | PromiseLike<T>;

/** What `execute` did: its value, or what it threw (kept as thrown). */
export type ExecutionOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

/** What happened at every stage of one `process` call. */
export interface ProcessResult<T> {
  readonly decision: PipelineDecision;
  /** The firewall's verdict on the request. */
  readonly firewall: Verdict;
  /** The firewall's verdict on the action itself (its type and parameters, `checkSafety`). */
  readonly actionSafety: SafetyAssessment;
  readonly ethics: EthicalScore;
  /** What the Evolution Core's history said of the action before the decision. */
  readonly assessment: Assessment;
  /** The final state of the human decision, when one was asked for. */
  readonly hitl?: DecisionRequest;
  /** Present when the action ran. */
  readonly outcome?: ExecutionOutcome<T>;
  /**
   * The experience logged for this call. Absent when the firewall rate-limited the call (refused
   * for its source's pace, not judged on the action, so nothing is learned from it), or if the
   * Evolution Core refused it (its action types filled up by calls made outside the pipeline
   * meanwhile); `reasons` says which.
   */
  readonly experience?: Experience;
  /**
   * The log this call wrote to (the pipeline's log when the call started, see `Aegis.rotateAudit`)
   * and the sequence numbers of its entries there, in order.
   */
  readonly audit: { readonly log: AuditLog; readonly seqs: readonly number[] };
  /** Why, stage by stage, in plain sentences. */
  readonly reasons: readonly string[];
}
