/**
 * Argument checks shared by every public entry point. Each throws an {@link AegisError} naming the
 * function that refused the call, before any state is touched.
 *
 * @internal Not part of the public API.
 */
import { AegisError, describe } from './errors.js';

/**
 * True for `{}`-like objects: not null, not an array, prototype Object.prototype or null. A Proxy
 * whose traps throw (or a revoked one) is not a plain object: false, never a throw.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (Array.isArray(value)) return false;
    const proto = Object.getPrototypeOf(value) as unknown;
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

/**
 * What a caller's getter or Proxy trap threw while `name` was read, as an {@link AegisError}
 * `INVALID_ARGUMENT` with the original as `cause`; an `AegisError` (a refusal from the checks
 * themselves) is returned as it is.
 */
export function readFailure(origin: string, name: string, error: unknown): AegisError {
  if (error instanceof AegisError) return error;
  return new AegisError('INVALID_ARGUMENT', origin, `reading ${name} threw (${describeError(error)})`, undefined, {
    cause: error,
  });
}

/** `Name: message` of a thrown value, for a message; never throws (hostile errors included). */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${String(error.name)}: ${String(error.message)}`;
  } catch {
    // A getter on the error threw: fall through to the neutral description.
  }
  return describe(error);
}

/**
 * Runs `read`, which reads caller-supplied objects (getters, Proxy traps may run), turning anything
 * it throws other than an `AegisError` into one ({@link readFailure}). `read` must change no state
 * before its reads are done, so that a refusal leaves everything as it was.
 */
export function guardRead<T>(origin: string, name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw readFailure(origin, name, error);
  }
}

/** How {@link readArray} words and codes its refusals. */
export interface ArrayRules {
  /** What the items must be, for the message (`'strings'` → "must be an array of strings"). */
  of?: string;
  /** Fewest items. Default 0. */
  min?: number;
  /** Code for a length outside [min, max]. Default `LIMIT_EXCEEDED` above max, `INVALID_ARGUMENT` below min. */
  code?: 'LIMIT_EXCEEDED' | 'INVALID_ARGUMENT';
  /** The message for a length outside [min, max]. Default `${name} has more than ${max} items`. */
  message?: (length: number) => string;
}

/**
 * A snapshot of a caller's array: `length` read once and checked against [min, max] before any
 * element is read, then each element read once, in order, into a fresh dense array (a hole reads
 * as `undefined`). The checks that follow see the copy alone, so a Proxy whose `length` grows after
 * the check cannot pass a limit, and a getter cannot answer one value to a check and another later.
 * A getter or trap that throws becomes `INVALID_ARGUMENT` ({@link readFailure}). O(length).
 *
 * @throws AegisError `INVALID_ARGUMENT` for a non-array; the code of `rules` for a length out of range
 */
export function readArray(
  origin: string,
  name: string,
  value: unknown,
  max: number,
  rules: ArrayRules = {},
): unknown[] {
  try {
    if (!Array.isArray(value)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name} must be an array${rules.of === undefined ? '' : ` of ${rules.of}`}, got ${describe(value)}`,
      );
    }
    const length: unknown = value.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name} has no valid length (got ${describe(length)})`);
    }
    const min = rules.min ?? 0;
    if (length > max || length < min) {
      const code = rules.code ?? (length > max ? 'LIMIT_EXCEEDED' : 'INVALID_ARGUMENT');
      const message =
        rules.message?.(length) ??
        (length > max ? `${name} has more than ${max} items` : `${name} must have at least ${min} items`);
      throw new AegisError(code, origin, message);
    }
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(value[i]);
    return out;
  } catch (error) {
    throw readFailure(origin, name, error);
  }
}

/**
 * A snapshot of a record's own enumerable keys, each read exactly once into a new object, refusing
 * any key outside `allowed` (named `${name} has an unknown ${noun} …`, or `unknown ${noun} …` when
 * `name` is empty). What callers check and keep is then the snapshot: a getter or Proxy that
 * answered differently on a later read cannot pass a check and be used with another value, and
 * inherited keys are never fields. `__proto__` is never in an `allowed` list, so it is refused,
 * never assigned. A getter or Proxy trap that throws becomes `INVALID_ARGUMENT` with the original as
 * `cause` ({@link readFailure}). O(keys × allowed).
 */
export function pickKnown(
  origin: string,
  name: string,
  value: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  noun = 'key',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    // for-in allocates no key array (a few percent of an experience log); inherited keys are skipped.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (!allowed.includes(key)) {
        throw new AegisError(
          'INVALID_ARGUMENT',
          origin,
          `${name === '' ? '' : `${name} has an `}unknown ${noun} ${JSON.stringify(key)}; known ${noun}s are ${allowed.join(', ')}`,
        );
      }
      out[key] = value[key];
    }
  } catch (error) {
    // A throwing getter or ownKeys trap: refused like any bad input, the snapshot dropped.
    throw readFailure(origin, name === '' ? 'the input' : name, error);
  }
  return out;
}

/**
 * Checks an options bag and returns its snapshot ({@link pickKnown}): `undefined` becomes `{}`;
 * anything but a plain object, or an object with a key outside `allowed`, is refused.
 */
export function checkOptions(
  origin: string,
  options: unknown,
  allowed: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `options must be a plain object, got ${describe(options)}`);
  }
  return pickKnown(origin, '', options, allowed, 'option');
}

export function requireString(origin: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a string, got ${describe(value)}`);
  }
  return value;
}

