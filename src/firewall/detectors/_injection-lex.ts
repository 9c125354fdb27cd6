/**
 * The word lexer of the injection detector: cuts a segment into case-folded word tokens and a few
 * punctuation marks, reading light evasions the way a model would: leetspeak digits inside words
 * (`1gn0r3` → `ignore`), apostrophes dropped (`don't` → `dont`), zero-width characters and soft
 * hyphens skipped, letters spelled out one by one (`i g n o r e`, `i.g.n.o.r.e`) joined, and a
 * run-together phrase (`ignoreallpreviousinstructions`) split on the lexicon's words.
 *
 * @internal Not part of the public API.
 */

/** Tokens read per segment, at most: the grammar's windows are short, so a cap keeps it linear. */
export const MAX_TOKENS = 2048;

/** Token arrays, reused between segments (the lexer never runs re-entrantly). */
export interface Tokens {
  /** Folded words, and the marks `.` (sentence end), `,`, `:`, `[`, `]`, `<`, `>`, `|`, `#`. */
  readonly w: string[];
  /** Offsets of each token in the segment, end exclusive. */
  readonly s: number[];
  readonly e: number[];
  n: number;
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

/**
 * ASCII and Latin letters with diacritics (Vietnamese's included), combining marks, and the
 * scripts whose words the grammar glosses: Greek, Cyrillic, Hebrew, Arabic and Devanagari letters
 * with their vowel signs (digits and punctuation of those blocks stay outside words).
 */
function isLetter(c: number): boolean {
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return true;
  if (c < 0xc0) return false;
  return (
    (c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    otherScriptLetter(c)
  );
}

/**
 * A letter (or vowel sign) of the other scripts the grammar glosses, Cyrillic aside: Greek,
 * Hebrew, Arabic, Devanagari, and Latin Extended Additional (Vietnamese). Shared with the
 * encoding prescan, which keeps the same words whole.
 */
export function otherScriptLetter(c: number): boolean {
  return (
    (c >= 0x386 && c <= 0x3ff && c !== 0x387) ||
    (c >= 0x591 && c <= 0x5f2 && c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6) ||
    (c >= 0x610 && c <= 0x61a) ||
    (c >= 0x620 && c <= 0x65f) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x900 && c <= 0x963) ||
    (c >= 0x971 && c <= 0x97f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters a model reads through: zero-width, soft hyphen, joiners. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

/** A word character, `@` and `$` included when a letter follows (`@dmin`, `$ystem`). */
function wordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (isLetter(c) || isDigit(c)) return true;
  if (c === 0x40 || c === 0x24) return isLetter(s.charCodeAt(i + 1));
  return false;
}

function mark(c: number): string | null {
  switch (c) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x3b:
      return '.';
    case 0x2c:
      return ',';
    case 0x3a:
      return ':';
    case 0x5b:
      return '[';
    case 0x5d:
      return ']';
    case 0x3c:
      return '<';
    case 0x3e:
      return '>';
    case 0x7c:
      return '|';
    case 0x23:
      return '#';
    default:
      return null;
  }
}

/** Folds one raw word: lowercase, and leetspeak digits read as letters when letters surround them. */
function fold(raw: string): string {
  let lower = raw.toLowerCase();
  // Combining marks go (`İ` lowercases to `i` and a combining dot; decomposed accents).
  if (lower.length !== raw.length || hasCombining(lower)) lower = lower.replace(COMBINING, '');
  let letters = 0;
  let other = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else other++;
  }
  if (other === 0 || letters === 0) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    // i < lower.length
    const ch = lower[i]!;
    out += LEET[ch] ?? ch;
  }
  return out;
}

const COMBINING = /[\u0300-\u036f]/g;

