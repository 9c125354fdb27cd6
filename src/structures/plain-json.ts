/**
 * Plain JSON values taken in from callers: checked and copied in one walk, so that what a component
 * stores is data nobody can change afterwards, and exactly what {@link canonicalize} accepts.
 *
 * @module
 */
import { hasLoneSurrogate } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { JsonValue } from './canonical-json.js';

export interface PlainJsonOptions {
  /** Function named in error messages. Default `copyPlainJson`. */
  origin?: string;
  /** Name of the value in error messages. Default `value`. */
  name?: string;
  /** Return a deep-frozen copy (default true); `false` checks and returns the value itself. */
  copy?: boolean;
  /** Deepest nesting (objects and arrays count one level each). Default 64. */
  maxDepth?: number;
  /** Most values of any kind, containers included. Default unlimited. */
  maxValues?: number;
  /** Longest string, in UTF-16 code units. Default unlimited. */
  maxStringLength?: number;
  /** Longest object key. Default unlimited. */
  maxKeyLength?: number;
  /** Most code units in all strings and keys together. Default unlimited. */
  maxTotalLength?: number;
}

interface Walk {
  readonly origin: string;
  readonly name: string;
  readonly copy: boolean;
  readonly maxDepth: number;
  readonly maxStringLength: number;
  readonly maxKeyLength: number;
  readonly maxValues: number;
  readonly maxTotalLength: number;
  values: number;
  total: number;
  /** The objects and arrays being walked, outermost first, to refuse cycles. */
  readonly ancestors: object[];
  /** Keys and indexes from the root to the current value, joined only for an error message. */
  readonly path: (string | number)[];
}

/**
 * Checks that `value` is plain JSON within the limits and returns a deep-frozen copy of it (or, with
 * `copy: false`, the value itself). Accepted: `null`, booleans, finite numbers, strings without lone
 * surrogates, arrays without holes, objects whose prototype is `Object.prototype` or `null` and that
 * have no symbol keys; an own `__proto__` key is kept as data, never as a prototype. A copy turns `-0`
 * into `0`, as a JSON round trip would.
 *
 * A flat object of primitives (the usual shape of parameters and contexts) takes a single pass with
 * no walk state. Time and space O(size of the value).
 *
 * @throws AegisError `INVALID_ARGUMENT` for anything that is not plain JSON, naming the path;
 *   `LIMIT_EXCEEDED` past a limit
 * @example
 * ```ts
 * const stored = copyPlainJson(input.context, { origin: 'Queue.add', name: 'context', maxDepth: 16 });
 * Object.isFrozen(stored); // true
 * ```
 */
export function copyPlainJson(value: unknown, options: PlainJsonOptions = {}): JsonValue {
  const walk: Walk = {
    origin: options.origin ?? 'copyPlainJson',
    name: options.name ?? 'value',
    copy: options.copy ?? true,
    maxDepth: options.maxDepth ?? 64,
    maxStringLength: options.maxStringLength ?? Number.POSITIVE_INFINITY,
    maxKeyLength: options.maxKeyLength ?? Number.POSITIVE_INFINITY,
    maxValues: options.maxValues ?? Number.POSITIVE_INFINITY,
    maxTotalLength: options.maxTotalLength ?? Number.POSITIVE_INFINITY,
    values: 0,
    total: 0,
    ancestors: [],
    path: [],
  };
  const flat = flatObject(walk, value);
  return flat !== undefined ? flat : walkValue(walk, value, 0);
}

/**
 * The one-pass copy of a flat plain object of acceptable primitives, or undefined when `value` is
 * anything else (which the general walk then checks afresh, so a getter cannot pass one check and
 * fail the other unnoticed).
 */
function flatObject(walk: Walk, value: unknown): JsonValue | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(value);
  if (keys.length + 1 > walk.maxValues || walk.maxDepth < 1) return undefined;
  if (Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const out: Record<string, JsonValue> | undefined = walk.copy ? {} : undefined;
  let total = 0;
  for (const key of keys) {
    if (key === '__proto__' || key.length > walk.maxKeyLength || hasLoneSurrogate(key)) return undefined;
    const x = (value as Record<string, unknown>)[key];
    let v: JsonValue;
    switch (typeof x) {
      case 'string':
        if (x.length > walk.maxStringLength || hasLoneSurrogate(x)) return undefined;
        total += x.length;
        v = x;
        break;
      case 'number':
        if (!Number.isFinite(x)) return undefined;
        v = x === 0 ? 0 : x;
        break;
      case 'boolean':
        v = x;
        break;
      default:
        if (x !== null) return undefined;
        v = null;
    }
    total += key.length;
    if (out !== undefined) out[key] = v;
  }
  if (total > walk.maxTotalLength) return undefined;
  return out === undefined ? (value as JsonValue) : Object.freeze(out);
}

