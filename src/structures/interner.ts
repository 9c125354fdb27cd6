/**
 * String interning: each distinct string gets a small dense integer id, so that columns and counters
 * can be indexed by typed arrays instead of string-keyed maps.
 *
 * @module
 */
import { checkOptions, requireInteger, requireString } from '../_validate.js';
import { AegisError, describe } from '../errors.js';

export interface InternerOptions {
  /**
   * Most distinct strings accepted (default 2³² − 1). Interning one more is refused with
   * `LIMIT_EXCEEDED`, so memory stays bounded when the strings come from untrusted input.
   */
  maxSize?: number;
}

/**
 * A bijection between distinct strings and the ids 0, 1, 2, … in first-seen order.
 *
 * Time: `intern`, `id` and `value` are O(1) expected (one `Map` lookup, or one array read for
 * `value`). Space: O(total length of the distinct strings).
 *
 * @example
 * ```ts
 * const types = new Interner();
 * types.intern('file_read');  // 0
 * types.intern('shell_exec'); // 1
 * types.intern('file_read');  // 0 again
 * types.value(1);             // 'shell_exec'
 * types.id('net_send');       // undefined: never interned
 * ```
 */
export class Interner {
  /** Most distinct strings this interner accepts. */
  readonly maxSize: number;
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /**
   * @param options - see {@link InternerOptions}
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option or a `maxSize` that is not an
   *   integer in [0, 2³² − 1]
   */
  constructor(options?: InternerOptions) {
    const o = checkOptions('Interner', options, ['maxSize']);
    this.maxSize =
      o.maxSize === undefined ? 2 ** 32 - 1 : requireInteger('Interner', 'options.maxSize', o.maxSize, 0, 2 ** 32 - 1);
  }

  /** Number of distinct strings interned so far. */
  get size(): number {
    return this.strings.length;
  }

  /**
   * The id of `value`, interning it first if it is new. O(1) expected.
   * @throws AegisError `INVALID_ARGUMENT` when `value` is not a string; `LIMIT_EXCEEDED` when it is
   *   new and `maxSize` strings are already interned (nothing changes)
   */
  intern(value: string): number {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    requireString('Interner.intern', 'value', value);
    if (this.strings.length >= this.maxSize) {
      throw new AegisError(
        'LIMIT_EXCEEDED',
        'Interner.intern',
        `already holds its maximum of ${this.maxSize} distinct strings`,
      );
    }
    const id = this.strings.length;
    this.strings.push(value);
    this.ids.set(value, id);
    return id;
  }

  /** The id of `value` if it was interned, otherwise `undefined`; never interns. O(1) expected. */
  id(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Whether `value` was interned. O(1) expected. */
  has(value: string): boolean {
    return this.ids.has(value);
  }

  /**
   * The string with id `id`. O(1).
   * @throws AegisError `NOT_FOUND` for an id that was never handed out
   */
  value(id: number): string {
    const s = Number.isInteger(id) ? this.strings[id] : undefined;
    if (s === undefined) throw new AegisError('NOT_FOUND', 'Interner.value', `no string has id ${describe(id)}`);
    return s;
  }

  /** Every interned string, in id order (a copy). O(size). */
  values(): string[] {
    return this.strings.slice();
  }
}
