/**
 * An append-only Merkle tree with the exact hashing of RFC 6962 / RFC 9162 §2.1, inclusion and
 * consistency proofs for any earlier size, and the verifiers that check them.
 *
 * @module
 */
import { checkOptions, requireInteger } from '../_validate.js';
import { AegisError } from '../errors.js';
import { HashLevels } from './_hash-levels.js';
import {
  computesSha256,
  defaultHash,
  digestSize,
  type HashFunction,
  leafHashOf,
  nodeHashOf,
  requireBytes,
} from './_merkle-hash.js';
import { FastSha256 } from './_sha256-fast.js';

export type { HashFunction } from './_merkle-hash.js';
export { verifyConsistency, verifyInclusion } from './_merkle-verify.js';

export interface MerkleLogOptions {
  /**
   * The hash function (default SHA-256 from `@noble/hashes`). The Node-only entry
   * `aegis-safety/node` offers `nodeSha256`, the same function through `node:crypto`.
   */
  hash?: HashFunction;
}

/** Largest number of leaves: level buffers are indexed with 32-bit arithmetic. */
const MAX_LEAVES = 2 ** 31 - 1;

/**
 * RFC 6962 §2.1 leaf hash, `H(0x00 || data)`.
 *
 * @param data - the leaf's bytes
 * @param hash - the hash function (default SHA-256)
 * @throws AegisError `INVALID_ARGUMENT` when `data` is not a `Uint8Array` or `hash` not a hash function
 * @example
 * ```ts
 * bytesToHex(hashLeaf(new Uint8Array()));
 * // '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
 * ```
 */
export function hashLeaf(data: Uint8Array, hash: HashFunction = defaultHash): Uint8Array {
  requireBytes('hashLeaf', 'data', data);
  digestSize('hashLeaf', hash);
  return leafHashOf(hash, data);
}

/**
 * RFC 6962 §2.1 interior node hash, `H(0x01 || left || right)`. The children may be of any length
 * (the RFC's test vectors hash short strings); in a tree they are digests.
 *
 * @throws AegisError `INVALID_ARGUMENT` when a child is not a `Uint8Array` or `hash` not a hash function
 * @example
 * ```ts
 * const root = hashChildren(hashLeaf(a), hashLeaf(b)); // the root of the two-leaf tree [a, b]
 * ```
 */
export function hashChildren(left: Uint8Array, right: Uint8Array, hash: HashFunction = defaultHash): Uint8Array {
  requireBytes('hashChildren', 'left', left);
  requireBytes('hashChildren', 'right', right);
  digestSize('hashChildren', hash);
  return nodeHashOf(hash, left, right);
}

/** Largest power of two strictly below `n` (n ≥ 2): the RFC 6962 split point. */
const splitPoint = (n: number): number => 2 ** (31 - Math.clz32(n - 1));

/**
 * An append-only RFC 6962 Merkle tree over the leaves appended so far.
 *
 * Every complete (perfect) subtree is stored: level `L` holds, packed in typed-array chunks, the
 * hashes of the subtrees of `2^L` leaves that are already full. Appending a leaf writes its hash and the
 * hashes of the subtrees it completes, one interior hash per append on average, so appends cost
 * amortized O(1) hashes and the tree takes about `2 × hashSize` bytes per leaf. A root for any size,
 * and any proof, is assembled from O(log n) stored subtrees plus at most O(log n) fresh hashes.
 *
 * Time: `append` amortized O(1) hashes; `root(size)`, `inclusionProof`, `consistencyProof` O(log n).
 * Space: about 2 × n × hashSize bytes (64 bytes per leaf with SHA-256) plus growth slack.
 *
 * @example
 * ```ts
 * const log = new MerkleLog();
 * for (const s of ['a', 'b', 'c', 'd']) log.append(utf8ToBytes(s));
 * const proof = log.inclusionProof(2);
 * verifyInclusion(log.leafHash(2), 2, log.size, proof, log.root()); // true
 * const old = log.root(2);
 * verifyConsistency(2, 4, log.consistencyProof(2), old, log.root()); // true
 * ```
 */
