/**
 * Reading `createAegis`'s options: the five components (built from their options with the shared
 * clock, or taken as given), the escalation policy and the learning settings, every check done
 * before anything is built.
 *
 * @internal Not part of the public API.
 * @module
 */

import { defaultScheduler, parseScheduler } from '../_scheduler.js';
import {
  checkOptions,
  isPlainObject,
  oneOf,
  requireClock,
  requireId,
  requireInteger,
  requireNumber,
} from '../_validate.js';
import { AuditLog } from '../audit/audit-log.js';
import { AegisError, describe } from '../errors.js';
import { LoveEngine } from '../ethics/love-engine.js';
import { EvolutionCore } from '../evolution/evolution-core.js';
import { IntentFirewall } from '../firewall/intent-firewall.js';
import { DecisionQueue } from '../hitl/decision-queue.js';
import { PRIORITIES, type Priority, type Scheduler } from '../hitl/types.js';
import type { AegisOptions } from './types.js';

const OPTION_KEYS = [
  'firewall',
  'ethics',
  'evolution',
  'audit',
  'hitl',
  'clock',
  'actor',
  'escalation',
  'learning',
  'maxInFlight',
  'executeTimeoutMs',
  'scheduler',
];
/** Calls in flight by default: each holds a few KiB until it settles, so tens of MB at most. */
export const DEFAULT_MAX_IN_FLIGHT = 4096;
/** The HITL queue's own bound on a timeout. */
const MAX_TIMEOUT_MS = 1e12;

/** A route with its defaults applied: block, or a human at a priority with a timeout. */
export type Route =
  | { readonly kind: 'block' }
  | { readonly kind: 'hitl'; readonly priority: Priority; readonly timeoutMs: number };

export interface Escalation {
  readonly unsafe: Route;
  readonly unethical: Route;
  readonly both: Route;
}

export interface SourceLearning {
  readonly minEvidence: number;
  readonly rateAbove: number;
  readonly halfLifeMs: number;
  readonly maxSources: number;
}

export interface Learning {
  readonly failureRiskAbove: number;
  readonly minViolations: number;
  readonly violationRateAbove: number;
  readonly maxAdjustment: number;
  /** `null`: request content is held against nobody. */
  readonly perSource: SourceLearning | null;
}

export interface Settings {
  readonly firewall: IntentFirewall;
  readonly ethics: LoveEngine;
  readonly evolution: EvolutionCore;
  readonly audit: AuditLog;
  readonly hitl: DecisionQueue;
  readonly clock: () => number;
  readonly actor: string;
  readonly escalation: Escalation;
  /** `null`: learning does not change decisions. */
  readonly learning: Learning | null;
  readonly maxInFlight: number;
  readonly executeTimeoutMs: number | undefined;
  readonly scheduler: Scheduler | null;
}

/** The default routes: unsafe → High within 5 minutes, unethical → Critical within 10. */
export const DEFAULT_ESCALATION: Escalation = Object.freeze({
  unsafe: Object.freeze({ kind: 'hitl', priority: 'high', timeoutMs: 300_000 }),
  unethical: Object.freeze({ kind: 'hitl', priority: 'critical', timeoutMs: 600_000 }),
  both: Object.freeze({ kind: 'block' }),
}) as Escalation;

const DEFAULT_LEARNING: Learning = Object.freeze({
  failureRiskAbove: 0.7,
  minViolations: 3,
  violationRateAbove: 0.5,
  maxAdjustment: 0.5,
  perSource: null,
});

function perSource(origin: string, value: unknown): SourceLearning | null {
  if (value === undefined || value === false) return null;
  const o = checkOptions(origin, value, ['minEvidence', 'rateAbove', 'halfLifeMs', 'maxSources']);
  const name = 'options.learning.perSource';
  return Object.freeze({
    minEvidence: o.minEvidence === undefined ? 5 : requireNumber(origin, `${name}.minEvidence`, o.minEvidence, 1, 1e9),
    rateAbove: o.rateAbove === undefined ? 0.5 : requireNumber(origin, `${name}.rateAbove`, o.rateAbove, 0, 1),
    halfLifeMs:
      o.halfLifeMs === undefined
        ? 3_600_000
        : positive(
            origin,
            `${name}.halfLifeMs`,
            requireNumber(origin, `${name}.halfLifeMs`, o.halfLifeMs, 0, MAX_TIMEOUT_MS),
          ),
    maxSources:
      o.maxSources === undefined ? 10_000 : requireInteger(origin, `${name}.maxSources`, o.maxSources, 1, 10_000_000),
  });
}

