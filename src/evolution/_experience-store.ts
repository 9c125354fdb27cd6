/**
 * Raw experiences in columns: typed arrays for the numbers, plain arrays for ids and parameters, a
 * per-action-type index of sequence numbers, and an id index. With a maximum, the columns are a
 * ring and the oldest experience is evicted by each append beyond it.
 *
 * @internal Not part of the public API.
 */
import type { ExperienceParameters } from './types.js';

/** Bit of the flags column: the experience succeeded. */
export const SUCCESS = 1;
/** Bit of the flags column: the experience failed or had a violation reported. */
export const FLAGGED = 2;

/** Rows of the first allocation; columns then double up to the maximum. */
const INITIAL_ROWS = 256;

const GENERATED = /^exp-(0|[1-9][0-9]{0,15})$/;

/** The sequence number in an id of the generated form `exp-<seq>`, if it is one. */
function generatedSeq(id: string): number | undefined {
  if (!id.startsWith('exp-')) return undefined;
  const m = GENERATED.exec(id);
  return m === null ? undefined : Number(m[1]);
}

/** A growable deque of sequence numbers in increasing order (one per action type). */
export class SeqList {
  private buf = new Float64Array(8);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  /** The i-th oldest sequence number. */
  at(i: number): number {
    // i < length, so start + i < end ≤ buf.length
    return this.buf[this.start + i]!;
  }

  push(seq: number): void {
    if (this.end === this.buf.length) {
      const live = this.end - this.start;
      // Compact in place when at least half the buffer is dead; otherwise double. Amortized O(1).
      if (this.start >= this.buf.length >>> 1) {
        this.buf.copyWithin(0, this.start, this.end);
      } else {
        const grown = new Float64Array(this.buf.length * 2);
        grown.set(this.buf.subarray(this.start, this.end));
        this.buf = grown;
      }
      this.start = 0;
      this.end = live;
    }
    this.buf[this.end++] = seq;
  }

  shift(): void {
    this.start++;
    if (this.start === this.end) {
      this.start = 0;
      this.end = 0;
    }
  }
}

/** What {@link ExperienceStore.select} selects. */
export interface Selection {
  readonly list: SeqList | undefined;
  readonly since: number;
  readonly until: number;
  /** 1: successes only, 0: failures only, -1: both. */
  readonly success: number;
  readonly limit: number;
  readonly newest: boolean;
}

export class ExperienceStore {
  /** Most rows kept (Infinity: unbounded). */
  readonly max: number;
  /** Sequence number of the oldest retained row. */
  head = 0;
  /** Sequence number the next row gets. */
  next = 0;
  private cap: number;
  /** Caller-supplied ids; `undefined` for a generated id, which is `exp-<seq>` and not in `byId`. */
  private ids: (string | undefined)[] = [];
  private params: (ExperienceParameters | undefined)[] = [];
  private timestamps: Float64Array;
  private types: Uint16Array;
  private flags: Uint8Array;
  private ethical: Float64Array;
  private safety: Float64Array;
  private readonly byId = new Map<string, number>();
  /** Retained caller-supplied ids of the generated form: while 0, a generated id cannot clash. */
  private generatedForm = 0;
  /** Per action type id, its retained sequence numbers. */
  readonly byType: SeqList[] = [];
  /** Rows before this one may be out of timestamp order; once evicted, the rest are sorted. */
  private unsortedUntil = 0;
  private lastTimestamp = Number.NEGATIVE_INFINITY;

  constructor(max: number) {
    this.max = max;
    this.cap = Math.min(max, INITIAL_ROWS);
    this.timestamps = new Float64Array(this.cap);
    this.types = new Uint16Array(this.cap);
    this.flags = new Uint8Array(this.cap);
    this.ethical = new Float64Array(this.cap);
    this.safety = new Float64Array(this.cap);
  }

  /** Retained rows. */
  get size(): number {
    return this.next - this.head;
  }

  /** The sequence number of a retained row with this id. */
  find(id: string): number | undefined {
    const seq = this.byId.get(id);
    if (seq !== undefined) return seq;
    const s = generatedSeq(id);
    if (s === undefined || s < this.head || s >= this.next || this.ids[s % this.cap] !== undefined) return undefined;
    return s;
  }
  /** Appends a row (evicting the oldest first when full) and returns its sequence number. */
  append(
    id: string | undefined,
    typeId: number,
    timestamp: number,
    flags: number,
    ethical: number,
    safety: number,
    parameters: ExperienceParameters | undefined,
  ): number {
    // A generated id is stored as `undefined` and costs no map entry, unless a caller took it.
    // Like a caller's id, it is unique among the experiences retained when the call is made.
    const own =
      id ?? (this.generatedForm > 0 && this.byId.has(`exp-${this.next}`) ? this.suffixed(this.next) : undefined);
    if (this.next - this.head === this.max) this.evictOldest();
    else if (this.next - this.head === this.cap) this.grow();
    const seq = this.next++;
    const slot = seq % this.cap;
    this.ids[slot] = own;
    if (own !== undefined) {
      this.byId.set(own, seq);
      if (generatedSeq(own) !== undefined) this.generatedForm++;
    }
    this.params[slot] = parameters;
    this.timestamps[slot] = timestamp;
    this.types[slot] = typeId;
    this.flags[slot] = flags;
    this.ethical[slot] = ethical;
    this.safety[slot] = safety;
    let list = this.byType[typeId];
    if (list === undefined) {
      list = new SeqList();
      this.byType[typeId] = list;
    }
    list.push(seq);
    if (timestamp < this.lastTimestamp) this.unsortedUntil = seq;
    this.lastTimestamp = timestamp;
    return seq;
  }