export class MerkleLog {
  /** Digest size in bytes (32 for SHA-256). */
  readonly hashSize: number;
  private readonly hash: HashFunction;
  /** Level L holds the hashes of the full subtrees of 2^L leaves; node j covers [j·2^L, (j+1)·2^L). */
  private readonly levels: HashLevels;
  private n = 0;
  /** `0x01 || left || right`, reused for every interior hash. */
  private readonly scratch: Uint8Array;
  /** Allocation-free interior hashing, when the hash function is SHA-256. */
  private readonly pair: FastSha256 | undefined;
  /** One digest, for `checkIntegrity`. */
  private readonly digest: Uint8Array;
  private readonly emptyRoot: Uint8Array;
  private cachedRootSize = -1;
  private cachedRoot: Uint8Array | undefined;

  /**
   * @param options - see {@link MerkleLogOptions}
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option or a hash that is not a hash function
   */
  constructor(options?: MerkleLogOptions) {
    const o = checkOptions('MerkleLog', options, ['hash']);
    const hash = (o.hash ?? defaultHash) as HashFunction;
    this.hashSize = digestSize('MerkleLog', hash);
    this.hash = hash;
    this.levels = new HashLevels(this.hashSize);
    this.scratch = new Uint8Array(1 + 2 * this.hashSize);
    this.scratch[0] = 1;
    this.digest = new Uint8Array(this.hashSize);
    this.pair = computesSha256(hash) ? new FastSha256() : undefined;
    this.emptyRoot = hash(new Uint8Array(0));
  }

  /** Number of leaves. */
  get size(): number {
    return this.n;
  }

  /** Bytes held by the level buffers (capacity included). */
  get memoryBytes(): number {
    return this.levels.memoryBytes;
  }

  /**
   * Appends a leaf and returns its index. The leaf hash is `hashLeaf(data)`.
   * Amortized O(1) hashes plus O(data.length).
   * @throws AegisError `INVALID_ARGUMENT` when `data` is not a `Uint8Array`; `LIMIT_EXCEEDED` beyond
   *   2^31 − 1 leaves
   */
  append(data: Uint8Array): number {
    requireBytes('MerkleLog.append', 'data', data);
    return this.push('MerkleLog.append', leafHashOf(this.hash, data));
  }

  /**
   * Appends a leaf given its leaf hash (for leaves hashed elsewhere, e.g. `hashLeaf(entryBytes)`) and
   * returns its index. The hash is copied. Amortized O(1) hashes.
   * @throws AegisError `INVALID_ARGUMENT` when `leafHash` is not a `Uint8Array` of `hashSize` bytes;
   *   `LIMIT_EXCEEDED` beyond 2^31 − 1 leaves
   */
  appendLeafHash(leafHash: Uint8Array): number {
    requireBytes('MerkleLog.appendLeafHash', 'leafHash', leafHash, this.hashSize);
    return this.push('MerkleLog.appendLeafHash', leafHash);
  }

  /**
   * A copy of the hash of leaf `index`. O(1).
   * @throws AegisError `INVALID_ARGUMENT` for an index outside [0, size)
   */
  leafHash(index: number): Uint8Array {
    requireInteger('MerkleLog.leafHash', 'index', index, 0, this.n - 1);
    return this.node(0, index).slice();
  }

  /**
   * A copy of the leaf hashes [from, to), packed: leaf i at byte (i − from) × hashSize. For bulk
   * export and comparison without one array per leaf. O(to − from).
   * @throws AegisError `INVALID_ARGUMENT` unless 0 ≤ from ≤ to ≤ size
   */
  leafHashes(from = 0, to: number = this.n): Uint8Array {
    requireInteger('MerkleLog.leafHashes', 'to', to, 0, this.n);
    requireInteger('MerkleLog.leafHashes', 'from', from, 0, to);
    return this.levels.copy(0, from, to);
  }

