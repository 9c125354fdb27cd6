/**
 * Two overlapping standard searches advanced together, one code unit of each text per round.
 *
 * @internal Not part of the public API.
 *
 * A search is a chain of dependent table reads: each state is read from the row the last one named.
 * When the rows are not in cache, each read waits for memory and one search cannot overlap its own
 * waits. Two independent searches interleaved give the processor two chains to wait on at once:
 * the firewall scans the normalized text and its compact view this way, and with its tables out of
 * cache (as after the detectors of the previous request ran) the pair costs about three quarters of
 * the two scans one after the other; in cache it costs the same. Each search reports exactly what
 * {@link AhoCorasick.runStandard} with `overlapping` reports, in the same order; only the two
 * searches' reports interleave.
 */

import { type AutomatonTables, step } from './_aho-corasick-build.js';
import type { AhoCorasick, MatchVisitor } from './aho-corasick.js';

/**
 * Runs `a` over `textA` from state `sa` and `b` over `textB` from state `sb`, reporting offsets plus
 * `baseA` / `baseB` to `visitA` / `visitB`. Leaves the states reached in `out[0]` and `out[1]`
 * (DEAD for an anchored search that failed, which then reads no further).
 */
export function runStandardPair(
  a: AhoCorasick,
  textA: string,
  sa: number,
  baseA: number,
  visitA: MatchVisitor,
  b: AhoCorasick,
  textB: string,
  sb: number,
  baseB: number,
  visitB: MatchVisitor,
  out: Int32Array,
): void {
  const ta = a.tables;
  const tb = b.tables;
  let na = textA.length;
  let nb = textB.length;
  let i = 0;
  let j = 0;
  while (i < na || j < nb) {
    if (i < na) {
      sa = next(ta, sa, textA.charCodeAt(i++));
      if (sa >= ta.dead) {
        if (sa === ta.dead) na = i;
        else if (sa <= ta.maxMatch) a.visitAll(sa, baseA + i, visitA);
      }
    }
    if (j < nb) {
      sb = next(tb, sb, textB.charCodeAt(j++));
      if (sb >= tb.dead) {
        if (sb === tb.dead) nb = j;
        else if (sb <= tb.maxMatch) b.visitAll(sb, baseB + j, visitB);
      }
    }
  }
  out[0] = sa;
  out[1] = sb;
}

/** The state after code unit `c` from state `s`: a dense row's entry, its escape resolved, or a step. */
export function next(t: AutomatonTables, s: number, c: number): number {
  // Typed-array reads in bounds by construction: columns < width, dense ids are row starts, and a
  // UTF-16 code unit is < 65536 = classes.length = cols.length.
  const n = s < t.dead ? t.trans[s + t.cols[c]!]! : step(t, s, t.classes[c]!);
  return n >= t.esc ? step(t, n - t.esc, t.classes[c]!) : n;
}
