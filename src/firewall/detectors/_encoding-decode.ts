/**
 * Bounded, linear decoders for the encoding detector: base64 and base64url, hex runs, `0x` byte
 * lists, backslash escapes (`\x`, `\u`, `\u{…}`, octal), URL percent-encoding, HTML entities,
 * Unicode tag characters, variation-selector and zero-width smuggling, ROT13 and reversal. Each
 * reads its input once and writes at most {@link MAX_DECODED} code units.
 *
 * @internal Not part of the public API.
 */
import { base64Value, decodeBase64Loose } from '../../text/_base64.js';

/** Decoded code units produced per run or per segment, at most. */
export const MAX_DECODED = 4096;

/** Value of a hex digit, or -1. */
export function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/** Whether `c` belongs to the base64 or base64url alphabet. */
export function isBase64Char(c: number): boolean {
  return base64Value(c) >= 0;
}

/**
 * UTF-8 bytes to a string; a malformed sequence becomes U+FFFD, so the printable-text check
 * rejects binary payloads.
 */
export function utf8(bytes: readonly number[] | Uint8Array, n = bytes.length): string {
  let out = '';
  let i = 0;
  // i < n ≤ bytes.length; the continuation bytes are read only once i + need < n
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    if (i + need >= n) {
      out += '\ufffd';
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/**
 * Whether decoded text reads as text: at least four characters, at least 90% of them printable
 * ASCII or ordinary whitespace, and at least one letter. Random bytes pass with negligible
 * probability, so keys, hashes and images are left alone.
 */
export function isMostlyText(s: string): boolean {
  const n = s.length;
  if (n < 4) return false;
  let good = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) {
      good++;
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    }
  }
  return letters > 0 && good * 10 >= n * 9;
}

/** Decodes the base64 (or base64url) run `s[start, end)`, ignoring a trailing partial group. */
export function decodeBase64(s: string, start: number, end: number): string {
  const stop = Math.min(end, start + Math.ceil((MAX_DECODED * 4) / 3));
  return utf8(decodeBase64Loose(s, start, stop, MAX_DECODED, 'stop') as Uint8Array);
}

/** Decodes the hex-digit run `s[start, end)` two digits per byte. */
export function decodeHexRun(s: string, start: number, end: number): string {
  const bytes: number[] = [];
  for (let i = start; i + 1 < end && bytes.length < MAX_DECODED; i += 2) {
    bytes.push((hexValue(s.charCodeAt(i)) << 4) | hexValue(s.charCodeAt(i + 1)));
  }
  return utf8(bytes);
}

/** A decoded segment and the span of the escapes it undid. */
export interface Decoded {
  text: string;
  /** Escapes undone. */
  count: number;
  /** First escape's start and last escape's end in the input. */
  start: number;
  end: number;
}

/**
 * Undoes URL percent-encoding over the whole of `s` (and a second time when the result is itself
 * percent-encoded, as double encoding is). `+` reads as a space when the text has no spaces.
 */
export function decodePercent(s: string): Decoded {
  const once = percentOnce(s, s.indexOf(' ') < 0);
  if (once.count >= 2) {
    const twice = percentOnce(once.text, false);
    if (twice.count >= 2) return { text: twice.text, count: once.count, start: once.start, end: once.end };
  }
  return once;
}

function percentOnce(s: string, plus: boolean): Decoded {
  let out = '';
  let count = 0;
  let first = -1;
  let last = -1;
  const bytes: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && out.length + bytes.length < MAX_DECODED) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < n) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push((h << 4) | l);
        if (first < 0) first = i;
        last = i + 3;
        count++;
        i += 3;
        continue;
      }
    }
    if (bytes.length > 0) {
      out += utf8(bytes);
      bytes.length = 0;
    }
    out += plus && c === 0x2b ? ' ' : s[i];
    i++;
  }
  if (bytes.length > 0) out += utf8(bytes);
  return { text: out, count, start: first, end: last };
}

/**
 * Undoes backslash escapes over the whole of `s`: `\xHH`, `\uHHHH`, `\u{H…}`, `\UHHHHHHHH`, octal
 * `\NNN`, and `$'…'` ANSI-C quotes lose their `$` so the shell word reads as written. Byte escapes
 * are read as UTF-8.
 */