  id(seq: number): string {
    return this.ids[seq % this.cap] ?? `exp-${seq}`;
  }
  parameters(seq: number): ExperienceParameters | undefined {
    return this.params[seq % this.cap];
  }
  // Every column has cap slots and seq % cap < cap (also for the accessors below).
  timestamp(seq: number): number {
    return this.timestamps[seq % this.cap]!;
  }
  typeId(seq: number): number {
    return this.types[seq % this.cap]!;
  }
  flagsOf(seq: number): number {
    return this.flags[seq % this.cap]!;
  }
  setFlags(seq: number, flags: number): void {
    this.flags[seq % this.cap] = flags;
  }
  /** Ethics score, NaN when missing. */
  ethicalOf(seq: number): number {
    return this.ethical[seq % this.cap]!;
  }
  setEthical(seq: number, score: number): void {
    this.ethical[seq % this.cap] = score;
  }
  /** Safety score, NaN when missing. */
  safetyOf(seq: number): number {
    return this.safety[seq % this.cap]!;
  }
  setSafety(seq: number, score: number): void {
    this.safety[seq % this.cap] = score;
  }

  /**
   * Sequence numbers of the retained rows that pass `s`, ordered by (timestamp, seq), reversed
   * for `newest`, at most `limit`. When the retained timestamps are in logging order (the usual
   * case), the time range is found by binary search and the scan stops at `limit`:
   * O(log m + rows scanned); otherwise O(m log m) for the m rows of the source.
   */
  select(s: Selection): number[] {
    const list = s.list;
    const head = this.head;
    const length = list === undefined ? this.next - head : list.length;
    const at = list === undefined ? (i: number) => head + i : (i: number) => list.at(i);
    const out: number[] = [];
    if (s.limit === 0) return out;
    if (this.head >= this.unsortedUntil) {
      const lo = this.lowerBound(at, length, (t) => t >= s.since);
      const hi = this.lowerBound(at, length, (t) => t > s.until);
      const step = s.newest ? -1 : 1;
      for (let i = s.newest ? hi - 1 : lo; i >= lo && i < hi; i += step) {
        const seq = at(i);
        if (this.passes(seq, s.success)) {
          out.push(seq);
          if (out.length === s.limit) break;
        }
      }
      return out;
    }
    for (let i = 0; i < length; i++) {
      const seq = at(i);
      const t = this.timestamp(seq);
      if (t >= s.since && t <= s.until && this.passes(seq, s.success)) out.push(seq);
    }
    out.sort((a, b) => this.timestamp(a) - this.timestamp(b) || a - b);
    if (s.newest) out.reverse();
    if (out.length > s.limit) out.length = s.limit;
    return out;
  }

  private passes(seq: number, success: number): boolean {
    return success < 0 || (this.flagsOf(seq) & SUCCESS) === success;
  }

  /** First index in [0, length) whose timestamp satisfies the monotone predicate `ok`. */
  private lowerBound(at: (i: number) => number, length: number, ok: (t: number) => boolean): number {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ok(this.timestamp(at(mid)))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `exp-<seq>~n` for the smallest n that is free. */
  private suffixed(seq: number): string {
    let n = 1;
    while (this.byId.has(`exp-${seq}~${n}`)) n++;
    return `exp-${seq}~${n}`;
  }

  private evictOldest(): void {
    const seq = this.head++;
    const slot = seq % this.cap;
    const id = this.ids[slot];
    if (id !== undefined) {
      this.byId.delete(id);
      if (generatedSeq(id) !== undefined) this.generatedForm--;
    }
    this.params[slot] = undefined;
    // a stored slot's type id has its SeqList
    this.byType[this.types[slot]!]!.shift();
  }

  /** Doubles the columns (up to the maximum). Only called before any eviction, so slot = seq. */
  private grow(): void {
    const cap = Math.min(this.cap * 2, this.max);
    const grow = <T extends Float64Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.timestamps = grow(this.timestamps, (n) => new Float64Array(n));
    this.types = grow(this.types, (n) => new Uint16Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.ethical = grow(this.ethical, (n) => new Float64Array(n));
    this.safety = grow(this.safety, (n) => new Float64Array(n));
    this.cap = cap;
  }
}
