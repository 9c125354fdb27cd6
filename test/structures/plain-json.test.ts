import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { canonicalize, copyPlainJson } from '../../src/structures/index.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AegisError ? error.code : 'not an AegisError';
  }
  return undefined;
};

describe('copyPlainJson', () => {
  it('returns a deep-frozen copy that serializes like the original', () => {
    const input = { a: [1, { b: 'x' }], c: null, d: true };
    const out = copyPlainJson(input) as { a: [number, { b: string }] };
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.isFrozen(out.a)).toBe(true);
    expect(Object.isFrozen(out.a[1])).toBe(true);
    expect(canonicalize(out)).toBe(canonicalize(input));
  });

  it('is unaffected by later changes to the input', () => {
    const input = { list: [1, 2], flat: 'x' };
    const out = copyPlainJson(input);
    input.list.push(3);
    input.flat = 'y';
    expect(out).toEqual({ list: [1, 2], flat: 'x' });
  });

  it('keeps an own __proto__ key as data, in flat and nested objects', () => {
    const flat = copyPlainJson(JSON.parse('{"__proto__":{"admin":true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(flat)).toBe(Object.prototype);
    expect(Object.keys(flat)).toEqual(['__proto__']);
    const nested = copyPlainJson(JSON.parse('{"x":{"__proto__":1}}')) as { x: Record<string, unknown> };
    expect(Object.hasOwn(nested.x, '__proto__')).toBe(true);
  });

  it('turns -0 into 0 when copying, as a JSON round trip does', () => {
    expect(Object.is((copyPlainJson({ z: -0 }) as { z: number }).z, 0)).toBe(true);
    expect(Object.is((copyPlainJson([-0]) as number[])[0], 0)).toBe(true);
  });

  it('checks without copying when asked', () => {
    const input = { a: [1] };
    expect(copyPlainJson(input, { copy: false })).toBe(input);
  });

  const refused: [string, unknown, string][] = [
    ['undefined', { a: undefined }, 'INVALID_ARGUMENT'],
    ['a function', [() => 1], 'INVALID_ARGUMENT'],
    ['a BigInt', { n: 1n }, 'INVALID_ARGUMENT'],
    ['NaN', { x: Number.NaN }, 'INVALID_ARGUMENT'],
    ['a Date', { d: new Date(0) }, 'INVALID_ARGUMENT'],
    ['a class instance', new (class Thing {})(), 'INVALID_ARGUMENT'],
    ['a lone surrogate', { s: 'a\ud800' }, 'INVALID_ARGUMENT'],
    ['a key with a lone surrogate', { '\udc00': 1 }, 'INVALID_ARGUMENT'],
    ['symbol keys', { [Symbol('k')]: 1 }, 'INVALID_ARGUMENT'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is being refused
    ['a sparse array', [1, , 2], 'INVALID_ARGUMENT'],
  ];
  for (const [name, value, expected] of refused) {
    it(`refuses ${name}`, () => {
      expect(code(() => copyPlainJson(value))).toBe(expected);
      expect(code(() => canonicalize(value))).toBe(expected);
    });
  }

  it('refuses cycles, naming the path', () => {
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic.a as Record<string, unknown>).back = cyclic;
    expect(() => copyPlainJson(cyclic, { origin: 'Queue.add', name: 'context' })).toThrow(
      /Queue\.add: context\.a\.back is a cycle/,
    );
  });

  it('enforces each limit with LIMIT_EXCEEDED', () => {
    expect(code(() => copyPlainJson([[[1]]], { maxDepth: 2 }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => copyPlainJson([1, 2, 3], { maxValues: 3 }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => copyPlainJson({ s: 'abcd' }, { maxStringLength: 3 }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => copyPlainJson({ abcd: 1 }, { maxKeyLength: 3 }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => copyPlainJson({ ab: 'cd', ef: 'gh' }, { maxTotalLength: 7 }))).toBe('LIMIT_EXCEEDED');
    expect(copyPlainJson({ ab: 'cd', ef: 'gh' }, { maxTotalLength: 8 })).toEqual({ ab: 'cd', ef: 'gh' });
  });
});
