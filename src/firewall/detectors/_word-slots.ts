/**
 * Open addressing from a word's 32-bit hash to a slot: the tables that detectors build once from
 * their lexicons and then read for every word of every segment. A lookup is a multiply, a shift
 * and a read or two of a typed array (a `Map` of numbers hashes the key again and costs several
 * times as much). The owner keeps its values in its own typed arrays, indexed by slot.
 *
 * @internal Not part of the public API.
 */
export class WordSlots {
  /** Number of slots: the length the owner's value arrays must have. */
  readonly capacity: number;
  private readonly mask: number;
  private readonly shift: number;
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  /**
   * A first look for {@link find}: one bit per value of a second hash of the key (eight bits per
   * slot), set for every key added. Most words looked up are in no lexicon; their bit is clear and
   * they cost one read instead of a probe sequence (at three quarters full, a miss probes eight
   * slots on average).
   */
  private readonly seen: Int32Array;
  private readonly seenShift: number;
  private filled = 0;

  /** A table of `2^bits` slots, refused past three quarters full so that every probe ends early. */
  constructor(bits: number) {
    this.capacity = 1 << bits;
    this.mask = this.capacity - 1;
    this.shift = 32 - bits;
    this.keys = new Uint32Array(this.capacity);
    this.used = new Uint8Array(this.capacity);
    this.seen = new Int32Array(Math.max(1, this.capacity >> 2));
    this.seenShift = 32 - (bits + 3);
  }

  /** The bit of hash `h` in `seen`: an index below 8 × capacity. */
  private seenBit(h: number): number {
    return Math.imul(h, 0x85ebca6b) >>> this.seenShift;
  }

  private home(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The slot of hash `h`, or -1 when it was never added. */
  find(h: number): number {
    const key = h >>> 0;
    const b = this.seenBit(h);
    // b >>> 5 < capacity / 4 = seen.length
    if ((this.seen[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    // An empty slot ends the probe: the table is never full (see `slot`).
    for (let i = this.home(h); ; i = (i + 1) & this.mask) {
      if (this.used[i] === 0) return -1;
      if (this.keys[i] === key) return i;
    }
  }

  /** The slot of hash `h`, taken for it when it was never added. */
  slot(h: number): number {
    const key = h >>> 0;
    let i = this.home(h);
    while (this.used[i] === 1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    if (this.used[i] === 0) {
      // A lexicon is data written with the code: outgrowing its table is a bug, not an input.
      if (++this.filled > (this.capacity >> 2) * 3) throw new Error('word table is over three quarters full');
      this.used[i] = 1;
      this.keys[i] = key;
      const b = this.seenBit(h);
      // b >>> 5 < capacity / 4 = seen.length
      this.seen[b >>> 5] = this.seen[b >>> 5]! | (1 << (b & 31));
    }
    return i;
  }
}
