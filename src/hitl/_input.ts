/**
 * Argument checks of the approval queue. Each returns a clean copy of what it accepted, or throws
 * an {@link AegisError} naming the function, before the queue touches any state.
 *
 * @internal Not part of the public API.
 */
import { parseScheduler } from '../_scheduler.js';
import {
  checkOptions,
  hasLoneSurrogate,
  isPlainObject,
  oneOf,
  optionalBoolean,
  pickKnown,
  requireClock,
  requireId,
  requireInteger,
  requireNumber,
  requireString,
} from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { JsonValue } from '../structures/canonical-json.js';
import { copyContext } from './_context.js';
import { type DecisionEvent, PRIORITIES, type Scheduler } from './types.js';

/** Longest description or reasoning, in UTF-16 code units. */
export const MAX_TEXT = 16_384;
/** Longest timeout or remember TTL: about 31.7 years, far inside exact float arithmetic on ms clocks. */
export const MAX_DURATION_MS = 1e12;
export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_HISTORY_LIMIT = 1000;
/** Live requests by default: each holds a few KiB (its context, snapshot and waiter), so tens of MB. */
export const DEFAULT_MAX_PENDING = 10_000;
const MAX_HISTORY_LIMIT = 10_000_000;

/** A plain object with only `allowed` keys and every key of `required`. */
function record(
  origin: string,
  name: string,
  value: unknown,
  allowed: readonly string[],
  required: readonly string[],
): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(value)}`);
  }
  const fields = pickKnown(origin, name, value, allowed, 'field');
  for (const key of required) {
    if (fields[key] === undefined) throw new AegisError('INVALID_ARGUMENT', origin, `${name}.${key} is required`);
  }
  return fields;
}

/** Free text: a string without lone surrogates, at most MAX_TEXT long. */
function text(origin: string, name: string, value: unknown, allowEmpty: boolean): string {
  const s = requireString(origin, name, value);
  if (!allowEmpty && s.length === 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name} must not be empty`);
  if (s.length > MAX_TEXT) {
    throw new AegisError('LIMIT_EXCEEDED', origin, `${name} is longer than ${MAX_TEXT} characters`);
  }
  if (hasLoneSurrogate(s)) throw new AegisError('INVALID_ARGUMENT', origin, `${name} contains a lone surrogate`);
  return s;
}

