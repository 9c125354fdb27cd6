/**
 * One pass over a segment that tells the encoding and injection detectors whether they have
 * anything to do: escape characters, base64-alphabet runs, `0x` lists, characters outside ASCII,
 * and, for every word, a hash looked up in a table of anchor words (decode and reversal requests,
 * and the words every injection family needs). Both detectors read the same segment one after the
 * other, so the last result is kept and reused.
 *
 * @internal Not part of the public API.
 */
import { turnedLetter } from './_encoding-decode.js';
import { otherScriptLetter } from './_injection-lex.js';
import { anchorBits, classes, gloss } from './_injection-lexicon.js';
import { WordSlots } from './_word-slots.js';

/** Gate bits of anchor words (the injection ones come from the lexicon). */
export const G_DECODE = 1 << 20;
export const G_ROT = 1 << 21;
export const G_REVERSE = 1 << 22;
/** `[`, `<` or `#` seen. */
export const G_MARK = 1 << 23;
/** A word spelled out letter by letter, in leetspeak, or run together from a dropping verb. */
export const G_EVASION = 1 << 24;
/** A word of digits alone (`35 tokens`). */
export const G_NUMBER = 1 << 26;
/** A cipher named: atbash, Caesar, Morse, a cipher or its shift. */
export const G_CIPHER = 1 << 29;
/** A key injection word written backwards (`snoitcurtsni`, `erongi`): the line may be reversed. */
export const G_BACKWARD = 1 << 30;
/** Pieces joined (`concatenate`, `combine`, `join`) or letters gathered (`acrostic`, `first letter`). */
export const G_JOIN = 1 << 31;

/** base64-alphabet runs recorded per segment, at most. */
const MAX_RUNS = 16;
/** Shortest run recorded. */
const MIN_RUN = 8;

/** What the pass found. */
export interface Prescan {
  /** Counts of `%`, `\` and `&`. */
  pct: number;
  bs: number;
  amp: number;
  /** Some code unit at or above U+180E (invisible and tag characters live there). */
  wide: boolean;
  /** A `0x` followed by a hex digit. */
  hexList: boolean;
  /** Start and end of each base64-alphabet run of at least eight characters. */
  runs: number[];
  /** Gate bits of the anchor words seen, with {@link G_MARK} and {@link G_EVASION}. */
  bits: number;
  /** Turned letters (`ɐ`, `ǝ`, `ɹ`, `ʇ`, …) seen: upside-down text has many. */
  turned: number;
  /** Some ASCII digit or `@`. */
  digitOrAt: boolean;
  /**
   * Three marks among `-._*` two apart, each between two ASCII letters (`k.e.y.s`): what a word
   * spelled out letter by letter with marks needs.
   */
  spelledMarks: boolean;
  /** Two spaces in a row: what a command spelled out letter by letter needs between its words. */
  doubleSpace: boolean;
}

const DECODE_WORDS = [
  'decode',
  'decoded',
  'decoding',
  'decodes',
  'decoder',
  'b64decode',
  'base64',
  'b64',
  'atob',
  'deobfuscate',
  'deobfuscated',
  'unescape',
  'unescaped',
  'unhex',
  'dehex',
  'decrypt',
  'decrypted',
  'decipher',
  'deciphered',
  'unbase64',
  'unscramble',
  'hex',
  'binary',
  'ascii',
  'xxd',
];
const ROT_WORDS = ['rot13', 'rot', 'caesar'];
const REVERSE_WORDS = ['reverse', 'reversed', 'reversing', 'backwards', 'backward', 'mirror', 'mirrored', 'inverted'];
const CIPHER_WORDS = ['atbash', 'caesar', 'cipher', 'ciphertext', 'ciphered', 'shifted', 'morse', 'encrypted'];
const JOIN_WORDS = [
  'concatenate',
  'concatenated',
  'concatenating',
  'concat',
  'combine',
  'combined',
  'join',
  'joined',
  'assemble',
  'assembled',
  'merge',
  'merged',
  'glue',
  'together',
  'acrostic',
  'letter',
  'letters',
  'initials',
];
/** Injection key words that no language writes: read backwards, they ask for the line reversed. */
const BACKWARD_WORDS = [
  'ignore',
  'disregard',
  'forget',
  'instructions',
  'instruction',
  'previous',
  'prompt',
  'reveal',
  'guidelines',
  'restrictions',
  'unrestricted',
  'unfiltered',
  'jailbreak',
  'override',
  'bypass',
  'directives',
];
/** Prefixes of dropping verbs that a run-together phrase starts with. */
const JOINED_PREFIXES = ['ignore', 'disreg', 'forget', 'bypass', 'overri', 'discar', 'abando', 'circum', 'reveal'];

