/**
 * Multi-pattern string search with the semantics of the Rust `aho-corasick` crate (v1).
 *
 * @module
 */
import { checkOptions, oneOf, optionalBoolean, requireInteger, requireString } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { type AutomatonTables, buildAutomaton, type MatchKindName } from './_aho-corasick-build.js';
import { Engine } from './_aho-corasick-engine.js';

/** Which match to report when several patterns could match (see {@link AhoCorasickOptions}). */
export type MatchKind = MatchKindName;

/** A match: pattern index and UTF-16 code-unit offsets, `end` exclusive. */
export interface Match {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

export interface AhoCorasickOptions {
  /**
   * - `standard` (default): report a match as soon as it is seen, scanning left to right; the
   *   classic Aho-Corasick semantics, and the only one that supports overlapping and streaming search.
   * - `leftmost-first`: the match starting leftmost; among those, the pattern given first (what a
   *   regex alternation `a|b|c` would find).
   * - `leftmost-longest`: the match starting leftmost; among those, the longest.
   */
  matchKind?: MatchKind;
  /** Match ASCII letters regardless of case; other characters must match exactly. Default false. */
  asciiCaseInsensitive?: boolean;
  /** Only report matches that start where the search starts. Default false. */
  anchored?: boolean;
  /**
   * Automaton layout. `auto` (default) gives dense DFA rows to the shallowest non-match states
   * within a 4 MiB budget (every state, for most pattern sets) and sparse transitions with failure
   * links to the rest; `dfa` makes every non-match state dense; `nfa` only the start state. All
   * three give identical results.
   */
  kind?: 'auto' | 'dfa' | 'nfa';
  /**
   * With `kind: 'auto'`, the memory budget for dense rows in bytes (default 4 MiB). More budget
   * means more of the automaton is searched at one table read per character.
   */
  maxDenseBytes?: number;
}

/** Receives one match: pattern index and UTF-16 offsets, `end` exclusive. */
export type MatchVisitor = (pattern: number, start: number, end: number) => void;

/** Options of {@link AhoCorasick.stream} and {@link AhoCorasick.forEachMatch}. */
export interface StreamOptions {
  /** Report every match, overlapping ones included (as {@link AhoCorasick.findOverlapping}). */
  overlapping?: boolean;
}

const OPTION_KEYS = ['matchKind', 'asciiCaseInsensitive', 'anchored', 'kind', 'maxDenseBytes'] as const;
const MATCH_KINDS: readonly MatchKind[] = ['standard', 'leftmost-first', 'leftmost-longest'];

/**
 * An Aho-Corasick automaton over a fixed set of patterns.
 *
 * Search time is linear in the text for `standard` semantics: one table lookup per UTF-16 code unit,
 * whatever the number of patterns, with no backtracking. Leftmost semantics re-scan at most the
 * longest pattern after each match, as the Rust crate does.
 *
 * Construction is O(P · σ) for P trie states and σ character classes (the distinct code units of the
 * patterns), which for 10,000 patterns takes tens of milliseconds.
 *
 * @example
 * ```ts
 * const ac = new AhoCorasick(['apple', 'maple', 'Snapple']);
 * ac.findAll('Nobody likes maple in their apple flavored Snapple.');
 * // [{ pattern: 1, start: 13, end: 18 }, { pattern: 0, start: 28, end: 33 }, { pattern: 2, start: 43, end: 50 }]
 * ```
 */
export class AhoCorasick {
  /** The match semantics this automaton was built for. */
  readonly matchKind: MatchKind;
  /** Whether ASCII letters match regardless of case. */
  readonly asciiCaseInsensitive: boolean;
  /** Whether matches must start where the search starts. */
  readonly anchored: boolean;
  /** The layout chosen at construction: `dfa` (all non-match states dense), `hybrid` or `nfa`. */
  readonly kind: 'dfa' | 'hybrid' | 'nfa';

