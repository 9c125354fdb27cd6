/**
 * Word lexer for the harmful-request detector: splits a segment into word tokens without
 * allocating a string per word. Each token keeps its span, a 32-bit hash of its lowercased
 * characters (and of the same characters without a final `s`, for plurals), a numeric value when it
 * is a number (`10,000`, `50k`, `200`), and flags (possessive `'s`, a sentence break before it,
 * an initial capital). Shared by the lexicon grammar, the learned scorer and the training script,
 * so the three see exactly the same tokens.
 *
 * @internal Not part of the public API.
 */

/** Most tokens held at once; a longer segment is read in windows of this many tokens. */
export const MAX_TOKENS = 256;
/** Tokens carried over from one window to the next, so a phrase across the cut is still seen. */
export const WINDOW_OVERLAP = 24;

/** The token ends in a possessive `'s` (`someone's`, `Dana Smith's`). */
export const F_POSSESSIVE = 1;
/** A sentence ends before this token (`.`, `!`, `?`, `;` or a window start). */
export const F_BREAK = 2;
/** The token starts with an upper-case ASCII letter as written. */
export const F_CAPITAL = 4;
/** The token mixes letters and digits (`k3yl0gg3r`, `c4rd`, `mp3`): leetspeak may spell a word. */
export const F_MIXED = 8;

/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a step: the hash of a word extended by one code unit. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME) >>> 0;
}

/** FNV-1a hash of a lowercase ASCII word as the lexer computes it (used to build lexicons). */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
}

/**
 * FNV-1a hash of a word as the lexer reads it: letters lower-cased and folded by {@link lower},
 * marks the lexer skips left out. Equal to {@link wordHash} on lowercase ASCII words; used to list
 * words of other scripts as they are written (`địa`, `برنامج`, `फ़ोन`).
 */
export function foldHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!skipped(c)) h = fnvStep(h, lower(c));
  }
  return h;
}

/** The {@link foldHash}es of the words of `list`, separated by single spaces. */
export function foldHashes(list: string): ReadonlySet<number> {
  return new Set(list.split(' ').map(foldHash));
}

/**
 * Marks that are written or left out at will and so are not part of a word's spelling: Arabic
 * short vowels, tanwin and shadda (U+064B–U+065F, U+0670) and the tatweel stretch (U+0640), the
 * Devanagari nukta (U+093C: `फ़ोन` and `फोन` are one word).
 */
export function skipped(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x640 || c === 0x670 || c === 0x93c;
}

/**
 * Latin-1 letters folded to their lower-case ASCII base (`É` and `é` to `e`, `ñ` to `n`), so the
 * other languages' words match whether or not the accents were typed; 0 where a letter is kept.
 */
const FOLD = new Uint8Array(64);
{
  const bases = 'aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy';
  for (let k = 0; k < bases.length; k++) {
    const b = bases.charCodeAt(k);
    if (b !== 0) {
      FOLD[k] = b;
      FOLD[k + 32] = b;
    }
  }
  FOLD[0x3f] = 121; // ÿ
}

/**
 * Latin Extended-A letters (U+0100–U+017F: Polish `ł ą ę ś ż`, Turkish `ş ğ ı İ`, Czech `č ř`)
 * folded to their lower-case ASCII base, 0 where a letter is kept (`ĳ`, `œ`, `ŉ`, `ĸ`). One
 * letter per code point, from U+0100.
 */
const FOLD_EXT = new Uint8Array(128);
{
  const runs: ReadonlyArray<readonly [number, number, string]> = [
    [0x100, 0x105, 'a'],
    [0x106, 0x10d, 'c'],
    [0x10e, 0x111, 'd'],
    [0x112, 0x11b, 'e'],
    [0x11c, 0x123, 'g'],
    [0x124, 0x127, 'h'],
    [0x128, 0x131, 'i'],
    [0x134, 0x135, 'j'],
    [0x136, 0x137, 'k'],
    [0x139, 0x142, 'l'],
    [0x143, 0x148, 'n'],
    [0x14a, 0x14b, 'n'],
    [0x14c, 0x151, 'o'],
    [0x154, 0x159, 'r'],
    [0x15a, 0x161, 's'],
    [0x162, 0x167, 't'],
    [0x168, 0x173, 'u'],
    [0x174, 0x175, 'w'],
    [0x176, 0x178, 'y'],
    [0x179, 0x17e, 'z'],
    [0x17f, 0x17f, 's'],
  ];
  for (const [from, to, b] of runs) for (let c = from; c <= to; c++) FOLD_EXT[c - 0x100] = b.charCodeAt(0);
}

