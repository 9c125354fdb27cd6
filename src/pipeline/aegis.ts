/**
 * The safe-action pipeline: Request → Intent Firewall → Love Engine → (human decision) → execute →
 * Evolution Core, every stage written to the Audit Log. `check` decides now, `complete` records
 * what happened later; `process` is the two with `execute` between.
 *
 * @module
 */

import { bytesToHex } from '@noble/hashes/utils.js';
import { isPlainObject, readClock, requireId, requireInteger, requireNumber, requireString } from '../_validate.js';
import { AuditLog } from '../audit/audit-log.js';
import { AegisError, describe } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { EthicalScore } from '../ethics/types.js';
import type { EvolutionCore } from '../evolution/evolution-core.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { Verdict } from '../firewall/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest, Scheduler } from '../hitl/types.js';
import { checkInput } from './_input.js';
import { EthicsAdjustments, NO_RISK } from './_learning.js';
import { type Escalation, parseAegisOptions, type Settings } from './_options.js';
import { describeError, ENTRY } from './_records.js';
import { SourceRecords } from './_sources.js';
import {
  answerStage,
  auditStage,
  type Call,
  type Env,
  ethicsStage,
  firewallStage,
  humanStage,
  learnedRiskStage,
  learnStage,
  routeStage,
} from './_stages.js';
import type {
  AbortSignalLike,
  AegisOptions,
  CheckResult,
  CompletionOutcome,
  CompletionResult,
  ExecutionContext,
  ExecutionOutcome,
  Executor,
  PipelineAction,
  PipelineRequest,
  ProcessOptions,
  ProcessResult,
  Ticket,
} from './types.js';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Finished calls remembered, so that a repeated `complete` says CONFLICT rather than NOT_FOUND. */
const RECENT = 1024;
const TICKET_KIND = 'aegis.ticket';

/** A call in flight: its context, and (for an ask) the settled human step. */
interface Open {
  readonly call: Call;
  /** Resolves once the human step is recorded (never rejects: a failure is kept in `failure`). */
  answered?: Promise<void>;
  failure?: unknown;
  /** Stops waiting for a running `execute` (close). */
  abort?: () => void;
}

