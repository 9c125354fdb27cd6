/**
 * Decoders for payloads written as numbers or as a small program rather than as an encoding
 * alphabet: character codes joined into a string (`Chr(110)&Chr(116)…`, `[char]110+[char]116`),
 * Lua's decimal string escapes (`'\104\116\116\112'`), hex bytes XORed with a key the same text
 * gives (`-bxor 0x5a`), hex that is UTF-16 (`0063 0075 0072 006c`), numbers written in a named
 * radix (base36, base58, base62, read as one big-endian integer), base32 in its extended-hex
 * alphabet, base45, a Polybius square, ROT18 (ROT13 on letters and ROT5 on digits) and Brainfuck. A model
 * asked to decode or run such text reads what it stands for; so does the firewall, which hands the
 * decoding back to be examined like any other.
 *
 * Every reader is gated by a cheap look for its mark (`hr(`, `[char]`, `xor`, a named radix or
 * cipher, a long run of `+`), reads its input once and writes at most {@link MAX_DECODED} code
 * units; the radix reader works on at most {@link MAX_RADIX_DIGITS} digits, so its quadratic
 * big-integer conversion stays bounded, and Brainfuck runs at most {@link MAX_STEPS} steps.
 *
 * @internal Not part of the public API.
 */
import { hexValue, isMostlyText, MAX_DECODED, rot13, utf8 } from './_encoding-decode.js';
import type { FindingSink } from './types.js';

/** Shortest run of character codes read as a string. */
const MIN_CODES = 4;
/** Longest run of digits read in a named radix. */
const MAX_RADIX_DIGITS = 600;
/** Brainfuck steps run, at most, and its tape's length. */
const MAX_STEPS = 200_000;
const TAPE = 4096;

/**
 * Character codes joined into one string: `Chr(110)`, `ChrW(110)`, `chr(110)`, `[char]110` or
 * `[char](110)`, four or more of them joined by `&`, `+`, `.` or `,`. Each step consumes a fixed
 * prefix before its digits, so the expression is linear.
 */
const CODE = String.raw`(?:[Cc]hr[WwBb$]?\(\s*\d{1,5}\s*\)|\[[Cc]har\]\s*\(?\s*\d{1,5}\s*\)?)`;
const CODE_RUN = new RegExp(`${CODE}(?:\\s*[&+.,]\\s*${CODE}){${MIN_CODES - 1},}`, 'g');
const CODE_DIGITS = /\d{1,5}/g;

/** `String.fromCharCode(104, 116, …)`: the call's argument list of four or more codes. */
const FROM_CHAR_CODE = /fromCharCode\(\s*(\d{1,5}(?:\s*,\s*\d{1,5}){3,})\s*\)/g;

/** The text of every run of joined character codes in `s`, each handed back alone. */
function charCodes(s: string, sink: FindingSink): void {
  const vb = s.indexOf('hr(') >= 0 || s.indexOf('hrW(') >= 0 || s.indexOf('hr$(') >= 0;
  const ps = s.indexOf('[char]') >= 0 || s.indexOf('[Char]') >= 0;
  const js = s.indexOf('fromCharCode(') >= 0;
  if (!vb && !ps && !js) return;
  for (const re of vb || ps ? [CODE_RUN, FROM_CHAR_CODE] : [FROM_CHAR_CODE]) {
    re.lastIndex = 0;
    let k = 0;
    for (let m = re.exec(s); m !== null && k < 8; m = re.exec(s), k++) {
      let text = '';
      CODE_DIGITS.lastIndex = 0;
      const body = re === CODE_RUN ? m[0] : (m[1] as string);
      for (let d = CODE_DIGITS.exec(body); d !== null && text.length < MAX_DECODED; d = CODE_DIGITS.exec(body)) {
        const v = Number(d[0]);
        if (v > 0xffff) return;
        text += String.fromCharCode(v);
      }
      if (isMostlyText(text)) sink.rescan(text, m.index, m.index + m[0].length, 'char codes');
    }
  }
}

/** Digits of a decimal escape at `i` (a `\\` followed by one to three digits), 0 when there is none. */
function escapeDigits(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x5c) return 0;
  let k = i + 1;
  while (k < s.length && k < i + 4 && s.charCodeAt(k) >= 0x30 && s.charCodeAt(k) <= 0x39) k++;
  return k - i - 1;
}

/**
 * Lua's decimal escapes (`\104\116\116\112`): runs of four or more escapes side by side, each of
 * one to three decimal digits, read where the run is not octal (some escape holds an 8 or a 9, or
 * has fewer than three digits). The segment is read again with each run replaced by its text.
 */
