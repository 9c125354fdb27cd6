/**
 * A binary heap with a position map: every entry has a key, so an entry can be found, removed or
 * re-ordered in O(log n) without a scan.
 *
 * @module
 */
import { AegisError, describe } from '../errors.js';

/** Orders two values: negative when `a` comes first, positive when `b` does, 0 when tied. */
export type HeapComparator<V> = (a: V, b: V) => number;

/** Receives entries best first; returning `false` stops the visit. */
export type HeapVisitor<K, V> = (value: V, key: K) => boolean | undefined;

/**
 * A binary heap of keyed entries (an "indexed priority queue"): the entry that `compare` puts first
 * is at the top, and a map from key to array position makes `has`, `get`, `delete` and `update`
 * work by key. mnemonist's `Heap` offers push/pop only; removing an arbitrary entry there means
 * rebuilding the heap (O(n)), which a queue whose entries leave in any order cannot afford.
 *
 * Costs for n entries: `push`, `pop`, `delete`, `update`, `reorder` O(log n) comparisons; `peek`, `has`, `get`
 * O(1); `visitOrdered`/`top` of the best k entries O(k log k) without touching the other n − k,
 * because the heap array is itself a tree whose frontier can be walked best first. Space O(n).
 *
 * Keys are compared as `Map` keys (SameValueZero). `compare` must be a consistent total order and
 * must not throw or modify the heap; ties come out in an unspecified order, so add a tie-breaker
 * (a sequence number) to the values when the order of ties matters.
 *
 * @example
 * ```ts
 * const heap = new IndexedHeap<string, number>((a, b) => a - b);
 * heap.push('x', 5);
 * heap.push('y', 2);
 * heap.push('z', 9);
 * heap.update('z', 1); // re-ordered in O(log n)
 * heap.delete('y');
 * heap.top(2); // [1, 5]
 * heap.pop(); // 1
 * ```
 */
export class IndexedHeap<K, V> {
  private readonly compare: HeapComparator<V>;
  private readonly keyAt: K[] = [];
  private readonly valueAt: V[] = [];
  private readonly positions = new Map<K, number>();
  /** Bumped by every change, so that a visit can detect a heap modified under its feet. */
  private version = 0;

  /**
   * @param compare - the order; the entry it puts first is at the top (a min-heap for `(a, b) => a - b`)
   * @throws AegisError `INVALID_ARGUMENT` when `compare` is not a function
   */
  constructor(compare: HeapComparator<V>) {
    if (typeof compare !== 'function') {
      throw new AegisError('INVALID_ARGUMENT', 'IndexedHeap', `compare must be a function, got ${describe(compare)}`);
    }
    this.compare = compare;
  }

  /** Number of entries. */
  get size(): number {
    return this.valueAt.length;
  }

  /** Whether an entry has this key. O(1). */
  has(key: K): boolean {
    return this.positions.has(key);
  }

  /** The value stored under `key`, or `undefined`. O(1). */
  get(key: K): V | undefined {
    const i = this.positions.get(key);
    return i === undefined ? undefined : this.valueAt[i];
  }

  /** The value at the top (the first in `compare` order), or `undefined` when empty. O(1). */
  peek(): V | undefined {
    return this.valueAt[0];
  }

  /** The key of the top entry, or `undefined` when empty. O(1). */
  peekKey(): K | undefined {
    return this.keyAt[0];
  }

  /**
   * Adds an entry. O(log n).
   * @throws AegisError `CONFLICT` when an entry already has this key
   */
  push(key: K, value: V): void {
    if (this.positions.has(key)) {
      throw new AegisError('CONFLICT', 'IndexedHeap.push', `an entry with key ${describe(key)} is already present`);
    }
    const i = this.valueAt.length;
    this.keyAt.push(key);
    this.valueAt.push(value);
    this.positions.set(key, i);
    this.version++;
    this.siftUp(i);
  }

  /** Adds an entry, or replaces the value of an existing one and restores the order. O(log n). */
  set(key: K, value: V): void {
    if (this.positions.has(key)) this.update(key, value);
    else this.push(key, value);
  }

  /**
   * Replaces the value of an existing entry and moves it up or down to its place. O(log n).
   * @throws AegisError `NOT_FOUND` when no entry has this key
   */
  update(key: K, value: V): void {
    const i = this.positions.get(key);
    if (i === undefined) {
      throw new AegisError('NOT_FOUND', 'IndexedHeap.update', `no entry has key ${describe(key)}`);
    }
    this.valueAt[i] = value;
    this.restore(i);
  }

  /**
   * Restores the place of an entry whose value was mutated in place (a field the comparator reads
   * changed). O(log n).
   * @throws AegisError `NOT_FOUND` when no entry has this key
   * @example
   * ```ts
   * task.priority = 9;
   * heap.reorder(task.id);
   * ```
   */
  reorder(key: K): void {
    const i = this.positions.get(key);
    if (i === undefined) {
      throw new AegisError('NOT_FOUND', 'IndexedHeap.reorder', `no entry has key ${describe(key)}`);
    }
    this.restore(i);
  }

  /** Removes and returns the top value, or `undefined` when empty. O(log n). */
  pop(): V | undefined {
    if (this.valueAt.length === 0) return undefined;
    const top = this.valueAt[0];
    this.removeAt(0);
    return top;
  }

  /** Removes the entry with this key; returns whether there was one. O(log n). */
  delete(key: K): boolean {
    const i = this.positions.get(key);
    if (i === undefined) return false;
    this.removeAt(i);
    return true;
  }

  /** Removes every entry. O(n) for the position map. */
  clear(): void {
    this.keyAt.length = 0;
    this.valueAt.length = 0;
    this.positions.clear();
    this.version++;
  }