  /**
   * The root of the tree made of the first `size` leaves (default: all of them). The root of the
   * empty tree is the hash of the empty string. O(log n) hashes; the latest answer is cached.
   * @throws AegisError `INVALID_ARGUMENT` for a size outside [0, this.size]
   */
  root(size: number = this.n): Uint8Array {
    requireInteger('MerkleLog.root', 'size', size, 0, this.n);
    if (size !== this.cachedRootSize || this.cachedRoot === undefined) {
      this.cachedRoot = size === 0 ? this.emptyRoot : this.subtree(0, size);
      this.cachedRootSize = size;
    }
    return this.cachedRoot.slice();
  }

  /**
   * The RFC 9162 §2.1.3.1 inclusion proof of leaf `index` in the tree of the first `size` leaves:
   * sibling hashes from the leaf upward, for {@link verifyInclusion}. O(log n) hashes.
   * @throws AegisError `INVALID_ARGUMENT` unless 0 ≤ index < size ≤ this.size
   */
  inclusionProof(index: number, size: number = this.n): Uint8Array[] {
    const origin = 'MerkleLog.inclusionProof';
    requireInteger(origin, 'size', size, 0, this.n);
    requireInteger(origin, 'index', index, 0, Math.max(0, size - 1));
    if (size === 0) throw new AegisError('INVALID_ARGUMENT', origin, 'the empty tree has no leaves to prove');
    const proof: Uint8Array[] = [];
    let a = 0;
    let b = size;
    while (b - a > 1) {
      const k = splitPoint(b - a);
      if (index < a + k) {
        proof.push(this.subtree(a + k, b));
        b = a + k;
      } else {
        proof.push(this.subtree(a, a + k));
        a += k;
      }
    }
    return copyReversed(proof);
  }

  /**
   * The RFC 9162 §2.1.4.1 consistency proof between the trees of the first `oldSize` and `newSize`
   * leaves (default: all of them), for {@link verifyConsistency}. Empty when the sizes are equal.
   * O(log n) hashes.
   * @throws AegisError `INVALID_ARGUMENT` unless 1 ≤ oldSize ≤ newSize ≤ this.size (a proof from the
   *   empty tree is meaningless: every tree extends it)
   */
  consistencyProof(oldSize: number, newSize: number = this.n): Uint8Array[] {
    const origin = 'MerkleLog.consistencyProof';
    requireInteger(origin, 'newSize', newSize, 0, this.n);
    requireInteger(origin, 'oldSize', oldSize, 1, Math.max(1, newSize));
    if (oldSize > newSize) {
      throw new AegisError('INVALID_ARGUMENT', origin, `oldSize ${oldSize} is larger than newSize ${newSize}`);
    }
    const proof: Uint8Array[] = [];
    let a = 0;
    let b = newSize;
    // SUBPROOF(m, D[a:b], flag) unrolled: the old tree ends at oldSize, inside the window [a, b).
    let wholeOldTree = true; // the flag: the window is still a prefix of the old tree's own path
    while (oldSize !== b) {
      const k = splitPoint(b - a);
      if (oldSize - a <= k) {
        proof.push(this.subtree(a + k, b));
        b = a + k;
      } else {
        proof.push(this.subtree(a, a + k));
        a += k;
        wholeOldTree = false;
      }
    }
    if (!wholeOldTree) proof.push(this.subtree(a, b));
    return copyReversed(proof);
  }