export function decodeBackslash(s: string): Decoded {
  let out = '';
  let count = 0;
  let first = -1;
  let last = -1;
  const bytes: number[] = [];
  const n = s.length;
  let i = 0;
  const flush = (): void => {
    if (bytes.length > 0) {
      out += utf8(bytes);
      bytes.length = 0;
    }
  };
  while (i < n && out.length + bytes.length < MAX_DECODED) {
    const c = s.charCodeAt(i);
    if (c === 0x5c && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      let len = 0;
      let byte = -1;
      let cp = -1;
      if ((d === 0x78 || d === 0x58) && i + 3 < n) {
        const h = hexValue(s.charCodeAt(i + 2));
        const l = hexValue(s.charCodeAt(i + 3));
        if (h >= 0 && l >= 0) {
          byte = (h << 4) | l;
          len = 4;
        }
      } else if (d === 0x75 && s.charCodeAt(i + 2) === 0x7b) {
        let v = 0;
        let k = i + 3;
        while (k < n && k < i + 10 && hexValue(s.charCodeAt(k)) >= 0) {
          v = v * 16 + hexValue(s.charCodeAt(k));
          k++;
        }
        if (k > i + 3 && s.charCodeAt(k) === 0x7d && v <= 0x10ffff) {
          cp = v;
          len = k + 1 - i;
        }
      } else if (d === 0x75 || d === 0x55) {
        const digits = d === 0x75 ? 4 : 8;
        let v = 0;
        let k = 0;
        while (k < digits && i + 2 + k < n && hexValue(s.charCodeAt(i + 2 + k)) >= 0) {
          v = v * 16 + hexValue(s.charCodeAt(i + 2 + k));
          k++;
        }
        if (k === digits && v <= 0x10ffff) {
          cp = v;
          len = 2 + digits;
        }
      } else if (d >= 0x30 && d <= 0x37) {
        let v = 0;
        let k = 0;
        while (k < 3 && i + 1 + k < n) {
          const o = s.charCodeAt(i + 1 + k);
          if (o < 0x30 || o > 0x37) break;
          v = v * 8 + (o - 0x30);
          k++;
        }
        // One- and two-digit forms are too common outside escapes (`\1` back-references).
        if (k === 3 && v < 256) {
          byte = v;
          len = 4;
        }
      }
      if (len > 0) {
        if (first < 0) first = i;
        last = i + len;
        count++;
        i += len;
        if (byte >= 0) bytes.push(byte);
        else {
          flush();
          // A lone surrogate from `\uD83D` style escapes is kept as it is: pairs recombine.
          out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
        }
        continue;
      }
    }
    flush();
    if (c === 0x24 && s.charCodeAt(i + 1) === 0x27) {
      // `$'…'`: the ANSI-C quote reads as a plain quote once its escapes are undone.
      i++;
      continue;
    }
    out += s[i];
    i++;
  }
  flush();
  return { text: out, count, start: first, end: last };
}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  sol: '/',
  bsol: '\\',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  num: '#',
  dollar: '$',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  ast: '*',
  plus: '+',
  comma: ',',
  hyphen: '-',
  dash: '-',
  equals: '=',
  quest: '?',
  commat: '@',
  lsqb: '[',
  rsqb: ']',
  lowbar: '_',
  grave: '`',
  lcub: '{',
  rcub: '}',
  verbar: '|',
  vert: '|',
  tilde: '~',
  tab: '\t',
  newline: '\n',
  space: ' ',
};

