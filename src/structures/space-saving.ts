/**
 * Space-Saving heavy hitters (Metwally, Agrawal & El Abbadi, "Efficient Computation of Frequent and
 * Top-k Elements in Data Streams", ICDT 2005): approximate counts of the most frequent keys of an
 * unbounded stream in a fixed number of counters.
 *
 * @module
 */
import { requireInteger } from '../_validate.js';

/** A monitored key with its estimated count. Its true count lies in `[count − error, count]`. */
export interface HeavyHitter<K> {
  readonly key: K;
  /** Estimated count: never below the true count. */
  readonly count: number;
  /** Largest possible overestimate: the true count is at least `count − error`. */
  readonly error: number;
}

/**
 * The Space-Saving summary over a stream of keys, with `capacity` counters.
 *
 * Guarantees (ICDT 2005, Lemmas 3.3–3.5 and Theorem 3.5), for a stream of `total` keys:
 * - a monitored key's true count lies in `[count − error, count]`;
 * - an unmonitored key's true count is at most {@link SpaceSaving.minCount} (0 until all counters
 *   are in use), which is at most `total / capacity`;
 * - so every key with a true count above `total / capacity` is monitored;
 * - the counts sum to `total`; while there are at most `capacity` distinct keys every count is exact.
 *
 * Representation: the paper's "stream summary" in flat typed arrays. Counters with equal counts
 * share a bucket; buckets form a list in increasing count order, and each holds a list of its
 * counters in arrival order. An increment moves a counter to the next bucket (created when the
 * next count is missing), so `add` is one map lookup plus O(1) array updates whatever the
 * capacity. When the stream has more distinct keys than counters, a new key takes over the oldest
 * counter of the smallest bucket and inherits its count as its error. No step depends on hashing
 * order, so the summary is deterministic.
 *
 * Space O(capacity).
 *
 * @example
 * ```ts
 * const hh = new SpaceSaving<string>(2);
 * for (const k of ['a', 'b', 'a', 'c', 'a']) hh.add(k);
 * hh.top();           // [{ key: 'a', count: 3, error: 0 }, { key: 'c', count: 2, error: 1 }]
 * hh.upperBound('b'); // 2: 'b' is unmonitored, so it occurred at most minCount times
 * ```
 */
export class SpaceSaving<K = string> {
  /** Number of counters. */
  readonly capacity: number;
  private readonly index = new Map<K, number>();
  private readonly keys: (K | undefined)[];
  private readonly errors: Float64Array;
  /** Per counter: its bucket, and its neighbours in the bucket's list (-1: none). */
  private readonly bucketOf: Int32Array;
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  /** Per bucket: its count, its neighbours in count order, and its first and last counters. */
  private readonly bCount: Float64Array;
  private readonly bPrev: Int32Array;
  private readonly bNext: Int32Array;
  private readonly bHead: Int32Array;
  private readonly bTail: Int32Array;
  /** Smallest and largest buckets (-1 when empty); unused buckets are chained through `bNext`. */
  private minBucket = -1;
  private maxBucket = -1;
  private freeBucket = -1;
  private used = 0;
  private n = 0;
  private lastSlot = -1;

  /**
   * @param capacity - number of counters, an integer in [1, 2²⁴]
   * @throws AegisError `INVALID_ARGUMENT` for any other capacity
   */
  constructor(capacity: number) {
    this.capacity = requireInteger('SpaceSaving', 'capacity', capacity, 1, 2 ** 24);
    this.keys = new Array<K | undefined>(capacity).fill(undefined);
    this.errors = new Float64Array(capacity);
    this.bucketOf = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    // One bucket more than counters: an increment creates the next bucket before freeing its own.
    const buckets = capacity + 1;
    this.bCount = new Float64Array(buckets);
    this.bPrev = new Int32Array(buckets);
    this.bNext = new Int32Array(buckets);
    this.bHead = new Int32Array(buckets);
    this.bTail = new Int32Array(buckets);
    this.clear();
  }

  /** Number of monitored keys (at most `capacity`). */
  get size(): number {
    return this.used;
  }

  /** Number of keys added so far (the stream length). */
  get total(): number {
    return this.n;
  }

  /**
   * The count of the key passed to the most recent {@link SpaceSaving.add}, so a caller can mirror
   * counters without a second lookup. NaN before the first add.
   */
  get lastCount(): number {
    return this.lastSlot < 0 ? Number.NaN : this.countOf(this.lastSlot);
  }

  /** The error of the key passed to the most recent {@link SpaceSaving.add}; NaN before the first add. */
  get lastError(): number {
    // cast drops `undefined`: lastSlot ≥ 0 is a slot < capacity
    return this.lastSlot < 0 ? Number.NaN : (this.errors[this.lastSlot] as number);
  }

  /** The smallest monitored count once every counter is in use, 0 before: a bound for unmonitored keys. */
  get minCount(): number {
    // cast drops `undefined`: with every counter in use, minBucket is a live bucket
    return this.used < this.capacity ? 0 : (this.bCount[this.minBucket] as number);
  }

  /**
   * Counts one occurrence of `key`. O(1) expected.
   * @returns the key that lost its counter to make room for `key`, if one did
   */
  add(key: K): K | undefined {
    this.n++;
    const slot = this.index.get(key);
    if (slot !== undefined) {
      this.increment(slot);
      this.lastSlot = slot;
      return undefined;
    }
    if (this.used < this.capacity) {
      const fresh = this.used++;
      this.keys[fresh] = key;
      this.index.set(key, fresh);
      this.errors[fresh] = 0;
      // Every count is at least 1, so a bucket of count 1 can only be the smallest one.
      let b = this.minBucket;
      if (b === -1 || this.bCount[b] !== 1) b = this.insertBucket(1, -1, b);
      this.attach(fresh, b);
      this.lastSlot = fresh;
      return undefined;
    }
    // casts drop `undefined`: the summary is full, so minBucket is a live bucket with a head slot
    const victim = this.bHead[this.minBucket] as number;
    const evicted = this.keys[victim] as K;
    this.index.delete(evicted);
    this.keys[victim] = key;
    this.index.set(key, victim);
    this.errors[victim] = this.bCount[this.minBucket] as number;
    this.increment(victim);
    this.lastSlot = victim;
    return evicted;
  }

