/**
 * SQL as its engine reads it, after the rewritings that hide a statement from a filter but not
 * from the database: `%XX`, double `%25XX`, `%uXXXX` and overlong UTF-8 (`%C0%A0`) encodings and
 * HTML entities are decoded; inline comments (`/**\/`), versioned comments (`/*!50000 … *\/`, whose
 * text MySQL runs) and `#`/`--` comments closed by a newline become a space; tabs, vertical tabs,
 * form feeds, carriage returns, newlines and no-break spaces are blanks, and `+` is a space in a
 * text with no space at all; comparisons rewritten through `GREATEST`, `LEAST`, `BETWEEN` or `SIGN`
 * are written back as `>` or `=`; a `BINARY` or `CAST(… AS …)` wrapped around a number and the
 * ` 1.e` tokens spliced before punctuation are dropped. The SQL readings then read the canonical
 * text as a second reading of the segment (where `CHAR()` pieces and `0x` strings are joined by
 * the concatenation reading of `sql.ts`).
 *
 * Every pass is one linear sweep or a regular expression without nested repetition; the whole
 * reading is gated by a sweep for the characters those rewritings leave.
 *
 * @internal Not part of the public API.
 */

import { decodeEntities } from './_encoding-decode.js';

/** Longest segment canonicalized. */
const MAX_LEN = 8192;
/** Rounds of URL and entity decoding (double and triple encodings). */
const MAX_ROUNDS = 3;