/** Undoes HTML character references over the whole of `s`: `&#DDD;`, `&#xHH;` and common names. */
export function decodeEntities(s: string): Decoded {
  // The text between entities is copied a run at a time; `length` is the decoded length so far.
  let out = '';
  let from = 0;
  let length = 0;
  let count = 0;
  let first = -1;
  let last = -1;
  const n = s.length;
  let i = 0;
  while (i < n && length < MAX_DECODED) {
    const c = s.charCodeAt(i);
    if (c === 0x26 && i + 2 < n) {
      let k = i + 1;
      let cp = -1;
      if (s.charCodeAt(k) === 0x23) {
        k++;
        const hex = (s.charCodeAt(k) | 0x20) === 0x78;
        if (hex) k++;
        let v = 0;
        const d0 = k;
        while (k < n && k < d0 + 8) {
          const dv = hex ? hexValue(s.charCodeAt(k)) : s.charCodeAt(k) - 0x30;
          if (dv < 0 || dv > (hex ? 15 : 9)) break;
          v = v * (hex ? 16 : 10) + dv;
          k++;
        }
        if (k > d0 && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff)) cp = v;
      } else {
        const d0 = k;
        while (k < n && k < d0 + 8 && ((s.charCodeAt(k) | 0x20) - 0x61) >>> 0 < 26) k++;
        const name = NAMED[s.slice(d0, k).toLowerCase()];
        if (name !== undefined && s.charCodeAt(k) === 0x3b) cp = name.charCodeAt(0);
      }
      if (cp >= 0) {
        if (s.charCodeAt(k) === 0x3b) k++;
        if (first < 0) first = i;
        last = k;
        count++;
        const decoded = String.fromCodePoint(cp);
        out += s.slice(from, i) + decoded;
        length += decoded.length;
        i = k;
        from = k;
        continue;
      }
    }
    length++;
    i++;
  }
  out += s.slice(from, i);
  return { text: out, count, start: first, end: last };
}

/**
 * Reads a list of `0xHH` bytes separated by spaces or commas starting at `at`; returns the decoded
 * text, the number of bytes and where the list ends.
 */
export function decodeHexList(s: string, at: number): { text: string; count: number; end: number } {
  const bytes: number[] = [];
  let i = at;
  let end = at;
  const n = s.length;
  while (i + 3 < n && bytes.length < MAX_DECODED) {
    if (s.charCodeAt(i) !== 0x30 || (s.charCodeAt(i + 1) | 0x20) !== 0x78) break;
    const h = hexValue(s.charCodeAt(i + 2));
    const l = hexValue(s.charCodeAt(i + 3));
    if (h < 0 || l < 0 || hexValue(s.charCodeAt(i + 4)) >= 0) break;
    bytes.push((h << 4) | l);
    i += 4;
    end = i;
    while (i < n && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x2c)) i++;
  }
  return { text: utf8(bytes), count: bytes.length, end };
}

/** ROT13 of the ASCII letters of `s`. */
export function rot13(s: string): string {
  let out = '';
  const n = Math.min(s.length, MAX_DECODED);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) out += String.fromCharCode(((l - 0x61 + 13) % 26) + 0x61 - (c === l ? 0 : 0x20));
    else out += s[i];
  }
  return out;
}

/** `s` read backwards, by code points (surrogate pairs stay whole). */
export function reverseText(s: string): string {
  let out = '';
  const n = Math.min(s.length, MAX_DECODED);
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) {
        out += s.slice(i - 1, i + 1);
        i--;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

/** The words of `s` in reverse order (`/ -rf rm` → `rm -rf /`). */
export function reverseWords(s: string): string {
  const words = s.slice(0, MAX_DECODED).split(' ');
  words.reverse();
  return words.join(' ');
}

/** `s` with every ASCII letter shifted `k` places along the alphabet (a Caesar cipher undone by `26 − k`). */
export function caesar(s: string, k: number): string {
  let out = '';
  const n = Math.min(s.length, MAX_DECODED);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) out += String.fromCharCode(((l - 0x61 + k) % 26) + 0x61 - (c === l ? 0 : 0x20));
    else out += s[i];
  }
  return out;
}

/** `s` with every ASCII letter mirrored in the alphabet (`a` ↔ `z`): atbash, its own inverse. */
export function atbash(s: string): string {
  let out = '';
  const n = Math.min(s.length, MAX_DECODED);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) out += String.fromCharCode(0x7a - (l - 0x61) - (c === l ? 0 : 0x20));
    else out += s[i];
  }
  return out;
}

const MORSE_CODES =
  '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.';
let morseTable: Map<string, string> | undefined;

function morseLetter(code: string): string | undefined {
  if (morseTable === undefined) {
    morseTable = new Map();
    const codes = MORSE_CODES.split(' ');
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let i = 0; i < codes.length; i++) morseTable.set(codes[i] as string, letters[i] as string);
  }
  return morseTable.get(code);
}

