/**
 * The stages of one call, each a small function over the call's context: checks → firewall →
 * learned risk → ethics → route → human → (execute, by the caller) → learn → audit. `Aegis.check`
 * runs the stages up to the human; `Aegis.complete` runs learn and audit; `Aegis.process` runs
 * them all, with `execute` between.
 *
 * @internal Not part of the public API.
 * @module
 */
import { readClock } from '../_validate.js';
import type { AuditLog } from '../audit/audit-log.js';
import { AegisError } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { EthicalDimension, EthicalScore } from '../ethics/types.js';
import type { EvolutionCore } from '../evolution/evolution-core.js';
import type { Assessment, Experience } from '../evolution/types.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { FirewallDecision, SafetyAssessment, Verdict } from '../firewall/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest } from '../hitl/types.js';
import type { JsonValue } from '../structures/canonical-json.js';
import { fileQuestion, type Kind, requestEntry, teachEthics } from './_human.js';
import type { CheckedInput } from './_input.js';
import { type EthicsAdjustments, type LearnedRisk, learnedRisk, learnFrom, NO_RISK } from './_learning.js';
import { type Escalation, type Learning, type Route, rename } from './_options.js';
import {
  concernDimensions,
  decisionEntry,
  ENTRY,
  ethicsEntry,
  ethicsReason,
  hitlReason,
  isRateLimited,
  outcomeEntry,
  ownRuleIds,
  routeReason,
  ruleIds,
  safetyEntry,
  safetyReason,
} from './_records.js';
import type { SourceRecords } from './_sources.js';
import type { ExecutionOutcome, PipelineDecision } from './types.js';

/** What the stages use of the pipeline. */
export interface Env {
  readonly firewall: IntentFirewall;
  readonly ethics: LoveEngine;
  readonly evolution: EvolutionCore;
  readonly hitl: DecisionQueue;
  readonly escalation: Escalation;
  readonly learning: Learning | null;
  readonly adjustments: EthicsAdjustments;
  readonly sources: SourceRecords | null;
  readonly clock: () => number;
}

/** Where a call stands: waiting for `complete` (allowed), for a human (ask), or finished. */
export type State = 'allow' | 'ask' | 'final';

/** One call's context, filled stage by stage. */
export interface Call {
  readonly origin: string;
  readonly input: CheckedInput;
  readonly id: string;
  readonly type: string;
  readonly serial: number;
  /** The log the call started in, whatever rotations happen meanwhile. */
  readonly audit: AuditLog;
  readonly who: { readonly actor: string };
  readonly seqs: number[];
  readonly reasons: string[];
  readonly assessment: Assessment;
  state: State;
  verdict?: Verdict;
  actionSafety: SafetyAssessment;
  /** Rule ids of the request and the action (shown, audited), and of the action alone (learned). */
  rules: string[];
  actionRules: string[];
  rateLimited: boolean;
  firewall: FirewallDecision;
  safetyScore: number;
  risk: LearnedRisk;
  sourceRisk: string | undefined;
  safe: boolean;
  ethics?: EthicalScore;
  concerns: EthicalDimension[];
  ethical: boolean;
  /** The Love Engine's verdict on the type is partly the pipeline's learned adjustment. */
  adjusted: boolean;
  kind: Kind | undefined;
  route: 'execute' | 'block' | Extract<Route, { kind: 'hitl' }>;
  blockedBy: 'firewall' | 'policy' | 'limit';
  filed?: DecisionRequest;
  waiting?: Promise<DecisionRequest>;
  final?: DecisionRequest;
  decision?: PipelineDecision;
  outcome?: ExecutionOutcome<unknown>;
  experience?: Experience;
}

/**
 * Appends one entry of the call. A sink that throws fails the call closed: the error becomes an
 * `AegisError` (`CONFLICT`, the thrown value as `details.cause`) unless it is one already.
 */
export function append(call: Call, type: string, data: Record<string, unknown>): void {
  try {
    call.seqs.push(call.audit.append(type, data as JsonValue, call.who));
  } catch (error) {
    if (error instanceof AegisError) throw rename(call.origin, `audit entry ${type} not written`, error);
    throw new AegisError('CONFLICT', call.origin, `audit entry ${type} not written: its sink failed`, {
      cause: error,
      request: call.id,
    });
  }
}

