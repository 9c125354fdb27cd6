/**
 * The single matcher pass over an action's normalized text: whole-word phrase occurrences, with
 * contained phrases dropped and negation resolved.
 *
 * Negation is deliberately narrow, because a wrong negation hides harm. A negator (`not`, `without`,
 * …) negates the first phrase that follows within `window` words in the same clause, nothing else;
 * punctuation, a scope breaker (`and`, `but`, …) or any other phrase ends its reach. The negation
 * carries on only through `or` ("no harm or damage") and through a transitive phrase to its object
 * within two words ("never share user passwords"). A post-negator ("consent not given", `consent:
 * false`) negates the phrase just before it, within two words or after `:` / `=`. A negation also
 * passes through a scope word to the act one or two words after it: "no user data is deleted"
 * negates `deleted` (a phrase right after the scope word is part of the same noun: in "turn off
 * seatbelt warning" the seatbelt stays negated).
 * A phrase a negation passes through, or reaches only through a transitive phrase, is *passed*
 * over: listed as negated, it carries nothing, whatever its own negation would mean ("never delete
 * the backups" leaves the backups alone; it does not mean "no backups"). A counter
 * (`report`, `detect`, `block`) reaches like a negator but negates only a harmful act ("report
 * abuse"): a safeguard, a bonus or a scope word ("flag the backups", "report medical records") ends
 * its reach unnegated.
 *
 * @internal Not part of the public API.
 */
import { isWordCode } from '../text/normalize.js';
import { grown } from './_grow.js';
import { BREAKER, COUNTER, type CompiledLexicon, ENTRY, NEGATOR, OR, POST_NEGATOR } from './_lexicon-compile.js';

const SPACE = 0x20;
const HYPHEN = 0x2d;
const COLON = 0x3a;
const EQUALS = 0x3d;
const OVERLAPPING = Object.freeze({ overlapping: true });
/** Words allowed between a negated transitive phrase and its object, and before a post-negator. */
const OBJECT_WINDOW = 2;
/** An occurrence's polarity (`occNegated`): as written, negated, or passed over by a negation. */
export const PLAIN = 0;
export const NEGATED = 1;
export const PASSED = 2;
/** How an open negation reaches the next phrase. */
const DIRECT = 0; // from a negator, a counter or `or`
const OBJECT = 1; // through a transitive phrase to its object: the object is passed over
const PREDICATE = 2; // through a scope word to the act after it: the scope word is passed over
/** Largest scratch buffers kept between scans (a 1 MiB text can need half a million matches). */
const KEEP = 4096;

function isWord(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 0x5f;
  return isWordCode(c);
}

/** Finds the phrase occurrences of one text; results stay valid until the next `scan`. */
export class PhraseScanner {
  /** Occurrences in text order: entry index, normalized span, polarity (PLAIN, NEGATED or PASSED). */
  occEntry = new Int32Array(64);
  occStart = new Int32Array(64);
  occEnd = new Int32Array(64);
  occNegated = new Uint8Array(64);
  occCount = 0;

  private text = '';
  private count = 0;
  private pat = new Int32Array(64);
  private start = new Int32Array(64);
  private end = new Int32Array(64);
  private order = new Int32Array(64);
  private readonly visit: (pattern: number, start: number, end: number) => void;

  constructor(private readonly lex: CompiledLexicon) {
    // Keeps whole-word occurrences only: `harmless` is not `harm`, `task` is not `ask`.
    this.visit = (pattern, s, e) => {
      const text = this.text;
      if (s > 0 && isWord(text.charCodeAt(s - 1))) return;
      if (e < text.length && isWord(text.charCodeAt(e))) return;
      const i = this.count++;
      if (i >= this.pat.length) {
        this.pat = grown(this.pat, i + 1);
        this.start = grown(this.start, i + 1);
        this.end = grown(this.end, i + 1);
      }
      this.pat[i] = pattern;
      this.start[i] = s;
      this.end[i] = e;
    };
  }

  /** Scans `text` (normalized). O(n + m log m) for m occurrences. */
  scan(text: string): void {
    if (this.pat.length > KEEP) this.release();
    this.text = text;
    this.count = 0;
    this.occCount = 0;
    this.lex.matcher.forEachMatch(text, this.visit, OVERLAPPING);
    const n = this.count;
    if (n === 0) return;
    this.sortByStart(n);
    this.resolve(n);
  }

  /** Drops the buffers a huge text grew, so that one such text does not pin megabytes. */
  private release(): void {
    this.pat = new Int32Array(64);
    this.start = new Int32Array(64);
    this.end = new Int32Array(64);
    this.order = new Int32Array(64);
    this.occEntry = new Int32Array(64);
    this.occStart = new Int32Array(64);
    this.occEnd = new Int32Array(64);
    this.occNegated = new Uint8Array(64);
  }

  /** Orders matches by start, longer first at one start. */
  private sortByStart(n: number): void {
    this.order = grown(this.order, n);
    const order = this.order;
    for (let i = 0; i < n; i++) order[i] = i;
    if (n <= 32) {
      // Insertion sort: a typical action has a handful of matches.
      // 0 ≤ j < i < n, and the arrays grow to hold every match before sorting
      for (let i = 1; i < n; i++) {
        const x = order[i]!;
        let j = i - 1;
        while (j >= 0 && this.before(order[j]!, x) > 0) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = x;
      }
    } else {
      const sorted = Array.from(order.subarray(0, n)).sort((a, b) => this.before(a, b));
      order.set(sorted);
    }
  }

