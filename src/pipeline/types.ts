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
import type { DecisionQueueOptions, DecisionRequest, Priority } from '../hitl/types.js';

/**
 * What happened to an action, the pipeline's last word:
 *
 * - `executed`: it ran and `execute` returned (or its promise resolved);
 * - `failed`: it ran and `execute` threw (or its promise rejected): the error is in
 *   `outcome.error`, logged as a failed experience and in the audit log, never rethrown;
 * - `blocked`: refused without asking anyone (the firewall blocked it, or it was both unsafe and
 *   unethical, or a route says `block`);
 * - `rejected`: a human rejected it;
 * - `expired`: nobody decided before the deadline: denied by default.
 */
export type PipelineDecision = 'executed' | 'failed' | 'blocked' | 'rejected' | 'expired';

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
 * How the history kept by the Evolution Core feeds back into decisions. Before each decision the
 * pipeline asks `evolution.assess` about the action; then, for its action type:
 *
 * - **unsafe** (an action the firewall allows is routed as unsafe) when the failure risk (the
 *   type's failure rate, or that of a matched failure feature; blocked, rejected and expired
 *   attempts count as failures) is at least `failureRiskAbove`, or when a learned `SafetyIssue`
 *   counts;
 * - **unethical** (an action the Love Engine passes is routed as unethical) when a learned
 *   `EthicalViolation` counts;
 * - a learned pattern counts once it has at least `minViolations` reports and violations make up at
 *   least `violationRateAbove` of the type's experiences;
 * - a counting `EthicalViolation` also adjusts the Love Engine (`LoveEngine.adjust`) on the
 *   dimensions its reports name, by `−maxAdjustment × violation rate` in steps of 0.05, and the
 *   adjustment follows the evidence back down as benign experiences accumulate.
 *
 * Every such effect is one line of the result's `reasons`.
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