/** Firewall: the request's verdict, beside the action's own (judged during the checks). */
export function firewallStage(env: Env, call: Call): void {
  let verdict: Verdict;
  try {
    verdict = env.firewall.validateRequest(call.input.request);
  } catch (error) {
    // Malformed requests are refused before the firewall takes a rate-limit token.
    throw rename(call.origin, 'request refused', error);
  }
  const action = call.actionSafety;
  call.verdict = verdict;
  call.rules = ruleIds(verdict, action);
  call.actionRules = ownRuleIds(action);
  call.rateLimited = isRateLimited(verdict);
  // The firewall's word is the more severe of its verdicts on the request and on the action.
  call.firewall = severer(verdict.decision, action.decision);
  call.safetyScore = Math.min(verdict.safetyScore, action.safetyScore);
  call.reasons.push(safetyReason(verdict, action, call.rules, call.rateLimited));
}

const SEVERITY: Record<FirewallDecision, number> = { allow: 0, escalate: 1, block: 2 };

function severer(a: FirewallDecision, b: FirewallDecision): FirewallDecision {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/**
 * Learned risk: what the type's history says (the Evolution Core), and, with `perSource`, what the
 * source's recent requests say; then the `safety.check` entry.
 */
export function learnedRiskStage(env: Env, call: Call): void {
  const learning = env.learning;
  call.risk = learning === null ? NO_RISK : learnedRisk(call.assessment, learning);
  const source = call.input.source;
  const sources = env.sources;
  if (sources !== null && source !== undefined && !call.rateLimited) {
    const now = readClock(call.origin, env.clock);
    call.sourceRisk = sources.risk(source, now);
    sources.observe(source, now, (call.verdict as Verdict).decision === 'block');
  }
  const unsafe = call.risk.unsafe ?? call.sourceRisk;
  const allowed = call.firewall === 'allow';
  call.safe = allowed && unsafe === undefined;
  if (call.risk.unsafe !== undefined) {
    call.reasons.push(`learned risk: ${call.risk.unsafe}${allowed ? ' → treated as unsafe' : ''}`);
  }
  if (call.sourceRisk !== undefined) {
    call.reasons.push(`learned risk: ${call.sourceRisk}${allowed ? ' → treated as unsafe' : ''}`);
  }
  const risk = [call.risk.unsafe, call.sourceRisk].filter((x) => x !== undefined).join('; ');
  append(
    call,
    ENTRY.safety,
    safetyEntry({
      request: call.id,
      action: call.input.action.id,
      actionType: call.type,
      verdict: call.verdict as Verdict,
      actionSafety: call.actionSafety,
      rules: call.rules,
      rateLimited: call.rateLimited,
      risk: risk === '' ? undefined : risk,
      safe: call.safe,
    }),
  );
}

/** Ethics: the learned adjustment of the type, the Love Engine's verdict, the `ethics.check` entry. */
export function ethicsStage(env: Env, call: Call): void {
  const learning = env.learning;
  const change = learning === null ? undefined : env.adjustments.update(env.ethics, call.assessment, learning);
  if (change !== undefined) call.reasons.push(change.reason);
  call.adjusted = env.adjustments.has(call.type);
  const ethics = env.ethics.checkEthics(call.input.action);
  call.ethics = ethics;
  call.concerns = concernDimensions(ethics);
  call.ethical = ethics.passes && call.risk.unethical === undefined;
  call.reasons.push(ethicsReason(ethics, env.ethics.threshold, call.concerns));
  if (call.risk.unethical !== undefined) {
    call.reasons.push(`learned risk: ${call.risk.unethical}${ethics.passes ? ' → treated as unethical' : ''}`);
  }
  append(call, ENTRY.ethics, ethicsEntry(call.id, ethics, call.concerns, change?.deltas, call.risk.unethical));
}

/** Route: execute, block, or a human, by the escalation policy. */
export function routeStage(env: Env, call: Call): void {
  if (call.firewall === 'block') {
    call.route = 'block';
    call.blockedBy = 'firewall';
    call.reasons.push(routeReason('blocked by the firewall', 'firewall'));
    return;
  }
  if (call.safe && call.ethical) {
    call.route = 'execute';
    call.reasons.push(routeReason('safe and ethical', 'execute'));
    return;
  }
  const kind: Kind = !call.safe && !call.ethical ? 'both' : call.safe ? 'unethical' : 'unsafe';
  const route = env.escalation[kind];
  call.kind = kind;
  const text =
    kind === 'both' ? 'unsafe and unethical' : kind === 'unsafe' ? 'unsafe but ethical' : 'safe but unethical';
  call.reasons.push(routeReason(text, route));
  if (route.kind === 'block') {
    call.route = 'block';
    call.blockedBy = 'policy';
  } else call.route = route;
}

/**
 * Human: files the decision request and records `hitl.request`. A full or closed queue fails the
 * call closed: it is blocked (`by: 'limit'`), nothing is filed.
 */
export function humanStage(env: Env, call: Call): void {
  const route = call.route;
  if (typeof route === 'string') return;
  const evidence: string[] = [];
  if (call.risk.unsafe !== undefined) evidence.push(call.risk.unsafe);
  if (call.sourceRisk !== undefined) evidence.push(call.sourceRisk);
  if (call.risk.unethical !== undefined) evidence.push(call.risk.unethical);
  const ethics = call.ethics as EthicalScore;
  let filed: ReturnType<typeof fileQuestion>;
  try {
    filed = fileQuestion(
      env.hitl,
      {
        actionType: call.type,
        content: call.input.request.content,
        parameters: call.input.action.parameters,
        features: call.input.features,
        matches: (call.verdict as Verdict).matches,
        kind: call.kind as Kind,
        checks: {
          safety: call.safetyScore,
          ethics: ethics.score,
          rules: call.rules,
          concerns: call.concerns,
          firewall: call.firewall,
          evidence,
        },
      },
      route,
      call.who.actor,
    );
  } catch (error) {
    if (!(error instanceof AegisError && (error.code === 'LIMIT_EXCEEDED' || error.code === 'CONFLICT'))) throw error;
    call.route = 'block';
    call.blockedBy = 'limit';
    call.reasons.push(`hitl: not filed (${error.message}) → block`);
    return;
  }
  call.filed = filed.filed;
  if (filed.waiting !== undefined) call.waiting = filed.waiting;
  append(call, ENTRY.hitlRequest, requestEntry(call.id, filed.filed, call.kind as Kind));
}

/** Records how the human step ended (`hitl.decision`) and what it means for the call. */
export function answerStage(env: Env, call: Call, final: DecisionRequest): void {
  call.final = final;
  append(call, ENTRY.hitlDecision, decisionEntry(call.id, final));
  call.reasons.push(hitlReason(final));
  teachEthics(env.ethics, call.input.action.id, final, call.reasons);
  if (final.status === 'approved') {
    call.state = 'allow';
    return;
  }
  call.decision =
    final.decision?.by === 'cancelled' ? 'cancelled' : final.status === 'rejected' ? 'rejected' : 'expired';
}

/**
 * Learn: the experience the call leaves, from evidence about the action alone: its outcome when it
 * ran; otherwise what the action itself showed (its own `checkSafety` verdict, or the Love Engine's
 * failing verdict on it while no learned adjustment is in force). A call refused only for the
 * request's content, or rejected, expired or cancelled with nothing against the action itself,
 * teaches the type nothing: the history cannot ratchet on its own escalations.
 */
export function learnStage(env: Env, call: Call): void {
  const reasons = call.reasons;
  if (call.rateLimited) {
    reasons.push('learning: none (the call was rate-limited, not judged on the action)');
    return;
  }
  const outcome = call.outcome;
  const ethics = call.ethics as EthicalScore;
  if (outcome === undefined) {
    if (call.decision === 'cancelled') {
      reasons.push('learning: none (the call was cancelled before the action ran)');
      return;
    }
    const own = call.actionSafety.decision !== 'allow' || (!ethics.passes && !call.adjusted);
    if (!own) {
      reasons.push(
        `learning: none (the action did not run and showed nothing against itself: what the request said is not held against ${call.type})`,
      );
      return;
    }
  }
  const experience = learnFrom(
    env.evolution,
    {
      actionType: call.type,
      features: call.input.features,
      success: outcome?.ok === true,
      timestamp: readClock(call.origin, env.clock),
      ethics: ethics.score,
      concerns: call.concerns,
      safety: call.actionSafety.safetyScore,
      rules: call.actionRules,
    },
    reasons,
  );
  if (experience !== undefined) call.experience = experience;
}

/** Audit: the call's last entry, naming what happened to the action. */
export function auditStage(call: Call): void {
  const decision = call.decision as PipelineDecision;
  append(call, ENTRY[decision], outcomeEntry(call.id, decision, call.experience, call.outcome, call.blockedBy));
}
