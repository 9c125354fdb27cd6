/**
 * What the pipeline writes down: the audit entries of each stage (compact plain JSON: ids, scores,
 * decisions and rule ids, never the content or the parameters) and the sentences of the result's
 * `reasons`.
 *
 * @internal Not part of the public API.
 * @module
 */
import { DIMENSIONS, type EthicalDimension, type EthicalScore } from '../ethics/types.js';
import type { Experience } from '../evolution/types.js';
import type { SafetyAssessment, Verdict } from '../firewall/types.js';
import type { DecisionRequest } from '../hitl/types.js';
import type { JsonValue } from '../structures/canonical-json.js';
import type { Route } from './_options.js';
import type { ExecutionOutcome, PipelineDecision } from './types.js';

/** Audit entry types, one per stage; the last names what happened to the action. */
export const ENTRY = Object.freeze({
  safety: 'safety.check',
  ethics: 'ethics.check',
  hitlRequest: 'hitl.request',
  hitlDecision: 'hitl.decision',
  executed: 'action.executed',
  failed: 'action.failed',
  blocked: 'action.blocked',
  rejected: 'action.rejected',
  expired: 'action.expired',
  cancelled: 'action.cancelled',
  rotated: 'audit.rotated',
});

/** Most rule ids an entry lists (each rule counts once; the verdict in the result has them all). */
const MAX_RULES = 16;
/** Longest error message kept in an entry. */
const MAX_MESSAGE = 512;

const fmt = (x: number) => x.toFixed(3);
const LONE_SURROGATE = /\p{Surrogate}/gu;

/** The distinct rule ids of the request's verdict, then of the action's, first match first, at most 16. */
export function ruleIds(verdict: Verdict, action: SafetyAssessment): string[] {
  const out: string[] = [];
  for (const matches of [verdict.matches, action.matches]) {
    for (const m of matches) {
      if (out.length === MAX_RULES) return out;
      if (!out.includes(m.ruleId)) out.push(m.ruleId);
    }
  }
  return out;
}

/** The distinct rule ids the action itself matched, first match first, at most 16. */
export function ownRuleIds(action: SafetyAssessment): string[] {
  const out: string[] = [];
  for (const m of action.matches) {
    if (out.length === MAX_RULES) break;
    if (!out.includes(m.ruleId)) out.push(m.ruleId);
  }
  return out;
}

/**
 * Whether the firewall refused the request for its source's rate, without analysing it. Its verdict
 * for that (`rateLimitedVerdict`) is the only one with a zero score, no match and a single reason;
 * an analysed verdict at zero has a critical rule's reason line and the decision's.
 */
export function isRateLimited(verdict: Verdict): boolean {
  return (
    verdict.safetyScore === 0 &&
    verdict.matches.length === 0 &&
    verdict.reasons.length === 1 &&
    // reasons.length === 1 is tested just before
    verdict.reasons[0]!.startsWith('rate limited')
  );
}

/** Dimensions of the verdict below 0.5: those the Love Engine names a concern for. */
export function concernDimensions(ethics: EthicalScore): EthicalDimension[] {
  const out: EthicalDimension[] = [];
  for (const d of DIMENSIONS) if (ethics.dimensions[d] < 0.5) out.push(d);
  return out;
}

export interface SafetyFacts {
  readonly request: string;
  readonly action: string;
  readonly actionType: string;
  readonly verdict: Verdict;
  readonly actionSafety: SafetyAssessment;
  readonly rules: string[];
  readonly rateLimited: boolean;
  readonly risk: string | undefined;
  readonly safe: boolean;
}

export function safetyEntry(f: SafetyFacts): Record<string, unknown> {
  const data: Record<string, unknown> = {
    request: f.request,
    action: f.action,
    actionType: f.actionType,
    decision: f.verdict.decision,
    score: f.verdict.safetyScore,
    safe: f.safe,
  };
  // The action's own check, when its type or parameters matched a rule.
  if (f.actionSafety.matches.length > 0 || f.actionSafety.decision !== 'allow') {
    data.actionDecision = f.actionSafety.decision;
    data.actionScore = f.actionSafety.safetyScore;
  }
  if (f.rules.length > 0) data.rules = f.rules;
  if (f.rateLimited) data.rateLimited = true;
  if (f.risk !== undefined) data.learnedRisk = f.risk;
  return data;
}