  private readonly patterns: readonly string[];
  private readonly t: AutomatonTables;
  private readonly engine: Engine;
  private readonly standard: boolean;

  /**
   * @param patterns - the strings to search for; may be empty strings and may repeat
   * @param options - see {@link AhoCorasickOptions}
   * @throws AegisError `INVALID_ARGUMENT` when `patterns` is not an array of strings or an option is
   *   unknown or of the wrong type
   */
  constructor(patterns: readonly string[], options?: AhoCorasickOptions) {
    const origin = 'AhoCorasick';
    if (!Array.isArray(patterns)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `patterns must be an array of strings, got ${describe(patterns)}`,
      );
    }
    const copy: string[] = new Array(patterns.length);
    for (let i = 0; i < patterns.length; i++) {
      const p: unknown = patterns[i];
      if (typeof p !== 'string') {
        throw new AegisError('INVALID_ARGUMENT', origin, `patterns[${i}] must be a string, got ${describe(p)}`);
      }
      copy[i] = p;
    }
    const o = checkOptions(origin, options, OPTION_KEYS);
    this.matchKind = oneOf(origin, 'options.matchKind', o.matchKind, MATCH_KINDS, 'standard');
    this.asciiCaseInsensitive = optionalBoolean(origin, 'options.asciiCaseInsensitive', o.asciiCaseInsensitive, false);
    this.anchored = optionalBoolean(origin, 'options.anchored', o.anchored, false);
    const kind = oneOf(origin, 'options.kind', o.kind, ['auto', 'dfa', 'nfa'] as const, 'auto');
    const maxDenseBytes =
      o.maxDenseBytes === undefined
        ? undefined
        : requireInteger(origin, 'options.maxDenseBytes', o.maxDenseBytes, 0, 2 ** 31);
    this.patterns = copy;
    this.t = buildAutomaton(copy, {
      matchKind: this.matchKind,
      asciiCaseInsensitive: this.asciiCaseInsensitive,
      anchored: this.anchored,
      kind,
      ...(maxDenseBytes === undefined ? {} : { maxDenseBytes }),
    });
    this.kind = this.t.kind;
    this.engine = new Engine(this.t);
    this.standard = this.matchKind === 'standard';
  }

  /** Number of patterns, including empty and duplicate ones. */
  get patternCount(): number {
    return this.patterns.length;
  }

  /** Bytes held by the automaton's tables (typed arrays), a close estimate of its footprint. */
  get memoryBytes(): number {
    const t = this.t;
    let bytes = 0;
    for (const a of [
      t.classes,
      t.patternLengths,
      t.matchFirst,
      t.matchOut,
      t.matchOutNext,
      t.ownOffset,
      t.ownCount,
      t.ownPatterns,
      t.trans,
      t.fail,
      t.sparseStart,
      t.sparseClass,
      t.sparseNext,
      t.denseFail,
      t.rareStart,
      t.rareClass,
      t.rareNext,
    ]) {
      bytes += a.byteLength;
    }
    // Narrow rows have a column table of their own.
    if (t.cols !== t.classes) bytes += t.cols.byteLength;
    return bytes;
  }

  /** Number of automaton states (including the dead state). */
  get stateCount(): number {
    return this.t.stateCount;
  }

  /**
   * The pattern at `index`.
   * @throws AegisError `NOT_FOUND` for an index outside [0, patternCount)
   */
  pattern(index: number): string {
    const p = Number.isInteger(index) ? this.patterns[index] : undefined;
    if (p === undefined) {
      throw new AegisError('NOT_FOUND', 'AhoCorasick.pattern', `no pattern at index ${describe(index)}`);
    }
    return p;
  }