function duration(origin: string, name: string, value: unknown): number {
  const ms = requireNumber(origin, name, value, 0, MAX_DURATION_MS);
  if (ms <= 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be positive, got ${ms}`);
  return ms;
}

function priorityRank(origin: string, name: string, value: unknown): number {
  return PRIORITIES.indexOf(oneOf(origin, name, value, PRIORITIES));
}

export interface QueueSettings {
  clock: () => number;
  defaultTimeoutMs: number;
  onEvent: ((event: DecisionEvent) => void) | undefined;
  ladder: readonly number[];
  historyLimit: number;
  scheduler: Scheduler | null;
  maxPending: number;
  onListenerError: ((error: unknown, event: DecisionEvent) => void) | undefined;
}

const QUEUE_OPTIONS = [
  'clock',
  'defaultTimeoutMs',
  'onEvent',
  'escalationLadder',
  'historyLimit',
  'scheduler',
  'maxPending',
  'onListenerError',
] as const;

export function parseQueueOptions(origin: string, options: unknown): QueueSettings {
  const o = checkOptions(origin, options, QUEUE_OPTIONS);
  const clock = requireClock(origin, o.clock);
  const defaultTimeoutMs =
    o.defaultTimeoutMs === undefined
      ? DEFAULT_TIMEOUT_MS
      : duration(origin, 'options.defaultTimeoutMs', o.defaultTimeoutMs);
  if (o.onEvent !== undefined && typeof o.onEvent !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `options.onEvent must be a function, got ${describe(o.onEvent)}`);
  }
  const ladder: number[] = [];
  if (o.escalationLadder !== undefined) {
    if (!Array.isArray(o.escalationLadder)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `options.escalationLadder must be an array of fractions, got ${describe(o.escalationLadder)}`,
      );
    }
    const steps: unknown[] = o.escalationLadder;
    if (steps.length > PRIORITIES.length * 4) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `options.escalationLadder has more than 16 steps`);
    }
    for (let i = 0; i < steps.length; i++) {
      const f = requireNumber(origin, `options.escalationLadder[${i}]`, steps[i], 0, 1);
      // i > 0 is tested first, and ladder holds the i steps before this one
      if (f <= 0 || f >= 1 || (i > 0 && f <= ladder[i - 1]!)) {
        throw new AegisError(
          'INVALID_ARGUMENT',
          origin,
          'options.escalationLadder must be strictly increasing fractions within (0, 1)',
        );
      }
      ladder.push(f);
    }
  }
  const historyLimit =
    o.historyLimit === undefined
      ? DEFAULT_HISTORY_LIMIT
      : requireInteger(origin, 'options.historyLimit', o.historyLimit, 0, MAX_HISTORY_LIMIT);
  if (o.onListenerError !== undefined && typeof o.onListenerError !== 'function') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `options.onListenerError must be a function, got ${describe(o.onListenerError)}`,
    );
  }
  return {
    clock,
    defaultTimeoutMs,
    onEvent: o.onEvent as ((event: DecisionEvent) => void) | undefined,
    ladder: Object.freeze(ladder),
    historyLimit,
    scheduler: parseScheduler(origin, o.scheduler),
    maxPending:
      o.maxPending === undefined
        ? DEFAULT_MAX_PENDING
        : requireInteger(origin, 'options.maxPending', o.maxPending, 1, 2 ** 31),
    onListenerError: o.onListenerError as ((error: unknown, event: DecisionEvent) => void) | undefined,
  };
}

export interface ParsedRequest {
  id: string | undefined;
  description: string;
  /** A deep-frozen copy of the context. */
  context: JsonValue | undefined;
  rank: number;
  timeoutMs: number;
  requester: string;
  dedupe: boolean;
}

const REQUEST_FIELDS = ['id', 'description', 'context', 'priority', 'timeoutMs', 'requester', 'dedupe'] as const;

export function parseRequest(origin: string, input: unknown, defaultTimeoutMs: number): ParsedRequest {
  const r = record(origin, 'input', input, REQUEST_FIELDS, ['description', 'priority', 'requester']);
  const id = r.id === undefined ? undefined : requireId(origin, 'input.id', r.id);
  const description = text(origin, 'input.description', r.description, false);
  const rank = priorityRank(origin, 'input.priority', r.priority);
  const requester = requireId(origin, 'input.requester', r.requester);
  const timeoutMs = r.timeoutMs === undefined ? defaultTimeoutMs : duration(origin, 'input.timeoutMs', r.timeoutMs);
  const dedupe = optionalBoolean(origin, 'input.dedupe', r.dedupe, false);
  if (dedupe && id !== undefined) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      'input.id cannot be combined with dedupe: a request that joins another takes the id of the one it joins',
    );
  }
  // A private copy: later changes to the caller's object cannot reach the queue's snapshots.
  const context = r.context === undefined ? undefined : copyContext(origin, 'input.context', r.context);
  return { id, description, context, rank, timeoutMs, requester, dedupe };
}

export interface ParsedResponse {
  responder: string;
  reasoning: string | undefined;
  rememberTtlMs: number | undefined;
}

export function parseResponse(origin: string, input: unknown, allowRemember: boolean): ParsedResponse {
  const fields = allowRemember ? ['responder', 'reasoning', 'remember'] : ['responder', 'reasoning'];
  const r = record(origin, 'response', input, fields, ['responder']);
  const responder = requireId(origin, 'response.responder', r.responder);
  const reasoning = r.reasoning === undefined ? undefined : text(origin, 'response.reasoning', r.reasoning, true);
  let rememberTtlMs: number | undefined;
  if (r.remember !== undefined) {
    const m = record(origin, 'response.remember', r.remember, ['ttlMs'], ['ttlMs']);
    rememberTtlMs = duration(origin, 'response.remember.ttlMs', m.ttlMs);
  }
  return { responder, reasoning, rememberTtlMs };
}

export interface ParsedQuery {
  limit: number;
  minRank: number;
  requester: string | undefined;
}

export function parsePendingQuery(origin: string, query: unknown): ParsedQuery {
  const q = query === undefined ? {} : record(origin, 'query', query, ['limit', 'minPriority', 'requester'], []);
  const limit =
    q.limit === undefined ? Number.POSITIVE_INFINITY : requireInteger(origin, 'query.limit', q.limit, 0, 2 ** 32);
  const minRank = q.minPriority === undefined ? 0 : priorityRank(origin, 'query.minPriority', q.minPriority);
  const requester = q.requester === undefined ? undefined : requireId(origin, 'query.requester', q.requester);
  return { limit, minRank, requester };
}

/** An id argument (approve, reject, escalate, status, waitFor). */
export function parseId(origin: string, id: unknown): string {
  return requireId(origin, 'id', id);
}
