import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { canonicalize } from '../../src/structures/index.js';

describe('canonicalize (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalize({ b: 1, a: [true, null, 'x'], A: {} })).toBe('{"A":{},"a":[true,null,"x"],"b":1}');
  });

  it('orders keys as RFC 8785 §3.2.3 does (code units, not code points)', () => {
    // The RFC's sorting example: keys "\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6".
    const value = {
      '€': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '😀': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      ö: 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalize(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes numbers in ECMAScript shortest form (RFC 8785 §3.2.2.3 samples)', () => {
    // biome-ignore lint/correctness/noPrecisionLoss: the RFC's own sample literal, rounded by design
    expect(canonicalize([333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001, -0])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0]',
    );
  });

  it('escapes strings as JSON.stringify does', () => {
    expect(canonicalize('\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
  });

  it('keeps an own __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__":{"admin":true},"a":1}') as unknown;
    expect(canonicalize(value)).toBe('{"__proto__":{"admin":true},"a":1}');
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  const refused: [string, unknown, string][] = [
    ['undefined', { a: undefined }, 'INVALID_ARGUMENT'],
    ['a function', [() => 1], 'INVALID_ARGUMENT'],
    ['a BigInt', { n: 1n }, 'INVALID_ARGUMENT'],
    ['NaN', [Number.NaN], 'INVALID_ARGUMENT'],
    ['Infinity', { x: Number.POSITIVE_INFINITY }, 'INVALID_ARGUMENT'],
    ['a Date', { d: new Date(0) }, 'INVALID_ARGUMENT'],
    ['a Map', new Map(), 'INVALID_ARGUMENT'],
    ['a lone surrogate', { s: 'a\ud800b' }, 'INVALID_ARGUMENT'],
    ['a key with a lone surrogate', { '\udc00': 1 }, 'INVALID_ARGUMENT'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is being refused
    ['a sparse array', [1, , 3], 'INVALID_ARGUMENT'],
    ['a symbol', Symbol('x'), 'INVALID_ARGUMENT'],
  ];
  for (const [name, value, code] of refused) {
    it(`refuses ${name}`, () => {
      expect(() => canonicalize(value)).toThrow(AegisError);
      try {
        canonicalize(value);
      } catch (error) {
        expect((error as AegisError).code).toBe(code);
      }
    });
  }

  it('refuses cycles but accepts shared (acyclic) references', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(/cycle/);
  });

  it('refuses nesting deeper than maxDepth and output longer than maxLength, naming the path', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(() => canonicalize(deep)).toThrow(/deeper than 64/);
    expect(() =>
      canonicalize({ a: 'x'.repeat(100) }, { maxLength: 50, origin: 'AuditLog.logAction', name: 'data' }),
    ).toThrow(/AuditLog\.logAction: data\.a makes the JSON longer than 50/);
  });
});