/**
 * Lower-cases ASCII and Cyrillic letters (`ё` read as `е`), folds accented Latin-1 and Latin
 * Extended-A letters to their ASCII base; every other code unit is kept.
 */
export function lower(c: number): number {
  if (c < 0xc0) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c <= 0xff) {
    const f = FOLD[c - 0xc0]!;
    return f === 0 ? c : f;
  }
  if (c < 0x180) {
    const f = FOLD_EXT[c - 0x100]!;
    return f === 0 ? c : f;
  }
  if (c >= 0x400 && c < 0x460) {
    if (c === 0x401 || c === 0x451) return 0x435;
    if (c < 0x410) return c + 0x50;
    if (c < 0x430) return c + 0x20;
  }
  // Arabic alef with hamza or madda read as a bare alef, alef maqsura as ya: spelled either way.
  if (c >= 0x622 && c <= 0x649) {
    if (c === 0x622 || c === 0x623 || c === 0x625) return 0x627;
    if (c === 0x649) return 0x64a;
  }
  return c;
}

/**
 * An elided article or pronoun before an apostrophe (`l'adresse`, `d'un`, `qu'il`): the word
 * after the apostrophe is read on its own. `start` and `at` bound the letters before it.
 */
function elided(text: string, start: number, at: number): boolean {
  const a = lower(text.charCodeAt(start));
  if (at - start === 1)
    return a === 108 || a === 100 || a === 106 || a === 109 || a === 110 || a === 115 || a === 116 || a === 99;
  return at - start === 2 && a === 113 && lower(text.charCodeAt(start + 1)) === 117;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII character kinds: 0 other, 1 lower-case letter, 2 upper-case letter, 3 digit. */
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;
for (let c = 48; c <= 57; c++) ASCII[c] = 3;

/** Word characters: ASCII letters and digits, and anything beyond Latin-1 punctuation. */
function isWord(c: number): boolean {
  if (c < 128) return ASCII[c] !== 0;
  if (c >= 0x60c && (c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || c === 0x964 || c === 0x965))
    return false;
  return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || c >= 0x3040;
}

/**
 * Whether the dot at `at` groups thousands: one to three digits from `start` before it (the first
 * not a zero), exactly three digits after it, then neither a digit nor a dot and a digit.
 */
function thousandsDot(text: string, start: number, at: number, n: number): boolean {
  if (at - start > 3 || text.charCodeAt(start) === 48) return false;
  for (let k = start; k < at; k++) if (!isDigit(text.charCodeAt(k))) return false;
  for (let k = at + 1; k <= at + 3; k++) if (k >= n || !isDigit(text.charCodeAt(k))) return false;
  const after = at + 4;
  if (after < n && isDigit(text.charCodeAt(after))) return false;
  return !(after + 1 < n && text.charCodeAt(after) === 46 && isDigit(text.charCodeAt(after + 1)));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 0x964 || c === 0x965 || c === 0x61f || c === 0x6d4;
}

/** Tokens of one window, in reused typed arrays. */
export class TokenBuffer {
  /** Number of tokens held. */
  length = 0;
  readonly start = new Int32Array(MAX_TOKENS);
  readonly end = new Int32Array(MAX_TOKENS);
  readonly hash = new Uint32Array(MAX_TOKENS);
  /** Hash without a final `s` (equal to `hash` when the word does not end in `s`). */
  readonly stem = new Uint32Array(MAX_TOKENS);
  /** Numeric value, or -1 when the token is not a number. */
  readonly num = new Float64Array(MAX_TOKENS);
  readonly flags = new Uint8Array(MAX_TOKENS);
  /** Lexicon classes of each token (filled by the grammar). */
  readonly cls = new Uint32Array(MAX_TOKENS);
  /** The text read holds kana, an ideograph or Hangul (written without word spaces). */
  cjk = false;
}

/** Called for each full window and for the last one; `fresh` is the index of its first new token. */
export type WindowVisitor = (buf: TokenBuffer, fresh: number) => void;

/**
 * Tokenizes `text` into `buf`, calling `visit` each time the buffer is full (then keeping the
 * last {@link WINDOW_OVERLAP} tokens) and once at the end if any new token remains. Linear in
 * `text`; never throws.
 */
export function tokenize(text: string, buf: TokenBuffer, visit: WindowVisitor): void {
  const n = text.length;
  buf.length = 0;
  buf.cjk = false;
  let fresh = 0;
  let pendingBreak = true;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!isWord(c0)) {
      if (isSentenceEnd(c0) && (i + 1 >= n || !isWord(text.charCodeAt(i + 1)))) pendingBreak = true;
      i++;
      continue;
    }
    // One word: letters and digits, apostrophes inside it skipped, `'s` at its end a possessive,
    // digit groups `10,000` and `1.5` kept whole, a `k` or `m` after digits a multiplier.
    let s = i;
    // The hash is kept as a signed 32-bit integer while the word is read (the same bits as the
    // unsigned hash, which the token arrays store): an unsigned value above 2^31 is no small
    // integer to the engine and costs a conversion on every character.
    let h = FNV_OFFSET | 0;
    let prev = h;
    let last = 0;
    let flags = c0 >= 65 && c0 <= 90 ? F_CAPITAL : 0;
    let allDigits = true;
    let value = 0;
    let scale = 1;
    let fraction = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122 && !(allDigits && i > s)) {
        // The common case first: a lower-case ASCII letter.
        prev = h;
        h = Math.imul(h ^ c, FNV_PRIME);
        last = c;
        allDigits = false;
        i++;
        continue;
      }
      if (isWord(c)) {
        // Kana, ideographs and Hangul: read again by characters after the words.
        if (c >= 0x3040 && (c <= 0x9fff || (c >= 0xac00 && c <= 0xd7af))) buf.cjk = true;
        if (skipped(c)) {
          i++;
          continue;
        }
        const l = lower(c);
        // A digit after letters or a letter after digits: the word may be leetspeak.
        if (i > s && isDigit(l) !== allDigits) flags |= F_MIXED;
        if (isDigit(l) && allDigits) {
          if (fraction > 0) {
            value += (l - 48) / fraction;
            fraction *= 10;
          } else value = value * 10 + (l - 48);
        } else if (allDigits && i > s && (l === 107 || l === 109) && !(i + 1 < n && isWord(text.charCodeAt(i + 1)))) {
          scale = l === 107 ? 1000 : 1000000;
        } else allDigits = false;
        prev = h;
        h = Math.imul(h ^ l, FNV_PRIME);
        last = l;
        i++;
        continue;
      }
      if (isApostrophe(c) && i + 1 < n && isWord(text.charCodeAt(i + 1))) {
        const next = lower(text.charCodeAt(i + 1));
        if (next === 115 && (i + 2 >= n || !isWord(text.charCodeAt(i + 2)))) {
          flags |= F_POSSESSIVE;
          i += 2;
          break;
        }
        if (elided(text, s, i)) {
          // Start the word again after the apostrophe.
          i++;
          s = i;
          h = FNV_OFFSET | 0;
          prev = h;
          last = 0;
          continue;
        }
        i++;
        continue;
      }
      if (
        (c === 44 || c === 46) &&
        allDigits &&
        i + 1 < n &&
        isDigit(text.charCodeAt(i + 1)) &&
        i > s &&
        isDigit(text.charCodeAt(i - 1))
      ) {
        // `10,000` groups; `1.5` decimals; `50.000` a group as most of Europe writes thousands (one to
        // three digits, a dot, exactly three digits, no further dot-and-digit as a version has).
        if (c === 46 && fraction === 0) {
          if (thousandsDot(text, s, i, n)) {
            i++;
            continue;
          }
          fraction = 10;
        }
        i++;
        continue;
      }
      if (
        (c === 32 || c === 0xa0 || c === 0x202f) &&
        allDigits &&
        fraction === 0 &&
        i > s &&
        i - s <= 7 &&
        i + 3 < n &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        (i + 4 >= n || !isWord(text.charCodeAt(i + 4)))
      ) {
        // `10 000`, `1 000 000`: thousands grouped by a space, as French, Polish and Russian write them.
        i++;
        continue;
      }
      break;
    }
    if (buf.length === MAX_TOKENS) {
      visit(buf, fresh);
      const keep = WINDOW_OVERLAP;
      const from = MAX_TOKENS - keep;
      buf.start.copyWithin(0, from);
      buf.end.copyWithin(0, from);
      buf.hash.copyWithin(0, from);
      buf.stem.copyWithin(0, from);
      buf.num.copyWithin(0, from);
      buf.flags.copyWithin(0, from);
      buf.length = keep;
      fresh = keep;
    }
    const k = buf.length++;
    buf.start[k] = s;
    buf.end[k] = i;
    buf.hash[k] = h;
    buf.stem[k] = last === 115 && i - s > 3 ? prev : h;
    buf.num[k] = allDigits ? value * scale : -1;
    if (pendingBreak) flags |= F_BREAK;
    pendingBreak = false;
    buf.flags[k] = flags;
  }
  if (buf.length > fresh) visit(buf, fresh);
}

/**
 * The tokens of the last segment the harmful detector read whole (in one window), kept so that a
 * later detector of the same segment reads them instead of tokenizing again. Valid only for that
 * very text: a detector compares it before use.
 */
export const lastTokens: { text: string; buf: TokenBuffer | null } = { text: '', buf: null };
