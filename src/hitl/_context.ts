/**
 * The context of a request: checked to be plain JSON within limits and copied, deep-frozen, in one
 * walk. The canonical form (RFC 8785, for `dedupe` and `remember`) is computed from the copy only
 * when a possible twin or remembered approval exists, because serializing costs more than the rest
 * of filing a request: for a 5-field context, `canonicalize` then `JSON.parse` (the copy this walk
 * replaced) costs about 7× this walk.
 *
 * Accepted exactly as `canonicalize` accepts: `null`, booleans, finite numbers, strings without lone
 * surrogates, arrays without holes, objects whose prototype is `Object.prototype` or `null`
 * without symbol keys; an own `__proto__` key stays data. `-0` becomes `0`, as a JSON round trip
 * would make it.
 *
 * @internal Not part of the public API.
 */
import type { JsonValue } from '../structures/canonical-json.js';
import { copyPlainJson } from '../structures/plain-json.js';

/** Deepest nesting of a context (objects and arrays count one level each). */
export const MAX_CONTEXT_DEPTH = 32;
/** Most values (objects, arrays, scalars) in a context. */
export const MAX_CONTEXT_VALUES = 10_000;
/** Most characters of strings and keys in a context, together. */
export const MAX_CONTEXT_CHARS = 65_536;

/**
 * A deep-frozen copy of `value` if it is plain JSON within the limits.
 * @throws AegisError `INVALID_ARGUMENT` for anything that is not plain JSON; `LIMIT_EXCEEDED` past a limit
 */
export function copyContext(origin: string, name: string, value: unknown): JsonValue {
  return copyPlainJson(value, {
    origin,
    name,
    maxDepth: MAX_CONTEXT_DEPTH,
    maxValues: MAX_CONTEXT_VALUES,
    maxTotalLength: MAX_CONTEXT_CHARS,
  });
}