/** A string that is non-empty and has no lone surrogate (ids, names, types). */
export function requireId(origin: string, name: string, value: unknown, maxLength = 256): string {
  const s = requireString(origin, name, value);
  if (s.length === 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name} must not be empty`);
  if (s.length > maxLength) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} is longer than ${maxLength} characters`);
  }
  if (hasLoneSurrogate(s)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} contains a lone surrogate`);
  }
  return s;
}

export function optionalBoolean(origin: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a boolean, got ${describe(value)}`);
  }
  return value;
}

export function oneOf<T extends string>(
  origin: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
    );
  }
  return value as T;
}

/** A finite number within [min, max]. NaN and ±Infinity are refused. */
export function requireNumber(
  origin: string,
  name: string,
  value: unknown,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a finite number, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be within [${min}, ${max}], got ${value}`);
  }
  return value;
}

/** A safe integer within [min, max]. */
export function requireInteger(
  origin: string,
  name: string,
  value: unknown,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be an integer, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be within [${min}, ${max}], got ${value}`);
  }
  return value;
}

/** A score in [0, 1]. */
export function requireUnit(origin: string, name: string, value: unknown): number {
  return requireNumber(origin, name, value, 0, 1);
}

const LONE_SURROGATE = /\p{Surrogate}/u;

/** `String.prototype.isWellFormed` (ES2024) where the runtime has it: ~15× faster than the regex. */
const IS_WELL_FORMED = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True when `s` contains a UTF-16 surrogate that is not part of a valid pair. */
export const hasLoneSurrogate: (s: string) => boolean =
  IS_WELL_FORMED === undefined ? (s) => LONE_SURROGATE.test(s) : (s) => !IS_WELL_FORMED.call(s);

/** A clock: a function returning milliseconds. Defaults to `Date.now`. */
export function requireClock(origin: string, value: unknown): () => number {
  if (value === undefined) return Date.now;
  if (typeof value !== 'function') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `clock must be a function returning milliseconds, got ${describe(value)}`,
    );
  }
  return value as () => number;
}

/** Reads the clock and checks that it returned a finite number. */
export function readClock(origin: string, clock: () => number): number {
  const t = clock();
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `the clock returned ${describe(t)}, not a finite number of milliseconds`,
    );
  }
  return t;
}
