/**
 * The compact view of normalized text: separators dropped and leetspeak folded, so that phrases
 * written with their letters spaced out, joined, or spelled with digits still read the same
 * (`i g n o r e`, `ignore_previous`, `IgnorePrevious`, `1gn0r3` all become `ignore…`).
 *
 * @module
 */
import { AegisError, describe } from '../errors.js';
import { isWordCode, type NormalizedText, type NormalizeOptions, normalizeText } from './normalize.js';

/** Per ASCII code of normalized text: the compact code, or -1 (dropped). Built on first use. */
let asciiTable: Int16Array | undefined;

/**
 * The compact code of every ASCII code unit (-1: dropped), for callers that fold text in a hot loop
 * (a call to {@link compactCode} per character is about 3× slower than a table read).
 * @internal Not part of the public API.
 */
export function compactAsciiTable(): Int16Array {
  return table();
}

function table(): Int16Array {
  if (asciiTable) return asciiTable;
  const t = new Int16Array(128).fill(-1);
  for (let c = 97; c <= 122; c++) t[c] = c;
  // Look-alike digits and symbols read as the letters they imitate. 'l', '1', '|' and '!' are
  // indistinguishable in leetspeak, so all of them (and 'i') fold to 'i'.
  const folds: [string, string][] = [
    ['l', 'i'],
    ['0', 'o'],
    ['1', 'i'],
    ['2', 'z'],
    ['3', 'e'],
    ['4', 'a'],
    ['5', 's'],
    ['6', 'g'],
    ['7', 't'],
    ['8', 'b'],
    ['9', 'g'],
    ['@', 'a'],
    ['$', 's'],
    ['!', 'i'],
    ['|', 'i'],
  ];
  for (const [from, to] of folds) t[from.charCodeAt(0)] = to.charCodeAt(0);
  asciiTable = t;
  return t;
}

/**
 * The compact form of one code unit of *normalized* text (see {@link normalizeText}): a lowercase
 * ASCII letter stays (except `l`, which reads as `i`), leetspeak digits and symbols become the letter
 * they imitate (`0`→o, `1`→i, `3`→e, `4`→a, `5`→s, `7`→t, `@`→a, `$`→s, …), other letters and
 * digits of any script stay, and everything else (spaces, punctuation, `_`, `-`) is dropped (-1). O(1).
 *
 * @example
 * ```ts
 * String.fromCharCode(compactCode('3'.charCodeAt(0))); // 'e'
 * compactCode(' '.charCodeAt(0)); // -1
 * ```
 */
export function compactCode(code: number): number {
  // cast drops `undefined`: code < 128 = the table's length
  if (code < 128) return table()[code] as number;
  return isWordCode(code) ? code : -1;
}

/**
 * Normalizes `input` (as {@link normalizeText} with the same options) and then compacts it with
 * {@link compactCode}, keeping the original span of every output code unit. Meant for matching long
 * phrases whose letters an evasion separated or disguised; short patterns would match by accident
 * across word boundaries, so callers check the boundaries on the normalized text. Time and space O(n).
 *
 * @throws AegisError `INVALID_ARGUMENT` for a non-string input or bad options
 * @example
 * ```ts
 * compactText('1gn0r3  p-r-e-v-i-o-u-s').text; // 'ignoreprevious'
 * ```
 */
export function compactText(input: string, options?: NormalizeOptions): NormalizedText {
  if (typeof input !== 'string') {
    throw new AegisError('INVALID_ARGUMENT', 'compactText', `input must be a string, got ${describe(input)}`);
  }
  const normalized = normalizeText(input, options);
  const text = normalized.text;
  const codes: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = compactCode(text.charCodeAt(i));
    if (c >= 0) {
      codes.push(c);
      at.push(i);
    }
  }
  let out = '';
  for (let from = 0; from < codes.length; from += 8192) {
    out += String.fromCharCode.apply(null, codes.slice(from, from + 8192));
  }
  return new CompactText(input, out, normalized, at);
}

class CompactText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly normalized: NormalizedText,
    /** Index in the normalized text of each compact code unit. */
    private readonly at: readonly number[],
  ) {}

  span(start: number, end: number): { start: number; end: number } {
    // casts drop `undefined`: start < at.length is tested; a span asked for ends within the text, so end − 1 <
    // at.length
    if (end <= start) {
      const from =
        start < this.at.length ? this.normalized.span(this.at[start] as number, this.at[start] as number) : null;
      const s = from ? from.start : this.original.length;
      return { start: s, end: s };
    }
    return this.normalized.span(this.at[start] as number, (this.at[end - 1] as number) + 1);
  }
}
