/**
 * The human step: filing a decision request, recording it, waiting for its outcome and recording
 * that, then telling the Love Engine what a human judged.
 *
 * @internal Not part of the public API.
 * @module
 */
import type { AuditLog } from '../audit/audit-log.js';
import type { LogActionOptions } from '../audit/types.js';
import { AegisError } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { ExperienceContext } from '../evolution/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest } from '../hitl/types.js';
import type { JsonValue } from '../structures/canonical-json.js';
import type { Route } from './_options.js';
import { decisionEntry, ENTRY, excerpt } from './_records.js';

export type Kind = 'unsafe' | 'unethical' | 'both';

/** What the human is shown about the checks, besides the ids. */
export interface Checks {
  readonly safety: number;
  readonly ethics: number;
  readonly rules: readonly string[];
  readonly concerns: readonly string[];
}

/** What the human is asked about. */
export interface Question {
  readonly actionType: string;
  readonly content: string;
  readonly features: ExperienceContext | undefined;
  readonly kind: Kind;
  readonly checks: Checks;
}

function why(kind: Kind, c: Checks): string {
  const safety = `safety ${c.safety.toFixed(3)}`;
  const ethics = `ethics ${c.ethics.toFixed(3)}`;
  if (kind === 'unsafe') return `the firewall did not allow it (${safety})`;
  if (kind === 'unethical') return `the Love Engine failed it (${ethics})`;
  return `unsafe (${safety}) and unethical (${ethics})`;
}

/** Longest excerpt of the request's content shown to the human. */
const MAX_EXCERPT = 1024;

/** A filed request: its snapshot, and the waiter on its final state (absent when already final). */
export interface Filed {
  readonly filed: DecisionRequest;
  readonly waiting: Promise<DecisionRequest> | undefined;
}

/**
 * Files a decision request and records `hitl.request`. The human sees the action type and why it
 * is asked (the description), and the content (up to 1,024 characters), the action's features, both
 * scores, the rules and the concerns (the context). No request id is in either, so an approval given
 * with `remember` applies to a later identical request; the `hitl.request` entry links the request
 * id to the decision's id.
 *
 * The waiter is taken before anything else runs, so an approval given from inside an audit sink is
 * not missed; one given from inside the queue's `onEvent` comes back with the filed request itself
 * (`requestDecision` returns the request as the listener left it), so a request still live when
 * filed always has a waiter. The caller awaits the waiter itself (one async frame fewer per
 * escalation), then calls {@link recordDecision}.
 */
export function askHuman(
  hitl: DecisionQueue,
  audit: AuditLog,
  request: string,
  question: Question,
  route: Extract<Route, { kind: 'hitl' }>,
  who: LogActionOptions & { readonly actor: string },
  seqs: number[],
): Filed {
  const c = question.checks;
  const context: Record<string, JsonValue> = {
    actionType: question.actionType,
    content: excerpt(question.content, MAX_EXCERPT),
    safety: c.safety,
    ethics: c.ethics,
  };
  if (question.features !== undefined) context.parameters = question.features;
  // The queue keeps a frozen copy of the context: these arrays need no copy of their own.
  if (c.rules.length > 0) context.rules = c.rules as string[];
  if (c.concerns.length > 0) context.concerns = c.concerns as string[];
  const filed = hitl.requestDecision({
    description: `${question.actionType}: ${why(question.kind, c)}`,
    context,
    priority: route.priority,
    timeoutMs: route.timeoutMs,
    requester: who.actor,
  });
  const waiting = filed.status === 'pending' || filed.status === 'escalated' ? hitl.waitFor(filed.id) : undefined;
  const filedData = {
    request,
    id: filed.id,
    priority: filed.priority,
    deadline: filed.deadline,
    reason: question.kind,
  };
  seqs.push(audit.append(ENTRY.hitlRequest, filedData, who));
  return { filed, waiting };
}

/** Records `hitl.decision`: how the human step ended. */
export function recordDecision(
  audit: AuditLog,
  request: string,
  final: DecisionRequest,
  who: LogActionOptions,
  seqs: number[],
): void {
  seqs.push(audit.append(ENTRY.hitlDecision, decisionEntry(request, final), who));
}

/**
 * A human's approval or rejection tells the Love Engine what became of the action it scored
 * (`harmful` for a rejection), for its alignment report. Remembered approvals and expiries say
 * nothing of this action and are not reported.
 */
export function teachEthics(engine: LoveEngine, actionId: string, final: DecisionRequest, reasons: string[]): void {
  const d = final.decision;
  if (d === undefined || d.by !== 'human' || d.outcome === 'expired') return;
  try {
    engine.recordOutcome(actionId, { harmful: d.outcome === 'rejected' });
  } catch (error) {
    // The evaluation left the engine's window of recent ones, or its outcome was reported already.
    if (!(error instanceof AegisError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT'))) throw error;
    reasons.push(`ethics outcome not recorded: ${error.message}`);
  }
}