function luaDecimal(s: string, sink: FindingSink): void {
  let out = '';
  let last = 0;
  let first = -1;
  let end = 0;
  for (let i = s.indexOf('\\'); i >= 0 && out.length < MAX_DECODED; i = s.indexOf('\\', Math.max(i + 1, end))) {
    const bytes: number[] = [];
    let decimal = false;
    let k = i;
    for (let d = escapeDigits(s, k); d > 0; d = escapeDigits(s, k)) {
      let v = 0;
      for (let j = k + 1; j <= k + d; j++) {
        const c = s.charCodeAt(j);
        if (c >= 0x38) decimal = true;
        v = v * 10 + c - 0x30;
      }
      if (d < 3) decimal = true;
      if (v > 255) break;
      bytes.push(v);
      k += d + 1;
    }
    // A run too short or octal holds no shorter run that is neither: the scan goes on past it.
    if (bytes.length < MIN_CODES || !decimal) {
      end = Math.max(k, i + 1);
      continue;
    }
    const text = utf8(bytes);
    if (!isMostlyText(text)) {
      end = k;
      continue;
    }
    if (first < 0) first = i;
    out += s.slice(last, i) + text;
    last = k;
    end = k;
  }
  if (first >= 0) sink.rescan((out + s.slice(last)).slice(0, MAX_DECODED), first, last, 'decimal escape');
}

/** A key the text XORs bytes with: `-bxor 0x5a`, `^ 0x5a`, `xor 90`, `key = 0x5a`. */
const XOR_KEY = /(?:b?xor|\^=?|key\s*=)\s*(?:0x([0-9A-Fa-f]{1,2})\b|(\d{1,3})\b)/i;
/** A hex run of eight bytes or more, quoted or standing alone. */
const HEX_RUN =
  /(?<![0-9A-Za-z])(?:[0-9a-f]{2}){8,2048}(?![0-9A-Za-z])|(?<![0-9A-Za-z])(?:[0-9A-F]{2}){8,2048}(?![0-9A-Za-z])/g;

/** Hex runs XORed with the one-byte key the same text names. */
function xorHex(s: string, sink: FindingSink): void {
  if (s.indexOf('xor') < 0 && s.indexOf('XOR') < 0 && s.indexOf('^') < 0) return;
  const key = XOR_KEY.exec(s);
  if (key === null) return;
  const k = key[1] !== undefined ? Number.parseInt(key[1], 16) : Number(key[2]);
  if (!(k > 0 && k < 256)) return;
  HEX_RUN.lastIndex = 0;
  let n = 0;
  for (let m = HEX_RUN.exec(s); m !== null && n < 4; m = HEX_RUN.exec(s), n++) {
    const bytes: number[] = [];
    const run = m[0];
    for (let i = 0; i + 1 < run.length && bytes.length < MAX_DECODED; i += 2)
      bytes.push(((hexValue(run.charCodeAt(i)) << 4) | hexValue(run.charCodeAt(i + 1))) ^ k);
    const text = utf8(bytes);
    if (isMostlyText(text)) sink.rescan(text, m.index, m.index + run.length, 'xor');
  }
}

/**
 * A hex run that is UTF-16: every other byte zero (`0063 0075 …` big-endian, `6300 7500 …`
 * little-endian). Returns the text, or '' when the run is not UTF-16 text.
 */
export function hexUtf16(s: string, start: number, end: number): string {
  const len = end - start;
  if (len < 16 || len % 4 !== 0) return '';
  let big = true;
  let little = true;
  for (let i = start; i < end && (big || little); i += 4) {
    if (s.charCodeAt(i) !== 0x30 || s.charCodeAt(i + 1) !== 0x30) big = false;
    if (s.charCodeAt(i + 2) !== 0x30 || s.charCodeAt(i + 3) !== 0x30) little = false;
  }
  if (!big && !little) return '';
  let out = '';
  for (let i = start; i + 3 < end && out.length < MAX_DECODED; i += 4) {
    const a = (hexValue(s.charCodeAt(i)) << 4) | hexValue(s.charCodeAt(i + 1));
    const b = (hexValue(s.charCodeAt(i + 2)) << 4) | hexValue(s.charCodeAt(i + 3));
    out += String.fromCharCode(big ? (a << 8) | b : (b << 8) | a);
  }
  return isMostlyText(out) ? out : '';
}

