/**
 * Normalization of action text with a fast path for plain ASCII.
 *
 * The shared `normalizeText` with identifier splitting takes its general path for any text with an
 * underscore or a capital letter, which is nearly every action type, at a third of the whole
 * evaluation's cost. Printable ASCII without
 * quotes, backslashes or `$` (where shell normalization has nothing to undo) needs only lowercasing,
 * `_` → space, a space between a lowercase letter or digit and a capital, and collapsed whitespace;
 * this file does exactly that into reused buffers, and hands everything else to `normalizeText`.
 * The property tests check that both paths give the same text and offsets.
 *
 * @internal Not part of the public API.
 */
import { type NormalizedText, normalizeText } from '../text/normalize.js';
import { grown } from './_grow.js';
import { NORMALIZE_OPTIONS } from './_lexicon-compile.js';

const SPACE = 0x20;

/** Per ASCII code: its class below (0: refused, take the general path). Built on first use. */
let table: Uint8Array | undefined;
const LOWER = 1;
const DIGIT = 2;
const UPPER = 3;
const PUNCT = 4;
const SPACE_CLASS = 5;
/** Other whitespace, and `_`: each becomes a space. */
const BLANK = 6;

function classTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(128);
  for (let c = 0x21; c < 0x7f; c++) t[c] = PUNCT;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  for (const c of [0x22, 0x24, 0x27, 0x5c, 0x60]) t[c] = 0; // " $ ' \ `: shell normalization applies
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x5f]) t[c] = BLANK;
  t[SPACE] = SPACE_CLASS;
  table = t;
  return t;
}

/** Characters the ASCII paths do not handle (non-ASCII, control, quotes, `$`, backslash). */
const GENERAL = /[^\t\n\r\x20\x21\x23\x25\x26\x28-\x5b\x5d-\x5f\x61-\x7e]/;
/**
 * Capitals, where camelCase boundaries can be (a capital after a lowercase letter or digit). Searching
 * for capitals and checking the character before is 3× cheaper than the lookbehind
 * `(?<=[a-z0-9])[A-Z]`, and the lookahead form is slower still.
 */
const CAPITAL = /[A-Z]/g;
/** Blanks that become a space one for one. */
const BLANKS = /[_\t\n\r]/g;

/**
 * A normalized text and the original offsets of its code units, reusing its buffers.
 *
 * The fast path builds the text from slices of `input.toLowerCase()` between the few places that
 * change (an underscore, a whitespace run, a space inserted before a capital), and keeps one
 * breakpoint per slice instead of one offset per character: writing a per-character offset array
 * cost a quarter of a simple action's evaluation.
 */
export class NormalizedView {
  text = '';
  private mapped: NormalizedText | null = null;
  /** Fast path breakpoints: normalized offset `outAt[j]` came from original offset `srcAt[j]`. */
  private outAt = new Int32Array(64);
  private srcAt = new Int32Array(64);
  private points = 0;
  private readonly pieces: string[] = [];

  /** Normalizes `input` (as `normalizeText(input, { splitIdentifiers: true })`). O(n). */
  normalize(input: string): string {
    if (this.outAt.length > 4096) {
      // Drop what a huge text grew.
      this.outAt = new Int32Array(64);
      this.srcAt = new Int32Array(64);
      this.pieces.length = 0;
    }
    if (GENERAL.test(input)) {
      this.mapped = normalizeText(input, NORMALIZE_OPTIONS);
      this.text = this.mapped.text;
      return this.text;
    }
    this.mapped = null;
    // Blanks become spaces one for one, so a run of blanks is two spaces in a row of `flat`.
    const flat = input.toLowerCase().replace(BLANKS, ' ');
    this.text = flat.includes('  ') ? this.ascii(input) : this.native(input, flat);
    return this.text;
  }