/** Lowercase letter for ASCII letters, leetspeak letter for digits (+128 marks a digit), else 0. */
const FOLD = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c | 0x20;
for (let c = 0x61; c <= 0x7a; c++) FOLD[c] = c;
for (let d = 0; d < 10; d++) FOLD[0x30 + d] = 128 + 0x30 + d;
// `_` joins a word, so `shell_reverse_tcp` is one identifier, not a request to reverse.
FOLD[0x5f] = 0x5f;

/** The marks a word is spelled out with, letter by letter (`k-e-y-s`, `k.e.y.s`, `k_e_y_s`, `k*e*y*s`). */
const SPELL_MARK = new Uint8Array(128);
for (const ch of '-._*') SPELL_MARK[ch.charCodeAt(0)] = 1;

/** An ASCII letter. */
function asciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

const B64 = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') B64[ch.charCodeAt(0)] = 1;

const SEED = 0x011c9dc5;

/** FNV-1a step kept to 30 bits, so hashes stay small integers and never become heap numbers. */
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) & 0x3fffffff;
}

/** The hash of a folded word, as the pass computes it. */
function hashWord(w: string): number {
  let h = SEED;
  for (let i = 0; i < w.length; i++) h = mix(h, w.charCodeAt(i));
  return h;
}

/** Gate bits by word hash: every word of a segment is looked up (see `_word-slots.ts`). */
class AnchorTable {
  private readonly slots = new WordSlots(12);
  private readonly bits = new Int32Array(this.slots.capacity);

  /** The gate bits of the word with hash `h`, 0 when it is no anchor. */
  get(h: number): number {
    const i = this.slots.find(h);
    // a slot is below capacity = bits.length
    return i < 0 ? 0 : this.bits[i]!;
  }

  add(h: number, bits: number): void {
    const i = this.slots.slot(h);
    this.bits[i] = this.bits[i]! | bits;
  }
}

let anchors: AnchorTable | undefined;
let prefixes: Set<number> | undefined;

function anchorTable(): AnchorTable {
  if (anchors !== undefined) return anchors;
  const t = new AnchorTable();
  for (const [w, bits] of anchorBits()) t.add(hashWord(w), bits);
  for (const w of DECODE_WORDS) t.add(hashWord(w), G_DECODE);
  for (const w of ROT_WORDS) t.add(hashWord(w), G_ROT);
  for (const w of REVERSE_WORDS) t.add(hashWord(w), G_REVERSE);
  for (const w of CIPHER_WORDS) t.add(hashWord(w), G_CIPHER);
  for (const w of JOIN_WORDS) t.add(hashWord(w), G_JOIN);
  for (const w of BACKWARD_WORDS) t.add(hashWord([...w].reverse().join('')), G_BACKWARD);
  anchors = t;
  prefixes = new Set(JOINED_PREFIXES.map(hashWord));
  return t;
}

/** Characters a reader does not see inside a word: zero-width, soft hyphen. */
function invisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/** Lowercase of a Greek capital or a Latin Extended Additional capital; other letters as they are. */
function lowerOther(c: number): number {
  if (c >= 0x391 && c <= 0x3ab && c !== 0x3a2) return c + 0x20;
  if (c >= 0x1e00 && c <= 0x1eff && (c & 1) === 0 && (c <= 0x1e94 || c >= 0x1ea0)) return c + 1;
  return c;
}

