/**
 * canonicalize against a reference built on JSON.stringify: RFC 8785 output is ECMAScript's JSON
 * with object keys sorted by UTF-16 code units (written member by member: an object cannot hold
 * `"0"` after `""`, since integer-like keys always enumerate first). Also the exact `maxLength`
 * boundary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { canonicalize } from '../src/structures/index.js';
import { runs } from './_config.js';

/** The reference text: JSON.stringify for leaves, sorted members for objects. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Strings that exercise the quoting fast path and every escape: ASCII, controls, quotes, astral. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('', '"', '\\', '\u007f', '\u0000', '\u001f', 'a"b\\c', '\u2028', '😀', 'é', '~'),
);
const json = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(text, tie('v'), { maxKeys: 6 }),
  ),
})).v;

describe('canonicalize (property)', () => {
  it('equals the reference: JSON.stringify of each leaf, members in sorted order', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalize(v)).toBe(reference(v));
      }),
      { numRuns: runs(400) },
    );
  });

  it('refuses in reading order: a value JSON cannot represent before the punctuation around it', () => {
    const code = (v: unknown, maxLength: number) => {
      try {
        canonicalize(v, { maxLength });
        return 'ok';
      } catch (error) {
        return error instanceof AegisError ? error.code : 'other';
      }
    };
    expect(code([Number.NaN], 1)).toBe('INVALID_ARGUMENT');
    expect(code({ a: [Number.NaN] }, 3)).toBe('INVALID_ARGUMENT');
    expect(code(['abcdef', Number.NaN], 3)).toBe('LIMIT_EXCEEDED'); // the string comes first
  });

  it('accepts output of exactly maxLength characters and refuses one character less', () => {
    fc.assert(
      fc.property(json, (v) => {
        const n = canonicalize(v).length;
        expect(canonicalize(v, { maxLength: n })).toHaveLength(n);
        let code = 'ok';
        try {
          canonicalize(v, { maxLength: n - 1 });
        } catch (error) {
          code = error instanceof AegisError ? error.code : 'other';
        }
        expect(code).toBe('LIMIT_EXCEEDED');
      }),
      { numRuns: runs(300) },
    );
  });
});
