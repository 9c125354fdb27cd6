/**
 * What counts as a feature of an action: the Evolution Core counts them in its failure summaries,
 * and the pipeline copies them before execution so that the experience logged afterwards cannot be
 * refused. One rule, shared by both.
 *
 * @internal Not part of the public API.
 */

/** A value a failure feature can take: a top-level primitive of an action's parameters. */
export type FeatureValue = string | number | boolean | null;

/** Most features drawn from one action's parameters: the first eligible entries in key order. */
export const MAX_FEATURES = 16;
/** Longest key that makes a feature. */
export const MAX_FEATURE_KEY = 64;
/** Longest string value that makes a feature; longer ones are too specific to recur. */
export const MAX_FEATURE_STRING = 128;

/**
 * Whether an entry of the parameters can be a failure feature: a key of at most {@link MAX_FEATURE_KEY}
 * characters with a boolean, null, number or short string value. Nested values and long strings
 * are too specific to recur.
 */
export function isFeature(key: string, value: unknown): value is FeatureValue {
  if (key.length > MAX_FEATURE_KEY) return false;
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_FEATURE_STRING;
    case 'number':
    case 'boolean':
      return true;
    default:
      return value === null;
  }
}