/** Whether `s` holds a mark of one of the rewritings (one sweep, then one test for the written-back forms). */
function marked(s: string): boolean {
  let form = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Blanks alone are no mark: the readings take tabs as spaces, and a decoded text's lines are
    // read one by one, so joining them again here would read a statement's tail as a fragment.
    if (c === 37 /* % */ || c === 43 /* + */) return true;
    if (c === 38 /* & */ && s.charCodeAt(i + 1) === 35 /* # */) return true;
    if (c === 47 /* / */ && s.charCodeAt(i + 1) === 42 /* * */) return true;
    if (c === 40 /* ( */ || c === 48 /* 0 */ || c === 46 /* . */ || (c | 32) === 121 /* y of binary */) form = true;
  }
  return form && FORMS.test(s);
}
const FORMS = /greatest\(|least\(|sign\(|cast\(|\bbetween\b|\bbinary\s|\s\d\.e\W/i;

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** `%uXXXX` and `%XX` decoded (bytes read as UTF-8, overlong forms included); `%00` and stray bytes dropped. */
function decodePercent(s: string): string {
  if (s.indexOf('%') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 37) {
      out += s[i];
      i++;
      continue;
    }
    if ((s.charCodeAt(i + 1) | 32) === 117 /* u */) {
      const a = hexDigit(s.charCodeAt(i + 2));
      const b = hexDigit(s.charCodeAt(i + 3));
      const d = hexDigit(s.charCodeAt(i + 4));
      const e = hexDigit(s.charCodeAt(i + 5));
      if (a >= 0 && b >= 0 && d >= 0 && e >= 0) {
        const v = (a << 12) | (b << 8) | (d << 4) | e;
        if (v !== 0) out += String.fromCharCode(v);
        i += 6;
        continue;
      }
    }
    const byte = byteAt(s, i);
    if (byte < 0) {
      out += '%';
      i++;
      continue;
    }
    i += 3;
    if (byte < 0x80) {
      if (byte !== 0) out += String.fromCharCode(byte);
      continue;
    }
    // A lead byte of two: ASCII spelled in an overlong form decodes to itself, as lax decoders do.
    if (byte >= 0xc0 && byte <= 0xdf) {
      const next = byteAt(s, i);
      if (next >= 0x80 && next <= 0xbf) {
        out += String.fromCharCode(((byte & 0x1f) << 6) | (next & 0x3f));
        i += 3;
      }
    }
    // Any other byte above ASCII is dropped: it is a multibyte trick or text no keyword holds.
  }
  return out;
}

function byteAt(s: string, i: number): number {
  if (s.charCodeAt(i) !== 37) return -1;
  const a = hexDigit(s.charCodeAt(i + 1));
  const b = hexDigit(s.charCodeAt(i + 2));
  return a < 0 || b < 0 ? -1 : (a << 4) | b;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 0xa0;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/**
 * Comments and blanks read as the engine reads them: `/*!NNNNN` and its closing `*\/` go and their
 * text stays; other `/* … *\/` comments, and `#` or `--` comments that a newline ends, become one
 * space (an empty comment between two letters goes altogether when `join`, the reading of a
 * keyword split by comments); blanks become spaces and runs of them one. A trailing `#` or `--`
 * comment stays: it is part of what an injection is.
 */
function stripComments(s: string, join: boolean): string {
  let out = '';
  let i = 0;
  const n = s.length;
  let versioned = 0;
  const space = (): void => {
    const last = out.charCodeAt(out.length - 1);
    if (out.length > 0 && last !== 32 && last !== 40) out += ' ';
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 47 && s.charCodeAt(i + 1) === 42) {
      if (s.charCodeAt(i + 2) === 33 /* ! */) {
        i += 3;
        while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
        versioned++;
        space();
        continue;
      }
      const close = s.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      if (join && close === i + 2 && isLetter(out.charCodeAt(out.length - 1)) && isLetter(s.charCodeAt(end))) {
        i = end;
        continue;
      }
      space();
      i = end;
      continue;
    }
    if (c === 42 && s.charCodeAt(i + 1) === 47 && versioned > 0) {
      versioned--;
      space();
      i += 2;
      continue;
    }
    if (c === 35 || (c === 45 && s.charCodeAt(i + 1) === 45)) {
      const nl = s.indexOf('\n', i);
      if (nl >= 0) {
        space();
        i = nl + 1;
        continue;
      }
    }
    if (isBlank(c)) {
      space();
      i++;
      continue;
    }
    // No blank just inside parentheses: `(  SELECT` is `(SELECT`.
    if (c === 41 && out.charCodeAt(out.length - 1) === 32) out = out.slice(0, -1);
    out += s[i];
    i++;
    if (c === 40) while (i < n && isBlank(s.charCodeAt(i))) i++;
  }
  return out.trim();
}

/** An operand of a rewritten comparison: a number, a word or a short quoted value. */
const OPD = String.raw`(?:'[^']{0,20}'|"[^"]{0,20}"|[\w.@]{1,40})`;
const GREATEST = new RegExp(String.raw`\bgreatest\(\s*(${OPD})\s*,\s*(${OPD})\s*\+\s*1\s*\)\s*=\s*(${OPD})`, 'gi');
const LEAST = new RegExp(String.raw`\bleast\(\s*(${OPD})\s*,\s*(${OPD})\s*\+\s*1\s*\)\s*=\s*(${OPD})\s*\+\s*1\b`, 'gi');
const NOT_BETWEEN = new RegExp(String.raw`(${OPD})\s+not\s+between\s+0\s+and\s+(${OPD})`, 'gi');
const BETWEEN_SAME = new RegExp(String.raw`(${OPD})\s+between\s+(${OPD})\s+and\s+(${OPD})`, 'gi');
const SIGN = new RegExp(String.raw`\bsign\(\s*\(\s*(${OPD})\s*\)\s*-\s*\(\s*(${OPD})\s*\)\s*\)\s*=\s*1\b`, 'gi');
const BINARY = /\bbinary\s+(?=[\d'"])/gi;
const CAST = /\bcast\(\s*([\w.'-]{1,20})\s+as\s+\w{1,20}\s*\)/gi;
const SCI = / \d\.e(?=[(),.\s]|$)/g;

/** Comparisons and wrappers written back to plain SQL. */
function plainForms(s: string): string {
  let t = s;
  if (/greatest\(/i.test(t))
    t = t.replace(GREATEST, (m, a: string, b: string, c: string) => (a === c ? `${a}>${b}` : m));
  if (/least\(/i.test(t)) t = t.replace(LEAST, (m, a: string, b: string, c: string) => (b === c ? `${a}>${b}` : m));
  if (/between/i.test(t)) {
    t = t.replace(NOT_BETWEEN, '$1>$2');
    t = t.replace(BETWEEN_SAME, (m, a: string, b: string, c: string) => (b === c ? `${a}=${b}` : m));
  }
  if (/sign\(/i.test(t)) t = t.replace(SIGN, '$1>$2');
  if (/binary/i.test(t)) t = t.replace(BINARY, '');
  if (/cast\(/i.test(t)) t = t.replace(CAST, '$1');
  if (t.indexOf('.e') >= 0) t = t.replace(SCI, '');
  return t;
}

/** Words one of which the canonical text must hold for the SQL readings to read it again. */
const SQL_WORD =
  /\b(?:select|union|drop|delete|truncate|update|insert|alter|sleep|benchmark|waitfor|exec|execute|xp_\w+|load_file|outfile|dumpfile|or|and|having)\b/i;

/**
 * The canonical readings of `segment`: the text with comments read as spaces, and, when an empty
 * comment splits a word, the text with those comments removed. Empty when nothing was rewritten
 * or the result holds no SQL word.
 */
export function sqlCanonical(segment: string): string[] {
  if (segment.length < 6 || segment.length > MAX_LEN || !marked(segment)) return [];
  let t = segment;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const decoded = decodePercent(t);
    const next = decoded.indexOf('&') < 0 ? decoded : decodeEntities(decoded).text;
    if (next === t) break;
    t = next;
  }
  if (t.indexOf('+') >= 0 && !/[ \t]/.test(t)) t = t.replace(/\+/g, ' ');
  const out: string[] = [];
  const spaced = plainForms(stripComments(t, false));
  if (spaced !== segment && SQL_WORD.test(spaced)) out.push(spaced);
  if (/[A-Za-z]\/\*\*\/[A-Za-z]/.test(t)) {
    const joined = plainForms(stripComments(t, true));
    if (joined !== spaced && joined !== segment && SQL_WORD.test(joined)) out.push(joined);
  }
  return out;
}