function hasCombining(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

/** Raw tokens before spelled-out words are joined, reused between segments. */
const raw: Tokens = { w: [], s: [], e: [], n: 0 };

/**
 * Lexes `seg` into `t`. `known` tells whether a folded word is in the grammar's lexicon, so that
 * spelled-out and run-together words can be rebuilt; `whole` names words that are never split
 * (a slip such as `isntructions` is not `isnt` + `ructions`).
 */
export function lex(
  seg: string,
  t: Tokens,
  known: (word: string) => boolean,
  whole: (word: string) => boolean = () => false,
): void {
  const r = raw;
  r.n = 0;
  const n = seg.length;
  let i = 0;
  while (i < n && r.n < MAX_TOKENS) {
    const c = seg.charCodeAt(i);
    if (wordChar(seg, i)) {
      const start = i;
      let text = '';
      let from = i;
      while (i < n) {
        if (wordChar(seg, i)) {
          i++;
          continue;
        }
        const d = seg.charCodeAt(i);
        // Inside a word: an apostrophe or an invisible character is skipped, not a break.
        if ((isApostrophe(d) || isInvisible(d)) && i + 1 < n && wordChar(seg, i + 1)) {
          text += seg.slice(from, i);
          i++;
          from = i;
          continue;
        }
        break;
      }
      text += seg.slice(from, i);
      let word = fold(text);
      // A hyphenated word the lexicon knows (`built-in`, `role-play`) stays whole.
      if (seg.charCodeAt(i) === 0x2d && i + 1 < n && wordChar(seg, i + 1)) {
        let k = i + 1;
        while (k < n && wordChar(seg, k)) k++;
        const joined = `${word}-${fold(seg.slice(i + 1, k))}`;
        if (known(joined)) {
          word = joined;
          i = k;
        }
      }
      push(r, word, start, i);
      continue;
    }
    const m = mark(c);
    if (m !== null) push(r, m, i, i + 1);
    i++;
  }
  joinSpelled(r, t, known, whole);
}

function push(t: Tokens, w: string, s: number, e: number): void {
  t.w[t.n] = w;
  t.s[t.n] = s;
  t.e[t.n] = e;
  t.n++;
}

/** Longest word the splitter tries. */
const MAX_WORD = 14;

/**
 * Copies `r` into `t`, joining runs of three or more one-letter tokens separated by at most two
 * characters (`i g n o r e`) and splitting the joined letters, or an unknown long word that starts
 * with a known one, on known words.
 */
function joinSpelled(r: Tokens, t: Tokens, known: (word: string) => boolean, whole: (word: string) => boolean): void {
  t.n = 0;
  let i = 0;
  const n = r.n;
  const w = r.w;
  while (i < n && t.n < MAX_TOKENS) {
    // i, k, last < n = r.n, and r holds a word, start and end for each of its n tokens
    const word = w[i]!;
    if (isSingleLetter(word)) {
      // Letters one by one, apart by at most two characters; a dot between them (`i.g.n`) is a
      // separator, not a sentence end.
      let j = i + 1;
      let letters = 1;
      let last = i;
      for (;;) {
        let k = j;
        if (k < n && (w[k] === '.' || w[k] === ',') && r.s[k]! === r.e[last]!) k++;
        if (k < n && isSingleLetter(w[k]!) && r.s[k]! - r.e[last]! <= 2) {
          letters++;
          last = k;
          j = k + 1;
          continue;
        }
        break;
      }
      if (letters >= 3) {
        let joined = '';
        for (let k = i; k < j; k++) if (isSingleLetter(w[k]!)) joined += w[k];
        split(t, joined, r.s[i]!, r.e[last]!, known);
        i = j;
        continue;
      }
    } else if (word.length >= 10 && !known(word) && !whole(word) && startsKnown(word, known)) {
      split(t, word, r.s[i]!, r.e[i]!, known);
      i++;
      continue;
    }
    push(t, word, r.s[i]!, r.e[i]!);
    i++;
  }
}

function isSingleLetter(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

function startsKnown(word: string, known: (w: string) => boolean): boolean {
  for (let len = Math.min(MAX_WORD, word.length - 3); len >= 4; len--) {
    if (known(word.slice(0, len))) return true;
  }
  return false;
}

/** Longest run of joined letters segmented into words; the rest stays one token. */
const MAX_JOINED = 192;
/** Segmentation cost per position (unknown letters × 64 + parts) and the step that reached it. */
const COST = new Int32Array(MAX_JOINED + 1);
const STEP = new Int8Array(MAX_JOINED + 1);

/**
 * Pushes `joined` as tokens spanning `[s, e)`, segmented into the lexicon's words with as few
 * letters left unknown as possible, then as few words as possible (`no|restrictions`, not
 * `nor|estrictions`; `ignore|no|rules`, not `ignoren|or|ules`); unknown letters in a row stay one
 * token (`free` in `youarenowfreeofrestrictions`). A dynamic program over at most 192 letters,
 * each position trying words of up to fourteen letters: linear in the run.
 */
function split(t: Tokens, joined: string, s: number, e: number, known: (w: string) => boolean): void {
  if (known(joined)) {
    push(t, joined, s, e);
    return;
  }
  const n = Math.min(joined.length, MAX_JOINED);
  COST[0] = 0;
  for (let i = 1; i <= n; i++) {
    // One unknown letter, or a known word ending here.
    let best = (COST[i - 1] as number) + 64 + 1;
    let step = 1;
    for (let l = 2; l <= MAX_WORD && l <= i; l++) {
      if (!known(joined.slice(i - l, i))) continue;
      const c = (COST[i - l] as number) + 1;
      if (c < best) {
        best = c;
        step = -l;
      }
    }
    COST[i] = best;
    STEP[i] = step;
  }
  // Walk back, then push in order: words, and unknown letters merged into one token.
  const cuts: number[] = [];
  let i = n;
  while (i > 0) {
    const step = STEP[i] as number;
    if (step < 0) {
      cuts.push(i + step);
      i += step;
    } else {
      let j = i - 1;
      while (j > 0 && (STEP[j] as number) > 0) j--;
      cuts.push(j);
      i = j;
    }
  }
  let from = 0;
  for (let k = cuts.length - 1; k >= 0 && t.n < MAX_TOKENS; k--) {
    const to = k > 0 ? (cuts[k - 1] as number) : n;
    push(t, joined.slice(from, to === n && n < joined.length ? joined.length : to), s, e);
    from = to;
  }
}
