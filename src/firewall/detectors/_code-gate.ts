/**
 * A keyword gate shared by the `code`, `sql`, `windows` and `shell` detectors: tells which of their keywords
 * (ASCII, case-insensitive) a segment holds, each with optional word edges and an optional local
 * check (`update` only when `set` follows). The keywords ride on the detectors' one shared
 * automaton (`_gate.ts`), so a whole segment costs no pass of its own: on ordinary prose the gate
 * is nearly all these three detectors cost, and three separate passes (by automaton, by one
 * regular expression each, or by a hand-written pair table, all measured) cost about three times
 * as much as one.
 *
 * @internal Not part of the public API.
 */
import { AhoCorasick } from '../../structures/aho-corasick.js';
import { gateMatches, joinGate } from './_gate.js';

/** One keyword of a gate. */
export interface GateWord {
  /** Lower-case ASCII, at least two characters. */
  readonly w: string;
  /** Bit(s) reported when this keyword is found (default 1). */
  readonly group?: number;
  /** Must start at a word edge (not after a letter, digit or `_`). */
  readonly start?: boolean;
  /** Must end at a word edge. */
  readonly end?: boolean;
  /** A further check at the match: `s` is the segment, `at` and `to` the keyword's offsets. */
  readonly check?: (s: string, at: number, to: number) => boolean;
}

/** Whether `c` is an ASCII letter, digit or `_`. */
export function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Index of the first non-space code unit at or after `i` (at most `max` ahead). */
export function skipSpaces(s: string, i: number, max = 16): number {
  const stop = Math.min(s.length, i + max);
  while (i < stop && s.charCodeAt(i) <= 32) i++;
  return i;
}

/** Whether the word at `i` (after spaces) is one of `words` (lower-case). */
export function nextWordIs(s: string, i: number, words: readonly string[]): boolean {
  const a = skipSpaces(s, i);
  let b = a;
  while (b < s.length && b < a + 24 && (isAlnum(s.charCodeAt(b)) || s.charCodeAt(b) === 45)) b++;
  if (b === a) return false;
  const w = s.slice(a, b).toLowerCase();
  return words.includes(w);
}

/**
 * The keywords of every detector that registered with it, and the groups found in the last
 * segment examined. A whole segment is read from the shared automaton's matches; pieces of a
 * segment (a statement inside a string, a decoded argument) go through an automaton of these
 * keywords alone, so that they do not displace the segment's matches the other detectors read.
 */
class SharedGate {
  private registered = 0;
  /** Each registered detector's keywords and the index of the first one in the shared automaton. */
  private members: { base: number; words: GateWord[] }[] = [];
  /** The automaton for pieces, over every member's keywords in order, built on first use. */
  private pieces: { ac: AhoCorasick; words: GateWord[] } | null = null;
  private lastText: string | null = null;
  private lastGroups = 0;
  /** Per pattern of the shared automaton: 1 + the index of the member it belongs to, or 0. */
  private owner = new Int32Array(0);

  /** Adds a detector's keywords (once per group bit). */
  private register(bit: number, words: readonly GateWord[]): void {
    if ((this.registered & bit) === bit) return;
    this.registered |= bit;
    const own = words.map((g) => ({ ...g, group: (g.group ?? 1) * bit }));
    const base = joinGate(
      `keywords-${bit}`,
      own.map((g) => g.w),
    );
    this.members.push({ base, words: own });
    let size = 0;
    for (const m of this.members) size = Math.max(size, m.base + m.words.length);
    this.owner = new Int32Array(size);
    this.members.forEach((m, i) => {
      this.owner.fill(i + 1, m.base, m.base + m.words.length);
    });
    this.pieces = null;
    this.lastText = null;
  }

  /** The groups of the keywords found in segment `s`, for a detector whose words carry bits under `bit`. */
  groups(s: string, bit: number, words: readonly GateWord[]): number {
    this.register(bit, words);
    if (s === this.lastText) return this.lastGroups;
    const m = gateMatches(s);
    let found = 0;
    const owner = this.owner;
    // One pass over the matches, each looked up in the member that owns its pattern.
    // k < m.count ≤ the match arrays' length; an owner o > 0 is 1 + a member's index, and p is
    // within that member's words
    for (let k = 0; k < m.count; k++) {
      const q = m.pattern[k]!;
      const o = q < owner.length ? owner[q]! : 0;
      if (o === 0) continue;
      const member = this.members[o - 1]!;
      const g = member.words[q - member.base]!;
      const b = g.group as number;
      if ((found & b) !== b && matchAt(s, m.start[k]!, m.end[k]!, g)) found |= b;
    }
    this.lastText = s;
    this.lastGroups = found;
    return found;
  }

  /** The same for a piece of a segment, without touching the cache. */
  scan(s: string): number {
    if (this.pieces === null) {
      const all = this.members.flatMap((m) => m.words);
      this.pieces = {
        ac: new AhoCorasick(
          all.map((g) => g.w),
          { asciiCaseInsensitive: true },
        ),
        words: all,
      };
    }
    const words = this.pieces.words;
    let found = 0;
    this.pieces.ac.forEachMatch(
      s,
      (p, start, end) => {
        // p is a pattern of the automaton built from words
        const g = words[p]!;
        const bit = g.group as number;
        if ((found & bit) !== bit && matchAt(s, start, end, g)) found |= bit;
      },
      { overlapping: true },
    );
    return found;
  }
}

/** The gate shared by the `sql`, `code` and `windows` detectors. */
export const SHARED_GATE = new SharedGate();

/** Group bits of each detector in the shared gate (a detector's own groups are multiplied by its bit). */
export const SQL_BIT = 1;
export const CODE_BIT = 2; // code uses groups 1 and 2: bits 2 and 4
export const WINDOWS_BIT = 8;
/** The first words of the shell detector's readings of orders described in words (`_shell-plans.ts`). */
export const PLANS_BIT = 16;
/** The words that name every table of a database (the `sql` detector's whole-database reading). */
export const TABLES_BIT = 32;

function matchAt(s: string, i: number, end: number, g: GateWord): boolean {
  if (g.start === true && i > 0 && isAlnum(s.charCodeAt(i - 1))) return false;
  if (g.end === true && end < s.length && isAlnum(s.charCodeAt(end))) return false;
  return g.check === undefined || g.check(s, i, end);
}
