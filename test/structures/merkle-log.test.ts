import { createHash } from 'node:crypto';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import type { HashLevels } from '../../src/structures/_hash-levels.js';
import { FastSha256 } from '../../src/structures/_sha256-fast.js';
import {
  type HashFunction,
  hashLeaf,
  MerkleLog,
  verifyConsistency,
  verifyInclusion,
} from '../../src/structures/index.js';

const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function logOf(n: number, options?: ConstructorParameters<typeof MerkleLog>[0]): MerkleLog {
  const log = new MerkleLog(options);
  for (let i = 0; i < n; i++) log.append(utf8ToBytes(`leaf ${i}`));
  return log;
}

function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AegisError);
    expect((error as AegisError).code).toBe(code);
    return;
  }
  throw new Error('expected an AegisError');
}

/** Everything observable about a log, to check that a refused call changed nothing. */
function snapshot(log: MerkleLog): string {
  const parts = [String(log.size), bytesToHex(log.root())];
  for (let i = 0; i < log.size; i++) parts.push(bytesToHex(log.leafHash(i)));
  return parts.join(',');
}

describe('MerkleLog', () => {
  it('starts empty, with the hash of the empty string as its root', () => {
    const log = new MerkleLog();
    expect(log.size).toBe(0);
    expect(log.hashSize).toBe(32);
    expect(bytesToHex(log.root())).toBe(EMPTY_ROOT);
  });

  it('numbers leaves from 0 and stores their RFC 6962 leaf hashes', () => {
    const log = new MerkleLog();
    expect(log.append(utf8ToBytes('a'))).toBe(0);
    expect(log.appendLeafHash(hashLeaf(utf8ToBytes('b')))).toBe(1);
    expect(log.size).toBe(2);
    expect(bytesToHex(log.leafHash(0))).toBe(bytesToHex(hashLeaf(utf8ToBytes('a'))));
  });

  it('keeps every historical root: root(k) after more appends equals the root a k-leaf log had', () => {
    const log = new MerkleLog();
    const roots: string[] = [bytesToHex(log.root())];
    for (let i = 0; i < 70; i++) {
      log.append(utf8ToBytes(`leaf ${i}`));
      roots.push(bytesToHex(log.root()));
    }
    roots.forEach((r, k) => {
      expect(bytesToHex(log.root(k))).toBe(r);
    });
  });

  it('hands out copies: changing a returned hash or proof changes nothing inside', () => {
    const log = logOf(9);
    const before = snapshot(log);
    log.leafHash(3).fill(0);
    log.root().fill(0);
    for (const h of log.inclusionProof(3)) h.fill(0);
    for (const h of log.consistencyProof(5)) h.fill(0);
    expect(snapshot(log)).toBe(before);
    expect(verifyInclusion(log.leafHash(3), 3, 9, log.inclusionProof(3), log.root())).toBe(true);
  });

  it('copies an appended leaf hash', () => {
    const log = new MerkleLog();
    const h = hashLeaf(utf8ToBytes('x'));
    log.appendLeafHash(h);
    h.fill(1);
    expect(bytesToHex(log.leafHash(0))).toBe(bytesToHex(hashLeaf(utf8ToBytes('x'))));
  });

  it('grows past its first buffers without losing anything (1,000 leaves)', () => {
    const log = logOf(1000);
    expect(log.checkIntegrity()).toBe(-1);
    const p = log.inclusionProof(777);
    expect(verifyInclusion(log.leafHash(777), 777, 1000, p, log.root())).toBe(true);
    expect(log.memoryBytes).toBeGreaterThanOrEqual(2 * 999 * 32);
    expect(log.memoryBytes).toBeLessThan(8 * 1000 * 32);
  });

  it('spans several storage chunks (40,000 leaves) and agrees with a bottom-up computation', () => {
    const n = 40_000;
    const log = new MerkleLog();
    const leaves: Uint8Array[] = [];
    for (let i = 0; i < n; i++) {
      const data = Uint8Array.of(i & 255, (i >>> 8) & 255, i >>> 16);
      log.append(data);
      leaves.push(hashLeaf(data));
    }
    // Pair level by level, carrying an odd last node up unchanged: the same tree as RFC 6962's split.
    let level = leaves;
    while (level.length > 1) {
      const next: Uint8Array[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) {
        next.push(sha256(new Uint8Array([1, ...(level[i] as Uint8Array), ...(level[i + 1] as Uint8Array)])));
      }
      if (level.length % 2 === 1) next.push(level[level.length - 1] as Uint8Array);
      level = next;
    }
    expect(bytesToHex(log.root())).toBe(bytesToHex(level[0] as Uint8Array));
    for (const i of [0, 16_383, 16_384, 32_767, 32_768, 39_999]) {
      expect(verifyInclusion(leaves[i] as Uint8Array, i, n, log.inclusionProof(i), log.root())).toBe(true);
    }
    const packed = log.leafHashes(16_380, 16_390);
    expect(bytesToHex(packed)).toBe(leaves.slice(16_380, 16_390).map(bytesToHex).join(''));
    expect(log.checkIntegrity()).toBe(-1);
    expect(log.memoryBytes).toBeLessThan(2 * n * 32 * 1.3);
  });

  it('gives an empty consistency proof between equal sizes', () => {
    expect(logOf(5).consistencyProof(5)).toEqual([]);
    expect(logOf(5).consistencyProof(3, 3)).toEqual([]);
  });

  it('accepts any hash function and its proofs verify with the same function', () => {
    const nodeSha: HashFunction = (d) => createHash('sha256').update(d).digest();
    expect(bytesToHex(logOf(13, { hash: nodeSha }).root())).toBe(bytesToHex(logOf(13).root()));
    const log = logOf(13, { hash: sha512 });
    expect(log.hashSize).toBe(64);
    expect(log.root()).toHaveLength(64);
    const proof = log.inclusionProof(6);
    expect(verifyInclusion(log.leafHash(6), 6, 13, proof, log.root(), sha512)).toBe(true);
    expect(verifyInclusion(log.leafHash(6), 6, 13, proof, log.root())).toBe(false);
    const c = log.consistencyProof(6);
    expect(verifyConsistency(6, 13, c, log.root(6), log.root(), sha512)).toBe(true);
  });

  it('is unchanged when the hash function throws in the middle of an append', () => {
    // A 32-byte hash that is not SHA-256, so that interior nodes go through it too.
    const sha512half: HashFunction = (d) => sha512(d).slice(0, 32);
    let calls = 0;
    let failAt = Number.POSITIVE_INFINITY;
    const flaky: HashFunction = (d) => {
      if (++calls === failAt) throw new Error('hash failure');
      return sha512half(d);
    };
    const log = new MerkleLog({ hash: flaky });
    for (let i = 0; i < 7; i++) log.append(Uint8Array.of(i));
    const before = snapshot(log);
    // The 8th leaf completes three subtrees; fail on the last of them.
    failAt = calls + 4;
    expect(() => log.append(Uint8Array.of(7))).toThrow('hash failure');
    expect(snapshot(log)).toBe(before);
    failAt = Number.POSITIVE_INFINITY;
    log.append(Uint8Array.of(7));
    const reference = new MerkleLog({ hash: sha512half });
    for (let i = 0; i < 8; i++) reference.append(Uint8Array.of(i));
    expect(bytesToHex(log.root())).toBe(bytesToHex(reference.root()));
    expect(reference.checkIntegrity()).toBe(-1);
  });

  it('finds a corrupted interior node and names the first leaf under it', () => {
    const log = logOf(64);
    const levels = (log as unknown as { levels: HashLevels }).levels;
    flipNode(levels, 3, 5); // node 5 of height 3 covers leaves 40–47
    // It no longer matches its children, and its parent (leaves 32–47) no longer matches it.
    expect(log.checkIntegrity()).toBe(32);
    expect(log.checkIntegrity(48)).toBe(-1); // a check of later subtrees only does not reach it
    flipNode(levels, 1, 2); // node 2 of height 1 covers leaves 4–5
    expect(log.checkIntegrity()).toBe(4);
  });

  describe('refuses bad arguments and changes nothing', () => {
    const log = logOf(6);
    const before = snapshot(log);
    const cases: [string, () => unknown, string][] = [
      ['an unknown option', () => new MerkleLog({ hashh: sha256 } as never), 'INVALID_ARGUMENT'],
      ['a hash that is not a function', () => new MerkleLog({ hash: 'sha256' as never }), 'INVALID_ARGUMENT'],
      ['a hash with a 4-byte digest', () => new MerkleLog({ hash: () => new Uint8Array(4) }), 'INVALID_ARGUMENT'],
      ['a string leaf', () => log.append('a' as never), 'INVALID_ARGUMENT'],
      ['a short leaf hash', () => log.appendLeafHash(new Uint8Array(31)), 'INVALID_ARGUMENT'],
      ['a leaf index past the end', () => log.leafHash(6), 'INVALID_ARGUMENT'],
      ['a root of a future size', () => log.root(7), 'INVALID_ARGUMENT'],
      ['a fractional size', () => log.root(2.5), 'INVALID_ARGUMENT'],
      ['NaN', () => log.root(Number.NaN), 'INVALID_ARGUMENT'],
      ['an inclusion proof for index = size', () => log.inclusionProof(3, 3), 'INVALID_ARGUMENT'],
      ['an inclusion proof in the empty tree', () => log.inclusionProof(0, 0), 'INVALID_ARGUMENT'],
      ['a consistency proof from 0', () => log.consistencyProof(0, 3), 'INVALID_ARGUMENT'],
      ['a consistency proof backwards', () => log.consistencyProof(4, 3), 'INVALID_ARGUMENT'],
      ['a consistency proof to a future size', () => log.consistencyProof(2, 9), 'INVALID_ARGUMENT'],
      ['an integrity check past the end', () => log.checkIntegrity(7), 'INVALID_ARGUMENT'],
    ];
    for (const [name, fn, code] of cases) {
      it(name, () => {
        expectCode(fn, code);
        expect(snapshot(log)).toBe(before);
      });
    }
  });
});

