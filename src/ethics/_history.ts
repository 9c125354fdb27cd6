/**
 * The engine's memory of its recent evaluations: a fixed ring of parallel typed arrays (24 bytes a
 * slot plus the id string, against ~100 for an object per evaluation), and a map from action id to
 * its newest slot so outcomes can be attached. Memory is bounded by the capacity, whatever the
 * number of evaluations.
 *
 * @internal Not part of the public API.
 */
import type { AlignmentReport } from './types.js';

const UNKNOWN = -1;
const ACCEPTABLE = 0;
const HARMFUL = 1;

export class EvaluationHistory {
  private readonly ids: (string | undefined)[];
  private readonly scores: Float64Array;
  private readonly times: Float64Array;
  private readonly passed: Uint8Array;
  private readonly outcomes: Int8Array;
  private readonly slotOf = new Map<string, number>();
  /** Next slot to write; `size` slots before it (cyclically) hold evaluations. */
  private next = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    this.ids = new Array<string | undefined>(capacity).fill(undefined);
    this.scores = new Float64Array(capacity);
    this.times = new Float64Array(capacity);
    this.passed = new Uint8Array(capacity);
    this.outcomes = new Int8Array(capacity);
  }

  /** Records an evaluation, evicting the oldest when full. O(1). */
  record(id: string, score: number, passes: boolean, time: number): void {
    const slot = this.next;
    const old = this.ids[slot];
    if (old !== undefined && this.slotOf.get(old) === slot) this.slotOf.delete(old);
    this.ids[slot] = id;
    this.scores[slot] = score;
    this.times[slot] = time;
    this.passed[slot] = passes ? 1 : 0;
    this.outcomes[slot] = UNKNOWN;
    this.slotOf.set(id, slot);
    this.next = (slot + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }

  /** The slot of the newest evaluation of `id`, or -1 when it is not in the window. */
  find(id: string): number {
    return this.slotOf.get(id) ?? -1;
  }

  /** Whether the evaluation in `slot` already has an outcome. */
  hasOutcome(slot: number): boolean {
    return this.outcomes[slot] !== UNKNOWN;
  }

  setOutcome(slot: number, harmful: boolean): void {
    this.outcomes[slot] = harmful ? HARMFUL : ACCEPTABLE;
  }

  /** Aggregates the window. O(capacity). */
  report(): AlignmentReport {
    const n = this.size;
    let sumScore = 0;
    let sumAlign = 0;
    let passes = 0;
    let outcomes = 0;
    let agreed = 0;
    let harmfulPassed = 0;
    let acceptableFailed = 0;
    let since = Number.POSITIVE_INFINITY;
    let until = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      // slot < capacity = the ring's length
      const slot = (this.next - 1 - k + this.capacity) % this.capacity;
      const score = this.scores[slot]!;
      const passed = this.passed[slot] === 1;
      const outcome = this.outcomes[slot]!;
      const time = this.times[slot]!;
      if (time < since) since = time;
      if (time > until) until = time;
      sumScore += score;
      if (passed) passes++;
      if (outcome === UNKNOWN) {
        sumAlign += score;
        continue;
      }
      outcomes++;
      const acceptable = outcome === ACCEPTABLE;
      sumAlign += 1 - Math.abs(score - (acceptable ? 1 : 0));
      if (passed === acceptable) agreed++;
      else if (passed) harmfulPassed++;
      else acceptableFailed++;
    }
    return {
      alignment: n === 0 ? null : sumAlign / n,
      evaluations: n,
      meanScore: n === 0 ? null : sumScore / n,
      passRate: n === 0 ? null : passes / n,
      outcomes,
      agreement: outcomes === 0 ? null : agreed / outcomes,
      harmfulPassed,
      acceptableFailed,
      since: n === 0 ? null : since,
      until: n === 0 ? null : until,
    };
  }
}
