/**
 * The safe-action pipeline: Request → Intent Firewall → Love Engine → (human decision) → execute →
 * Evolution Core, every stage written to the Audit Log.
 *
 * @module
 */

import { bytesToHex } from '@noble/hashes/utils.js';
import { readClock } from '../_validate.js';
import { AuditLog } from '../audit/audit-log.js';
import { AegisError, describe } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { EvolutionCore } from '../evolution/evolution-core.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { FirewallDecision, Verdict } from '../firewall/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest } from '../hitl/types.js';
import { askHuman, type Question, recordDecision, teachEthics } from './_human.js';
import { checkInput } from './_input.js';
import { EthicsAdjustments, learnedRisk, learnFrom, NO_RISK } from './_learning.js';
import { type Escalation, type Learning, parseAegisOptions, rename, type Settings } from './_options.js';
import {
  concernDimensions,
  describeError,
  ENTRY,
  ethicsEntry,
  ethicsReason,
  hitlReason,
  isRateLimited,
  outcomeEntry,
  routeReason,
  ruleIds,
  safetyEntry,
  safetyReason,
} from './_records.js';
import type {
  AegisOptions,
  ExecutionContext,
  ExecutionOutcome,
  Executor,
  PipelineAction,
  PipelineRequest,
  ProcessResult,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SEVERITY: Record<FirewallDecision, number> = { allow: 0, escalate: 1, block: 2 };

function severer(a: FirewallDecision, b: FirewallDecision): FirewallDecision {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * The five components composed into one safe-action workflow. Build one with {@link createAegis}.
 *
 * `process(request, action, execute)`:
 * 1. checks every input (nothing changes anywhere if one is refused);
 * 2. the firewall judges the request (`allow` / `escalate` / `block`; a rate limit blocks);
 * 3. the Evolution Core's history of the action type is assessed: a high failure risk or learned
 *    safety violations make an allowed action unsafe; learned ethical violations make it unethical
 *    and adjust the Love Engine's scores for its type;
 * 4. the Love Engine judges the action;
 * 5. the escalation policy routes it: safe and ethical → execute; unsafe but ethical → a human at
 *    `high` priority (5 minutes); safe but unethical → a human at `critical` (10 minutes); both →
 *    block; a firewall `block` → block. An approval executes; a rejection or an expiry does not;
 * 6. `execute` runs (sync or async; whatever it throws is captured, never rethrown);
 * 7. the outcome is logged as an experience, with the ethics and safety scores as feedback (a
 *    rate-limited call is not: it says nothing about the action);
 * and every stage is an audit entry (`safety.check`, `ethics.check`, `hitl.request`,
 * `hitl.decision`, then `action.executed` / `failed` / `blocked` / `rejected` / `expired`).
 *
 * Many calls may be in flight at once: each stage runs to completion between awaits, so the audit
 * chain stays intact and every entry belongs to exactly one call's `audit.seqs`.
 *
 * A human decision expires only when something calls the queue (`aegis.hitl`), as the core starts
 * no timer: call `aegis.hitl.expire()` from your own loop, or `driveExpiry(aegis.hitl)` from
 * `aegis-safety/node`.
 *
 * @example
 * ```ts
 * const aegis = createAegis();
 * const result = await aegis.process(
 *   { id: 'r1', content: 'Read the configuration file config.yaml' },
 *   { actionType: 'read_file', parameters: { path: 'config.yaml' } },
 *   () => readFile('config.yaml', 'utf8'),
 * );
 * result.decision;    // 'executed'
 * result.audit.seqs;  // [0, 1, 2]
 * aegis.audit.verifyChain().ok; // true
 * ```
 */
export class Aegis {
  readonly firewall: IntentFirewall;
  readonly ethics: LoveEngine;
  readonly evolution: EvolutionCore;
  readonly hitl: DecisionQueue;
  /** The routes in force, defaults applied. */
  readonly escalation: Escalation;
  private readonly clock: () => number;
  private log: AuditLog;
  private readonly actor: { readonly actor: string };
  private readonly learning: Learning | null;
  private readonly adjustments = new EthicsAdjustments();
  /** Request ids of the calls in flight. */
  private readonly running = new Set<string>();
  /** Action types unknown to the Evolution Core, reserved by calls in flight (and how many). */
  private readonly newTypes = new Map<string, number>();

  /** @internal Use {@link createAegis}. */
  constructor(settings: Settings) {
    this.firewall = settings.firewall;
    this.ethics = settings.ethics;
    this.evolution = settings.evolution;
    this.log = settings.audit;
    this.hitl = settings.hitl;
    this.escalation = settings.escalation;
    this.clock = settings.clock;
    this.actor = Object.freeze({ actor: settings.actor });
    this.learning = settings.learning;
  }

  /** The audit log that calls started now write to (see {@link Aegis.rotateAudit}). */
  get audit(): AuditLog {
    return this.log;
  }

  /** Number of `process` calls in flight (waiting for a human or for `execute`). */
  get inFlight(): number {
    return this.running.size;
  }

  /**
   * Starts a new audit segment, so that a pipeline that runs for days keeps bounded memory: the
   * in-memory log holds every entry it is given (about 190 bytes each plus its data), so a long run
   * hands full segments to storage (an `onAppend` sink writes each line as it comes) and drops them.
   *
   * `next` (new and empty) first receives an `audit.rotated` entry naming the current log's origin,
   * size, head hash and Merkle root, which chains the segments: whoever holds both can check, with
   * a consistency proof, that the previous segment extends what the link recorded. Calls started
   * from now on write to `next`; calls in flight finish in the log they started in (their entries
   * come after the link point, and `result.audit.log` names their log). Returns the previous log.
   * Rotation does not verify the previous log (verification costs about as much as logging did):
   * call its `verifyChain()`, or `checkpoint()` to sign it, when convenient.
   *
   * O(log n).
   * @throws AegisError `INVALID_ARGUMENT` when `next` is not an `AuditLog`; `CONFLICT` when it is
   *   not empty or is the current log; whatever `next`'s `onAppend` sink throws (nothing changes)
   * @example
   * ```ts
   * if (aegis.audit.size >= 1_000_000) archive(aegis.rotateAudit(new AuditLog({ onAppend: nextFileSink })));
   * ```
   */
  rotateAudit(next: AuditLog): AuditLog {
    const origin = 'Aegis.rotateAudit';
    if (!(next instanceof AuditLog)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `next must be an AuditLog, got ${describe(next)}`);
    }
    const previous = this.log;
    if (next === previous || next.size > 0) {
      throw new AegisError('CONFLICT', origin, 'next must be a new, empty audit log');
    }
    const size = previous.size;
    next.append(
      ENTRY.rotated,
      { previous: { origin: previous.origin, size, head: previous.head, root: bytesToHex(previous.root(size)) } },
      this.actor,
    );
    this.log = next;
    return previous;
  }

  /**
   * Runs one action through the pipeline and says what happened at every stage. Rejects only when
   * the input is refused (then nothing changed anywhere) or when the audit log itself refuses to
   * append (its `onAppend` sink threw; if that happens before `execute`, the action does not run).
   *
   * Time: the components' costs (O(content) for the firewall, O(action text) for the Love Engine,
   * O(parameters) for the Evolution Core, O(entry) per audit entry), plus the human and `execute`.
   *
   * @param request - what the agent says it wants to do (`{ id, content, metadata? }`), judged by the firewall
   * @param action - what it will do (`{ id?, actionType, parameters?, expectedOutcome? }`), judged by the Love Engine
   * @param execute - performs the action; called at most once, only if the action is allowed or approved
   * @throws AegisError (as a rejection) `INVALID_ARGUMENT` / `LIMIT_EXCEEDED` for a malformed request,
   *   action or executor (the code the component would give); `CONFLICT` when a call with the same
   *   request id is in flight; `LIMIT_EXCEEDED` when the action's type would be one more than the
   *   Evolution Core tracks
   * @example
   * ```ts
   * const r = await aegis.process({ id: 'r2', content: 'rm -rf /' }, { actionType: 'run_shell' }, run);
   * r.decision; // 'blocked'
   * ```
   */
  async process<T>(request: PipelineRequest, action: PipelineAction, execute: Executor<T>): Promise<ProcessResult<T>> {
    const origin = 'Aegis.process';
    const input = checkInput(origin, this.ethics, this.firewall, request, action, execute);
    const id = input.requestId;
    if (this.running.has(id)) {
      throw new AegisError('CONFLICT', origin, `a call with request id ${JSON.stringify(id)} is in flight`, { id });
    }
    const type = input.action.actionType;
    const parameters = input.features;
    const assessment = this.evolution.assess(
      parameters === undefined ? { actionType: type } : { actionType: type, parameters },
    );
    const fresh = assessment.sampleSize === 0;
    if (fresh && !this.newTypes.has(type)) {
      const max = this.evolution.maxActionTypes;
      if (this.evolution.actionTypeCount + this.newTypes.size >= max) {
        throw new AegisError(
          'LIMIT_EXCEEDED',
          origin,
          `action type ${JSON.stringify(type)} would be one more than the ${max} the Evolution Core tracks`,
        );
      }
    }
    readClock(origin, this.clock);

    // Everything is checked: from here on, each stage changes its component.
    const audit = this.log; // the log this call started in, whatever rotations happen meanwhile
    this.running.add(id);
    if (fresh) this.newTypes.set(type, (this.newTypes.get(type) ?? 0) + 1);
    try {
      let verdict: Verdict;
      try {
        verdict = this.firewall.validateRequest(input.request);
      } catch (error) {
        // Malformed requests are refused before the firewall takes a rate-limit token.
        throw rename(origin, 'request refused', error);
      }
      const who = input.source === undefined ? this.actor : { actor: input.source };
      const seqs: number[] = [];
      const reasons: string[] = [];
      const actionSafety = input.actionSafety;
      const rules = ruleIds(verdict, actionSafety);
      const rateLimited = isRateLimited(verdict);
      // The firewall's word is the more severe of its verdicts on the request and on the action.
      const firewall = severer(verdict.decision, actionSafety.decision);
      const safetyScore = Math.min(verdict.safetyScore, actionSafety.safetyScore);
      reasons.push(safetyReason(verdict, actionSafety, rules, rateLimited));

      const learning = this.learning;
      const risk = learning === null ? NO_RISK : learnedRisk(assessment, learning);
      const safe = firewall === 'allow' && risk.unsafe === undefined;
      if (risk.unsafe !== undefined) {
        reasons.push(`learned risk: ${risk.unsafe}${firewall === 'allow' ? ' → treated as unsafe' : ''}`);
      }
      seqs.push(
        audit.append(
          ENTRY.safety,
          safetyEntry({
            request: id,
            action: input.action.id,
            actionType: type,
            verdict,
            actionSafety,
            rules,
            rateLimited,
            risk: risk.unsafe,
            safe,
          }),
          who,
        ),
      );

      const change = learning === null ? undefined : this.adjustments.update(this.ethics, assessment, learning);
      if (change !== undefined) reasons.push(change.reason);
      const ethics = this.ethics.checkEthics(input.action);
      const concerns = concernDimensions(ethics);
      const ethical = ethics.passes && risk.unethical === undefined;
      reasons.push(ethicsReason(ethics, this.ethics.threshold, concerns));
      if (risk.unethical !== undefined) {
        reasons.push(`learned risk: ${risk.unethical}${ethics.passes ? ' → treated as unethical' : ''}`);
      }
      const ethicsData = ethicsEntry(id, ethics, concerns, change?.deltas, risk.unethical);
      seqs.push(audit.append(ENTRY.ethics, ethicsData, who));

      const result: Mutable<ProcessResult<T>> = {
        decision: 'blocked',
        firewall: verdict,
        actionSafety,
        ethics,
        assessment,
        audit: { log: audit, seqs },
        reasons,
      };
      let run = false;
      let approval: DecisionRequest | undefined;
      if (firewall === 'block') {
        reasons.push(routeReason('blocked by the firewall', 'firewall'));
      } else if (safe && ethical) {
        reasons.push(routeReason('safe and ethical', 'execute'));
        run = true;
      } else {
        const kind = !safe && !ethical ? 'both' : safe ? 'unethical' : 'unsafe';
        const route = this.escalation[kind];
        reasons.push(
          routeReason(
            kind === 'both' ? 'unsafe and unethical' : kind === 'unsafe' ? 'unsafe but ethical' : 'safe but unethical',
            route,
          ),
        );
        if (route.kind === 'hitl') {
          const question: Question = {
            actionType: type,
            content: input.request.content,
            features: parameters,
            kind,
            checks: { safety: safetyScore, ethics: ethics.score, rules, concerns },
          };
          const asked = askHuman(this.hitl, audit, id, question, route, who, seqs);
          const final = asked.waiting === undefined ? asked.filed : await asked.waiting;
          recordDecision(audit, id, final, who, seqs);
          result.hitl = final;
          reasons.push(hitlReason(final));
          teachEthics(this.ethics, input.action.id, final, reasons);
          if (final.status === 'approved') {
            run = true;
            approval = final;
          } else result.decision = final.status === 'rejected' ? 'rejected' : 'expired';
        }
      }

      let outcome: ExecutionOutcome<T> | undefined;
      if (run) {
        const context: ExecutionContext =
          approval === undefined
            ? { requestId: id, actionId: input.action.id }
            : { requestId: id, actionId: input.action.id, approval };
        try {
          const returned = execute(context);
          outcome = { ok: true, value: (isThenable(returned) ? await returned : returned) as T };
        } catch (error) {
          outcome = { ok: false, error };
        }
        result.outcome = outcome;
        result.decision = outcome.ok ? 'executed' : 'failed';
        reasons.push(outcome.ok ? 'outcome: executed' : `outcome: failed: ${describeError(outcome.error).message}`);
      }

      // A rate-limited call says nothing about the action: it was refused for its source's pace, so
      // it is audited but not learned from (one noisy source must not make a type look failing).
      if (rateLimited) reasons.push('learning: none (the call was rate-limited, not judged on the action)');
      const experience = rateLimited
        ? undefined
        : learnFrom(
            this.evolution,
            {
              actionType: type,
              features: parameters,
              success: outcome?.ok === true,
              timestamp: readClock(origin, this.clock),
              ethics: ethics.score,
              concerns,
              safety: safetyScore,
              rules,
            },
            reasons,
          );
      if (experience !== undefined) {
        result.experience = experience;
        // The type is now the Evolution Core's own: other calls in flight no longer reserve it.
        if (fresh) this.newTypes.delete(type);
      }
      const last = outcomeEntry(id, result.decision, experience, outcome, firewall === 'block');
      seqs.push(audit.append(ENTRY[result.decision], last, who));
      return result;
    } finally {
      this.running.delete(id);
      if (fresh) {
        const n = (this.newTypes.get(type) ?? 1) - 1;
        if (n === 0) this.newTypes.delete(type);
        else this.newTypes.set(type, n);
      }
    }
  }
}

/**
 * Builds the safe-action pipeline from five components, each given as an instance or as its
 * options (built with the shared `clock`).
 *
 * O(cost of building the components): compiling the firewall's rule pack and the Love Engine's
 * lexicon (a few milliseconds) when they are built here.
 *
 * @throws AegisError `INVALID_ARGUMENT` for an unknown option, a malformed route or learning
 *   setting, a component given as something other than its class or its options, a component clock
 *   beside `options.clock`; whatever a component's constructor throws for its options
 * @example
 * ```ts
 * import { createAegis } from 'aegis-safety';
 * import { nodeSha256 } from 'aegis-safety/node';
 *
 * const aegis = createAegis({
 *   audit: { hash: nodeSha256 },
 *   evolution: { maxExperiences: 100_000 },
 *   escalation: { unethical: 'block' },
 * });
 * ```
 */
export function createAegis(options?: AegisOptions): Aegis {
  return new Aegis(parseAegisOptions(options));
}
