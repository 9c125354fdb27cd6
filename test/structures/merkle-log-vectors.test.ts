/**
 * RFC 6962 known answers and the verifier probes of transparency-dev/merkle
 * (test/fixtures/merkle-rfc6962-vectors.json): the reference 8-leaf tree's roots and node hashes, the
 * hasher checks, every inclusion and consistency proof of sizes 1–8, and 196 probes (happy paths and
 * mutated proofs) whose verdicts must match the Go verifier's.
 */
import { readFileSync } from 'node:fs';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { hashChildren, hashLeaf, MerkleLog, verifyConsistency, verifyInclusion } from '../../src/structures/index.js';

interface InclusionCase {
  file?: string;
  desc?: string;
  leafIdx: number;
  treeSize: number;
  leafHash: string;
  proof: string[];
  root: string;
  wantErr?: boolean;
}
interface ConsistencyCase {
  file?: string;
  desc?: string;
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[];
  wantErr?: boolean;
}
interface Vectors {
  hasher_kats: { desc: string; op: string; input_hex?: string; left_hex?: string; right_hex?: string; want: string }[];
  leafInputs_hex: string[];
  nodeHashes_by_level: string[][];
  rootHashes_by_size: Record<string, string>;
  inclusion_probes: InclusionCase[];
  consistency_probes: ConsistencyCase[];
  derived: { inclusion: InclusionCase[]; consistency: ConsistencyCase[] };
}

const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/merkle-rfc6962-vectors.json', import.meta.url), 'utf8'),
) as Vectors;
const leaves = vectors.leafInputs_hex.map((h) => hexToBytes(h));
const hex = (b: Uint8Array) => bytesToHex(b);

function logOf(data: readonly Uint8Array[]): MerkleLog {
  const log = new MerkleLog();
  for (const d of data) log.append(d);
  return log;
}

describe('RFC 6962 hashing (rfc6962_test.go)', () => {
  for (const kat of vectors.hasher_kats) {
    it(kat.desc, () => {
      if (kat.op === 'emptyRoot') expect(hex(new MerkleLog().root())).toBe(kat.want);
      else if (kat.op === 'hashLeaf') expect(hex(hashLeaf(hexToBytes(kat.input_hex ?? '')))).toBe(kat.want);
      else {
        const got = hashChildren(hexToBytes(kat.left_hex ?? ''), hexToBytes(kat.right_hex ?? ''));
        expect(hex(got)).toBe(kat.want);
      }
    });
  }

  it('hashes "L123456" as the RFC leaf example', () => {
    expect(hex(hashLeaf(utf8ToBytes('L123456')))).toBe(
      '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56',
    );
  });
});

describe('the reference 8-leaf tree', () => {
  const full = logOf(leaves);

  it('has the published root at every size, as a historical root and as a fresh tree', () => {
    for (const [size, want] of Object.entries(vectors.rootHashes_by_size)) {
      expect(hex(full.root(Number(size)))).toBe(want);
      expect(hex(logOf(leaves.slice(0, Number(size))).root())).toBe(want);
    }
  });

  it('has the published hash for every complete subtree', () => {
    vectors.nodeHashes_by_level.forEach((level, height) => {
      level.forEach((want, i) => {
        const width = 2 ** height;
        expect(hex(logOf(leaves.slice(i * width, (i + 1) * width)).root())).toBe(want);
      });
    });
    expect(vectors.nodeHashes_by_level[0]).toEqual(leaves.map((_, i) => hex(full.leafHash(i))));
  });

  it('produces every inclusion proof of sizes 1–8 exactly, and verifies it', () => {
    expect(vectors.derived.inclusion).toHaveLength(36);
    for (const c of vectors.derived.inclusion) {
      const proof = full.inclusionProof(c.leafIdx, c.treeSize);
      expect(proof.map(hex)).toEqual(c.proof);
      expect(hex(full.leafHash(c.leafIdx))).toBe(c.leafHash);
      expect(hex(full.root(c.treeSize))).toBe(c.root);
      expect(verifyInclusion(hexToBytes(c.leafHash), c.leafIdx, c.treeSize, proof, hexToBytes(c.root))).toBe(true);
    }
  });

  it('produces every consistency proof of sizes 1–8 exactly, and verifies it', () => {
    expect(vectors.derived.consistency).toHaveLength(36);
    for (const c of vectors.derived.consistency) {
      const proof = full.consistencyProof(c.size1, c.size2);
      expect(proof.map(hex)).toEqual(c.proof);
      expect(verifyConsistency(c.size1, c.size2, proof, hexToBytes(c.root1), hexToBytes(c.root2))).toBe(true);
    }
  });
});

describe('transparency-dev/merkle verifier probes', () => {
  it('has all 98 inclusion and 98 consistency probes', () => {
    expect(vectors.inclusion_probes).toHaveLength(98);
    expect(vectors.consistency_probes).toHaveLength(98);
  });

  for (const p of vectors.inclusion_probes) {
    it(`inclusion ${p.file}: ${p.wantErr ? 'rejects' : 'accepts'}`, () => {
      const ok = verifyInclusion(
        hexToBytes(p.leafHash),
        p.leafIdx,
        p.treeSize,
        p.proof.map((h) => hexToBytes(h)),
        hexToBytes(p.root),
      );
      expect(ok).toBe(!p.wantErr);
    });
  }

  for (const p of vectors.consistency_probes) {
    it(`consistency ${p.file}: ${p.wantErr ? 'rejects' : 'accepts'}`, () => {
      const ok = verifyConsistency(
        p.size1,
        p.size2,
        p.proof.map((h) => hexToBytes(h)),
        hexToBytes(p.root1),
        hexToBytes(p.root2),
      );
      expect(ok).toBe(!p.wantErr);
    });
  }
});
