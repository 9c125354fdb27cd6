/**
 * One automaton for every detector's keyword gate: the shell detector's program names and shell
 * characters, the words of the SQL, code and Windows gate, and the prefixes and names the
 * `secrets`, `pii` and `exfiltration` detectors start from. The firewall hands the same segment to
 * each detector in turn; scanning it once with the union of their patterns and keeping the
 * matches for the next detector costs one pass where separate automata cost one each. Each
 * detector joins with its own pattern list (on its first scan: nothing runs at import time) and
 * reads back only the matches of its own range. Matches are overlapping, so a member's matches
 * are exactly those its own automaton would report, in the same order.
 *
 * @internal Not part of the public API.
 */
import { AhoCorasick } from '../../structures/aho-corasick.js';

/** Matches of the last segment: pattern (global index), start and end, `count` of them. */
export interface GateMatches {
  pattern: number[];
  start: number[];
  end: number[];
  count: number;
}

const members = new Map<string, number>();
const patterns: string[] = [];
let ac: AhoCorasick | null = null;
/**
 * The last two texts scanned and their matches, the newer in slot `newer`. A detector may read a
 * text of its own (a line cleaned up) between two that read the segment: the segment's matches
 * stay at hand.
 */
const texts: (string | null)[] = [null, null];
const slots: GateMatches[] = [
  { pattern: [], start: [], end: [], count: 0 },
  { pattern: [], start: [], end: [], count: 0 },
];
let newer = 0;
let found: GateMatches = slots[0] as GateMatches;

/**
 * Adds `list` to the shared automaton under `name` (once; later calls return the same base) and
 * returns the global index of its first pattern.
 */
export function joinGate(name: string, list: readonly string[]): number {
  const known = members.get(name);
  if (known !== undefined) return known;
  const base = patterns.length;
  members.set(name, base);
  for (const p of list) patterns.push(p);
  ac = null;
  texts[0] = null;
  texts[1] = null;
  return base;
}

/** Records one match of the shared automaton in {@link found}. */
const record = (p: number, start: number, end: number): void => {
  const k = found.count++;
  found.pattern[k] = p;
  found.start[k] = start;
  found.end[k] = end;
};

/**
 * Every match (overlapping, ASCII case-insensitive) of every joined pattern in `segment`. The
 * result is shared and overwritten by the scan of the second different segment after it: read it
 * before scanning again.
 */
export function gateMatches(segment: string): GateMatches {
  if (ac !== null) {
    if (segment === texts[newer]) return slots[newer] as GateMatches;
    if (segment === texts[1 - newer]) {
      newer = 1 - newer;
      return slots[newer] as GateMatches;
    }
  }
  ac ??= new AhoCorasick(patterns, { asciiCaseInsensitive: true });
  newer = 1 - newer;
  found = slots[newer] as GateMatches;
  found.count = 0;
  const t = ac.tables;
  // The gate's patterns are words and marks, never empty, so the start state is no match and the
  // overlapping search is the automaton's run from its start (what forEachMatch does after
  // checking its arguments, which are fixed here).
  if (t.startIsMatch) ac.forEachMatch(segment, record, { overlapping: true });
  else ac.runStandard(segment, t.start, 0, true, record);
  texts[newer] = segment;
  return found;
}

/**
 * The matches of `text` when the shared automaton has read it among its last two texts, else
 * null: a detector whose own first look is an expression over the segment reads the gate's
 * matches instead when they are at hand, and its expression otherwise (no scan is added).
 */
export function gateRead(text: string): GateMatches | null {
  return ac !== null && (text === texts[newer] || text === texts[1 - newer]) ? gateMatches(text) : null;
}

/** ASCII letters, digits and `_`: the word characters of `\b` in an expression without the `u` flag. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether `text[start, end)` has `\b` on both sides, as a word that starts and ends with a word
 * character stands in an expression without the `u` flag.
 */
export function standsAsWord(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isWordCode(text.charCodeAt(start - 1))) &&
    (end >= text.length || !isWordCode(text.charCodeAt(end)))
  );
}

/**
 * Whether a match in `m` of text `text` has its pattern in `[base, base + size)`; with `bounded`,
 * a match counts only where it stands as a word (`\b` on both sides, the patterns starting and
 * ending with a word character), for the patterns at `bounded` or above (global index).
 */
export function gateFinds(m: GateMatches, text: string, base: number, size: number, bounded = base + size): boolean {
  const end = base + size;
  // k < m.count ≤ the match arrays' length
  for (let k = 0; k < m.count; k++) {
    const p = m.pattern[k]!;
    if (p < base || p >= end) continue;
    if (p < bounded) return true;
    if (standsAsWord(text, m.start[k]!, m.end[k]!)) return true;
  }
  return false;
}

/**
 * Whether at least `least` matches in `m` of text `text` with their pattern in `[base, base + size)`
 * stand as words (see {@link standsAsWord}).
 */
export function gateWords(m: GateMatches, text: string, base: number, size: number, least: number): boolean {
  const end = base + size;
  let n = 0;
  // k < m.count ≤ the match arrays' length
  for (let k = 0; k < m.count; k++) {
    const p = m.pattern[k]!;
    if (p >= base && p < end && standsAsWord(text, m.start[k]!, m.end[k]!) && ++n >= least) return true;
  }
  return false;
}

/**
 * Whether some word of `words` (joined at global index `base`, in this order) stands in `text` as
 * written, case and all, as `text.includes(word)` tells: the matches in `m` of text `text` find
 * every place the word stands in any ASCII case, and each is compared as written.
 */
export function gateIncludes(m: GateMatches, text: string, base: number, words: readonly string[]): boolean {
  const end = base + words.length;
  // k < m.count ≤ the match arrays' length; base ≤ p < end, so p − base is an index of words
  for (let k = 0; k < m.count; k++) {
    const p = m.pattern[k]!;
    if (p >= base && p < end && text.startsWith(words[p - base]!, m.start[k]!)) return true;
  }
  return false;
}
