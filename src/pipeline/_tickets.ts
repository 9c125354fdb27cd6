/**
 * The plain data of decide-now-run-later: tickets (plain JSON) and what `check` reports, the
 * outcomes `complete` takes, and `process`'s options, each read once.
 *
 * @internal Not part of the public API.
 * @module
 */
import { isPlainObject, requireId, requireInteger, requireNumber } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { EthicalScore } from '../ethics/types.js';
import type { Verdict } from '../firewall/types.js';
import type { Call } from './_stages.js';
import type { AbortSignalLike, CheckResult, ExecutionOutcome, Ticket } from './types.js';

const TICKET_KIND = 'aegis.ticket';

/** The request id and serial a ticket names. */
export function readTicket(origin: string, ticket: unknown): { id: string; serial: number } {
  if (!isPlainObject(ticket) || ticket.kind !== TICKET_KIND) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `ticket must be a ticket from Aegis.check, got ${describe(ticket)}`,
    );
  }
  const id = requireId(origin, 'ticket.request', ticket.request);
  const serial = requireInteger(origin, 'ticket.serial', ticket.serial, 1, Number.MAX_SAFE_INTEGER);
  return { id, serial };
}

/** What `check` (and `decision`) report of a call: the verdict so far and its ticket. */
export function checkResultOf(call: Call): CheckResult {
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
    decision: decision === 'deny' && (call.decision === 'executed' || call.decision === 'failed') ? 'allow' : decision,
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

/** `process`'s options, read once; `fallback` is the pipeline's `executeTimeoutMs`. */
export function parseProcessOptions(
  origin: string,
  options: unknown,
  fallback: number | undefined,
): { signal: AbortSignalLike | undefined; timeoutMs: number | undefined } {
  if (options === undefined) return { signal: undefined, timeoutMs: fallback };
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
  let timeoutMs = fallback;
  if (options.executeTimeoutMs !== undefined) {
    timeoutMs = requireNumber(origin, 'options.executeTimeoutMs', options.executeTimeoutMs, 0, 1e12);
    if (timeoutMs <= 0) throw new AegisError('INVALID_ARGUMENT', origin, 'options.executeTimeoutMs must be positive');
  }
  return { signal: s, timeoutMs };
}

/** An outcome given to `complete`, read once. */
export function parseOutcome(origin: string, outcome: unknown): ExecutionOutcome<unknown> | 'skipped' {
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