/** A radix the text names, with its alphabet. */
interface Radix {
  readonly base: number;
  readonly alphabet: string;
}
const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const RADIXES: readonly [RegExp, Radix][] = [
  [/\bbase[- ]?62\b/i, { base: 62, alphabet: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' }],
  [/\bbase[- ]?58\b/i, { base: 58, alphabet: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz' }],
  [/\bbase[- ]?36\b|,\s*36\s*\)/i, { base: 36, alphabet: DIGITS36 }],
];
/** A run of letters and digits long enough to hold a sentence. */
const ALNUM_RUN = /(?<![0-9A-Za-z+/=])[0-9A-Za-z]{20,600}(?![0-9A-Za-z+/=])/g;

/** The run `s[start, end)` read as one big-endian integer in `r`, as UTF-8; '' when it is not text. */
function radixText(run: string, r: Radix): string {
  const big = BigInt(r.base);
  let v = 0n;
  // base 36 is written in either case; the others are case-sensitive alphabets
  const digits = r.base === 36 ? run.toLowerCase() : run;
  for (let i = 0; i < digits.length; i++) {
    const d = r.alphabet.indexOf(digits[i] as string);
    if (d < 0) return '';
    v = v * big + BigInt(d);
  }
  const bytes: number[] = [];
  while (v > 0n && bytes.length < MAX_DECODED) {
    bytes.push(Number(v & 0xffn));
    v >>= 8n;
  }
  bytes.reverse();
  const text = utf8(bytes);
  return isMostlyText(text) ? text : '';
}

/** Runs of the named radix's digits, each read as a number and then as text. */
function namedRadix(s: string, sink: FindingSink): void {
  if (s.indexOf('36') < 0 && s.indexOf('58') < 0 && s.indexOf('62') < 0) return;
  for (const [name, r] of RADIXES) {
    if (!name.test(s)) continue;
    ALNUM_RUN.lastIndex = 0;
    let n = 0;
    for (let m = ALNUM_RUN.exec(s); m !== null && n < 4; m = ALNUM_RUN.exec(s), n++) {
      if (m[0].length > MAX_RADIX_DIGITS) continue;
      const text = radixText(m[0], r);
      if (text !== '') sink.rescan(text, m.index, m.index + m[0].length, `base${r.base}`);
    }
  }
}

/** A base32hex run (RFC 4648 §7: `0-9A-V`), at least 16 characters, padded to eight. */
const BASE32HEX_RUN = /(?<![A-Za-z0-9+/])[0-9A-V]{16,4096}={0,6}(?![A-Za-z0-9+/])/g;

/** Base32 in the extended-hex alphabet, where the text names it. */
function base32Hex(s: string, sink: FindingSink): void {
  if (s.indexOf('32') < 0 || !/base32[-_ ]?hex/i.test(s)) return;
  BASE32HEX_RUN.lastIndex = 0;
  let n = 0;
  for (let m = BASE32HEX_RUN.exec(s); m !== null && n < 4; m = BASE32HEX_RUN.exec(s), n++) {
    const bytes: number[] = [];
    let bits = 0;
    let value = 0;
    const run = m[0];
    for (let i = 0; i < run.length && run.charCodeAt(i) !== 0x3d; i++) {
      const c = run.charCodeAt(i);
      value = ((value << 5) | (c <= 0x39 ? c - 0x30 : c - 0x41 + 10)) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((value >>> bits) & 0xff);
      }
    }
    const text = utf8(bytes);
    if (isMostlyText(text)) sink.rescan(text, m.index, m.index + run.length, 'base32hex');
  }
}

/** The base45 alphabet (RFC 9285 §4), space included. */
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
/** A base45 run: sixteen characters or more of its alphabet, starting on a character other than a space. */
const BASE45_RUN = /[0-9A-Z$%*+\-./:][0-9A-Z $%*+\-./:]{14,4096}/g;

/** The text of a base45 run, or '' when it does not decode to text. */
function base45Text(run: string): string {
  if (run.length % 3 === 1) return '';
  const bytes: number[] = [];
  for (let i = 0; i < run.length && bytes.length < MAX_DECODED; i += 3) {
    const a = BASE45.indexOf(run[i] as string);
    const b = BASE45.indexOf(run[i + 1] as string);
    const c = i + 2 < run.length ? BASE45.indexOf(run[i + 2] as string) : -1;
    const v = a + b * 45 + (c >= 0 ? c * 2025 : 0);
    if (c >= 0 ? v > 0xffff : v > 0xff) return '';
    if (c >= 0) bytes.push(v >> 8, v & 0xff);
    else bytes.push(v);
  }
  const text = utf8(bytes);
  return isMostlyText(text) ? text : '';
}

/**
 * Base45 (RFC 9285), where the text names it: three characters to two bytes, two to one. The
 * alphabet holds `:` and the space, so a run may start on the label's colon: the first three
 * starting points are tried.
 */
function base45(s: string, sink: FindingSink): void {
  if (s.indexOf('45') < 0 || !/base[- ]?45\b/i.test(s)) return;
  BASE45_RUN.lastIndex = 0;
  let n = 0;
  for (let m = BASE45_RUN.exec(s); m !== null && n < 4; m = BASE45_RUN.exec(s), n++) {
    for (let k = 0; k < 3; k++) {
      const text = base45Text(m[0].slice(k));
      if (text === '') continue;
      sink.rescan(text, m.index + k, m.index + m[0].length, 'base45');
      break;
    }
  }
}

/** The 5×5 Polybius square, `i` and `j` in one cell. */
const POLYBIUS = 'abcdefghiklmnopqrstuvwxyz';
/** A word of the square: pairs of digits 1–5. */
const POLYBIUS_WORDS = /(?<!\d)(?:[1-5]{2}){1,20}(?:[ ,/]+(?:[1-5]{2}){1,20}){2,200}(?!\d)/g;

/** Digit pairs read through a Polybius square, where the text names one. */
function polybius(s: string, sink: FindingSink): void {
  if (s.indexOf('olybius') < 0 && s.indexOf('OLYBIUS') < 0) return;
  if (!/polybius/i.test(s)) return;
  POLYBIUS_WORDS.lastIndex = 0;
  const m = POLYBIUS_WORDS.exec(s);
  if (m === null) return;
  let out = '';
  const run = m[0];
  for (let i = 0; i < run.length && out.length < MAX_DECODED; ) {
    const c = run.charCodeAt(i);
    if (c < 0x31 || c > 0x35) {
      if (!out.endsWith(' ')) out += ' ';
      i++;
      continue;
    }
    out += POLYBIUS[(c - 0x31) * 5 + run.charCodeAt(i + 1) - 0x31];
    i += 2;
  }
  sink.rescan(out, m.index, m.index + run.length, 'polybius');
}

/**
 * ROT18: ROT13 on the letters and ROT5 on the digits, where the text names it. The payload after
 * the order's colon is read on its own, so what it holds weighs on the order; without a colon the
 * whole segment is read.
 */
function rot18(s: string, sink: FindingSink): void {
  if (s.indexOf('18') < 0 || !/\brot[- ]?18\b/i.test(s)) return;
  const colon = s.indexOf(':');
  const from = colon >= 0 && s.length - colon > 6 ? colon + 1 : 0;
  const r = rot13(s.slice(from));
  let out = '';
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    out += c >= 0x30 && c <= 0x39 ? String.fromCharCode(((c - 0x30 + 5) % 10) + 0x30) : r[i];
  }
  sink.rescan(out, from, s.length, 'rot18');
}

/** A Brainfuck program: a run of its eight marks (spaces and line breaks between) with output. */
const BF_RUN = /[-+<>[\].,][-+<>[\].,\s]{39,}/g;

/** The output of a Brainfuck program, run within bounds; '' when it does not run or prints no text. */
export function brainfuck(code: string): string {
  const jump = new Int32Array(code.length);
  const open: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '[') open.push(i);
    else if (c === ']') {
      const o = open.pop();
      if (o === undefined) return '';
      jump[o] = i;
      jump[i] = o;
    }
  }
  if (open.length > 0) return '';
  const tape = new Uint8Array(TAPE);
  let p = 0;
  let out = '';
  for (let pc = 0, steps = 0; pc < code.length && steps < MAX_STEPS && out.length < MAX_DECODED; pc++, steps++) {
    switch (code[pc]) {
      case '+':
        tape[p] = (tape[p] as number) + 1;
        break;
      case '-':
        tape[p] = (tape[p] as number) - 1;
        break;
      case '>':
        p = (p + 1) % TAPE;
        break;
      case '<':
        p = (p + TAPE - 1) % TAPE;
        break;
      case '.':
        out += String.fromCharCode(tape[p] as number);
        break;
      case '[':
        if (tape[p] === 0) pc = jump[pc] as number;
        break;
      case ']':
        if (tape[p] !== 0) pc = jump[pc] as number;
        break;
    }
  }
  return isMostlyText(out) ? out : '';
}

/** Brainfuck programs of forty marks or more, run and their output handed back. */
function scanBrainfuck(s: string, sink: FindingSink): void {
  if (s.indexOf('++++') < 0 && s.indexOf('----') < 0) return;
  BF_RUN.lastIndex = 0;
  let n = 0;
  for (let m = BF_RUN.exec(s); m !== null && n < 2; m = BF_RUN.exec(s), n++) {
    const code = m[0].replace(/\s+/g, '');
    if (code.indexOf('.') < 0 || code.length < 40) continue;
    const text = brainfuck(code);
    if (text !== '') sink.rescan(text, m.index, m.index + m[0].length, 'brainfuck');
  }
}

/**
 * Every reader of this module over `s`. `backslashes` is the segment's count of `\\`, from the
 * prescan: Lua's escapes need four.
 */
export function scanCodes(s: string, backslashes: number, sink: FindingSink): void {
  charCodes(s, sink);
  if (backslashes >= MIN_CODES) luaDecimal(s, sink);
  xorHex(s, sink);
  namedRadix(s, sink);
  base32Hex(s, sink);
  base45(s, sink);
  polybius(s, sink);
  rot18(s, sink);
  scanBrainfuck(s, sink);
}
