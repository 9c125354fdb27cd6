/**
 * Merkle proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2) with the strict rules of the Go
 * `transparency-dev/merkle` verifier (`proof/verify.go`), so that a proof accepted here is accepted
 * there and the other way round. Re-exported from `merkle-log.ts`.
 *
 * Sizes and indices are JavaScript numbers; anything that is not a non-negative safe integer (such as
 * the 2^64 − 1 of the upstream probes) simply fails verification. Bit operations are done on the
 * 53-bit values in two 32-bit halves, because JavaScript's bitwise operators truncate to 32 bits.
 *
 * @internal Not part of the public API.
 * @module
 */
import { AegisError, describe } from '../errors.js';
import { bytesEqual, defaultHash, digestSize, type HashFunction, nodeHashOf, requireBytes } from './_merkle-hash.js';

const TWO32 = 2 ** 32;

const isSize = (v: number): boolean => Number.isSafeInteger(v) && v >= 0;

function requireNumberType(origin: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a number, got ${describe(value)}`);
  }
  return value;
}

function requireProof(origin: string, proof: unknown): readonly Uint8Array[] {
  if (!Array.isArray(proof)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `proof must be an array of Uint8Array, got ${describe(proof)}`);
  }
  for (let i = 0; i < proof.length; i++) requireBytes(origin, `proof[${i}]`, proof[i]);
  return proof as readonly Uint8Array[];
}

/** Number of bits needed to write `x` (0 for 0), for 0 ≤ x < 2^53. */
function bitLength(x: number): number {
  return x >= TWO32 ? 32 + bitLength(Math.floor(x / TWO32)) : 32 - Math.clz32(x);
}

function xor(a: number, b: number): number {
  const hi = (Math.floor(a / TWO32) ^ Math.floor(b / TWO32)) >>> 0;
  return hi * TWO32 + (((a >>> 0) ^ (b >>> 0)) >>> 0);
}

function popCount32(x: number): number {
  let v = x >>> 0;
  let n = 0;
  while (v !== 0) {
    v &= v - 1;
    n++;
  }
  return n;
}

function popCount(x: number): number {
  return popCount32(x >>> 0) + popCount32(Math.floor(x / TWO32));
}

function trailingZeros(x: number): number {
  const lo = x >>> 0;
  if (lo !== 0) return 31 - Math.clz32(lo & -lo);
  return 32 + trailingZeros(Math.floor(x / TWO32));
}

const bit = (x: number, i: number): number => Math.floor(x / 2 ** i) % 2;

/**
 * Splits an inclusion proof for `index` in a tree of `size` leaves into its `inner` part (siblings
 * below the level where the paths to `index` and to the last leaf meet) and its `border` part (left
 * siblings along the right border above it), as `decompInclProof` in the Go verifier.
 */
function decompose(index: number, size: number): { inner: number; border: number } {
  const inner = bitLength(xor(index, size - 1));
  return { inner, border: popCount(Math.floor(index / 2 ** inner)) };
}

function chainInner(hash: HashFunction, seed: Uint8Array, proof: readonly Uint8Array[], index: number): Uint8Array {
  let h = seed;
  // i < proof.length
  for (let i = 0; i < proof.length; i++) {
    const p = proof[i]!;
    h = bit(index, i) === 0 ? nodeHashOf(hash, h, p) : nodeHashOf(hash, p, h);
  }
  return h;
}

function chainInnerRight(
  hash: HashFunction,
  seed: Uint8Array,
  proof: readonly Uint8Array[],
  index: number,
): Uint8Array {
  let h = seed;
  // i < proof.length
  for (let i = 0; i < proof.length; i++) if (bit(index, i) === 1) h = nodeHashOf(hash, proof[i]!, h);
  return h;
}

function chainBorderRight(hash: HashFunction, seed: Uint8Array, proof: readonly Uint8Array[]): Uint8Array {
  let h = seed;
  for (const p of proof) h = nodeHashOf(hash, p, h);
  return h;
}

/**
 * Checks an RFC 9162 §2.1.3.2 inclusion proof: that the leaf with hash `leafHash` sits at `index` in
 * the tree of `size` leaves whose root is `root`.
 *
 * Rules of the Go verifier: `index ≥ size` fails; `leafHash` must be exactly one digest long; the
 * proof must have exactly the number of hashes the (index, size) pair calls for; the recomputed root
 * must equal `root` byte for byte. Numbers that are not non-negative safe integers fail.
 *
 * Time O(log size) hashes; space O(1) beyond the proof.
 *
 * @param leafHash - the leaf's hash, `hashLeaf(data)` (not the data itself)
 * @param index - the leaf's zero-based position
 * @param size - the number of leaves of the tree the proof is for
 * @param proof - sibling hashes from the leaf upward, as `MerkleLog.inclusionProof` returns them
 * @param root - the expected root of the tree of `size` leaves
 * @param hash - the hash function of the log (default SHA-256)
 * @returns whether the proof is valid
 * @throws AegisError `INVALID_ARGUMENT` only for arguments of the wrong type (a proof that is not an
 *   array of `Uint8Array`, a non-number index); wrong values return `false`
 * @example
 * ```ts
 * const log = new MerkleLog();
 * for (const s of ['a', 'b', 'c']) log.append(utf8ToBytes(s));
 * verifyInclusion(log.leafHash(1), 1, 3, log.inclusionProof(1), log.root()); // true
 * ```
 */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  hash: HashFunction = defaultHash,
): boolean {
  const origin = 'verifyInclusion';
  requireBytes(origin, 'leafHash', leafHash);
  requireNumberType(origin, 'index', index);
  requireNumberType(origin, 'size', size);
  const p = requireProof(origin, proof);
  requireBytes(origin, 'root', root);
  const hs = digestSize(origin, hash);
  if (!isSize(index) || !isSize(size) || index >= size) return false;
  if (leafHash.length !== hs) return false;
  const { inner, border } = decompose(index, size);
  if (p.length !== inner + border) return false;
  let h = chainInner(hash, leafHash, p.slice(0, inner), index);
  h = chainBorderRight(hash, h, p.slice(inner));
  return bytesEqual(h, root);
}

/**
 * Checks an RFC 9162 §2.1.4.2 consistency proof: that the tree of `oldSize` leaves with root
 * `oldRoot` is a prefix of the tree of `newSize` leaves with root `newRoot`.
 *
 * Rules of the Go verifier, in its order: `newSize < oldSize` fails; `oldSize = 0` fails (a proof
 * from the empty tree is meaningless, even to an empty tree); equal sizes need an empty proof and
 * equal roots; otherwise the proof must be non-empty, of exactly the expected length, and both
 * recomputed roots must match. Numbers that are not non-negative safe integers fail.
 *
 * Time O(log newSize) hashes.
 *
 * @param oldSize - the size of the earlier tree (at least 1)
 * @param newSize - the size of the later tree
 * @param proof - as `MerkleLog.consistencyProof` returns it
 * @param oldRoot - the root of the earlier tree
 * @param newRoot - the root of the later tree
 * @param hash - the hash function of the log (default SHA-256)
 * @returns whether the proof is valid
 * @throws AegisError `INVALID_ARGUMENT` only for arguments of the wrong type; wrong values return `false`
 * @example
 * ```ts
 * const before = log.root(3);
 * verifyConsistency(3, log.size, log.consistencyProof(3), before, log.root()); // true
 * ```
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  hash: HashFunction = defaultHash,
): boolean {
  const origin = 'verifyConsistency';
  requireNumberType(origin, 'oldSize', oldSize);
  requireNumberType(origin, 'newSize', newSize);
  const p = requireProof(origin, proof);
  requireBytes(origin, 'oldRoot', oldRoot);
  requireBytes(origin, 'newRoot', newRoot);
  digestSize(origin, hash);
  if (!isSize(oldSize) || !isSize(newSize) || newSize < oldSize || oldSize === 0) return false;
  if (oldSize === newSize) return p.length === 0 && bytesEqual(oldRoot, newRoot);
  if (p.length === 0) return false;

  const decomposed = decompose(oldSize - 1, newSize);
  const shift = trailingZeros(oldSize);
  const inner = decomposed.inner - shift; // shift < inner whenever oldSize < newSize
  // The proof starts with the root of the perfect subtree of 2^shift leaves that holds the last old
  // leaf, unless the old tree is that very subtree (then its root is oldRoot). p.length > 0 was tested above.
  let seed = p[0]!;
  let start = 1;
  if (oldSize === 2 ** shift) {
    seed = oldRoot;
    start = 0;
  }
  if (p.length !== start + inner + decomposed.border) return false;
  const rest = p.slice(start);
  const innerPart = rest.slice(0, inner);
  const borderPart = rest.slice(inner);
  const mask = Math.floor((oldSize - 1) / 2 ** shift);
  const h1 = chainBorderRight(hash, chainInnerRight(hash, seed, innerPart, mask), borderPart);
  if (!bytesEqual(h1, oldRoot)) return false;
  const h2 = chainBorderRight(hash, chainInner(hash, seed, innerPart, mask), borderPart);
  return bytesEqual(h2, newRoot);
}
