/** The interner against a plain array used as a naive model (indexOf is the id). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { Interner } from '../src/structures/index.js';
import { runs } from './_config.js';

const word = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', '', '😀', 'toString');

describe('Interner equals an array with indexOf', () => {
  it('after any sequence of interns and lookups, under any size limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), word), { maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (ops, maxSize) => {
          const interner = new Interner({ maxSize });
          const model: string[] = [];
          for (const [intern, s] of ops) {
            if (!intern) {
              const i = model.indexOf(s);
              expect(interner.id(s)).toBe(i < 0 ? undefined : i);
              expect(interner.has(s)).toBe(i >= 0);
              continue;
            }
            if (!model.includes(s) && model.length >= maxSize) {
              expect(() => interner.intern(s)).toThrow(AegisError);
            } else {
              if (!model.includes(s)) model.push(s);
              expect(interner.intern(s)).toBe(model.indexOf(s));
            }
            expect(interner.size).toBe(model.length);
            expect(interner.values()).toEqual(model);
            for (const [i, m] of model.entries()) expect(interner.value(i)).toBe(m);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
