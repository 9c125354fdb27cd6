/**
 * Action parameters: validated, deep-copied and frozen plain JSON objects, and the failure
 * features drawn from their top-level primitive entries.
 *
 * @internal Not part of the public API.
 */
import { isPlainObject, pickKnown } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { copyPlainJson } from '../structures/plain-json.js';
import type { ExperienceParameters } from './types.js';

export { isFeature, MAX_FEATURE_KEY, MAX_FEATURE_STRING, MAX_FEATURES } from '../_features.js';

/** Deepest nesting of a parameters object (objects and arrays count one level each). */
export const MAX_PARAMETERS_DEPTH = 16;
/** Most values (of any kind, containers included) in one parameters object. */
export const MAX_PARAMETERS_VALUES = 1000;
/** Longest string in a parameters object, in UTF-16 code units. */
export const MAX_PARAMETERS_STRING = 4096;
/** Longest key in a parameters object. */
export const MAX_PARAMETERS_KEY = 256;

export const EMPTY_PARAMETERS: ExperienceParameters = Object.freeze({});

/**
 * Checks that `value` is a plain object whose keys are all in `allowed` (an input record such as
 * an experience) and returns a snapshot of its fields, each read once.
 */
export function checkFields(
  origin: string,
  name: string,
  value: unknown,
  allowed: readonly string[],
): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(value)}`);
  }
  return pickKnown(origin, name, value, allowed, 'field');
}

/**
 * Checks that `value` is a plain JSON object within the parameters limits and returns a frozen deep
 * copy (`copy: true`) or `value` itself (`copy: false`, for read-only use). An own `__proto__` key
 * stays data.
 *
 * O(size of the value). Throws before anything is allocated that outlives the call.
 */
export function checkParameters(origin: string, name: string, value: unknown, copy: boolean): ExperienceParameters {
  if (!isPlainObject(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(value)}`);
  }
  return copyPlainJson(value, {
    origin,
    name,
    copy,
    maxDepth: MAX_PARAMETERS_DEPTH,
    maxValues: MAX_PARAMETERS_VALUES,
    maxStringLength: MAX_PARAMETERS_STRING,
    maxKeyLength: MAX_PARAMETERS_KEY,
  }) as ExperienceParameters;
}