function fail(walk: Walk, code: 'INVALID_ARGUMENT' | 'LIMIT_EXCEEDED', what: string): never {
  let path = walk.name;
  for (const k of walk.path) path += typeof k === 'number' ? `[${k}]` : `.${k}`;
  throw new AegisError(code, walk.origin, `${path} ${what}`, { path });
}

function text(walk: Walk, s: string, limit: number, what: string): string {
  if (s.length > limit) fail(walk, 'LIMIT_EXCEEDED', `${what} longer than ${limit} characters`);
  walk.total += s.length;
  if (walk.total > walk.maxTotalLength) {
    fail(walk, 'LIMIT_EXCEEDED', `makes ${walk.name} longer than ${walk.maxTotalLength} characters in all`);
  }
  if (hasLoneSurrogate(s))
    fail(walk, 'INVALID_ARGUMENT', `${what.startsWith('has') ? 'has a key with' : 'contains'} a lone surrogate`);
  return s;
}

function walkValue(walk: Walk, v: unknown, depth: number): JsonValue {
  if (++walk.values > walk.maxValues) {
    fail(walk, 'LIMIT_EXCEEDED', `makes ${walk.name} hold more than ${walk.maxValues} values`);
  }
  switch (typeof v) {
    case 'string':
      return text(walk, v, walk.maxStringLength, 'is');
    case 'number':
      if (!Number.isFinite(v)) fail(walk, 'INVALID_ARGUMENT', `is ${v}, which JSON cannot represent`);
      return walk.copy && v === 0 ? 0 : v;
    case 'boolean':
      return v;
    case 'object':
      if (v === null) return null;
      return walkContainer(walk, v, depth);
    case 'undefined':
      return fail(walk, 'INVALID_ARGUMENT', 'is undefined, which JSON cannot represent');
    case 'bigint':
      return fail(walk, 'INVALID_ARGUMENT', 'is a BigInt, which JSON cannot represent');
    case 'function':
      return fail(walk, 'INVALID_ARGUMENT', 'is a function, not data');
    default:
      return fail(walk, 'INVALID_ARGUMENT', `is ${describe(v)}, not data`);
  }
}

function walkContainer(walk: Walk, v: object, depth: number): JsonValue {
  if (depth >= walk.maxDepth) fail(walk, 'LIMIT_EXCEEDED', `is nested deeper than ${walk.maxDepth} levels`);
  if (walk.ancestors.includes(v)) fail(walk, 'INVALID_ARGUMENT', 'is a cycle (an object that contains itself)');
  walk.ancestors.push(v);
  const path = walk.path;
  let out: JsonValue;
  if (Array.isArray(v)) {
    const items: JsonValue[] | undefined = walk.copy ? new Array<JsonValue>(v.length) : undefined;
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      if (!(i in v)) fail(walk, 'INVALID_ARGUMENT', 'is a hole in a sparse array');
      const item = walkValue(walk, v[i], depth + 1);
      path.pop();
      if (items) items[i] = item;
    }
    out = items ? (Object.freeze(items) as JsonValue[]) : (v as JsonValue[]);
  } else {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const kind = (v as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain';
      fail(walk, 'INVALID_ARGUMENT', `is a ${kind} object, not plain JSON data`);
    }
    if (Object.getOwnPropertySymbols(v).length > 0) fail(walk, 'INVALID_ARGUMENT', 'has symbol keys');
    const fields: Record<string, JsonValue> | undefined = walk.copy ? {} : undefined;
    for (const key of Object.keys(v)) {
      text(walk, key, walk.maxKeyLength, 'has a key');
      path.push(key);
      const item = walkValue(walk, (v as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (fields === undefined) continue;
      // Assigning `__proto__` would set the prototype; define it as the data it is.
      if (key === '__proto__') {
        Object.defineProperty(fields, key, { value: item, enumerable: true, writable: true, configurable: true });
      } else {
        fields[key] = item;
      }
    }
    out = fields ? Object.freeze(fields) : (v as Record<string, JsonValue>);
  }
  walk.ancestors.pop();
  return out;
}
