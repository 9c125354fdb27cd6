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
  const origin = options.origin ?? 'canonicalize';
  const maxDepth = options.maxDepth ?? 64;
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const ancestors = new Set<object>();
  let length = 0;

  const fail = (code: 'INVALID_ARGUMENT' | 'LIMIT_EXCEEDED', path: string, what: string): never => {
    throw new AegisError(code, origin, `${path} ${what}`, { path });
  };
  const grow = (s: string, path: string): string => {
    length += s.length;
    if (length > maxLength) fail('LIMIT_EXCEEDED', path, `makes the JSON longer than ${maxLength} characters`);
    return s;
  };

  const write = (v: unknown, path: string, depth: number): string => {
    switch (typeof v) {
      case 'string':
        if (LONE_SURROGATE.test(v)) fail('INVALID_ARGUMENT', path, 'contains a lone surrogate (not valid Unicode)');
        return grow(JSON.stringify(v), path);
      case 'number':
        if (!Number.isFinite(v)) fail('INVALID_ARGUMENT', path, `is ${v}, which JSON cannot represent`);
        return grow(JSON.stringify(v), path);
      case 'boolean':
        return grow(v ? 'true' : 'false', path);
      case 'object': {
        if (v === null) return grow('null', path);
        if (depth >= maxDepth) fail('LIMIT_EXCEEDED', path, `is nested deeper than ${maxDepth} levels`);
        if (ancestors.has(v)) fail('INVALID_ARGUMENT', path, 'is a cycle (an object that contains itself)');
        ancestors.add(v);
        let out: string;
        if (Array.isArray(v)) {
          out = grow('[', path);
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) fail('INVALID_ARGUMENT', `${path}[${i}]`, 'is a hole in a sparse array');
            if (i > 0) out += grow(',', path);
            out += write(v[i], `${path}[${i}]`, depth + 1);
          }
          out += grow(']', path);
        } else {
          const proto = Object.getPrototypeOf(v) as unknown;
          if (proto !== Object.prototype && proto !== null) {
            const kind = (v as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain';
            fail('INVALID_ARGUMENT', path, `is a ${kind} object, not plain JSON data`);
          }
          if (Object.getOwnPropertySymbols(v).length > 0) fail('INVALID_ARGUMENT', path, 'has symbol keys');
          const keys = Object.keys(v).sort();
          out = grow('{', path);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i] as string;
            const child = `${path}.${key}`;
            if (LONE_SURROGATE.test(key)) fail('INVALID_ARGUMENT', child, 'is a key with a lone surrogate');
            if (i > 0) out += grow(',', path);
            out += grow(JSON.stringify(key), child);
            out += grow(':', child);
            out += write((v as Record<string, unknown>)[key], child, depth + 1);
          }
          out += grow('}', path);
        }
        ancestors.delete(v);
        return out;
      }
      case 'undefined':
        return fail('INVALID_ARGUMENT', path, 'is undefined, which JSON cannot represent');
      case 'bigint':
        return fail('INVALID_ARGUMENT', path, 'is a BigInt, which JSON cannot represent');
      case 'function':
        return fail('INVALID_ARGUMENT', path, 'is a function, not data');
      default:
        return fail('INVALID_ARGUMENT', path, 'is a symbol, not data');
    }
  };

  return write(value, options.name ?? 'value', 0);
}