function positive(origin: string, name: string, x: number): number {
  if (x <= 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be positive`);
  return x;
}

/**
 * A component: the instance given, or one built from the options given (or none), with the shared
 * clock unless those options bring their own, which is refused when a shared clock is set.
 */
function component<T, O extends object>(
  origin: string,
  name: string,
  value: unknown,
  type: abstract new (...args: never[]) => T,
  build: (options: O) => T,
  clock: (() => number) | undefined,
): T {
  if (value instanceof type) return value;
  if (value !== undefined && !isPlainObject(value)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `options.${name} must be a ${type.name} or its options, got ${describe(value)}`,
    );
  }
  const own = (value ?? {}) as O & { clock?: unknown };
  if (clock !== undefined && own.clock !== undefined) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `options.${name}.clock conflicts with options.clock: one clock is shared by every component`,
    );
  }
  try {
    return build(clock === undefined || own.clock !== undefined ? own : ({ ...own, clock } as O));
  } catch (error) {
    throw rename(origin, `options.${name}`, error);
  }
}

/** An AegisError from a component, re-issued under `origin` with the same code and details. */
export function rename(origin: string, what: string, error: unknown): unknown {
  if (!(error instanceof AegisError)) return error;
  const cause = error.cause === undefined ? undefined : { cause: error.cause };
  return new AegisError(error.code, origin, `${what}: ${error.message}`, error.details, cause);
}

function route(origin: string, name: string, value: unknown, fallback: Route): Route {
  if (value === undefined) return fallback;
  if (value === 'block') return { kind: 'block' };
  if (!isPlainObject(value)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `${name} must be 'block' or { priority, timeoutMs }, got ${describe(value)}`,
    );
  }
  const r = checkOptions(origin, value, ['priority', 'timeoutMs']);
  const priority = oneOf(origin, `${name}.priority`, r.priority, PRIORITIES);
  const timeoutMs = requireNumber(origin, `${name}.timeoutMs`, r.timeoutMs, 0, MAX_TIMEOUT_MS);
  if (timeoutMs <= 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name}.timeoutMs must be positive`);
  return Object.freeze({ kind: 'hitl', priority, timeoutMs });
}

function learning(origin: string, value: unknown): Learning | null {
  if (value === false) return null;
  const o = checkOptions(origin, value, [
    'failureRiskAbove',
    'minViolations',
    'violationRateAbove',
    'maxAdjustment',
    'perSource',
  ]);
  const d = DEFAULT_LEARNING;
  return Object.freeze({
    failureRiskAbove:
      o.failureRiskAbove === undefined
        ? d.failureRiskAbove
        : requireNumber(origin, 'options.learning.failureRiskAbove', o.failureRiskAbove, 0, 1),
    minViolations:
      o.minViolations === undefined
        ? d.minViolations
        : requireInteger(origin, 'options.learning.minViolations', o.minViolations, 1, 2 ** 31),
    violationRateAbove:
      o.violationRateAbove === undefined
        ? d.violationRateAbove
        : requireNumber(origin, 'options.learning.violationRateAbove', o.violationRateAbove, 0, 1),
    maxAdjustment:
      o.maxAdjustment === undefined
        ? d.maxAdjustment
        : requireNumber(origin, 'options.learning.maxAdjustment', o.maxAdjustment, 0, 0.5),
    perSource: perSource(origin, o.perSource),
  });
}

/**
 * @throws AegisError `INVALID_ARGUMENT` for an unknown option, a malformed route or learning
 *   setting, a component that is neither an instance nor options, a component clock beside the
 *   shared one; whatever a component's constructor throws for its options, renamed
 */
export function parseAegisOptions(options: AegisOptions | undefined): Settings {
  const origin = 'createAegis';
  const o = checkOptions(origin, options, OPTION_KEYS);
  const shared = o.clock === undefined ? undefined : requireClock(origin, o.clock);
  const actor = o.actor === undefined ? 'agent' : requireId(origin, 'options.actor', o.actor);
  const e = checkOptions(origin, o.escalation, ['unsafe', 'unethical', 'both']);
  const d = DEFAULT_ESCALATION;
  const escalation: Escalation = Object.freeze({
    unsafe: route(origin, 'options.escalation.unsafe', e.unsafe, d.unsafe),
    unethical: route(origin, 'options.escalation.unethical', e.unethical, d.unethical),
    both: route(origin, 'options.escalation.both', e.both, d.both),
  });
  const learn = learning(origin, o.learning);
  const maxInFlight =
    o.maxInFlight === undefined
      ? DEFAULT_MAX_IN_FLIGHT
      : requireInteger(origin, 'options.maxInFlight', o.maxInFlight, 1, 2 ** 31);
  const executeTimeoutMs =
    o.executeTimeoutMs === undefined
      ? undefined
      : positive(
          origin,
          'options.executeTimeoutMs',
          requireNumber(origin, 'options.executeTimeoutMs', o.executeTimeoutMs, 0, MAX_TIMEOUT_MS),
        );
  const scheduler = o.scheduler === undefined ? defaultScheduler() : parseScheduler(origin, o.scheduler, false);
  // The pipeline's own options are checked; now the components, each checking its own options.
  return {
    firewall: component(origin, 'firewall', o.firewall, IntentFirewall, (x) => new IntentFirewall(x), shared),
    ethics: component(origin, 'ethics', o.ethics, LoveEngine, (x) => new LoveEngine(x), shared),
    evolution: component(origin, 'evolution', o.evolution, EvolutionCore, (x) => new EvolutionCore(x), shared),
    audit: component(origin, 'audit', o.audit, AuditLog, (x) => new AuditLog(x), shared),
    hitl: component(origin, 'hitl', o.hitl, DecisionQueue, (x) => new DecisionQueue(x), shared),
    clock: shared ?? requireClock(origin, undefined),
    actor,
    escalation,
    learning: learn,
    maxInFlight,
    executeTimeoutMs,
    scheduler,
  };
}