  /**
   * Whether any pattern occurs in `text`. Stops at the first match: O(position of the first match).
   * @throws AegisError `INVALID_ARGUMENT` when `text` is not a string
   */
  isMatch(text: string): boolean {
    requireString('AhoCorasick.isMatch', 'text', text);
    const t = this.t;
    if (t.startIsMatch) return true;
    const eng = this.engine;
    eng.scan(text, 0, text.length, t.start);
    const s = eng.state;
    return s > t.dead && s <= t.maxMatch;
  }

  /**
   * The first match in `text` at or after `from`, in this automaton's semantics, or `undefined`.
   * @throws AegisError `INVALID_ARGUMENT` when `text` is not a string or `from` is not an integer in [0, text.length]
   */
  find(text: string, from = 0): Match | undefined {
    const origin = 'AhoCorasick.find';
    requireString(origin, 'text', text);
    requireInteger(origin, 'from', from, 0, text.length);
    return this.search(text, from);
  }

  /**
   * Every non-overlapping match, left to right, in this automaton's semantics. After an empty match
   * the next search starts one code unit later, so an empty match never repeats or abuts the end of
   * the previous match (the crate's iterator rule).
   * @throws AegisError `INVALID_ARGUMENT` when `text` is not a string
   */
  findAll(text: string): Match[] {
    requireString('AhoCorasick.findAll', 'text', text);
    const out: Match[] = [];
    this.each(text, false, (pattern, start, end) => {
      out.push({ pattern, start, end });
    });
    return out;
  }

  /**
   * Every occurrence of every pattern, overlapping ones included, ordered by end offset; at one end
   * offset the longer match comes first, then the lower pattern index, and empty matches last.
   * With `anchored`, only occurrences that start at 0. Standard semantics only.
   * @throws AegisError `INVALID_ARGUMENT` when `text` is not a string or the match kind is not standard
   */
  findOverlapping(text: string): Match[] {
    const origin = 'AhoCorasick.findOverlapping';
    requireString(origin, 'text', text);
    this.requireStandard(origin);
    const out: Match[] = [];
    this.each(text, true, (pattern, start, end) => {
      out.push({ pattern, start, end });
    });
    return out;
  }

  /**
   * Calls `visit(pattern, start, end)` for every match, in the order `findAll` (or, with
   * `overlapping`, `findOverlapping`) would return them, without allocating a result per match.
   * Returns the number of matches.
   * @throws AegisError `INVALID_ARGUMENT` for a non-string text, a non-function visitor, or
   *   `overlapping` with a leftmost match kind
   * @example
   * ```ts
   * let hits = 0;
   * ac.forEachMatch(logLine, () => { hits++; }, { overlapping: true });
   * ```
   */
  forEachMatch(text: string, visit: MatchVisitor, options?: StreamOptions): number {
    const origin = 'AhoCorasick.forEachMatch';
    requireString(origin, 'text', text);
    if (typeof visit !== 'function') {
      throw new AegisError('INVALID_ARGUMENT', origin, `visit must be a function, got ${describe(visit)}`);
    }
    const o = checkOptions(origin, options, ['overlapping']);
    const overlapping = optionalBoolean(origin, 'options.overlapping', o.overlapping, false);
    if (overlapping) this.requireStandard(origin);
    let count = 0;
    this.each(text, overlapping, (pattern, start, end) => {
      count++;
      visit(pattern, start, end);
    });
    return count;
  }

  /**
   * A scanner for text that arrives in chunks (for example LLM tokens). Each `write(chunk)` returns
   * the matches that end inside the text consumed so far and were not reported before, with offsets
   * counted from the start of the whole stream; a match split across chunks is found. Concatenating
   * every `write` result and `end()` gives exactly `findAll` (or `findOverlapping`) of the whole text.
   * Standard semantics only (leftmost semantics need to look ahead past a match).
   * @throws AegisError `INVALID_ARGUMENT` when the match kind is not standard or an option is unknown
   */
  stream(options?: StreamOptions): MatchScanner {
    const origin = 'AhoCorasick.stream';
    this.requireStandard(origin);
    const o = checkOptions(origin, options, ['overlapping']);
    const overlapping = optionalBoolean(origin, 'options.overlapping', o.overlapping, false);
    return new MatchScanner(this, overlapping);
  }

