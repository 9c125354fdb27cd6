/**
 * Compiled context expressions: the program representation shared by the compiler and the matchers.
 *
 * @internal Not part of the public API.
 */
import { isWordCode } from '../text/index.js';

/** Which side of a phrase an expression reads. */
export type ContextSide = 'after' | 'before';

// Instructions.
export const CHAR = 0;
export const SPLIT = 1;
export const JMP = 2;
export const MATCH = 3;
export const EDGE = 4; // the end of the window is the end (after) or start (before) of the whole text
export const WORD_BOUNDARY = 5;
export const NOT_WORD_BOUNDARY = 6;

/** Largest compiled program: bounds the per-character cost of one context check. */
export const MAX_PROGRAM = 4000;

/** What a class says about non-ASCII code units (ASCII membership lives in the program's `bits`). */
export interface CharClass {
  /** Inclusive ranges of non-ASCII code units, as pairs. */
  ranges: number[];
  word: boolean;
  space: boolean;
  negated: boolean;
}

/** A compiled context expression. Runs share one scratch space (they never nest). */
export interface ContextProgram {
  readonly source: string;
  readonly side: ContextSide;
  readonly op: Uint8Array;
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly classes: readonly CharClass[];
  /** Class membership for ASCII, 4 × 32 bits per class, negation applied. */
  readonly bits: Uint32Array;
  /** The DFA built lazily over this program (see {@link matchContext}); null until first used. */
  dfa: Dfa | null;
}

export interface Scratch {
  a: Int32Array;
  b: Int32Array;
  stack: Int32Array;
  mark: Uint32Array;
  gen: number;
}

/**
 * One scratch space for every program (a run never starts while another is in progress), grown to
 * the largest program run so far: per-program scratch arrays were a third of a context rule's memory.
 */
let shared: Scratch | undefined;

export function scratchFor(p: ContextProgram): Scratch {
  const n = p.op.length;
  if (!shared || shared.a.length < n) {
    const size = Math.max(n, 2 * (shared?.a.length ?? 0), 64);
    shared = {
      a: new Int32Array(size),
      b: new Int32Array(size),
      stack: new Int32Array(size),
      mark: new Uint32Array(size),
      gen: 0,
    };
  }
  return shared;
}

/**
 * A DFA built one state at a time while matching. A state is the set of NFA instructions waiting
 * for the next character (before following splits and assertions) and whether the previous
 * character was a word character, which is all that `\b` needs. Transitions on ASCII characters
 * are cached in a table; the table is bounded and simply starts over when full, so memory stays
 * bounded and the worst case stays O(window × program).
 */
export interface Dfa {
  /** ASCII code unit → its class of the program's alphabet (see `asciiClasses` in context-regex.ts). */
  readonly cls: Uint8Array;
  /** Number of ASCII classes: the width of a row of `trans`. */
  readonly width: number;
  index: Map<string, number>;
  pcs: Int32Array[];
  prevWord: number[];
  /** Per state × ASCII class: next state, or UNKNOWN, MATCHED, DEAD. */
  trans: Int16Array;
  /** Per state × (outside is a word character ? 2 : 0) + (edge ? 1 : 0): -1 unknown, 0 no, 1 match. */
  end: Int8Array;
  count: number;
  /** Bumped whenever the cache starts over, so a transition in flight is not stored under a stale id. */
  epoch: number;
  start: [number, number];
}

const EXTRA_SPACE = /\p{White_Space}/u;

/** Whether a code unit (or -1, nothing) is a word character, for `\b`. */
export const isWord = (c: number) => c >= 0 && isWordCode(c);

export function inClass(k: CharClass, c: number): boolean {
  let r = false;
  // ranges hold [lo, hi] pairs, so i + 1 < ranges.length
  for (let i = 0; i < k.ranges.length; i += 2) {
    if (c >= k.ranges[i]! && c <= k.ranges[i + 1]!) {
      r = true;
      break;
    }
  }
  if (!r && k.word && isWordCode(c)) r = true;
  if (!r && k.space && EXTRA_SPACE.test(String.fromCharCode(c))) r = true;
  return k.negated ? !r : r;
}