  private before(a: number, b: number): number {
    // a and b are match indices below n
    return this.start[a]! - this.start[b]! || this.end[b]! - this.end[a]!;
  }

  /** Drops contained matches and walks the rest in order, resolving negation. */
  private resolve(n: number): void {
    const { kinds, entryOf, entries, window } = this.lex;
    const order = this.order;
    let maxEnd = -1;
    // Where an open negation reaches from (-1: none) and how many words it may skip.
    let negFrom = -1;
    let negWords = 0;
    // Whether the open negation comes from a counter, which reaches only harmful acts directly.
    let counter = false;
    let mode = DIRECT;
    // A negated scope word that passes its negation on, until the phrase after it settles it.
    let pendingScope = -1;
    // End of the last negated phrase, for `or` chains (-1: none).
    let chainEnd = -1;
    // The last plain occurrence, for post-negators.
    let last = -1;
    // k < n; m is a match index, pattern a pattern id (kinds and entryOf hold one slot per pattern), last < occCount
    for (let k = 0; k < n; k++) {
      const m = order[k]!;
      const s = this.start[m]!;
      const e = this.end[m]!;
      if (e <= maxEnd) continue; // inside a longer phrase that matched
      maxEnd = e;
      const pattern = this.pat[m]!;
      switch (kinds[pattern]) {
        case NEGATOR:
          if (last >= 0 && this.keyValueGap(this.occEnd[last]!, s)) this.occNegated[last] = NEGATED;
          negFrom = e;
          negWords = window;
          counter = false;
          mode = DIRECT;
          pendingScope = -1;
          chainEnd = -1;
          last = -1;
          break;
        case COUNTER:
          negFrom = e;
          negWords = window;
          counter = true;
          mode = DIRECT;
          pendingScope = -1;
          chainEnd = -1;
          last = -1;
          break;
        case POST_NEGATOR:
          if (last >= 0 && this.gap(this.occEnd[last]!, s, OBJECT_WINDOW, true)) {
            this.occNegated[last] = NEGATED;
          }
          negFrom = -1;
          chainEnd = -1;
          last = -1;
          pendingScope = -1;
          break;
        case BREAKER:
          negFrom = -1;
          chainEnd = -1;
          last = -1;
          pendingScope = -1;
          break;
        case OR:
          // After a negated phrase, `or` passes the negation on; otherwise it is one more word of
          // an open negation's gap ("will not read or delete").
          if (chainEnd >= 0 && this.gap(chainEnd, s, 0, false)) {
            negFrom = e;
            negWords = 1;
            mode = DIRECT;
            pendingScope = -1;
          }
          chainEnd = -1;
          break;
        case ENTRY: {
          const entry = entryOf[pattern]!;
          const compiled = entries[entry]!;
          const reached =
            negFrom >= 0 &&
            (mode !== DIRECT || !counter || compiled.counterable) &&
            this.gapWords(negFrom, s, negWords, false) >= (mode === PREDICATE ? 1 : 0);
          let polarity = PLAIN;
          if (reached) {
            polarity = mode === OBJECT ? PASSED : NEGATED;
            // The negation belongs to this act, not to the scope word before it.
            if (mode === PREDICATE && pendingScope >= 0) this.occNegated[pendingScope] = PASSED;
          }
          pendingScope = -1;
          const i = this.push(entry, s, e, polarity);
          if (polarity === PLAIN) {
            negFrom = -1;
            chainEnd = -1;
            last = i;
          } else {
            chainEnd = e;
            last = -1;
            negWords = OBJECT_WINDOW;
            if (compiled.transitive) {
              negFrom = e;
              mode = OBJECT;
            } else if (compiled.amplify > 0) {
              negFrom = e;
              mode = PREDICATE;
              if (polarity === NEGATED) pendingScope = i;
            } else {
              negFrom = -1;
            }
          }
          break;
        }
        default:
      }
    }
  }

  private push(entry: number, s: number, e: number, polarity: number): number {
    const i = this.occCount++;
    if (i >= this.occEntry.length) {
      this.occEntry = grown(this.occEntry, i + 1);
      this.occStart = grown(this.occStart, i + 1);
      this.occEnd = grown(this.occEnd, i + 1);
      this.occNegated = grown(this.occNegated, i + 1);
    }
    this.occEntry[i] = entry;
    this.occStart[i] = s;
    this.occEnd[i] = e;
    this.occNegated[i] = polarity;
    return i;
  }

  /**
   * Whether text[from, to) holds at most `maxWords` words and nothing but spaces and hyphens
   * between them (plus `:` and `=` when `keyValue`): still the same clause.
   */
  private gap(from: number, to: number, maxWords: number, keyValue: boolean): boolean {
    return this.gapWords(from, to, maxWords, keyValue) >= 0;
  }

  /** The number of words in text[from, to) when {@link gap} holds, else -1. */
  private gapWords(from: number, to: number, maxWords: number, keyValue: boolean): number {
    const text = this.text;
    let words = 0;
    let inWord = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isWord(c)) {
        if (!inWord && ++words > maxWords) return -1;
        inWord = true;
        continue;
      }
      inWord = false;
      if (c === SPACE || c === HYPHEN || (keyValue && (c === COLON || c === EQUALS))) continue;
      return -1;
    }
    return words;
  }

  /** Whether text[from, to) is a key-value separator: spaces around at least one `:` or `=`. */
  private keyValueGap(from: number, to: number): boolean {
    const text = this.text;
    let separator = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON || c === EQUALS) separator = true;
      else if (c !== SPACE) return false;
    }
    return separator;
  }
}