  private requireStandard(origin: string): void {
    if (!this.standard) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `only supported for matchKind "standard"; this automaton is "${this.matchKind}"`,
      );
    }
  }

  /** All matches of `text` in this automaton's semantics (input already validated). */
  private each(text: string, overlapping: boolean, visit: MatchVisitor): void {
    const t = this.t;
    const n = text.length;
    if (!this.standard) {
      this.eachLeftmost(text, visit);
      return;
    }
    if (t.startIsMatch) {
      if (!overlapping) {
        // The start state matches, so every search reports the empty match where it starts.
        for (let i = 0; i <= n; i++) visit(t.firstEmpty, i, i);
        return;
      }
      this.visitAll(t.start, 0, visit);
    }
    this.runStandard(text, t.start, 0, overlapping, visit);
  }

  /**
   * @internal Standard semantics over all of `text` from state `s`, reporting offsets plus `base`.
   * Non-overlapping: each match restarts from the start state. Returns the state reached (DEAD
   * when an anchored search failed). Empty matches at `base` itself are the caller's business.
   */
  runStandard(text: string, s: number, base: number, overlapping: boolean, visit: MatchVisitor): number {
    const t = this.t;
    const eng = this.engine;
    const lengths = t.patternLengths;
    const n = text.length;
    let i = 0;
    while (i < n) {
      i = eng.scan(text, i, n, s);
      s = eng.state;
      if (s <= t.dead || s > t.maxMatch) break;
      if (overlapping) {
        this.visitAll(s, base + i, visit);
      } else {
        // casts drop `undefined`: a match state's k = s − dead is in 1..M, and pattern ids are < patternLengths.length
        const pattern = t.matchFirst[s - t.dead] as number;
        visit(pattern, base + i - (lengths[pattern] as number), base + i);
        s = t.start;
      }
    }
    return s;
  }

  /** Non-overlapping leftmost iteration with the crate's empty-match rule. */
  private eachLeftmost(text: string, visit: MatchVisitor): void {
    const n = text.length;
    let p = 0;
    let lastEnd = -1;
    while (p <= n) {
      let m = this.search(text, p);
      if (m === undefined) break;
      if (m.start === m.end && m.end === lastEnd) {
        p++;
        if (p > n) break;
        m = this.search(text, p);
        if (m === undefined) break;
      }
      visit(m.pattern, m.start, m.end);
      p = m.end;
      lastEnd = m.end;
    }
  }

  /** One search from `from` in this automaton's semantics (no iterator rules). */
  private search(text: string, from: number): Match | undefined {
    const t = this.t;
    const eng = this.engine;
    const n = text.length;
    if (this.standard) {
      if (t.startIsMatch) return { pattern: t.firstEmpty, start: from, end: from };
      const end = eng.scan(text, from, n, t.start);
      const s = eng.state;
      if (s <= t.dead || s > t.maxMatch) return undefined;
      // casts drop `undefined`: a match state's k = s − dead is in 1..M, and pattern ids are < patternLengths.length
      const pattern = t.matchFirst[s - t.dead] as number;
      return { pattern, start: end - (t.patternLengths[pattern] as number), end };
    }
    // Leftmost: remember the last match seen and stop at DEAD, which the automaton enters as soon
    // as no later-starting match could be preferred.
    let best: Match | undefined = t.startIsMatch ? { pattern: t.firstEmpty, start: from, end: from } : undefined;
    let s = t.start;
    let i = from;
    while (i < n) {
      i = eng.scan(text, i, n, s);
      s = eng.state;
      if (s <= t.dead || s > t.maxMatch) break;
      // casts drop `undefined`: a match state's k = s − dead is in 1..M, and pattern ids are < patternLengths.length
      const pattern = t.matchFirst[s - t.dead] as number;
      best = { pattern, start: i - (t.patternLengths[pattern] as number), end: i };
    }
    return best;
  }

  /** @internal Visits every match of special state `s` ending at `end`, in list order. */
  visitAll(s: number, end: number, visit: MatchVisitor): void {
    const t = this.t;
    const k = s - t.dead;
    const lengths = t.patternLengths;
    // casts drop `undefined`: match indices o are in 1..M, j < from + count ≤ ownPatterns.length, pattern ids <
    // patternLengths.length
    for (let o = t.matchOut[k] as number; o !== 0; o = t.matchOutNext[o] as number) {
      const from = t.ownOffset[o] as number;
      const to = from + (t.ownCount[o] as number);
      for (let j = from; j < to; j++) {
        const pattern = t.ownPatterns[j] as number;
        visit(pattern, end - (lengths[pattern] as number), end);
      }
    }
    if (t.listsEndWithEmpties && s !== t.start) {
      const root = t.start - t.dead;
      const from = t.ownOffset[root] as number;
      const to = from + (t.ownCount[root] as number);
      for (let j = from; j < to; j++) visit(t.ownPatterns[j] as number, end, end);
    }
  }

  /** @internal Automaton tables for {@link MatchScanner}. */
  get tables(): AutomatonTables {
    return this.t;
  }
}

