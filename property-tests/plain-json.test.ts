/**
 * copyPlainJson accepts exactly what canonicalize accepts, and its copy serializes to the same
 * canonical text, is deep-frozen and independent of the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { canonicalize, copyPlainJson } from '../src/structures/index.js';
import { runs } from './_config.js';

const outcome = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof AegisError ? error.code : 'other';
  }
};

/** JSON-ish values with the occasional non-JSON leaf or hostile key. */
const leaf = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 0 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 'a\ud800', 1n) },
);
const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', '\udc00'));
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((entries) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries)
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
})).v;

describe('copyPlainJson properties', () => {
  it('accepts exactly what canonicalize accepts, and the copy serializes identically', () => {
    fc.assert(
      fc.property(value, (v) => {
        const a = outcome(() => copyPlainJson(v));
        expect(a).toBe(outcome(() => canonicalize(v)));
        if (a === 'ok') expect(canonicalize(copyPlainJson(v))).toBe(canonicalize(v));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('returns a deep-frozen value', () => {
    const frozen = (x: unknown): boolean =>
      x === null || typeof x !== 'object' || (Object.isFrozen(x) && Object.values(x as object).every(frozen));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(frozen(copyPlainJson(v))).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
