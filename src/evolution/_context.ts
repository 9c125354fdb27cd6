/**
 * Contexts and parameters: validated, deep-copied and frozen plain JSON objects, and the failure
 * features drawn from their top-level primitive entries.
 *
 * @internal Not part of the public API.
 */
import { hasLoneSurrogate, isPlainObject } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { JsonValue } from '../structures/canonical-json.js';
import type { ExperienceContext, FeatureValue } from './types.js';

/** Deepest nesting of a context (objects and arrays count one level each). */
export const MAX_CONTEXT_DEPTH = 16;
/** Most values (of any kind, containers included) in one context. */
export const MAX_CONTEXT_VALUES = 1000;
/** Longest string in a context, in UTF-16 code units. */
export const MAX_CONTEXT_STRING = 4096;
/** Longest key in a context. */
export const MAX_CONTEXT_KEY = 256;

/** Most features drawn from one context: the first eligible entries in key order. */
export const MAX_FEATURES = 16;
/** Longest key that makes a feature. */
export const MAX_FEATURE_KEY = 64;
/** Longest string value that makes a feature; longer ones are too specific to recur. */
export const MAX_FEATURE_STRING = 128;

export const EMPTY_CONTEXT: ExperienceContext = Object.freeze({});

/**
 * Checks that `value` is a plain object whose keys are all in `allowed` (an input record such as
 * an experience) and returns it.
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
  // for-in allocates no key array (measured ~5% of a log); inherited keys are not fields.
  for (const key in value) {
    if (!allowed.includes(key) && Object.hasOwn(value, key)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name} has an unknown field ${JSON.stringify(key)}; known fields are ${allowed.join(', ')}`,
      );
    }
  }
  return value;
}

interface Walk {
  readonly origin: string;
  readonly copy: boolean;
  budget: number;
  readonly ancestors: object[];
  /** Keys and indices from the root to the value being checked; joined only for an error message. */
  readonly path: (string | number)[];
  readonly name: string;
}

/**
 * Checks that `value` is a plain JSON object within the context limits and returns a frozen deep
 * copy (`copy: true`) or `value` itself (`copy: false`, for read-only use). An own `__proto__` key
 * stays data.
 *
 * O(size of the value). Throws before anything is allocated that outlives the call.
 */
export function checkContext(origin: string, name: string, value: unknown, copy: boolean): ExperienceContext {
  if (!isPlainObject(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(value)}`);
  }
  // Fast path for the usual flat object of primitives: one pass that checks and copies, no walk
  // state. Anything else, including every error, takes the general walk, which reads the value
  // afresh (so a getter cannot slip a different value past the check).
  const keys = Object.keys(value);
  if (keys.length < MAX_CONTEXT_VALUES) {
    const obj: Record<string, JsonValue> | undefined = copy ? {} : undefined;
    let flat = true;
    for (const key of keys) {
      const x = value[key];
      if (key.length > MAX_CONTEXT_KEY || hasLoneSurrogate(key) || !isJsonPrimitive(x) || key === '__proto__') {
        flat = false;
        break;
      }
      if (obj !== undefined) obj[key] = x;
    }
    if (flat) return obj === undefined ? (value as ExperienceContext) : Object.freeze(obj);
  }
  const walk: Walk = { origin, copy, budget: MAX_CONTEXT_VALUES, ancestors: [], path: [], name };
  return walkValue(walk, value, 0) as ExperienceContext;
}

function isJsonPrimitive(x: unknown): x is string | number | boolean | null {
  switch (typeof x) {
    case 'string':
      return x.length <= MAX_CONTEXT_STRING && !hasLoneSurrogate(x);
    case 'number':
      return Number.isFinite(x);
    case 'boolean':
      return true;
    default:
      return x === null;
  }
}

function fail(walk: Walk, code: 'INVALID_ARGUMENT' | 'LIMIT_EXCEEDED', what: string): never {
  let path = walk.name;
  for (const p of walk.path) path += typeof p === 'number' ? `[${p}]` : `.${p}`;
  throw new AegisError(code, walk.origin, `${path} ${what}`, { path });
}

function walkValue(walk: Walk, v: unknown, depth: number): JsonValue {
  if (--walk.budget < 0) fail(walk, 'LIMIT_EXCEEDED', `makes the context hold more than ${MAX_CONTEXT_VALUES} values`);
  switch (typeof v) {
    case 'string':
      if (v.length > MAX_CONTEXT_STRING)
        fail(walk, 'LIMIT_EXCEEDED', `is longer than ${MAX_CONTEXT_STRING} characters`);
      if (hasLoneSurrogate(v)) fail(walk, 'INVALID_ARGUMENT', 'contains a lone surrogate');
      return v;
    case 'number':
      if (!Number.isFinite(v)) fail(walk, 'INVALID_ARGUMENT', `is ${v}, which JSON cannot represent`);
      return v;
    case 'boolean':
      return v;
    case 'object':
      if (v === null) return null;
      return walkContainer(walk, v, depth);
    default:
      return fail(walk, 'INVALID_ARGUMENT', `is ${describe(v)}, which is not JSON`);
  }
}

function walkContainer(walk: Walk, v: object, depth: number): JsonValue {
  if (depth >= MAX_CONTEXT_DEPTH) fail(walk, 'LIMIT_EXCEEDED', `is nested deeper than ${MAX_CONTEXT_DEPTH} levels`);
  if (walk.ancestors.includes(v)) fail(walk, 'INVALID_ARGUMENT', 'is a cycle (an object that contains itself)');
  walk.ancestors.push(v);
  const path = walk.path;
  let out: JsonValue;
  if (Array.isArray(v)) {
    const arr: JsonValue[] | undefined = walk.copy ? new Array<JsonValue>(v.length) : undefined;
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      if (!(i in v)) fail(walk, 'INVALID_ARGUMENT', 'is a hole in a sparse array');
      const item = walkValue(walk, v[i], depth + 1);
      path.pop();
      if (arr) arr[i] = item;
    }
    out = arr ? (Object.freeze(arr) as JsonValue[]) : (v as JsonValue[]);
  } else {
    if (!isPlainObject(v)) fail(walk, 'INVALID_ARGUMENT', 'is not a plain object');
    const obj: Record<string, JsonValue> | undefined = walk.copy ? {} : undefined;
    for (const key of Object.keys(v)) {
      if (key.length > MAX_CONTEXT_KEY)
        fail(walk, 'LIMIT_EXCEEDED', `has a key longer than ${MAX_CONTEXT_KEY} characters`);
      if (hasLoneSurrogate(key)) fail(walk, 'INVALID_ARGUMENT', 'has a key with a lone surrogate');
      path.push(key);
      const item = walkValue(walk, v[key], depth + 1);
      path.pop();
      if (obj === undefined) continue;
      // Assigning `__proto__` would set the prototype; define it as the data it is.
      if (key === '__proto__') {
        Object.defineProperty(obj, key, { value: item, enumerable: true, writable: true, configurable: true });
      } else {
        obj[key] = item;
      }
    }
    out = obj ? Object.freeze(obj) : (v as Record<string, JsonValue>);
  }
  walk.ancestors.pop();
  return out;
}

/**
 * Whether a context entry can be a failure feature: a key of at most {@link MAX_FEATURE_KEY}
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