/**
 * Incremental search over a text that arrives in chunks; created by {@link AhoCorasick.stream}.
 * Memory is O(1): no text is buffered, only the automaton state and the offset.
 */
export class MatchScanner {
  private readonly ac: AhoCorasick;
  private readonly overlapping: boolean;
  private state: number;
  private consumed = 0;
  private startReported = false;
  private finished = false;
  private dead = false;

  /** @internal Use {@link AhoCorasick.stream}. */
  constructor(ac: AhoCorasick, overlapping: boolean) {
    this.ac = ac;
    this.overlapping = overlapping;
    this.state = ac.tables.start;
  }

  /** Code units consumed so far. */
  get offset(): number {
    return this.consumed;
  }

  /**
   * Consumes `chunk` and returns the new matches (absolute offsets).
   * @throws AegisError `INVALID_ARGUMENT` for a non-string chunk; `CONFLICT` after `end()`
   */
  write(chunk: string): Match[] {
    const origin = 'MatchScanner.write';
    requireString(origin, 'chunk', chunk);
    if (this.finished) throw new AegisError('CONFLICT', origin, 'the stream has ended');
    const out: Match[] = [];
    const push: MatchVisitor = (pattern, start, end) => {
      out.push({ pattern, start, end });
    };
    this.reportStart(push);
    const t = this.ac.tables;
    const base = this.consumed;
    this.consumed += chunk.length;
    if (this.dead) return out;
    if (t.startIsMatch && !this.overlapping) {
      // Every position is an empty match; position `base` was reported already.
      for (let i = 1; i <= chunk.length; i++) push(t.firstEmpty, base + i, base + i);
      return out;
    }
    this.state = this.ac.runStandard(chunk, this.state, base, this.overlapping, push);
    // An anchored search that failed can never match again.
    if (this.state === t.dead) this.dead = true;
    return out;
  }

  /**
   * Ends the stream and returns any match not yet reported (only the empty match at offset 0 of an
   * empty stream can be pending). Further writes throw.
   */
  end(): Match[] {
    if (this.finished) return [];
    const out: Match[] = [];
    this.reportStart((pattern, start, end) => {
      out.push({ pattern, start, end });
    });
    this.finished = true;
    return out;
  }

  private reportStart(visit: MatchVisitor): void {
    if (this.startReported) return;
    this.startReported = true;
    const t = this.ac.tables;
    if (!t.startIsMatch) return;
    if (this.overlapping) this.ac.visitAll(t.start, 0, visit);
    else visit(t.firstEmpty, 0, 0);
  }
}
