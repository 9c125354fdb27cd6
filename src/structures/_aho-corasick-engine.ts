/**
 * The search loop behind {@link AhoCorasick}.
 *
 * @internal Not part of the public API.
 *
 * One primitive, `scan`, advances over the text until a match state or DEAD is entered, or the
 * text ends. Every search (earliest, leftmost, overlapping, streaming) is written once on top of
 * it. In the dense part of the automaton the loop is one class lookup, one transition read and one
 * compare per code unit; special states (matches and deep states beyond the dense budget) take
 * `step`, which follows sparse transitions and failure links. With narrow rows, a code unit whose
 * class has no column reads its row's escape entry, which leaves the loop like a special state
 * and names the row it left, and `step` gives the transition.
 */
import { type AutomatonTables, step } from './_aho-corasick-build.js';

export class Engine {
  /** The state reached by the last {@link Engine.scan}. */
  state = 0;
  private readonly t: AutomatonTables;
  private readonly trans: Int32Array;
  private readonly classes: Uint16Array;
  private readonly cols: Uint16Array;
  private readonly esc: number;
  private readonly dead: number;
  private readonly maxMatch: number;

  constructor(t: AutomatonTables) {
    this.t = t;
    this.trans = t.trans;
    this.classes = t.classes;
    this.cols = t.cols;
    this.esc = t.esc;
    this.dead = t.dead;
    this.maxMatch = t.maxMatch;
  }

  /**
   * Advances from state `s` over `text[i..end)` until a match state or DEAD is entered, or the end
   * is reached. Returns the index just past the last consumed code unit and leaves the state reached
   * in {@link Engine.state}.
   */
  scan(text: string, i: number, end: number, s: number): number {
    const trans = this.trans;
    const classes = this.classes;
    const cols = this.cols;
    const esc = this.esc;
    const dead = this.dead;
    const maxMatch = this.maxMatch;
    while (i < end) {
      if (s < dead) {
        // Typed-array reads in bounds by construction: columns < width, dense ids are row starts.
        do {
          s = trans[s + cols[text.charCodeAt(i)]!]!;
          i++;
        } while (s < dead && i < end);
        if (s >= esc) {
          // An escape entry: the transition of row s − esc on the class of the code unit just read.
          s = step(this.t, s - esc, classes[text.charCodeAt(i - 1)]!);
          if (s < dead) continue;
        }
        if (s < dead || s <= maxMatch) break;
        continue;
      }
      // a UTF-16 code unit is < 65536 = classes.length
      s = step(this.t, s, classes[text.charCodeAt(i)]!);
      i++;
      if (s >= dead && s <= maxMatch) break;
    }
    this.state = s;
    return i;
  }
}
