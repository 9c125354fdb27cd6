/**
 * Naive references for the Love Engine's clever parts, written from their documented behaviour:
 * a per-phrase `indexOf` scan with word boundaries (what the engine's single matcher pass must
 * find), and a plain list for the history window.
 */
import { isWordCode } from '../src/text/index.js';

export interface Occurrence {
  pattern: number;
  start: number;
  end: number;
}

/**
 * Every whole-word occurrence of every pattern (one `indexOf` loop per pattern), minus those inside
 * a longer occurrence, ordered by start. O(patterns · text).
 */
export function naivePhraseScan(patterns: readonly string[], text: string): Occurrence[] {
  const all: Occurrence[] = [];
  patterns.forEach((p, pattern) => {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      const end = at + p.length;
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
      all.push({ pattern, start: at, end });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Occurrence[] = [];
  let maxEnd = -1;
  for (const o of all) {
    if (o.end <= maxEnd) continue;
    kept.push(o);
    maxEnd = o.end;
  }
  return kept;
}

/** The history window as a plain list, for model-based tests. */
export interface NaiveEvaluation {
  id: string;
  score: number;
  passes: boolean;
  time: number;
  harmful?: boolean;
}

export function naiveAlignment(window: readonly NaiveEvaluation[]) {
  const n = window.length;
  if (n === 0) return { alignment: null, evaluations: 0, outcomes: 0, harmfulPassed: 0, acceptableFailed: 0 };
  let align = 0;
  let outcomes = 0;
  let harmfulPassed = 0;
  let acceptableFailed = 0;
  for (const e of window) {
    if (e.harmful === undefined) {
      align += e.score;
      continue;
    }
    outcomes++;
    align += 1 - Math.abs(e.score - (e.harmful ? 0 : 1));
    if (e.passes && e.harmful) harmfulPassed++;
    if (!e.passes && !e.harmful) acceptableFailed++;
  }
  return { alignment: align / n, evaluations: n, outcomes, harmfulPassed, acceptableFailed };
}
