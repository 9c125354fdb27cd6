/**
 * Canonical JSON (RFC 8785, the JSON Canonicalization Scheme): one byte-exact serialization per
 * JSON value, so that hashes and signatures over data do not depend on key order or formatting.
 *
 * @module
 */
import { AegisError } from '../errors.js';

export interface CanonicalOptions {
  /** Deepest nesting accepted (objects and arrays count one level each). Default 64. */
  maxDepth?: number;
  /** Longest output accepted, in UTF-16 code units. Default unlimited. */
  maxLength?: number;
  /** Function named in error messages. Default `canonicalize`. */
  origin?: string;
  /** Name of the value in error messages. Default `value`. */
  name?: string;
}

/** JSON values as Aegis accepts them: plain data only. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Serializes `value` in RFC 8785 canonical form: object keys sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest form (RFC 8785 §3.2.2.3), strings escaped as
 * ECMAScript `JSON.stringify` does (§3.2.2.2).
 *
 * Only plain data is accepted, so that what is hashed is exactly what a reader will parse back:
 * `null`, booleans, finite numbers, strings without lone surrogates, arrays without holes, and
 * objects whose prototype is `Object.prototype` or `null`. An own key named `__proto__` is kept as
 * data. Everything else (undefined, functions, symbols, BigInt, NaN, ±Infinity, Dates, Maps, class
 * instances, cycles, nesting deeper than `maxDepth`) is refused, naming the path to the culprit.
 *
 * Time and space O(size of the value + k log k for the keys of each object).
 *
 * @throws AegisError `INVALID_ARGUMENT` for a value that is not plain JSON; `LIMIT_EXCEEDED` when
 *   `maxDepth` or `maxLength` is exceeded
 * @example
 * ```ts
 * canonicalize({ b: 1, a: [true, null, 'x'] }); // '{"a":[true,null,"x"],"b":1}'
 * ```
 */
export function canonicalize(value: unknown, options: CanonicalOptions = {}): string {
  const state: State = {
    origin: options.origin ?? 'canonicalize',
    name: options.name ?? 'value',
    maxDepth: options.maxDepth ?? 64,
    maxLength: options.maxLength ?? Number.POSITIVE_INFINITY,
    ancestors: [],
    keys: [],
    length: 0,
  };
  return write(state, value);
}

/**
 * The walk's state. Module-level functions over one state object rather than closures created per
 * call, and the path to the current value kept as a stack of keys that is only rendered into a
 * string when something is refused: the happy path allocates nothing but the output.
 */
interface State {
  readonly origin: string;
  readonly name: string;
  readonly maxDepth: number;
  readonly maxLength: number;
  /** The objects and arrays being written, outermost first, to refuse cycles. */
  readonly ancestors: object[];
  /** Keys (object) and indexes (array) from the root to the current value. */
  readonly keys: (string | number)[];
  length: number;
}

function fail(state: State, code: 'INVALID_ARGUMENT' | 'LIMIT_EXCEEDED', what: string): never {
  let path = state.name;
  for (const k of state.keys) path += typeof k === 'number' ? `[${k}]` : `.${k}`;
  throw new AegisError(code, state.origin, `${path} ${what}`, { path });
}

function grow(state: State, s: string): string {
  state.length += s.length;
  if (state.length > state.maxLength)
    fail(state, 'LIMIT_EXCEEDED', `makes the JSON longer than ${state.maxLength} characters`);
  return s;
}

function write(state: State, v: unknown): string {
  switch (typeof v) {
    case 'string':
      if (LONE_SURROGATE.test(v)) fail(state, 'INVALID_ARGUMENT', 'contains a lone surrogate (not valid Unicode)');
      return grow(state, JSON.stringify(v));
    case 'number':
      if (!Number.isFinite(v)) fail(state, 'INVALID_ARGUMENT', `is ${v}, which JSON cannot represent`);
      return grow(state, JSON.stringify(v));
    case 'boolean':
      return grow(state, v ? 'true' : 'false');
    case 'object': {
      if (v === null) return grow(state, 'null');
      if (state.keys.length >= state.maxDepth)
        fail(state, 'LIMIT_EXCEEDED', `is nested deeper than ${state.maxDepth} levels`);
      if (state.ancestors.includes(v)) fail(state, 'INVALID_ARGUMENT', 'is a cycle (an object that contains itself)');
      state.ancestors.push(v);
      const out = Array.isArray(v) ? writeArray(state, v) : writeObject(state, v);
      state.ancestors.pop();
      return out;
    }
    case 'undefined':
      return fail(state, 'INVALID_ARGUMENT', 'is undefined, which JSON cannot represent');
    case 'bigint':
      return fail(state, 'INVALID_ARGUMENT', 'is a BigInt, which JSON cannot represent');
    case 'function':
      return fail(state, 'INVALID_ARGUMENT', 'is a function, not data');
    default:
      return fail(state, 'INVALID_ARGUMENT', 'is a symbol, not data');
  }
}

function writeArray(state: State, v: readonly unknown[]): string {
  let out = grow(state, '[');
  for (let i = 0; i < v.length; i++) {
    state.keys.push(i);
    if (!(i in v)) fail(state, 'INVALID_ARGUMENT', 'is a hole in a sparse array');
    if (i > 0) out += grow(state, ',');
    out += write(state, v[i]);
    state.keys.pop();
  }
  return out + grow(state, ']');
}

function writeObject(state: State, v: object): string {
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const kind = (v as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain';
    fail(state, 'INVALID_ARGUMENT', `is a ${kind} object, not plain JSON data`);
  }
  if (Object.getOwnPropertySymbols(v).length > 0) fail(state, 'INVALID_ARGUMENT', 'has symbol keys');
  const keys = Object.keys(v).sort();
  let out = grow(state, '{');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    state.keys.push(key);
    if (LONE_SURROGATE.test(key)) fail(state, 'INVALID_ARGUMENT', 'is a key with a lone surrogate');
    if (i > 0) out += grow(state, ',');
    out += grow(state, JSON.stringify(key));
    out += grow(state, ':');
    out += write(state, (v as Record<string, unknown>)[key]);
    state.keys.pop();
  }
  return out + grow(state, '}');
}
