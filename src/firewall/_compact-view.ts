/**
 * The compact view of the normalized stream, built piece by piece: its text for the automata and
 * the normalized offset of each of its code units.
 *
 * @internal Not part of the public API.
 */
import { step } from '../structures/_aho-corasick-build.js';
import { next } from '../structures/_aho-corasick-pair.js';
import type { AhoCorasick, MatchVisitor } from '../structures/index.js';
import { compactAsciiTable } from '../text/compact.js';
import { compactCode } from '../text/index.js';

export class CompactView {
  /** Normalized offset of each compact code unit, from compact offset `atStart` (`atLen` in use). */
  private at = new Int32Array(256);
  private atLen = 0;
  private atStart = 0;
  /** Compact length so far. */
  length = 0;
  /** The last compact characters before the current piece (for the plain scan across pieces). */
  tail = '';
  /** Code units of the piece being built (reused). */
  private codes: number[] = [];

  reset(): void {
    this.atLen = 0;
    this.atStart = 0;
    this.length = 0;
    this.tail = '';
  }

  copy(): CompactView {
    const c = new CompactView();
    c.at = this.at.slice();
    c.atLen = this.atLen;
    c.atStart = this.atStart;
    c.length = this.length;
    c.tail = this.tail;
    return c;
  }

  /** Room in the index map for a piece of `length` more code units. */
  private reserve(length: number): void {
    if (this.at.length < this.atLen + length) {
      const grown = new Int32Array(Math.max(this.atLen + length, 2 * this.at.length));
      grown.set(this.at.subarray(0, this.atLen));
      this.at = grown;
    }
  }

  /**
   * Extends the view over the normalized piece `text` (at normalized offset `base`) without making
   * its text, and scans in the same pass the piece with `a` from state `sa` and its compact code
   * units with `c` from state `sc`: each reports to its visitor what an overlapping
   * `runStandard` over its text reports (compact offsets from the view's length before the piece).
   * The index map is filled before `c` reads a code unit, so its visitor can map offsets back.
   * Leaves the states reached in `out[0]` and `out[1]`.
   */
  scanWith(
    text: string,
    base: number,
    a: AhoCorasick,
    sa: number,
    visitA: MatchVisitor,
    c: AhoCorasick,
    sc: number,
    visitC: MatchVisitor,
    out: Int32Array,
  ): void {
    this.reserve(text.length);
    const ta = a.tables;
    const tc = c.tables;
    // The tables' fields in locals: the loop calls out (visitors, `compactCode`), after which
    // fields of an object would be read again on every code unit. The tables never change.
    const transA = ta.trans;
    const colsA = ta.cols;
    const deadA = ta.dead;
    const escA = ta.esc;
    const maxA = ta.maxMatch;
    const transC = tc.trans;
    const colsC = tc.cols;
    const deadC = tc.dead;
    const escC = tc.esc;
    const maxC = tc.maxMatch;
    const table = compactAsciiTable();
    const at = this.at;
    const cBase = this.length;
    let m = this.atLen;
    let j = 0;
    // A search stops for good in DEAD (an anchored automaton's failure).
    let liveA = sa !== deadA;
    let liveC = sc !== deadC;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (liveA) {
        // `next` written out: a dense row's entry, its escape resolved, or a step. Typed-array
        // reads in bounds: columns < width, dense ids are row starts, and ch < 65536 = cols.length.
        if (sa < deadA) {
          sa = transA[sa + colsA[ch]!]!;
          if (sa >= escA) sa = step(ta, sa - escA, ta.classes[ch]!);
        } else sa = next(ta, sa, ch);
        if (sa >= deadA) {
          if (sa === deadA) liveA = false;
          else if (sa <= maxA) a.visitAll(sa, base + i + 1, visitA);
        }
      }
      // Typed-array read in bounds: ch < 128.
      const code = ch < 128 ? table[ch]! : compactCode(ch);
      if (code < 0) continue;
      at[m++] = base + i;
      j++;
      if (liveC) {
        // code < 65536 = cols.length
        if (sc < deadC) {
          sc = transC[sc + colsC[code]!]!;
          if (sc >= escC) sc = step(tc, sc - escC, tc.classes[code]!);
        } else sc = next(tc, sc, code);
        if (sc >= deadC) {
          if (sc === deadC) liveC = false;
          else if (sc <= maxC) c.visitAll(sc, cBase + j, visitC);
        }
      }
    }
    this.atLen = m;
    this.length += j;
    out[0] = sa;
    out[1] = sc;
  }

  /** The compact text of the normalized piece `text` starting at normalized offset `base`. */
  build(text: string, base: number): string {
    // The index map is a typed buffer and the code units a plain array, both reused across calls;
    // String.fromCharCode.apply turns a plain array into a string fastest, and a table read with a
    // reused array costs about half of a compactCode call and a fresh array per character.
    this.reserve(text.length);
    const table = compactAsciiTable();
    const codes = this.codes;
    const at = this.at;
    let m = this.atLen;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // Typed-array read in bounds: ch < 128.
      const c = ch < 128 ? table[ch]! : compactCode(ch);
      if (c >= 0) {
        codes[n++] = c;
        at[m++] = base + i;
      }
    }
    if (codes.length !== n) codes.length = n;
    this.atLen = m;
    this.length += n;
    if (n <= 8192) return String.fromCharCode.apply(null, codes);
    let out = '';
    for (let from = 0; from < n; from += 8192) out += String.fromCharCode.apply(null, codes.slice(from, from + 8192));
    return out;
  }

  /** The normalized offset of compact offset `c` (one of the last `keep` kept). */
  normalized(c: number): number {
    // c is one of the kept offsets, so 0 ≤ c - atStart < atLen
    return this.at[c - this.atStart]!;
  }

  /** Keeps the last `keep` entries once there are many more. */
  trim(keep: number): void {
    if (this.atLen > 2 * keep + 64) {
      const drop = this.atLen - keep;
      this.at.copyWithin(0, drop, this.atLen);
      this.atLen -= drop;
      this.atStart += drop;
    }
  }
}