/**
 * Whether the word of letters, digits and `_` that ends at `end`, `len` code units long, may be
 * leetspeak the injection grammar reads. The grammar's lexer splits it at `_` and reads the digits
 * of a piece that also has letters as letters: some piece must then be a word of the grammar's
 * lexicon or glosses (`1gn0r3`, `pr3v10us`), or a long word that starts with one (the lexer splits
 * it: `1gn0r3pr3v10us`), or the whole a run-together phrase that starts with a dropping verb. A name with digits (`web01`, `sha256`, `api_v2_key42`) makes none, and opens no
 * family. A word next to anything the lexer may read as part of a word (a letter past ASCII, an
 * invisible character, `@`, `$`, an apostrophe, the hyphen of `built-in`) is taken as leetspeak.
 */
function leetReads(s: string, end: number, len: number): boolean {
  const from = end - len;
  if (from < 0) return true;
  const before = from > 0 ? s.charCodeAt(from - 1) : 0x20;
  const after = end < s.length ? s.charCodeAt(end) : 0x20;
  // before < 128 = FOLD.length where it is read
  if (before >= 0x80 || FOLD[before]! !== 0 || joinsWord(before) || joinsWord(after)) return true;
  let word = '';
  for (let k = from; k < end; k++) {
    const c = s.charCodeAt(k);
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) word += String.fromCharCode(l);
    else if (c >= 0x30 && c <= 0x39) word += String.fromCharCode(c);
    else if (c !== 0x5f) return true;
    else word += '_';
  }
  for (const piece of word.split('_')) {
    if (piece === '') continue;
    const read = /[a-z]/.test(piece) ? piece.replace(/[0-9]/g, (d) => LEET_OF[d] ?? d) : piece;
    if (classes(read) !== 0 || gloss(read) !== undefined || (read.length >= 10 && startsKnown(read))) return true;
  }
  return len >= 10 && JOINED_PREFIXES.includes(word.replace(/[0-9]/g, (d) => LEET_OF[d] ?? d).slice(0, 6));
}

/** Whether some first 4 to 14 letters of `word` make a word of the injection lexicon, as the lexer's splitter asks. */
function startsKnown(word: string): boolean {
  for (let n = Math.min(14, word.length - 3); n >= 4; n--) if (classes(word.slice(0, n)) !== 0) return true;
  return false;
}

/** Letters leetspeak digits stand for, as the injection lexer reads them. */
const LEET_OF: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b' };

/** `@`, `$`, the apostrophe and the hyphen: ASCII characters the injection lexer may read inside a word. */
function joinsWord(c: number): boolean {
  return c === 0x40 || c === 0x24 || c === 0x27 || c === 0x2d;
}

let lastSegment: string | null = null;
let last: Prescan | null = null;

/** The prescan of `s` when it is the segment scanned last, else null (nothing is scanned). */
export function prescanned(s: string): Prescan | null {
  return s === lastSegment ? last : null;
}