export function ethicsEntry(
  request: string,
  ethics: EthicalScore,
  concerns: readonly EthicalDimension[],
  adjusted: { readonly [D in EthicalDimension]?: number } | undefined,
  risk: string | undefined,
): Record<string, unknown> {
  const data: Record<string, unknown> = { request, score: ethics.score, passes: ethics.passes };
  if (concerns.length > 0) data.concerns = concerns;
  if (adjusted !== undefined) data.adjusted = adjusted;
  if (risk !== undefined) data.learnedRisk = risk;
  return data;
}

export function decisionEntry(request: string, final: DecisionRequest): Record<string, JsonValue> {
  const d = final.decision;
  const data: Record<string, JsonValue> = { request, id: final.id, outcome: final.status };
  if (d !== undefined) {
    data.by = d.by;
    data.at = d.at;
    if (d.responder !== undefined) data.responder = d.responder;
  }
  return data;
}

/** A thrown value as `{ name, message }` that is always plain JSON (well-formed, bounded). */
export function describeError(error: unknown): { name: string; message: string } {
  let name: string = typeof error;
  let message = '';
  try {
    if (error instanceof Error) {
      name = String(error.name);
      message = String(error.message);
    } else {
      message = String(error);
    }
  } catch {
    message = 'an error that cannot be turned into text';
  }
  return { name: excerpt(name, 64) || 'Error', message: excerpt(message, MAX_MESSAGE) };
}

/** `text` cut to `max` code units (with `…`), lone surrogates replaced, so that it is plain JSON text. */
export function excerpt(text: string, max: number): string {
  return (text.length > max ? `${text.slice(0, max)}…` : text).replace(LONE_SURROGATE, '\ufffd');
}

export function safetyReason(
  verdict: Verdict,
  action: SafetyAssessment,
  rules: readonly string[],
  rateLimited: boolean,
): string {
  // a rate-limited verdict has exactly one reason (isRateLimited)
  if (rateLimited) return `safety: ${verdict.reasons[0]!}`;
  const which = rules.length > 0 ? `; rules ${rules.join(', ')}` : '';
  const acted = action.matches.length > 0 || action.decision !== 'allow';
  const of = acted ? `; the action itself: ${action.decision} (score ${fmt(action.safetyScore)})` : '';
  return `safety: firewall ${verdict.decision} (score ${fmt(verdict.safetyScore)})${of}${which}`;
}

export function ethicsReason(ethics: EthicalScore, threshold: number, concerns: readonly string[]): string {
  const which = concerns.length > 0 ? `; concerns ${concerns.join(', ')}` : '';
  return `ethics: ${ethics.passes ? 'passes' : 'fails'} (score ${fmt(ethics.score)} ${ethics.passes ? '≥' : '<'} ${fmt(threshold)}${which})`;
}

export function routeReason(kind: string, route: Route | 'execute' | 'firewall'): string {
  if (route === 'execute') return 'route: safe and ethical → execute';
  if (route === 'firewall') return 'route: the firewall blocked it → block';
  if (route.kind === 'block') return `route: ${kind} → block`;
  return `route: ${kind} → human decision at ${route.priority} priority within ${route.timeoutMs / 1000} s`;
}

export function hitlReason(final: DecisionRequest): string {
  const d = final.decision;
  if (d === undefined) return `hitl: ${final.id} ended ${final.status}`;
  if (d.outcome === 'expired') return `hitl: ${final.id} expired at its deadline ${d.at}; denied by default`;
  const who = d.responder === undefined ? '' : ` by ${d.responder}`;
  const how = d.by === 'remembered' ? ` (remembered approval ${d.rememberedFrom ?? ''})` : '';
  return `hitl: ${final.id} ${d.outcome}${who}${how}`;
}

/** The last entry of a call: what happened, the experience it left, and the error if one was thrown. */
export function outcomeEntry(
  request: string,
  decision: PipelineDecision,
  experience: Experience | undefined,
  outcome: ExecutionOutcome<unknown> | undefined,
  blockedBy: 'firewall' | 'policy' | 'limit',
): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = { request, experience: experience === undefined ? null : experience.id };
  if (decision === 'blocked') data.by = blockedBy;
  if (outcome !== undefined && !outcome.ok) data.error = describeError(outcome.error);
  return data;
}