describe('the allocation-free SHA-256 of interior nodes', () => {
  it('equals SHA-256(0x01 || left || right) for any children', () => {
    const pair = new FastSha256();
    const out = new Uint8Array(40);
    for (let t = 0; t < 200; t++) {
      const src = Uint8Array.from({ length: 70 }, (_, i) => (i * 31 + t * 17) & 255);
      pair.hashPair(src, t % 6, out, t % 8);
      const message = new Uint8Array(65);
      message[0] = 1;
      message.set(src.subarray(t % 6, (t % 6) + 64), 1);
      expect(bytesToHex(out.subarray(t % 8, (t % 8) + 32))).toBe(bytesToHex(sha256(message)));
    }
  });

  it('is used only for hash functions that compute SHA-256', () => {
    expect((logOf(3) as unknown as { pair?: FastSha256 }).pair).toBeInstanceOf(FastSha256);
    const nodeSha: HashFunction = (d) => createHash('sha256').update(d).digest();
    expect((logOf(3, { hash: nodeSha }) as unknown as { pair?: FastSha256 }).pair).toBeInstanceOf(FastSha256);
    expect((logOf(3, { hash: sha512 }) as unknown as { pair?: FastSha256 }).pair).toBeUndefined();
  });
});

describe('verifyInclusion and verifyConsistency', () => {
  const log = logOf(11);
  const leaf = log.leafHash(4);
  const proof = log.inclusionProof(4);
  const root = log.root();

  it('return false for sizes and indices that are not non-negative safe integers', () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2 ** 64 - 1]) {
      expect(verifyInclusion(leaf, bad, 11, proof, root)).toBe(false);
      expect(verifyInclusion(leaf, 4, bad, proof, root)).toBe(false);
      expect(verifyConsistency(bad, 11, log.consistencyProof(4), log.root(4), root)).toBe(false);
      expect(verifyConsistency(4, bad, log.consistencyProof(4), log.root(4), root)).toBe(false);
    }
  });

  it('check sizes beyond 2^32 with 53-bit arithmetic (a wrong proof for a huge tree fails cleanly)', () => {
    const size = 2 ** 40 + 3;
    // Index 2^40 + 2 is the last leaf: its path is 2 inner + 1 border hashes.
    const fake = [leaf, leaf, leaf];
    expect(verifyInclusion(leaf, 2 ** 40 + 2, size, fake, root)).toBe(false);
    expect(verifyInclusion(leaf, 2 ** 40 + 2, size, [leaf, leaf], root)).toBe(false);
  });

  it('throw only for arguments of the wrong type', () => {
    expectCode(() => verifyInclusion('x' as never, 4, 11, proof, root), 'INVALID_ARGUMENT');
    expectCode(() => verifyInclusion(leaf, '4' as never, 11, proof, root), 'INVALID_ARGUMENT');
    expectCode(() => verifyInclusion(leaf, 4, 11, [leaf, 'x'] as never, root), 'INVALID_ARGUMENT');
    expectCode(() => verifyInclusion(leaf, 4, 11, proof, root, 'sha1' as never), 'INVALID_ARGUMENT');
    expectCode(() => verifyConsistency(4, 11, null as never, root, root), 'INVALID_ARGUMENT');
    expectCode(() => verifyConsistency(4, 11, [], root, undefined as never), 'INVALID_ARGUMENT');
  });

  it('need the leaf hash, not the leaf data, of exactly one digest', () => {
    expect(verifyInclusion(leaf.subarray(0, 31), 4, 11, proof, root)).toBe(false);
    expect(verifyInclusion(utf8ToBytes('leaf 4'), 4, 11, proof, root)).toBe(false);
  });
});

/** Flips the lowest bit of the first byte of node j at `level`. */
function flipNode(levels: HashLevels, level: number, j: number): void {
  const chunk = levels.chunk(level, j);
  const off = levels.offset(j);
  chunk[off] = (chunk[off] as number) ^ 1;
}