/** The prescan of `s` (the previous result when `s` is the segment scanned last). */
export function prescan(s: string): Prescan {
  if (s === lastSegment && last !== null) return last;
  const table = anchorTable();
  const pre = prefixes as Set<number>;
  const out: Prescan = {
    pct: 0,
    bs: 0,
    amp: 0,
    wide: false,
    hexList: false,
    runs: [],
    bits: 0,
    turned: 0,
    digitOrAt: false,
    spelledMarks: false,
    doubleSpace: false,
  };
  const n = s.length;
  let runStart = -1;
  // The current word: hash, length, digits in it, hash of its first six letters.
  let h = SEED;
  let len = 0;
  let digits = 0;
  let h6 = 0;
  // One-letter words in a row (`i g n o r e`), and where the last one ended.
  let singles = 0;
  let singleEnd = -10;
  let bits = 0;
  // Marks between two letters in a row, two apart, and where the last one stood.
  let marks = 0;
  let markAt = -10;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      // A lowercase letter, most of any text: the same steps as below (its fold is itself, and it
      // is in the base64 alphabet), without the table reads.
      h = mix(h, c);
      len++;
      if (len === 6) h6 = h;
      if (runStart < 0) runStart = i;
      continue;
    }
    if (c < 128) {
      // c < 128 = FOLD.length = SPELL_MARK.length
      if (SPELL_MARK[c] === 1 && asciiLetter(s.charCodeAt(i + 1)) && i > 0 && asciiLetter(s.charCodeAt(i - 1))) {
        marks = markAt === i - 2 ? marks + 1 : 1;
        markAt = i;
        if (marks >= 3) out.spelledMarks = true;
      }
      const f = FOLD[c]!;
      if (f !== 0) {
        if (f >= 128) {
          out.digitOrAt = true;
          digits++;
          h = mix(h, f - 128);
        } else h = mix(h, f);
        len++;
        if (len === 6) h6 = h;
      } else if (len > 0) {
        // A word ends.
        if (len >= 2 && len <= 16) bits |= table.get(h);
        if (digits >= 2 && len - digits >= 2 && len >= 5 && leetReads(s, i, len)) bits |= G_EVASION;
        else if (digits === len) bits |= G_NUMBER;
        if (len >= 10 && pre.has(h6)) bits |= G_EVASION;
        if (len === 1 && digits === 0) {
          singles = i - 1 - singleEnd <= 3 ? singles + 1 : 1;
          singleEnd = i;
          if (singles >= 3) bits |= G_EVASION;
        }
        h = SEED;
        len = 0;
        digits = 0;
      }
      if (B64[c] === 1) {
        if (runStart < 0) runStart = i;
        if (c === 0x30 && (s.charCodeAt(i + 1) | 0x20) === 0x78) out.hexList = true;
      } else {
        if (runStart >= 0) {
          if (i - runStart >= MIN_RUN && out.runs.length < MAX_RUNS * 2) out.runs.push(runStart, i);
          runStart = -1;
        }
        if (c === 0x20) {
          if (s.charCodeAt(i + 1) === 0x20) out.doubleSpace = true;
        } else if (c === 0x25) out.pct++;
        else if (c === 0x5c) out.bs++;
        else if (c === 0x26) out.amp++;
        else if (c === 0x5b || c === 0x3c || c === 0x23) bits |= G_MARK;
        else if (c === 0x40) out.digitOrAt = true;
      }
      continue;
    }
    if (invisible(c)) {
      out.wide = true;
      continue;
    }
    if ((c >= 0x250 && c <= 0x29e) || c === 0x183 || c === 0x1dd || c === 0x1d09) {
      if (turnedLetter(c) !== undefined) out.turned++;
    }
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      // A Latin letter with a diacritic (`instruções`, `précédentes`) stays inside its word,
      // folded to lowercase as the lexer folds it.
      out.wide = true;
      h = mix(h, c <= 0xde ? c + 0x20 : c);
      len++;
      if (len === 6) h6 = h;
      continue;
    }
    if (c >= 0x300 && c <= 0x36f) {
      // A combining mark stays inside its word and, as the lexer drops it, out of the hash.
      continue;
    }
    if (otherScriptLetter(c)) {
      // Greek, Hebrew, Arabic, Devanagari and Vietnamese letters stay inside their word (the
      // injection grammar glosses words of those languages), folded to lowercase where the block
      // has a simple case offset.
      if (c >= 0x1e00) out.wide = true;
      if (runStart >= 0) {
        if (i - runStart >= MIN_RUN && out.runs.length < MAX_RUNS * 2) out.runs.push(runStart, i);
        runStart = -1;
      }
      h = mix(h, lowerOther(c));
      len++;
      if (len === 6) h6 = h;
      continue;
    }
    if (c >= 0x400 && c <= 0x4ff) {
      // Cyrillic letters stay inside their word (the injection grammar glosses Russian words),
      // folded to lowercase; they are no sign of hidden characters, so `wide` stays as it is.
      // They still end a base64 run, as before.
      if (runStart >= 0) {
        if (i - runStart >= MIN_RUN && out.runs.length < MAX_RUNS * 2) out.runs.push(runStart, i);
        runStart = -1;
      }
      h = mix(h, c <= 0x40f ? c + 0x50 : c <= 0x42f ? c + 0x20 : c);
      len++;
      if (len === 6) h6 = h;
      continue;
    }
    if (c >= 0x180e) out.wide = true;
    if (runStart >= 0) {
      if (i - runStart >= MIN_RUN && out.runs.length < MAX_RUNS * 2) out.runs.push(runStart, i);
      runStart = -1;
    }
    if (len > 0) {
      if (len >= 2 && len <= 16) bits |= table.get(h);
      h = SEED;
      len = 0;
      digits = 0;
    }
  }
  out.bits = bits;
  lastSegment = s;
  last = out;
  return out;
}
