/**
 * RFC 6962 §2.1 written as the RFC writes it: MTH, PATH and SUBPROOF as recursions over the list of
 * leaf hashes, memoized by range so that exhaustive checks stay fast. No stored levels, no iteration
 * tricks: the reference the packed `MerkleLog` is compared with.
 */
import { sha256 } from '@noble/hashes/sha2.js';

export function naiveLeafHash(data: Uint8Array): Uint8Array {
  const buf = new Uint8Array(data.length + 1);
  buf.set(data, 1);
  return sha256(buf);
}

function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + left.length + right.length);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return sha256(buf);
}

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export class NaiveMerkle {
  readonly leaves: Uint8Array[] = [];
  private readonly memo = new Map<string, Uint8Array>();

  /** MTH(D[a:b]). */
  mth(a: number, b: number): Uint8Array {
    const n = b - a;
    if (n === 0) return sha256(new Uint8Array(0));
    if (n === 1) return this.leaves[a] as Uint8Array;
    const key = `${a},${b}`;
    let h = this.memo.get(key);
    if (h === undefined) {
      const k = split(n);
      h = nodeHash(this.mth(a, a + k), this.mth(a + k, b));
      this.memo.set(key, h);
    }
    return h;
  }

  /** PATH(m, D[a:b]), m an absolute leaf index. */
  path(m: number, a: number, b: number): Uint8Array[] {
    const n = b - a;
    if (n <= 1) return [];
    const k = split(n);
    if (m - a < k) return [...this.path(m, a, a + k), this.mth(a + k, b)];
    return [...this.path(m, a + k, b), this.mth(a, a + k)];
  }

  /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
  proof(m: number, n: number): Uint8Array[] {
    return this.subproof(m, 0, n, true);
  }

  private subproof(m: number, a: number, b: number, whole: boolean): Uint8Array[] {
    const n = b - a;
    if (m === n) return whole ? [] : [this.mth(a, b)];
    const k = split(n);
    if (m <= k) return [...this.subproof(m, a, a + k, whole), this.mth(a + k, b)];
    return [...this.subproof(m - k, a + k, b, false), this.mth(a, a + k)];
  }
}
