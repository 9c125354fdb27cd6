/**
 * The storage of a Merkle log: per level, the hashes of its complete subtrees, packed in chunks.
 *
 * A level's first chunk grows by doubling from 16 hashes up to 4,096 (128 KiB with SHA-256); after
 * that the level grows one full chunk at a time. So a small log stays small, a large one leaves at
 * most one chunk per level partly empty, and no append copies more than 128 KiB (one growing buffer
 * copies its whole level). A single buffer per level, doubling or growing by half, leaves a third of
 * it unused at some sizes; chunks leave at most one partly empty.
 * Two siblings (2k, 2k + 1) always share a chunk, so a parent is hashed from one contiguous run.
 *
 * @internal Not part of the public API.
 * @module
 */

const SHIFT = 12;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;
const FIRST = 16;

export class HashLevels {
  private readonly hs: number;
  private readonly levels: Uint8Array[][] = [];

  constructor(hashSize: number) {
    this.hs = hashSize;
  }

  /** Number of levels that have at least one node. */
  get height(): number {
    return this.levels.length;
  }

  /** The chunk that holds node j of `level` (which must exist). */
  chunk(level: number, j: number): Uint8Array {
    // the caller asks only for a node that exists, so its level and chunk do
    return this.levels[level]![j >>> SHIFT]!;
  }

  /** The byte offset of node j in its chunk. */
  offset(j: number): number {
    return (j & MASK) * this.hs;
  }

  /** Makes room for node j of `level` and returns its chunk. */
  reserve(level: number, j: number): Uint8Array {
    const hs = this.hs;
    let chunks = this.levels[level];
    if (chunks === undefined) {
      chunks = [new Uint8Array(FIRST * hs)];
      this.levels[level] = chunks;
    }
    const c = j >>> SHIFT;
    // chunks starts with one chunk and never shrinks
    if (c === 0 || chunks[0]!.length < CHUNK * hs) {
      const first = chunks[0]!;
      const need = c === 0 ? j + 1 : CHUNK;
      if (need * hs > first.length) {
        let capacity = first.length / hs;
        while (capacity < need) capacity = Math.min(CHUNK, capacity * 2);
        const bigger = new Uint8Array(capacity * hs);
        bigger.set(first);
        chunks[0] = bigger;
      }
      if (c === 0) return chunks[0]!;
    }
    while (chunks.length <= c) chunks.push(new Uint8Array(CHUNK * hs));
    // the loop above made chunks.length > c
    return chunks[c]!;
  }

  /** A packed copy of nodes [from, to) of `level`. */
  copy(level: number, from: number, to: number): Uint8Array {
    const hs = this.hs;
    const out = new Uint8Array((to - from) * hs);
    let j = from;
    while (j < to) {
      const end = Math.min(to, ((j >>> SHIFT) + 1) * CHUNK);
      const off = this.offset(j);
      out.set(this.chunk(level, j).subarray(off, off + (end - j) * hs), (j - from) * hs);
      j = end;
    }
    return out;
  }

  /** Bytes allocated, unused capacity included. */
  get memoryBytes(): number {
    let bytes = 0;
    for (const chunks of this.levels) for (const c of chunks) bytes += c.byteLength;
    return bytes;
  }
}