/**
 * The five components composed into one safe-action workflow. Build one with {@link createAegis}.
 *
 * Each call runs as a sequence of stages over one context:
 * 1. checks: every input (nothing changes anywhere if one is refused), the in-flight bound;
 * 2. firewall: the request (`allow` / `escalate` / `block`; a rate limit blocks) and the action
 *    itself (`checkSafety` of its type and parameters); the more severe word counts;
 * 3. learned risk: the Evolution Core's history of the action type (a high failure risk or learned
 *    safety violations make an allowed action unsafe; learned ethical violations make it unethical
 *    and adjust the Love Engine for its type) and, with `learning.perSource`, the source's record;
 * 4. ethics: the Love Engine judges the action;
 * 5. route: safe and ethical → execute; unsafe but ethical → a human at `high` priority (5
 *    minutes); safe but unethical → a human at `critical` (10 minutes); both → block; a firewall
 *    `block` → block;
 * 6. human: a decision request is filed; an approval executes, a rejection or an expiry does not;
 * 7. execute (sync or async; whatever it throws is captured, never rethrown);
 * 8. learn: an experience of evidence about the action alone (see {@link LearningOptions});
 * 9. audit: every stage is an entry (`safety.check`, `ethics.check`, `hitl.request`,
 *    `hitl.decision`, then `action.executed` / `failed` / `blocked` / `rejected` / `expired` /
 *    `cancelled`).
 *
 * `check` runs stages 1–6 and returns a verdict with a ticket; `complete` runs 8–9 with the outcome
 * the caller reports; `process` runs everything. Calls settle on their own: human deadlines are
 * enforced by the queue's timer, `executeTimeoutMs` bounds `execute`, a `signal` withdraws a call,
 * and `close()` cancels what is in flight. At most `maxInFlight` calls are in flight.
 *
 * Many calls may be in flight at once: each stage runs to completion between awaits, so the audit
 * chain stays intact and every entry belongs to exactly one call's `audit.seqs`.
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
  /** Most calls in flight (the `maxInFlight` option). */
  readonly maxInFlight: number;
  private readonly clock: () => number;
  private log: AuditLog;
  private readonly actor: { readonly actor: string };
  private readonly env: Env;
  private readonly executeTimeoutMs: number | undefined;
  private readonly scheduler: Scheduler | null;
  /** Calls in flight by request id: running `process` calls and open tickets. */
  private readonly open = new Map<string, Open>();
  /** The last finished calls by request id (at most RECENT). */
  private readonly finished = new Map<string, Call>();
  private serial = 0;
  private isClosed = false;

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
    this.maxInFlight = settings.maxInFlight;
    this.executeTimeoutMs = settings.executeTimeoutMs;
    this.scheduler = settings.scheduler;
    const perSource = settings.learning?.perSource ?? null;
    this.env = {
      firewall: settings.firewall,
      ethics: settings.ethics,
      evolution: settings.evolution,
      hitl: settings.hitl,
      escalation: settings.escalation,
      learning: settings.learning,
      adjustments: new EthicsAdjustments(),
      sources: perSource === null ? null : new SourceRecords(perSource),
      clock: settings.clock,
    };
  }

  /** The audit log that calls started now write to (see {@link Aegis.rotateAudit}). */
  get audit(): AuditLog {
    return this.log;
  }

  /** Number of calls in flight: `process` calls not yet settled and `check` tickets not yet completed. */
  get inFlight(): number {
    return this.open.size;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.isClosed;
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
   * Decides now: runs the checks, the firewall, the learned risk, the Love Engine and the route, and
   * writes their audit entries. `allow`: run the action, then call {@link Aegis.complete}. `ask`: a
   * decision request is filed; await {@link Aegis.decision} (or poll `aegis.hitl.status(ticket.hitl)`),
   * then run and complete if it says `allow`. `deny`: do not run it; the call is finished and
   * recorded (its experience, if the action itself showed something, and its last entry).
   *
   * The ticket is plain JSON: it survives `JSON.parse(JSON.stringify(ticket))`, so a run can be
   * saved and resumed (in this process: the pipeline keeps the call's state). An `allow` or `ask`
   * ticket counts as in flight until completed.
   *
   * Time: the components' costs (O(content) for the firewall, O(action text) for the Love Engine,
   * O(parameters) for the Evolution Core, O(entry) per audit entry).
   *
   * @throws AegisError `INVALID_ARGUMENT` / `LIMIT_EXCEEDED` for a malformed request or action (the
   *   code the component would give; nothing changes); `CONFLICT` when a call with the same request
   *   id is in flight or the pipeline is closed; `LIMIT_EXCEEDED` when `maxInFlight` calls are in
   *   flight (nothing changes); `CONFLICT` when an audit sink fails (the call is withdrawn: its
   *   request, if filed, is cancelled)
   * @example
   * ```ts
   * const verdict = aegis.check({ id: 'r3', content: 'ls -la' }, { actionType: 'run_shell', parameters: { command: 'ls -la' } });
   * if (verdict.decision === 'allow') aegis.complete(verdict.ticket, { status: 'executed', result: run() });
   * ```
   */
  check(request: PipelineRequest, action: PipelineAction): CheckResult {
    return this.verdictOf(this.begin('Aegis.check', request, action, noop).call);
  }

  /**
   * The answer to a ticket: at once for an `allow` or a `deny`; for an `ask`, once a human decided
   * (or the request expired, or was cancelled): `allow` when approved, `deny` otherwise (the call is
   * then finished and recorded).
   *
   * O(1) plus the wait.
   * @throws AegisError (as a rejection) `INVALID_ARGUMENT` for a malformed ticket; `NOT_FOUND` for
   *   an unknown one (or one forgotten after 1,024 later calls finished); `CONFLICT` for a stale
   *   one (the request id is now another call's), or when recording the answer failed (audit sink)
   * @example
   * ```ts
   * const answer = await aegis.decision(JSON.parse(saved));
   * if (answer.decision === 'allow') run();
   * ```
   */
  async decision(ticket: Ticket): Promise<CheckResult> {
    const origin = 'Aegis.decision';
    const { call, open } = this.find(origin, ticket);
    if (open?.answered !== undefined) await open.answered;
    if (open?.failure !== undefined) throw open.failure;
    return this.verdictOf(call);
  }

  /**
   * Records what became of an allowed (or approved) action: `executed` (with its `result`), `failed`
   * (with its `error`) or `skipped` (not run: the call ends `cancelled`, nothing is learned). Writes
   * the experience and the last audit entry. `skipped` also withdraws a pending human decision.
   *
   * O(features + entry).
   * @throws AegisError `INVALID_ARGUMENT` for a malformed ticket or outcome; `NOT_FOUND` for an
   *   unknown ticket; `CONFLICT` for one already completed, denied, stale, or still waiting for a
   *   human (unless `skipped`), or when the audit sink fails
   * @example
   * ```ts
   * aegis.complete(ticket, { status: 'failed', error: new Error('disk full') }).decision; // 'failed'
   * ```
   */
  complete(ticket: Ticket, outcome: CompletionOutcome): CompletionResult {
    const origin = 'Aegis.complete';
    const { call, open } = this.find(origin, ticket);
    const parsed = parseOutcome(origin, outcome);
    if (open === undefined || call.state === 'final') {
      throw new AegisError('CONFLICT', origin, `the call ${JSON.stringify(call.id)} is finished (${call.decision})`, {
        id: call.id,
        decision: call.decision,
      });
    }
    if (call.state === 'ask') {
      if (parsed !== 'skipped') {
        throw new AegisError('CONFLICT', origin, `the call ${JSON.stringify(call.id)} still waits for a human`, {
          id: call.id,
        });
      }
      this.withdraw(call);
    } else if (parsed === 'skipped') {
      call.decision = 'cancelled';
      call.reasons.push('outcome: skipped by the caller');
      this.finish(call);
    } else {
      this.settleRun(call, parsed);
    }
    return { decision: call.decision as NonNullable<Call['decision']>, ...this.tail(call) };
  }

  /**
   * Runs one action through the pipeline and says what happened at every stage: {@link Aegis.check},
   * the human's answer, `execute`, then {@link Aegis.complete}. Rejects only when the input is
   * refused (then nothing changed anywhere) or an audit sink fails (if that happens before
   * `execute`, the action does not run).
   *
   * @param request - what the agent says it wants to do (`{ id, content, metadata? }`), judged by the firewall
   * @param action - what it will do (`{ id?, actionType, parameters?, expectedOutcome? }`), judged by the Love Engine
   * @param execute - performs the action; called at most once, only if the action is allowed or approved
   * @param options - `signal` withdraws the call; `executeTimeoutMs` bounds `execute`
   * @throws AegisError (as a rejection) as {@link Aegis.check}; `INVALID_ARGUMENT` for a
   *   non-function executor or malformed options; `CONFLICT` for a signal already aborted
   * @example
   * ```ts
   * const r = await aegis.process({ id: 'r2', content: 'rm -rf /' }, { actionType: 'run_shell' }, run);
   * r.decision; // 'blocked'
   * ```
   */
  async process<T>(
    request: PipelineRequest,
    action: PipelineAction,
    execute: Executor<T>,
    options?: ProcessOptions,
  ): Promise<ProcessResult<T>> {
    const origin = 'Aegis.process';
    const { signal, timeoutMs } = this.parseProcessOptions(origin, options);
    const open = this.begin(origin, request, action, execute);
    const call = open.call;
    if (call.state === 'ask') {
      await this.awaitAnswer(open, signal);
      if (open.failure !== undefined) throw open.failure;
    }
    if (call.state === 'allow') {
      const outcome = await this.run(open, execute as Executor<unknown>, signal, timeoutMs);
      if (outcome === 'cancelled') {
        call.decision = 'cancelled';
        call.reasons.push('outcome: cancelled while running (no longer awaited; execute was told through its signal)');
        this.finish(call);
      } else this.settleRun(call, outcome);
    }
    const result: {
      -readonly [K in keyof ProcessResult<T>]: ProcessResult<T>[K];
    } = {
      decision: call.decision as NonNullable<Call['decision']>,
      firewall: call.verdict as Verdict,
      actionSafety: call.actionSafety,
      ethics: call.ethics as EthicalScore,
      assessment: call.assessment,
      audit: { log: call.audit, seqs: call.seqs },
      reasons: call.reasons,
    };
    if (call.final !== undefined) result.hitl = call.final;
    if (call.outcome !== undefined) result.outcome = call.outcome as ExecutionOutcome<T>;
    if (call.experience !== undefined) result.experience = call.experience;
    return result;
  }

  /**
   * Forgets what the pipeline learned of a source (`learning.perSource`): its later calls are judged
   * afresh. Returns whether anything was known of it. O(1).
   * @throws AegisError `INVALID_ARGUMENT` when `source` is not a string
   * @example
   * ```ts
   * aegis.forgive('mailbox-agent');
   * ```
   */
  forgive(source: string): boolean {
    requireString('Aegis.forgive', 'source', source);
    return this.env.sources?.forgive(source) ?? false;
  }

  /**
   * Closes the pipeline: new calls are refused (`CONFLICT`), every pending human decision is
   * cancelled (`hitl.close()`: its call ends `cancelled`), every `execute` in flight is no longer
   * awaited (its call ends `cancelled`), every open ticket is finished as `cancelled`, and every
   * timer is cleared. Returns how many calls it cancelled. O(calls in flight).
   * @example
   * ```ts
   * process.on('SIGTERM', () => aegis.close());
   * ```
   */
  close(): number {
    if (this.isClosed) return 0;
    this.isClosed = true;
    let n = 0;
    for (const open of [...this.open.values()]) {
      const call = open.call;
      if (call.state === 'final') continue;
      n++;
      if (open.abort !== undefined) open.abort();
      else if (call.state === 'ask') this.withdraw(call);
      else {
        call.decision = 'cancelled';
        call.reasons.push('outcome: cancelled (the pipeline was closed)');
        try {
          this.finish(call);
        } catch {
          // The sink failed: the call is withdrawn all the same.
        }
      }
    }
    this.hitl.close();
    return n;
  }

  /** Checks, then the stages up to the human step. The call is in flight when this returns. */
  private begin(origin: string, request: unknown, action: unknown, execute: unknown): Open {
    const input = checkInput(origin, this.ethics, this.firewall, request, action, execute);
    const id = input.requestId;
    if (this.isClosed) throw new AegisError('CONFLICT', origin, 'the pipeline is closed');
    if (this.open.has(id)) {
      throw new AegisError('CONFLICT', origin, `a call with request id ${JSON.stringify(id)} is in flight`, { id });
    }
    if (this.open.size >= this.maxInFlight) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `already has its maximum of ${this.maxInFlight} calls in flight`, {
        maxInFlight: this.maxInFlight,
      });
    }
    const type = input.action.actionType;
    const features = input.features;
    const assessment = this.evolution.assess(
      features === undefined ? { actionType: type } : { actionType: type, parameters: features },
    );
    readClock(origin, this.clock);

    // Everything is checked: from here on, each stage changes its component.
    const call: Call = {
      origin,
      input,
      id,
      type,
      serial: ++this.serial,
      audit: this.log,
      who: input.source === undefined ? this.actor : { actor: input.source },
      seqs: [],
      reasons: [],
      assessment,
      state: 'allow',
      actionSafety: input.actionSafety,
      rules: [],
      actionRules: [],
      rateLimited: false,
      firewall: 'allow',
      safetyScore: 1,
      risk: NO_RISK,
      sourceRisk: undefined,
      safe: true,
      concerns: [],
      ethical: true,
      adjusted: false,
      kind: undefined,
      route: 'block',
      blockedBy: 'policy',
    };
    const open: Open = { call };
    this.open.set(id, open);
    try {
      const env = this.env;
      firewallStage(env, call);
      learnedRiskStage(env, call);
      ethicsStage(env, call);
      routeStage(env, call);
      humanStage(env, call);
      if (call.route === 'block') {
        call.decision = 'blocked';
        this.finish(call);
      } else if (call.route !== 'execute') {
        const filed = call.filed as DecisionRequest;
        if (call.waiting === undefined) this.answer(call, filed);
        else {
          call.state = 'ask';
          open.answered = call.waiting.then(
            (final) => {
              try {
                this.answer(call, final);
              } catch (error) {
                open.failure = error;
              }
            },
            (error: unknown) => {
              open.failure = error;
            },
          );
        }
      }
    } catch (error) {
      // An audit sink failed (or a component refused): withdraw the call, leave nothing waiting.
      this.drop(call);
      if (call.filed !== undefined && call.final === undefined) {
        try {
          this.hitl.cancel(call.filed.id);
        } catch {
          // Decided meanwhile: its waiter has no call to run any more.
        }
      }
      throw error;
    }
    return open;
  }

  /** The human step ended: record it; a denial finishes the call. Idempotent. */
  private answer(call: Call, final: DecisionRequest): void {
    if (call.final !== undefined || call.state === 'final') return;
    try {
      answerStage(this.env, call, final);
    } catch (error) {
      this.drop(call);
      throw error;
    }
    if (call.decision !== undefined) this.finish(call);
  }

  /** Withdraws a pending human decision and finishes the call as cancelled. */
  private withdraw(call: Call): void {
    const id = (call.filed as DecisionRequest).id;
    let final: DecisionRequest;
    try {
      final = this.hitl.cancel(id);
    } catch {
      // Decided just now (its waiter has not run yet): that decision stands.
      final = this.hitl.status(id);
    }
    this.answer(call, final);
    if (call.state === 'allow') {
      // Approved just before the withdrawal: the caller did not run it.
      call.decision = 'cancelled';
      call.reasons.push('outcome: skipped by the caller');
      this.finish(call);
    }
  }

  /** Waits for the human, or for the signal (which withdraws the call). */
  private async awaitAnswer(open: Open, signal: AbortSignalLike | undefined): Promise<void> {
    const answered = open.answered as Promise<void>;
    if (signal === undefined) return answered;
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<void>((resolve) => {
      onAbort = resolve;
      signal.addEventListener('abort', resolve);
    });
    try {
      await Promise.race([answered, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort as () => void);
    }
    if (open.call.state === 'ask') {
      open.call.reasons.push('hitl: withdrawn (the signal was aborted)');
      this.withdraw(open.call);
    }
  }

  /** Runs `execute`, bounded by the timeout, the signal and `close`. */
  private async run(
    open: Open,
    execute: Executor<unknown>,
    signal: AbortSignalLike | undefined,
    timeoutMs: number | undefined,
  ): Promise<ExecutionOutcome<unknown> | 'cancelled'> {
    const call = open.call;
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
    const scheduler = this.scheduler;
    let timer: unknown;
    let settle: ((x: ExecutionOutcome<unknown> | 'cancelled') => void) | undefined;
    const stop = new Promise<ExecutionOutcome<unknown> | 'cancelled'>((resolve) => {
      settle = resolve;
    });
    const abort = () => settle?.('cancelled');
    open.abort = abort;
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
      delete open.abort;
    }
  }

  /** The action ran (or failed): learn from it and write the last entry. */
  private settleRun(call: Call, outcome: ExecutionOutcome<unknown>): void {
    call.outcome = outcome;
    call.decision = outcome.ok ? 'executed' : 'failed';
    call.reasons.push(outcome.ok ? 'outcome: executed' : `outcome: failed: ${describeError(outcome.error).message}`);
    this.finish(call);
  }

  /** Learn and audit: the call is finished and leaves the in-flight set. */
  private finish(call: Call): void {
    call.state = 'final';
    try {
      learnStage(this.env, call);
      auditStage(call);
    } finally {
      this.drop(call);
    }
  }

  /** Takes a call out of the in-flight set into the bounded list of finished calls. */
  private drop(call: Call): void {
    call.state = 'final';
    if (this.open.get(call.id)?.call === call) this.open.delete(call.id);
    const f = this.finished;
    f.delete(call.id);
    f.set(call.id, call);
    if (f.size > RECENT) f.delete(f.keys().next().value as string);
  }

  /** The call a ticket names, in flight or recently finished. */
  private find(origin: string, ticket: unknown): { call: Call; open: Open | undefined } {
    if (!isPlainObject(ticket) || ticket.kind !== TICKET_KIND) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `ticket must be a ticket from Aegis.check, got ${describe(ticket)}`,
      );
    }
    const id = requireId(origin, 'ticket.request', ticket.request);
    const serial = requireInteger(origin, 'ticket.serial', ticket.serial, 1, Number.MAX_SAFE_INTEGER);
    const open = this.open.get(id);
    if (open !== undefined && open.call.serial === serial) return { call: open.call, open };
    const done = this.finished.get(id);
    if (done !== undefined && done.serial === serial) return { call: done, open: undefined };
    if (open !== undefined || done !== undefined) {
      throw new AegisError(
        'CONFLICT',
        origin,
        `ticket for ${JSON.stringify(id)} is stale: the id is another call's now`,
        {
          id,
        },
      );
    }
    throw new AegisError('NOT_FOUND', origin, `no call has request id ${JSON.stringify(id)}`, { id });
  }

  private verdictOf(call: Call): CheckResult {
    const ticket: { -readonly [K in keyof Ticket]: Ticket[K] } = {
      kind: TICKET_KIND,
      request: call.id,
      action: call.input.action.id,
      actionType: call.type,
      serial: call.serial,
      log: call.audit.origin,
    };
    if (call.filed !== undefined) ticket.hitl = call.filed.id;
    const learned: { unsafe?: string; unethical?: string; source?: string } = {};
    if (call.risk.unsafe !== undefined) learned.unsafe = call.risk.unsafe;
    if (call.risk.unethical !== undefined) learned.unethical = call.risk.unethical;
    if (call.sourceRisk !== undefined) learned.source = call.sourceRisk;
    const decision = call.state === 'allow' ? 'allow' : call.state === 'ask' ? 'ask' : 'deny';
    const result: { -readonly [K in keyof CheckResult]: CheckResult[K] } = {
      decision:
        decision === 'deny' && (call.decision === 'executed' || call.decision === 'failed') ? 'allow' : decision,
      ticket: Object.freeze(ticket),
      firewall: call.verdict as Verdict,
      actionSafety: call.actionSafety,
      ethics: call.ethics as EthicalScore,
      assessment: call.assessment,
      learnedRisk: learned,
      reasons: call.reasons.slice(),
    };
    if (call.decision !== undefined && result.decision === 'deny') result.final = call.decision;
    const hitl = call.final ?? call.filed;
    if (hitl !== undefined) result.hitl = hitl;
    return result;
  }

  private tail(call: Call): Omit<CompletionResult, 'decision'> {
    const out: { -readonly [K in keyof Omit<CompletionResult, 'decision'>]: CompletionResult[K] } = {
      audit: { log: call.audit, seqs: call.seqs },
      reasons: call.reasons,
    };
    if (call.experience !== undefined) out.experience = call.experience;
    return out;
  }

  private parseProcessOptions(
    origin: string,
    options: unknown,
  ): { signal: AbortSignalLike | undefined; timeoutMs: number | undefined } {
    if (options === undefined) return { signal: undefined, timeoutMs: this.executeTimeoutMs };
    if (!isPlainObject(options)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `options must be a plain object, got ${describe(options)}`);
    }
    for (const key of Object.keys(options)) {
      if (key !== 'signal' && key !== 'executeTimeoutMs') {
        throw new AegisError('INVALID_ARGUMENT', origin, `options.${key} is not an option`);
      }
    }
    const s = options.signal as AbortSignalLike | undefined;
    if (
      s !== undefined &&
      (s === null ||
        typeof s !== 'object' ||
        typeof s.addEventListener !== 'function' ||
        typeof s.removeEventListener !== 'function')
    ) {
      throw new AegisError('INVALID_ARGUMENT', origin, `options.signal must be an AbortSignal, got ${describe(s)}`);
    }
    if (s?.aborted === true) throw new AegisError('CONFLICT', origin, 'options.signal is already aborted');
    let timeoutMs = this.executeTimeoutMs;
    if (options.executeTimeoutMs !== undefined) {
      timeoutMs = requireNumber(origin, 'options.executeTimeoutMs', options.executeTimeoutMs, 0, 1e12);
      if (timeoutMs <= 0) throw new AegisError('INVALID_ARGUMENT', origin, 'options.executeTimeoutMs must be positive');
    }
    return { signal: s, timeoutMs };
  }
}

function noop(): void {}

/** An outcome given to `complete`, read once. */
function parseOutcome(origin: string, outcome: unknown): ExecutionOutcome<unknown> | 'skipped' {
  if (!isPlainObject(outcome)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `outcome must be a plain object, got ${describe(outcome)}`);
  }
  const status = outcome.status;
  if (status === 'executed') return { ok: true, value: outcome.result };
  if (status === 'failed') return { ok: false, error: outcome.error };
  if (status === 'skipped') return 'skipped';
  throw new AegisError(
    'INVALID_ARGUMENT',
    origin,
    `outcome.status must be 'executed', 'failed' or 'skipped', got ${describe(status)}`,
  );
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
