/**
 * Hash plumbing shared by the Merkle log and its verifiers: the pluggable hash function type, the
 * default SHA-256, the digest size of a hash function, and the two RFC 6962 domain-separated hashes.
 *
 * @internal Not part of the public API; `merkle-log.ts` re-exports what users need.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AegisError, describe } from '../errors.js';

/**
 * A hash function: bytes in, digest out. Every call must return a fresh digest of the same length
 * (16 to 64 bytes) and must not keep or change its input. RFC 6962 and the C2SP checkpoint format
 * assume SHA-256; any other function gives a log that only this library can check.
 */
export type HashFunction = (data: Uint8Array) => Uint8Array;

/** SHA-256 from `@noble/hashes`: portable, audited, no dependencies. */
export const defaultHash: HashFunction = sha256 as HashFunction;

/** Digest size by hash function, measured once per function (hashing the empty input). */
const sizes = new WeakMap<HashFunction, number>();

/**
 * The digest size of `hash`, checked once: it must be a function returning a `Uint8Array` of 16–64
 * bytes.
 * @throws AegisError `INVALID_ARGUMENT` for anything else
 */
export function digestSize(origin: string, hash: unknown): number {
  if (typeof hash !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `hash must be a function, got ${describe(hash)}`);
  }
  const f = hash as HashFunction;
  const known = sizes.get(f);
  if (known !== undefined) return known;
  const d: unknown = f(new Uint8Array(0));
  if (!(d instanceof Uint8Array) || d.length < 16 || d.length > 64) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `hash must return a Uint8Array digest of 16 to 64 bytes, got ${d instanceof Uint8Array ? `${d.length} bytes` : describe(d)}`,
    );
  }
  sizes.set(f, d.length);
  return d.length;
}

const SHA256_OF_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256_OF_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const isSha256 = new WeakMap<HashFunction, boolean>();

/**
 * Whether `hash` computes SHA-256, judged by two known answers (FIPS 180-4's "abc" and the empty
 * string), once per function. Such logs may hash interior nodes with the allocation-free
 * allocation-free SHA-256 (`_sha256-fast.ts`): the digests are the same, only faster.
 */
export function computesSha256(hash: HashFunction): boolean {
  let known = isSha256.get(hash);
  if (known === undefined) {
    known =
      bytesToHex(hash(new Uint8Array(0))) === SHA256_OF_EMPTY && bytesToHex(hash(utf8ToBytes('abc'))) === SHA256_OF_ABC;
    isSha256.set(hash, known);
  }
  return known;
}

/** Checks that `value` is a `Uint8Array` (of `length` bytes when given). */
export function requireBytes(origin: string, name: string, value: unknown, length?: number): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a Uint8Array, got ${describe(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be ${length} bytes, got ${value.length}`);
  }
  return value;
}

/** RFC 6962 §2.1 leaf hash: `H(0x00 || data)`. */
export function leafHashOf(hash: HashFunction, data: Uint8Array): Uint8Array {
  const buf = new Uint8Array(data.length + 1);
  buf.set(data, 1);
  return hash(buf);
}

/** RFC 6962 §2.1 interior node hash: `H(0x01 || left || right)`. */
export function nodeHashOf(hash: HashFunction, left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + left.length + right.length);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return hash(buf);
}

/** Byte-wise equality; arrays of different lengths are never equal. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
