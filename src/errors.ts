/**
 * The one error type Aegis throws.
 *
 * Every failure carries a stable machine-readable {@link AegisErrorCode} and a message that
 * names the function that refused the call, so callers can branch on `error.code` and humans can
 * read `error.message`. A call that throws leaves every structure exactly as it was before the call.
 *
 * @module
 */

/**
 * Stable error codes. New codes may be added in minor versions; existing codes never change meaning.
 *
 * - `INVALID_ARGUMENT`: wrong type, out-of-range number, NaN, malformed text or JSON, unknown option.
 * - `NOT_FOUND`: an id, sequence number or pattern that does not exist.
 * - `CONFLICT`: a duplicate id, or an operation on something in the wrong state.
 * - `TAMPERED`: stored data failed a hash, signature or proof check.
 * - `EXPIRED`: a deadline has passed.
 * - `RATE_LIMITED`: a caller exceeded its rate budget.
 * - `LIMIT_EXCEEDED`: input larger or deeper than a configured limit.
 * - `SINK_FAILED`: a storage callback (the audit log's `onAppend`) failed to take an entry; the
 *   error's `cause` is what it threw or rejected with.
 */
export type AegisErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TAMPERED'
  | 'EXPIRED'
  | 'RATE_LIMITED'
  | 'LIMIT_EXCEEDED'
  | 'SINK_FAILED';

/** Extra structured facts about a failure (for example the first bad sequence number). */
export type AegisErrorDetails = Readonly<Record<string, unknown>>;

/**
 * An error with a stable {@link AegisErrorCode}.
 *
 * @example
 * ```ts
 * try {
 *   firewall.removeRule('no-such-rule');
 * } catch (error) {
 *   if (error instanceof AegisError && error.code === 'NOT_FOUND') {
 *     // handle the missing rule
 *   }
 * }
 * ```
 */
export class AegisError extends Error {
  /** Stable machine-readable code. */
  readonly code: AegisErrorCode;
  /** Structured facts about the failure, when there are any. */
  readonly details: AegisErrorDetails | undefined;

  /**
   * @param code - the stable code
   * @param origin - the function that refused the call, e.g. `'AhoCorasick.findAll'`
   * @param message - what was wrong, in one sentence
   * @param details - optional structured facts
   * @param options - `cause`: the error that led to this one (a caller's getter that threw, a sink's
   *   rejection), kept as the standard `Error.cause`
   */
  constructor(
    code: AegisErrorCode,
    origin: string,
    message: string,
    details?: AegisErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(`${origin}: ${message}`, options !== undefined && 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'AegisError';
    this.code = code;
    this.details = details;
  }
}

/** Describes a value for an error message without ever throwing (cyclic objects, symbols, …). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArraySafe(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of length ${value.length}` : JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

/** `Array.isArray`, false where it throws (a revoked Proxy). */
function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
