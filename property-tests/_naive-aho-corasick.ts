/**
 * A deliberately simple reference for the matcher's semantics, written from their definitions
 * (the Rust `aho-corasick` crate's documentation) rather than from any automaton: quadratic, obvious,
 * and used only by tests.
 */
import type { Match, MatchKind } from '../src/structures/aho-corasick.js';

export interface NaiveOptions {
  matchKind?: MatchKind;
  asciiCaseInsensitive?: boolean;
  anchored?: boolean;
}

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function matchesAt(text: string, pattern: string, at: number): boolean {
  return at + pattern.length <= text.length && text.startsWith(pattern, at);
}

/** All occurrences of every pattern. */
function occurrences(patterns: readonly string[], text: string): Match[] {
  const out: Match[] = [];
  patterns.forEach((p, pattern) => {
    for (let start = 0; start + p.length <= text.length; start++) {
      if (matchesAt(text, p, start)) out.push({ pattern, start, end: start + p.length });
    }
  });
  return out;
}

/** One search from `from`: the match this semantics reports, or undefined. */
export function naiveFind(
  patterns: readonly string[],
  text: string,
  from: number,
  o: NaiveOptions = {},
): Match | undefined {
  const ci = o.asciiCaseInsensitive ?? false;
  const pats = ci ? patterns.map(lowerAscii) : patterns;
  const hay = ci ? lowerAscii(text) : text;
  const kind = o.matchKind ?? 'standard';
  const candidates = occurrences(pats, hay).filter((m) => m.start >= from && (!o.anchored || m.start === from));
  if (candidates.length === 0) return undefined;
  if (kind === 'standard') {
    // Earliest end; at that end the longest (the automaton's state is the longest suffix), then lowest index.
    candidates.sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start) || a.pattern - b.pattern);
    return candidates[0];
  }
  const leftmost = Math.min(...candidates.map((m) => m.start));
  const atLeft = candidates.filter((m) => m.start === leftmost);
  if (kind === 'leftmost-first') {
    atLeft.sort((a, b) => a.pattern - b.pattern);
  } else {
    atLeft.sort((a, b) => b.end - a.end || a.pattern - b.pattern);
  }
  return atLeft[0];
}

/** Non-overlapping iteration with the crate's empty-match rule. */
export function naiveFindAll(patterns: readonly string[], text: string, o: NaiveOptions = {}): Match[] {
  const out: Match[] = [];
  let p = 0;
  let lastEnd = -1;
  while (p <= text.length) {
    let m = naiveFind(patterns, text, p, o);
    if (!m) break;
    if (m.start === m.end && m.end === lastEnd) {
      p++;
      if (p > text.length) break;
      m = naiveFind(patterns, text, p, o);
      if (!m) break;
    }
    out.push(m);
    p = m.end;
    lastEnd = m.end;
  }
  return out;
}

/** Every occurrence, by end; at one end longer first, then lower index, empty matches last. */
export function naiveFindOverlapping(patterns: readonly string[], text: string, o: NaiveOptions = {}): Match[] {
  const ci = o.asciiCaseInsensitive ?? false;
  const pats = ci ? patterns.map(lowerAscii) : patterns;
  const hay = ci ? lowerAscii(text) : text;
  return occurrences(pats, hay)
    .filter((m) => !o.anchored || m.start === 0)
    .sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start) || a.pattern - b.pattern);
}
