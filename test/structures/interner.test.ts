import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { Interner } from '../../src/structures/index.js';

/** Expects `fn` to throw an AegisError with `code`. */
const refuses = (fn: () => unknown, code: string) => {
  expect(fn).toThrow(AegisError);
  expect(fn).toThrow(expect.objectContaining({ code }));
};

describe('Interner', () => {
  it('hands out dense ids in first-seen order and the same id for the same string', () => {
    const types = new Interner();
    expect(types.intern('file_read')).toBe(0);
    expect(types.intern('shell_exec')).toBe(1);
    expect(types.intern('file_read')).toBe(0);
    expect(types.size).toBe(2);
    expect(types.values()).toEqual(['file_read', 'shell_exec']);
  });

  it('maps ids back to strings and looks strings up without interning them', () => {
    const types = new Interner();
    types.intern('a');
    expect(types.value(0)).toBe('a');
    expect(types.id('b')).toBeUndefined();
    expect(types.has('b')).toBe(false);
    expect(types.size).toBe(1);
  });

  it('treats __proto__ and the empty string as ordinary strings', () => {
    const types = new Interner();
    expect(types.intern('__proto__')).toBe(0);
    expect(types.intern('')).toBe(1);
    expect(types.id('__proto__')).toBe(0);
  });

  it('refuses a new string beyond maxSize and changes nothing', () => {
    const types = new Interner({ maxSize: 2 });
    types.intern('a');
    types.intern('b');
    refuses(() => types.intern('c'), 'LIMIT_EXCEEDED');
    expect(types.size).toBe(2);
    expect(types.intern('a')).toBe(0);
  });

  it('refuses unknown ids, non-strings and bad options', () => {
    const types = new Interner();
    refuses(() => types.value(0), 'NOT_FOUND');
    refuses(() => types.value(0.5), 'NOT_FOUND');
    refuses(() => types.intern(1 as unknown as string), 'INVALID_ARGUMENT');
    refuses(() => new Interner({ maxSize: -1 }), 'INVALID_ARGUMENT');
    refuses(() => new Interner({ size: 3 } as never), 'INVALID_ARGUMENT');
    expect(types.size).toBe(0);
  });
});
