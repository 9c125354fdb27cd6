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
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest } from '../hitl/types.js';
import type { JsonValue } from '../structures/canonical-json.js';
import type { Route } from './_options.js';
import { decisionEntry, ENTRY } from './_records.js';

export type Kind = 'unsafe' | 'unethical' | 'both';

/** What the human is shown about the checks, besides the ids. */
export interface Checks {
  readonly safety: number;
  readonly ethics: number;
  readonly rules: readonly string[];
  readonly concerns: readonly string[];
}

/** How the human step ended; `lost` when the decision could not be read (denied by default). */
export interface HumanAnswer {
  readonly final: DecisionRequest;
  readonly lost: boolean;
}

function why(kind: Kind, c: Checks): string {
  const safety = `safety ${c.safety.toFixed(3)}`;
  const ethics = `ethics ${c.ethics.toFixed(3)}`;
  if (kind === 'unsafe') return `the firewall did not allow it (${safety})`;
  if (kind === 'unethical') return `the Love Engine failed it (${ethics})`;
  return `unsafe (${safety}) and unethical (${ethics})`;
}

/**
 * Files a decision request (context: the request id, action type, scores, rules and concerns),
 * records `hitl.request`, waits for the final state and records `hitl.decision`. The waiter is taken
 * before anything else runs, so an approval given from inside an audit sink is not missed; one
 * given from inside the queue's `onEvent`, in a queue that keeps no history, cannot be read and
 * counts as lost.
 */
export async function askHuman(
  hitl: DecisionQueue,
  audit: AuditLog,
  request: string,
  actionType: string,
  kind: Kind,
  route: Extract<Route, { kind: 'hitl' }>,
  checks: Checks,
  who: LogActionOptions & { readonly actor: string },
  seqs: number[],
): Promise<HumanAnswer> {
  const context: Record<string, JsonValue> = {
    request,
    actionType,
    safety: checks.safety,
    ethics: checks.ethics,
  };
  if (checks.rules.length > 0) context.rules = checks.rules.slice();
  if (checks.concerns.length > 0) context.concerns = checks.concerns.slice();
  const filed = hitl.requestDecision({
    description: `${actionType} for request ${request}: ${why(kind, checks)}`,
    context,
    priority: route.priority,
    timeoutMs: route.timeoutMs,
    requester: who.actor,
  });
  let waiting: Promise<DecisionRequest> | undefined;
  let lost = false;
  if (filed.status === 'pending' || filed.status === 'escalated') {
    try {
      waiting = hitl.waitFor(filed.id);
    } catch (error) {
      if (!(error instanceof AegisError && error.code === 'NOT_FOUND')) throw error;
      lost = true;
    }
  }
  const filedData = { request, id: filed.id, priority: filed.priority, deadline: filed.deadline, reason: kind };
  seqs.push(audit.logAction(ENTRY.hitlRequest, filedData, who).seq);
  const final = waiting === undefined ? filed : await waiting;
  seqs.push(audit.logAction(ENTRY.hitlDecision, decisionEntry(request, final, lost), who).seq);
  return { final, lost };
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
