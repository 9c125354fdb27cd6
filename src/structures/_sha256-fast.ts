/**
 * SHA-256 without allocating, on `@noble/hashes`' own compression function (its `_SHA256` class,
 * extended): RFC 6962 interior nodes, `SHA-256(0x01 || left || right)`, from a reused pre-padded
 * two-block buffer, and whole messages that the caller has already placed in a buffer of its own
 * (padding is written in place). Digests go straight into the caller's destination.
 *
 * Why: `sha256(data)` builds a hasher, a block buffer and (for inputs that start with a whole block) a
 * DataView, and returns a fresh array; for a 65-byte node that overhead is comparable to the
 * compression itself, and node:crypto's one-shot `crypto.hash` is no faster once its dispatch and
 * garbage Buffer are counted. A Merkle log hashes one node per append on average and every node again
 * on a full verify, so this is most of the tree's cost.
 *
 * @internal Not part of the public API.
 * @module
 */
import { _SHA256 } from '@noble/hashes/sha2.js';

export class FastSha256 extends _SHA256 {
  /** 0x01, 64 bytes of children, then SHA-256 padding for a 65-byte message (bit length 520). */
  private readonly pair = new Uint8Array(128);
  private readonly pairView = new DataView(this.pair.buffer);
  private readonly iv: readonly number[];

  constructor() {
    super();
    this.pair[0] = 0x01;
    this.pair[65] = 0x80;
    this.pair[126] = 0x02; // 520 = 0x0208
    this.pair[127] = 0x08;
    this.iv = this.get();
  }

  /** Writes `SHA-256(0x01 || src[off, off + 64))` to `dst[dstOff, dstOff + 32)`. */
  hashPair(src: Uint8Array, off: number, dst: Uint8Array, dstOff: number): void {
    const b = this.pair;
    // A plain loop: `set(src.subarray(…))` allocates a view per call.
    // i < 64 and the caller passes off + 64 ≤ src.length
    for (let i = 0; i < 64; i++) b[i + 1] = src[off + i]!;
    this.reset();
    this.process(this.pairView, 0);
    this.process(this.pairView, 64);
    this.output(dst, dstOff);
  }

  /**
   * Writes `SHA-256(buf[0, length))` to `dst[dstOff, dstOff + 32)`. The padding is written into
   * `buf` after the message, so `buf` needs `paddedLength(length)` bytes; `view` is a DataView over
   * exactly `buf`.
   */
  hashInPlace(buf: Uint8Array, view: DataView, length: number, dst: Uint8Array, dstOff: number): void {
    const total = paddedLength(length);
    buf[length] = 0x80;
    buf.fill(0, length + 1, total - 8);
    const bits = length * 8;
    view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(total - 4, bits >>> 0);
    this.reset();
    for (let off = 0; off < total; off += 64) this.process(view, off);
    this.output(dst, dstOff);
  }

  private reset(): void {
    const iv = this.iv;
    // iv holds SHA-256's eight initial words
    this.set(iv[0]!, iv[1]!, iv[2]!, iv[3]!, iv[4]!, iv[5]!, iv[6]!, iv[7]!);
  }

  private output(dst: Uint8Array, off: number): void {
    writeWord(dst, off, this.A);
    writeWord(dst, off + 4, this.B);
    writeWord(dst, off + 8, this.C);
    writeWord(dst, off + 12, this.D);
    writeWord(dst, off + 16, this.E);
    writeWord(dst, off + 20, this.F);
    writeWord(dst, off + 24, this.G);
    writeWord(dst, off + 28, this.H);
  }
}

/** Bytes a message of `length` bytes occupies once padded: a multiple of 64 with room for 9 more. */
export function paddedLength(length: number): number {
  return Math.ceil((length + 9) / 64) * 64;
}

function writeWord(dst: Uint8Array, off: number, w: number): void {
  dst[off] = w >>> 24;
  dst[off + 1] = (w >>> 16) & 255;
  dst[off + 2] = (w >>> 8) & 255;
  dst[off + 3] = w & 255;
}
