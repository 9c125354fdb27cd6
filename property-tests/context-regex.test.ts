/**
 * The context-expression engine against JavaScript's own RegExp on small alphabets (where
 * alternatives, loops, empty matches and word boundaries interact most): the same answer for
 * every expression, every text and every phrase position, read forwards (after) and backwards
 * (before).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContext, matchContext, matchContextNfa } from '../src/structures/context-regex.js';
import { runs } from './_config.js';

const ALPHABET = ['a', 'b', ' ', '-', '0'];

/** Expressions as source text, built from a small grammar that always yields valid syntax. */
function expression(edge: '$' | '^') {
  const { node } = fc.letrec<{ node: string; atom: string }>((tie) => ({
    atom: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...ALPHABET.map((c) => (c === '-' ? '\\-' : c))),
      fc.constantFrom('[ab]', '[^a]', '[a-b0]', '.', '\\w', '\\W', '\\d', '\\s', '\\S', '[\\- ]'),
      fc.constantFrom('\\b', '\\B', edge),
      tie('node').map((n) => `(?:${n})`),
      tie('node').map((n) => `(${n})`),
    ),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('atom'),
      fc
        .tuple(tie('atom'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}', '*?'))
        .filter(([a]) => !['\\b', '\\B', '$', '^'].includes(a))
        .map(([a, q]) => a + q),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((xs) => xs.join('')),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((xs) => xs.join('|')),
    ),
  }));
  return node;
}

const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(''));

describe('context expressions equal RegExp', () => {
  it('after a phrase: a sticky match at the phrase end', () => {
    fc.assert(
      fc.property(
        expression('$'),
        text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }))),
        (source, [t, from]) => {
          const p = compileContext(source, 'after', 'test', 'context');
          const re = new RegExp(source, 'sy');
          re.lastIndex = from;
          const inside = from > 0 ? t.charCodeAt(from - 1) : -1;
          const expected = re.test(t);
          expect(matchContextNfa(p, t, from, t.length - from, inside, -1, true)).toBe(expected);
          expect(matchContext(p, t, from, t.length - from, inside, -1, true)).toBe(expected);
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('before a phrase: a match that ends at the phrase start', () => {
    fc.assert(
      fc.property(
        expression('^'),
        text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }))),
        (source, [t, from]) => {
          const p = compileContext(source, 'before', 'test', 'context');
          const re = new RegExp(`(?:${source})(?=[\\s\\S]{${t.length - from}}$)`, 's');
          const inside = from < t.length ? t.charCodeAt(from) : -1;
          const expected = re.test(t);
          expect(matchContextNfa(p, t, from, from, inside, -1, true)).toBe(expected);
          expect(matchContext(p, t, from, from, inside, -1, true)).toBe(expected);
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('a window cut short reads as if the text went on', () => {
    fc.assert(
      fc.property(
        expression('$'),
        text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }))),
        fc.nat(12),
        (source, [t, from], cut) => {
          const length = Math.min(cut, t.length - from);
          const p = compileContext(source, 'after', 'test', 'context');
          // The reference: the window, then the real next character and an unmatchable sentinel
          // (so that $ fails and \b sees the next character), and a lookbehind that keeps the
          // match inside the window.
          const end = from + length;
          const cutShort = end < t.length;
          const sentinel = cutShort ? `${t[end]}\u0000` : '';
          const window = t.slice(0, end) + sentinel;
          const args = [
            p,
            t,
            from,
            length,
            from > 0 ? t.charCodeAt(from - 1) : -1,
            cutShort ? t.charCodeAt(end) : -1,
            !cutShort,
          ] as const;
          const ours = matchContext(...args);
          expect(matchContextNfa(...args)).toBe(ours);
          const bounded = new RegExp(`(?:${source})(?<=^[\\s\\S]{${from},${end}})`, 'sy');
          bounded.lastIndex = from;
          expect(ours).toBe(bounded.test(window));
        },
      ),
      { numRuns: runs(800) },
    );
  });

  it('the DFA stays exact when its state cache fills up and starts over', () => {
    // (a|b)*a(a|b){11} needs 2^12 DFA states, twice the cache: it restarts mid-window many times.
    const p = compileContext('(a|b)*a(a|b){11}$', 'after', 'test', 'context');
    const re = /(a|b)*a(a|b){11}$/y;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b'), { minLength: 0, maxLength: 300 }), (cs) => {
        const t = `x${cs.join('')}`;
        re.lastIndex = 1;
        expect(matchContext(p, t, 1, t.length - 1, 0x78, -1, true)).toBe(re.test(t));
      }),
      { numRuns: runs(200) },
    );
  });
});