  /**
   * No blank runs: lowercasing and blanks → spaces keep every offset, so native calls do most of the
   * work, and only the rare camelCase boundaries (found by a native search) split the text: about
   * 4× faster than the character loop of {@link ascii}.
   */
  private native(input: string, flat: string): string {
    this.points = 0;
    const pieces = this.pieces;
    if (pieces.length > 0) pieces.length = 0;
    let out = 0;
    let runStart = 0;
    CAPITAL.lastIndex = 0;
    for (let m = CAPITAL.exec(input); m !== null; m = CAPITAL.exec(input)) {
      const cut = m.index;
      const before = cut > 0 ? input.charCodeAt(cut - 1) : 0;
      if (!((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) continue;
      // `userPasswords` → `user passwords`: the inserted space has no width in the original.
      this.point(out, runStart);
      pieces.push(flat.slice(runStart, cut), ' ');
      out += cut - runStart;
      this.point(out, cut);
      out++;
      runStart = cut;
    }
    if (runStart === 0) {
      this.point(0, 0);
      return flat;
    }
    this.point(out, runStart);
    pieces.push(flat.slice(runStart));
    // Joined once into a flat string (a rope from `+=` slows every character read after).
    return pieces.join('');
  }

  /** Original offset where normalized code unit `k` starts. O(log breakpoints). */
  start(k: number): number {
    if (this.mapped) return this.mapped.span(k, k + 1).start;
    const outAt = this.outAt;
    let lo = 0;
    let hi = this.points - 1;
    // 0 ≤ lo ≤ mid ≤ hi < points = the mapping's length
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outAt[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.srcAt[lo]! + (k - outAt[lo]!);
  }

  /** Original offset just past normalized code unit `k` (a letter or digit, never an inserted space). */
  end(k: number): number {
    return this.mapped ? this.mapped.span(k, k + 1).end : this.start(k) + 1;
  }

  private point(out: number, src: number): void {
    const j = this.points++;
    if (j >= this.outAt.length) {
      this.outAt = grown(this.outAt, j + 1);
      this.srcAt = grown(this.srcAt, j + 1);
    }
    this.outAt[j] = out;
    this.srcAt[j] = src;
  }

  /** The general ASCII case (blank runs to collapse), one character at a time. */
  private ascii(input: string): string {
    const t = classTable();
    const n = input.length;
    const lower = input.toLowerCase();
    const pieces = this.pieces;
    if (pieces.length > 0) pieces.length = 0;
    this.points = 0;
    let out = 0; // length of the output so far
    let runStart = 0; // original offset where the slice being copied starts
    let last = PUNCT; // class of the previous character
    for (let i = 0; i < n; i++) {
      const c = input.charCodeAt(i);
      // c < 128 = the table's length
      const k = c < 128 ? t[c]! : 0;
      if (k < PUNCT) {
        // `userPasswords` → `user passwords`: the inserted space has no width in the original.
        if (k === UPPER && (last === LOWER || last === DIGIT)) {
          if (i > runStart) {
            this.point(out, runStart);
            pieces.push(lower.slice(runStart, i));
            out += i - runStart;
          }
          this.point(out, i);
          pieces.push(' ');
          out++;
          runStart = i;
        }
      } else if (k === BLANK || (k === SPACE_CLASS && last >= SPACE_CLASS)) {
        // An underscore or other whitespace becomes one space; a space after a space vanishes.
        if (i > runStart) {
          this.point(out, runStart);
          pieces.push(lower.slice(runStart, i));
          out += i - runStart;
        }
        if (last < SPACE_CLASS) {
          this.point(out, i);
          pieces.push(' ');
          out++;
        }
        runStart = i + 1;
        last = SPACE_CLASS;
        continue;
      }
      last = k;
    }
    if (runStart === 0) {
      this.point(0, 0);
      return lower;
    }
    if (n > runStart) {
      this.point(out, runStart);
      pieces.push(lower.slice(runStart));
    }
    // Joined once into a flat string (a rope from `+=` slows every character read after).
    return pieces.join('');
  }
}