  /**
   * Recomputes every stored interior hash whose subtree ends at or after leaf `from` and compares it
   * with its two children. Returns -1 when all match, else the first leaf covered by a node that does
   * not (memory corruption or tampering with the tree itself; leaf hashes are the caller's to check).
   * O(size − from) hashes.
   * @throws AegisError `INVALID_ARGUMENT` for `from` outside [0, size]
   */
  checkIntegrity(from = 0): number {
    requireInteger('MerkleLog.checkIntegrity', 'from', from, 0, this.n);
    const hs = this.hashSize;
    const h = this.digest;
    let firstBad = -1;
    const levels = this.levels;
    for (let level = 1; level < levels.height; level++) {
      const width = 2 ** level;
      const count = Math.floor(this.n / width);
      for (let j = Math.floor(from / width); j < count; j++) {
        if (firstBad !== -1 && j * width >= firstBad) break;
        this.hashPair(levels.chunk(level - 1, 2 * j), levels.offset(2 * j), h, 0);
        const here = levels.chunk(level, j);
        const off = levels.offset(j);
        let same = true;
        for (let i = 0; i < hs; i++) {
          if (here[off + i] !== h[i]) {
            same = false;
            break;
          }
        }
        if (!same) {
          firstBad = j * width;
          break;
        }
      }
    }
    return firstBad;
  }

  /** Writes a leaf hash and the subtrees it completes; commits the new size only at the end. */
  private push(origin: string, leafHash: Uint8Array): number {
    const index = this.n;
    if (index >= MAX_LEAVES) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `the log is full (${MAX_LEAVES} leaves)`);
    }
    const hs = this.hashSize;
    if (leafHash.length !== hs) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `the hash function returned ${leafHash.length} bytes, not ${hs}`,
      );
    }
    // Writes land beyond the current size, invisible until `n` moves: if the hash function throws
    // half-way, the tree is exactly as it was.
    const levels = this.levels;
    levels.reserve(0, index).set(leafHash, levels.offset(index));
    let j = index;
    let level = 0;
    while ((j & 1) === 1) {
      // Node j at `level` is a right child: its parent (level + 1, j >> 1) is now complete.
      const parent = j >>> 1;
      const dst = levels.reserve(level + 1, parent);
      this.hashPair(levels.chunk(level, j - 1), levels.offset(j - 1), dst, levels.offset(parent));
      j = parent;
      level++;
    }
    this.n = index + 1;
    return index;
  }

  /** Writes `H(0x01 || src[off, off + 2·hs))`, two adjacent nodes of one level, to `dst[dstOff…]`. */
  private hashPair(src: Uint8Array, off: number, dst: Uint8Array, dstOff: number): void {
    if (this.pair !== undefined) {
      this.pair.hashPair(src, off, dst, dstOff);
      return;
    }
    const s = this.scratch;
    s.set(src.subarray(off, off + 2 * this.hashSize), 1);
    const h = this.hash(s);
    if (h.length !== this.hashSize) {
      throw new AegisError('INVALID_ARGUMENT', 'MerkleLog', `the hash function returned ${h.length} bytes`);
    }
    dst.set(h, dstOff);
  }

  /** A view of the stored node j of `level` (valid until the next append). */
  private node(level: number, j: number): Uint8Array {
    const off = this.levels.offset(j);
    return this.levels.chunk(level, j).subarray(off, off + this.hashSize);
  }

  /**
   * The Merkle tree hash of leaves [a, b), where `a` is a multiple of the smallest power of two ≥
   * b − a (true of every subtree the RFC recursion visits): the full subtrees of its binary
   * decomposition, folded from the right. O(log(b − a)) hashes.
   */
  private subtree(a: number, b: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let pos = a;
    while (pos < b) {
      const width = 2 ** (31 - Math.clz32(b - pos)); // largest power of two ≤ b − pos
      parts.push(this.node(31 - Math.clz32(width), pos / width));
      pos += width;
    }
    // casts drop `undefined`: b > a, so parts has at least one node, and i < parts.length
    let h = parts[parts.length - 1] as Uint8Array;
    for (let i = parts.length - 2; i >= 0; i--) h = nodeHashOf(this.hash, parts[i] as Uint8Array, h);
    return h;
  }
}

/** Copies (stored nodes are views) in leaf-to-root order. */
function copyReversed(topDown: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = new Array(topDown.length);
  // cast drops `undefined`: 0 ≤ topDown.length − 1 − i < topDown.length
  for (let i = 0; i < topDown.length; i++) out[i] = (topDown[topDown.length - 1 - i] as Uint8Array).slice();
  return out;
}