  /**
   * Visits entries best first, at most `limit` of them, until `visit` returns `false`.
   *
   * The heap array is a tree in which every parent comes before its children, so the next best
   * entry is always a child of one already visited: a small auxiliary heap of that frontier yields
   * the best k entries in O(k log k) comparisons, however large the heap. Nothing is copied or sorted.
   *
   * @throws AegisError `CONFLICT` when `visit` modifies the heap (the walk would be meaningless);
   *   `INVALID_ARGUMENT` for a non-function visitor or a negative or non-integer limit
   * @example
   * ```ts
   * heap.visitOrdered((value) => value < 10); // stops at the first value ≥ 10
   * ```
   */
  visitOrdered(visit: HeapVisitor<K, V>, limit = Number.POSITIVE_INFINITY): void {
    const origin = 'IndexedHeap.visitOrdered';
    if (typeof visit !== 'function') {
      throw new AegisError('INVALID_ARGUMENT', origin, `visit must be a function, got ${describe(visit)}`);
    }
    if (limit !== Number.POSITIVE_INFINITY && !(Number.isSafeInteger(limit) && limit >= 0)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `limit must be a non-negative integer, got ${describe(limit)}`);
    }
    const n = this.valueAt.length;
    if (n === 0 || limit === 0) return;
    const values = this.valueAt;
    const keys = this.keyAt;
    const compare = this.compare;
    const version = this.version;
    // The frontier: heap positions, ordered by their values (a plain binary min-heap over indices).
    const frontier: number[] = [0];
    const before = (a: number, b: number) => compare(values[a] as V, values[b] as V) < 0;
    let visited = 0;
    while (frontier.length > 0) {
      const best = frontier[0] as number;
      const last = frontier.pop() as number;
      if (frontier.length > 0) {
        // Sift `last` down from the root of the frontier.
        let j = 0;
        const m = frontier.length;
        for (;;) {
          const l = 2 * j + 1;
          if (l >= m) break;
          const r = l + 1;
          const c = r < m && before(frontier[r] as number, frontier[l] as number) ? r : l;
          if (!before(frontier[c] as number, last)) break;
          frontier[j] = frontier[c] as number;
          j = c;
        }
        frontier[j] = last;
      }
      if (visit(values[best] as V, keys[best] as K) === false) return;
      if (this.version !== version) {
        throw new AegisError('CONFLICT', origin, 'the heap was modified during the visit');
      }
      if (++visited >= limit) return;
      for (let child = 2 * best + 1; child <= 2 * best + 2 && child < n; child++) {
        // Sift the child up into the frontier.
        let j = frontier.length;
        frontier.push(child);
        while (j > 0) {
          const p = (j - 1) >> 1;
          if (!before(child, frontier[p] as number)) break;
          frontier[j] = frontier[p] as number;
          j = p;
        }
        frontier[j] = child;
      }
    }
  }

  /**
   * The best `limit` values, best first, in O(limit · log limit) (see {@link visitOrdered}).
   * @throws AegisError `INVALID_ARGUMENT` for a negative or non-integer limit
   */
  top(limit = Number.POSITIVE_INFINITY): V[] {
    const out: V[] = [];
    this.visitOrdered((value) => {
      out.push(value);
      return true;
    }, limit);
    return out;
  }

  /** Every key, in heap-array order (not sorted). O(n). */
  keys(): K[] {
    return this.keyAt.slice();
  }

  /** Every value, in heap-array order (not sorted). O(n). */
  values(): V[] {
    return this.valueAt.slice();
  }

  /** Moves the entry at `i` whichever way restores the order (at most one direction moves it). */
  private restore(i: number): void {
    this.version++;
    if (this.siftUp(i) === i) this.siftDown(i);
  }

  private removeAt(i: number): void {
    const keys = this.keyAt;
    const values = this.valueAt;
    this.positions.delete(keys[i] as K);
    const lastKey = keys.pop() as K;
    const lastValue = values.pop() as V;
    this.version++;
    if (i === values.length) return;
    // Fill the hole with the last entry and move it whichever way restores the order.
    keys[i] = lastKey;
    values[i] = lastValue;
    this.positions.set(lastKey, i);
    this.restore(i);
  }

  /** Moves the entry at `i` towards the root while it beats its parent; returns its final position. */
  private siftUp(i: number): number {
    const keys = this.keyAt;
    const values = this.valueAt;
    const key = keys[i] as K;
    const value = values[i] as V;
    const start = i;
    // The hole technique: parents move down one write each, the entry is written once at the end.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = values[p] as V;
      if (this.compare(value, parent) >= 0) break;
      const parentKey = keys[p] as K;
      keys[i] = parentKey;
      values[i] = parent;
      this.positions.set(parentKey, i);
      i = p;
    }
    if (i !== start) {
      keys[i] = key;
      values[i] = value;
      this.positions.set(key, i);
    }
    return i;
  }

  /** Moves the entry at `i` towards the leaves while a child beats it. */
  private siftDown(i: number): void {
    const keys = this.keyAt;
    const values = this.valueAt;
    const n = values.length;
    const key = keys[i] as K;
    const value = values[i] as V;
    const start = i;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.compare(values[r] as V, values[l] as V) < 0) c = r;
      const child = values[c] as V;
      if (this.compare(child, value) >= 0) break;
      const childKey = keys[c] as K;
      keys[i] = childKey;
      values[i] = child;
      this.positions.set(childKey, i);
      i = c;
    }
    if (i !== start) {
      keys[i] = key;
      values[i] = value;
      this.positions.set(key, i);
    }
  }
}