  /** Whether `key` is monitored. */
  has(key: K): boolean {
    return this.index.has(key);
  }

  /** The counter of `key` if it is monitored. O(1) expected. */
  get(key: K): HeavyHitter<K> | undefined {
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.entry(slot);
  }

  /** The estimated count of `key`: its counter if monitored, otherwise 0. */
  count(key: K): number {
    const slot = this.index.get(key);
    return slot === undefined ? 0 : this.countOf(slot);
  }

  /** A bound the true count of `key` never exceeds. O(1) expected. */
  upperBound(key: K): number {
    const slot = this.index.get(key);
    return slot === undefined ? this.minCount : this.countOf(slot);
  }

  /** A bound the true count of `key` is never below. O(1) expected. */
  lowerBound(key: K): number {
    const slot = this.index.get(key);
    // cast drops `undefined`: an indexed key's slot is < capacity
    return slot === undefined ? 0 : this.countOf(slot) - (this.errors[slot] as number);
  }

  /**
   * The `limit` monitored keys with the highest counts, highest first (equal counts in the order
   * they reached that count). O(limit).
   * @throws AegisError `INVALID_ARGUMENT` when `limit` is not a non-negative integer
   */
  top(limit: number = this.capacity): HeavyHitter<K>[] {
    requireInteger('SpaceSaving.top', 'limit', limit);
    const out: HeavyHitter<K>[] = [];
    if (limit === 0) return out;
    this.forEachDescending((key, count, error) => {
      out.push({ key, count, error });
      return out.length < limit;
    });
    return out;
  }

  /**
   * Visits monitored counters in the order of {@link SpaceSaving.top}; stops early when `visit`
   * returns false. O(number visited), no allocation.
   */
  forEachDescending(visit: (key: K, count: number, error: number) => boolean | undefined): void {
    // casts drop `undefined`: bucket links and slot links stay below capacity, -1 ends each list
    for (let b = this.maxBucket; b !== -1; b = this.bPrev[b] as number) {
      const count = this.bCount[b] as number;
      for (let s = this.bHead[b] as number; s !== -1; s = this.next[s] as number) {
        if (visit(this.keys[s] as K, count, this.errors[s] as number) === false) return;
      }
    }
  }

  /** Forgets every key. O(capacity). */
  clear(): void {
    this.index.clear();
    this.keys.fill(undefined);
    this.used = 0;
    this.n = 0;
    this.lastSlot = -1;
    this.minBucket = -1;
    this.maxBucket = -1;
    const last = this.bNext.length - 1;
    for (let b = 0; b < last; b++) this.bNext[b] = b + 1;
    this.bNext[last] = -1;
    this.freeBucket = 0;
  }

  // Below, the casts drop `undefined`: slots and buckets are < capacity, the length of every per-slot and per-bucket
  // array.
  private countOf(slot: number): number {
    return this.bCount[this.bucketOf[slot] as number] as number;
  }

  private entry(slot: number): HeavyHitter<K> {
    return { key: this.keys[slot] as K, count: this.countOf(slot), error: this.errors[slot] as number };
  }

  /** Moves a counter to the bucket of the next count. */
  private increment(slot: number): void {
    const b = this.bucketOf[slot] as number;
    const c = (this.bCount[b] as number) + 1;
    let target = this.bNext[b] as number;
    if (target === -1 || this.bCount[target] !== c) target = this.insertBucket(c, b, target);
    this.detach(slot, b);
    this.attach(slot, target);
  }

  /** Takes a free bucket for `count` and links it between buckets `before` and `after` (-1: an end). */
  private insertBucket(count: number, before: number, after: number): number {
    const b = this.freeBucket;
    this.freeBucket = this.bNext[b] as number;
    this.bCount[b] = count;
    this.bHead[b] = -1;
    this.bTail[b] = -1;
    this.bPrev[b] = before;
    this.bNext[b] = after;
    if (before === -1) this.minBucket = b;
    else this.bNext[before] = b;
    if (after === -1) this.maxBucket = b;
    else this.bPrev[after] = b;
    return b;
  }

  /** Appends a counter to a bucket's list. */
  private attach(slot: number, b: number): void {
    const tail = this.bTail[b] as number;
    this.bucketOf[slot] = b;
    this.prev[slot] = tail;
    this.next[slot] = -1;
    if (tail === -1) this.bHead[b] = slot;
    else this.next[tail] = slot;
    this.bTail[b] = slot;
  }

  /** Unlinks a counter from its bucket, freeing the bucket when it empties. */
  private detach(slot: number, b: number): void {
    const p = this.prev[slot] as number;
    const q = this.next[slot] as number;
    if (p === -1) this.bHead[b] = q;
    else this.next[p] = q;
    if (q === -1) this.bTail[b] = p;
    else this.prev[q] = p;
    if (this.bHead[b] !== -1) return;
    const bp = this.bPrev[b] as number;
    const bn = this.bNext[b] as number;
    if (bp === -1) this.minBucket = bn;
    else this.bNext[bp] = bn;
    if (bn === -1) this.maxBucket = bp;
    else this.bPrev[bn] = bp;
    this.bNext[b] = this.freeBucket;
    this.freeBucket = b;
  }
}
