/**
 * Validation of the Evolution Core's options and thresholds.
 *
 * @internal Not part of the public API.
 */
import { checkOptions, requireClock, requireInteger, requireNumber, requireUnit } from '../_validate.js';
import { AegisError } from '../errors.js';
import type { EvolutionCoreOptions } from './types.js';

/** Thresholds with every default filled in. */
export interface Thresholds {
  readonly minExperiences: number;
  readonly successAbove: number;
  readonly failureBelow: number;
  readonly violationBelow: number;
  readonly minViolations: number;
  readonly improveBelow: number;
  readonly criticalBelow: number;
  readonly highBelow: number;
  readonly alignmentBelow: number;
  readonly featureMinFailures: number;
  readonly featureMinRate: number;
  readonly featureMinLift: number;
}

export interface Settings {
  readonly maxExperiences: number;
  readonly window: number;
  readonly clock: () => number;
  readonly thresholds: Thresholds;
  readonly maxActionTypes: number;
  readonly featureCapacity: number;
}

/** The default thresholds (see `EvolutionCoreOptions` for what each decides). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  minExperiences: 3,
  successAbove: 0.8,
  failureBelow: 0.3,
  violationBelow: 0.5,
  minViolations: 2,
  improveBelow: 0.5,
  criticalBelow: 0.3,
  highBelow: 0.4,
  alignmentBelow: 0.7,
  featureMinFailures: 3,
  featureMinRate: 0.5,
  featureMinLift: 1.5,
};

const OPTION_KEYS = ['maxExperiences', 'window', 'clock', 'thresholds', 'maxActionTypes', 'featureCapacity'];
const COUNT_KEYS = new Set(['minExperiences', 'minViolations', 'featureMinFailures']);
/** The Uint16Array column of action-type ids holds at most this many types. */
export const MAX_ACTION_TYPES = 65_536;

export function parseOptions(options: EvolutionCoreOptions | undefined): Settings {
  const origin = 'EvolutionCore';
  const o = checkOptions(origin, options, OPTION_KEYS);
  const t = checkOptions(origin, o.thresholds, Object.keys(DEFAULT_THRESHOLDS));
  const thresholds: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(t)) {
    const name = `options.thresholds.${key}`;
    if (COUNT_KEYS.has(key)) thresholds[key] = requireInteger(origin, name, value, 1, 2 ** 31);
    else if (key === 'featureMinLift') thresholds[key] = requireNumber(origin, name, value, 0, 1e6);
    else thresholds[key] = requireUnit(origin, name, value);
  }
  const th = thresholds as unknown as Thresholds;
  if (th.highBelow < th.criticalBelow) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `options.thresholds.highBelow (${th.highBelow}) must not be below criticalBelow (${th.criticalBelow})`,
    );
  }
  return {
    maxExperiences:
      o.maxExperiences === undefined
        ? Number.POSITIVE_INFINITY
        : requireInteger(origin, 'options.maxExperiences', o.maxExperiences, 1, 2 ** 31),
    window: o.window === undefined ? 100 : requireInteger(origin, 'options.window', o.window, 1, 1_000_000),
    clock: requireClock(origin, o.clock),
    thresholds: th,
    maxActionTypes:
      o.maxActionTypes === undefined
        ? 10_000
        : requireInteger(origin, 'options.maxActionTypes', o.maxActionTypes, 1, MAX_ACTION_TYPES),
    featureCapacity:
      o.featureCapacity === undefined
        ? 4096
        : requireInteger(origin, 'options.featureCapacity', o.featureCapacity, 1, 1 << 20),
  };
}