/** Dots and dashes as Morse is typed: `.`, `·`, `•` and `-`, `−`, `–`, `_`. */
function morseMark(c: number): string | null {
  if (c === 0x2e || c === 0xb7 || c === 0x2022) return '.';
  if (c === 0x2d || c === 0x2212 || c === 0x2013 || c === 0x5f) return '-';
  return null;
}

/** Shortest run of Morse letters read as a message (a lone `-` or `...` is punctuation). */
const MIN_MORSE = 4;

/**
 * `s` with each run of at least four Morse letters (codes apart by spaces; `/`, `|` or three
 * spaces between words) written out in letters, the rest as it is; `null` when there is no such
 * run. One pass.
 */
export function decodeMorse(s: string): { text: string; start: number; end: number } | null {
  const n = Math.min(s.length, MAX_DECODED);
  let out = '';
  let copied = 0;
  let first = -1;
  let last = 0;
  let i = 0;
  while (i < n) {
    // A run starts at a code; it is read letter by letter until a token that is no code.
    const runStart = i;
    let letters = 0;
    let text = '';
    let j = i;
    let runEnd = i;
    while (j < n) {
      let code = '';
      let k = j;
      while (k < n && code.length <= 6) {
        const m = morseMark(s.charCodeAt(k));
        if (m === null) break;
        code += m;
        k++;
      }
      const letter = code.length > 0 && code.length <= 6 ? morseLetter(code) : undefined;
      const after = k < n ? s.charCodeAt(k) : 0x20;
      if (letter === undefined || (after !== 0x20 && after !== 0x2f && after !== 0x7c)) break;
      text += letter;
      letters++;
      runEnd = k;
      // Spaces and word marks up to the next code.
      let spaces = 0;
      let word = false;
      while (k < n) {
        const c = s.charCodeAt(k);
        if (c === 0x20) spaces++;
        else if (c === 0x2f || c === 0x7c) word = true;
        else break;
        k++;
      }
      if (word || spaces >= 3) text += ' ';
      j = k;
    }
    if (letters >= MIN_MORSE) {
      if (first < 0) first = runStart;
      out += s.slice(copied, runStart) + text.trimEnd();
      copied = runEnd;
      last = runEnd;
      i = runEnd;
      continue;
    }
    // Not a run here: move past this word.
    i = runStart + 1;
    while (i < n && s.charCodeAt(i - 1) !== 0x20) i++;
  }
  if (first < 0) return null;
  return { text: out + s.slice(copied, n), start: first, end: last };
}

/** Turned letters (upside-down text) and the letters they are drawn from. */
const TURNED: ReadonlyArray<readonly [number, string]> = [
  [0x250, 'a'], // ɐ
  [0x254, 'c'], // ɔ
  [0x1dd, 'e'], // ǝ
  [0x259, 'e'], // ə
  [0x25f, 'f'], // ɟ
  [0x183, 'g'], // ƃ
  [0x265, 'h'], // ɥ
  [0x1d09, 'i'], // ᴉ
  [0x27e, 'j'], // ɾ
  [0x29e, 'k'], // ʞ
  [0x26f, 'm'], // ɯ
  [0x279, 'r'], // ɹ
  [0x287, 't'], // ʇ
  [0x28c, 'v'], // ʌ
  [0x28d, 'w'], // ʍ
  [0x28e, 'y'], // ʎ
];
let turnedTable: Map<number, string> | undefined;

/** The letter a turned letter is drawn from, or undefined. */
export function turnedLetter(c: number): string | undefined {
  turnedTable ??= new Map(TURNED);
  return turnedTable.get(c);
}

/**
 * Upside-down text set right: read backwards, turned letters turned back, and the letters that
 * turn into each other (`u`/`n`, `d`/`p`, `b`/`q`) swapped.
 */
export function unturn(s: string): string {
  let out = '';
  const n = Math.min(s.length, MAX_DECODED);
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    const t = turnedLetter(c);
    if (t !== undefined) out += t;
    else if (c === 0x75) out += 'n';
    else if (c === 0x6e) out += 'u';
    else if (c === 0x64) out += 'p';
    else if (c === 0x70) out += 'd';
    else if (c === 0x62) out += 'q';
    else if (c === 0x71) out += 'b';
    else out += s[i];
  }
  return out;
}
