/**
 * Normalization properties: chunking never changes the result, spans are monotone and in range,
 * normalizing twice changes nothing, and every word of the output maps back to original text that
 * normalizes to exactly that word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactCode, compactText, isWordCode, normalizeText, TextNormalizer } from '../src/text/index.js';
import { runs } from './_config.js';

/** Text rich in the characters normalization cares about. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'B', 'r', 'M', ' ', '  ', '\t', '-', '/', '_', '$', '{', '}', 'I', 'F', 'S', '@', '*'),
      fc.constantFrom("'", '"', '`', '\\', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u0301', 'é', 'ｒ', 'Ｍ', 'а', 'ο'),
      fc.constantFrom('ß', 'ﬁ', '𝐫', '😀', '\ud800', '\u00a0', '\u3000', '–', '’', 'İ', 'Σ', '日'),
      fc.constantFrom('${IFS}', '$IFS', '$@', '${*}', 'userName', 'x_y'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const options = fc.record({ shell: fc.boolean(), splitIdentifiers: fc.boolean() });

function cutsOf(text: string) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 16 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), text.length]);
}

describe('normalizeText properties', () => {
  it('gives the same text and spans however the input is chunked', () => {
    fc.assert(
      fc.property(
        tricky.chain((t) => fc.tuple(fc.constant(t), cutsOf(t))),
        options,
        ([text, cuts], o) => {
          const whole = normalizeText(text, o);
          const n = new TextNormalizer(o);
          let got = '';
          const starts: number[] = [];
          const ends: number[] = [];
          for (let i = 1; i < cuts.length; i++) {
            const c = n.push(text.slice(cuts[i - 1], cuts[i]));
            expect(c.offset).toBe(got.length);
            got += c.text;
            starts.push(...c.starts);
            ends.push(...c.ends);
          }
          const last = n.end();
          got += last.text;
          starts.push(...last.starts);
          ends.push(...last.ends);
          expect(got).toBe(whole.text);
          for (let i = 0; i < got.length; i++) {
            expect(whole.span(i, i + 1)).toEqual({ start: starts[i], end: ends[i] });
          }
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it('peeks at every prefix: the whole-text result of the prefix, and nothing changes', () => {
    fc.assert(
      fc.property(
        tricky.chain((t) => fc.tuple(fc.constant(t), cutsOf(t))),
        options,
        ([text, cuts], o) => {
          const n = new TextNormalizer(o);
          let got = '';
          for (let i = 1; i < cuts.length; i++) {
            got += n.push(text.slice(cuts[i - 1], cuts[i])).text;
            const peeked = n.peek();
            expect(peeked.offset).toBe(got.length);
            expect(got + peeked.text).toBe(normalizeText(text.slice(0, cuts[i]), o).text);
          }
          expect(got + n.end().text).toBe(normalizeText(text, o).text);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('compacts per character: every compact span maps back to text with the same compact form', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const c = compactText(text);
        const n = normalizeText(text).text;
        let expected = '';
        for (let i = 0; i < n.length; i++) {
          const code = compactCode(n.charCodeAt(i));
          if (code >= 0) expected += String.fromCharCode(code);
        }
        expect(c.text).toBe(expected);
        expect(compactText(c.text).text).toBe(c.text);
        for (let i = 0; i < c.text.length; i++) {
          const span = c.span(i, i + 1);
          const back = compactText(text.slice(span.start, span.end)).text;
          expect(back).toContain(c.text[i]);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('keeps spans monotone and inside the original', () => {
    fc.assert(
      fc.property(tricky, options, (text, o) => {
        const n = normalizeText(text, o);
        let previous = { start: 0, end: 0 };
        for (let i = 0; i < n.text.length; i++) {
          const span = n.span(i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(previous.start);
          expect(span.end).toBeGreaterThanOrEqual(Math.max(span.start, previous.end));
          expect(span.end).toBeLessThanOrEqual(text.length);
          previous = span;
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('takes the plain-ASCII fast path only where the general path gives the same result', () => {
    const ascii = fc.stringMatching(/^[ -~]{0,40}$/);
    fc.assert(
      fc.property(ascii, options, (text, o) => {
        const fast = normalizeText(text, o);
        const n = new TextNormalizer(o);
        const a = n.push(text);
        const b = n.end();
        expect(fast.text).toBe(a.text + b.text);
        const starts = [...a.starts, ...b.starts];
        const ends = [...a.ends, ...b.ends];
        for (let i = 0; i < fast.text.length; i++)
          expect(fast.span(i, i + 1)).toEqual({ start: starts[i], end: ends[i] });
      }),
      { numRuns: runs(500) },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(tricky, fc.boolean(), (text, shell) => {
        const once = normalizeText(text, { shell }).text;
        expect(normalizeText(once, { shell }).text).toBe(once);
      }),
      { numRuns: runs(500) },
    );
  });

  it('maps every word back to original text that normalizes to the same word', () => {
    fc.assert(
      fc.property(tricky, fc.boolean(), (text, shell) => {
        const n = normalizeText(text, { shell });
        const words = [...n.text.matchAll(/[^ ]+/g)];
        for (const w of words) {
          const s = w.index as number;
          const e = s + w[0].length;
          if (![...w[0]].every((ch) => isWordCode(ch.charCodeAt(0)))) continue;
          const span = n.span(s, e);
          const slice = text.slice(span.start, span.end);
          expect(normalizeText(slice, { shell }).text).toBe(w[0]);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
