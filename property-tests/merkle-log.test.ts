/**
 * `MerkleLog` against the RFC's recursive definitions (`_naive-merkle.ts`): every root, every
 * inclusion proof and every consistency proof up to a few hundred leaves, a model-based test of
 * interleaved appends and queries, and mutated proofs rejected by the verifiers.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MerkleLog, verifyConsistency, verifyInclusion } from '../src/structures/index.js';
import { runs, sized } from './_config.js';
import { NaiveMerkle, naiveLeafHash } from './_naive-merkle.js';

const hex = (hashes: Uint8Array[]) => hashes.map((h) => bytesToHex(h));

function sameHashes(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Uint8Array;
    const y = b[i] as Uint8Array;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}
const leafData = (i: number) => Uint8Array.of(i & 255, (i >>> 8) & 255, 7);

function build(n: number): { log: MerkleLog; naive: NaiveMerkle } {
  const log = new MerkleLog();
  const naive = new NaiveMerkle();
  for (let i = 0; i < n; i++) {
    log.append(leafData(i));
    naive.leaves.push(naiveLeafHash(leafData(i)));
  }
  return { log, naive };
}

describe('MerkleLog equals the RFC 6962 definitions', () => {
  const N = sized(200, 600);
  const { log, naive } = build(N);

  it(`has the RFC root at every size up to ${N}`, () => {
    for (let size = 0; size <= N; size++) expect(bytesToHex(log.root(size))).toBe(bytesToHex(naive.mth(0, size)));
  });

  it(`gives the RFC inclusion proof for every (index, size) up to ${N}, and each verifies`, () => {
    const failures: string[] = [];
    for (let size = 1; size <= N; size++) {
      const root = log.root(size);
      for (let index = 0; index < size; index++) {
        const proof = log.inclusionProof(index, size);
        if (!sameHashes(proof, naive.path(index, 0, size))) failures.push(`proof(${index}, ${size})`);
        if (!verifyInclusion(log.leafHash(index), index, size, proof, root)) failures.push(`verify(${index}, ${size})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it(`gives the RFC consistency proof for every (m, n) up to ${N}, and each verifies`, () => {
    const failures: string[] = [];
    const roots = Array.from({ length: N + 1 }, (_, size) => log.root(size));
    for (let n = 1; n <= N; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = log.consistencyProof(m, n);
        if (!sameHashes(proof, naive.proof(m, n))) failures.push(`proof(${m}, ${n})`);
        if (!verifyConsistency(m, n, proof, roots[m] as Uint8Array, roots[n] as Uint8Array)) {
          failures.push(`verify(${m}, ${n})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds no corrupt node in an intact tree', () => {
    expect(log.checkIntegrity()).toBe(-1);
    expect(log.checkIntegrity(N)).toBe(-1);
  });
});

describe('MerkleLog model-based', () => {
  type Model = { leaves: Uint8Array[] };
  type Real = { log: MerkleLog };
  const append = (data: Uint8Array): fc.Command<Model, Real> => ({
    check: () => true,
    run: (m, r) => {
      expect(r.log.append(data)).toBe(m.leaves.length);
      m.leaves.push(data);
    },
    toString: () => `append(${data.length} bytes)`,
  });
  const query = (a: number, b: number): fc.Command<Model, Real> => ({
    check: (m) => m.leaves.length > 0,
    run: (m, r) => {
      const naive = new NaiveMerkle();
      for (const d of m.leaves) naive.leaves.push(naiveLeafHash(d));
      const n = m.leaves.length;
      const size = 1 + (b % n);
      const index = a % size;
      expect(r.log.size).toBe(n);
      expect(bytesToHex(r.log.root(size))).toBe(bytesToHex(naive.mth(0, size)));
      expect(hex(r.log.inclusionProof(index, size))).toEqual(hex(naive.path(index, 0, size)));
      expect(hex(r.log.consistencyProof(index + 1, size))).toEqual(hex(naive.proof(index + 1, size)));
    },
    toString: () => `query(${a}, ${b})`,
  });

  it('interleaved appends, roots and proofs match the model', () => {
    const commands = fc.commands(
      [fc.uint8Array({ maxLength: 40 }).map(append), fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => query(a, b))],
      { maxCommands: 120 },
    );
    fc.assert(
      fc.property(commands, (cmds) => {
        fc.modelRun(() => ({ model: { leaves: [] }, real: { log: new MerkleLog() } }), cmds);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('the verifiers reject mutated proofs', () => {
  const { log } = build(300);

  /** A valid inclusion claim for some (index, size). */
  const claim = fc
    .integer({ min: 1, max: 300 })
    .chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 })));

  it('inclusion: a flipped bit, a dropped, added or swapped hash, another index or leaf', () => {
    fc.assert(
      fc.property(claim, fc.nat(), fc.integer({ min: 0, max: 5 }), ([size, index], pick, kind) => {
        const leaf = log.leafHash(index);
        const root = log.root(size);
        const proof = log.inclusionProof(index, size);
        expect(verifyInclusion(leaf, index, size, proof, root)).toBe(true);
        let ok: boolean;
        const p: Uint8Array[] = proof.map((h) => h.slice());
        switch (kind) {
          case 0: {
            if (p.length === 0) return;
            const h = p[pick % p.length] as Uint8Array;
            h[pick % 32] = (h[pick % 32] as number) ^ (1 << (pick % 8));
            ok = verifyInclusion(leaf, index, size, p, root);
            break;
          }
          case 1:
            if (p.length === 0) return;
            p.splice(pick % p.length, 1);
            ok = verifyInclusion(leaf, index, size, p, root);
            break;
          case 2:
            p.splice(pick % (p.length + 1), 0, log.leafHash(pick % 300));
            ok = verifyInclusion(leaf, index, size, p, root);
            break;
          case 3: {
            if (p.length < 2) return;
            const i = pick % (p.length - 1);
            [p[i], p[i + 1]] = [p[i + 1] as Uint8Array, p[i] as Uint8Array];
            ok = verifyInclusion(leaf, index, size, p, root);
            break;
          }
          case 4: {
            const other = (index + 1 + (pick % size)) % size;
            if (other === index) return;
            ok = verifyInclusion(leaf, other, size, p, root);
            break;
          }
          default: {
            const other = (index + 1 + (pick % 299)) % 300;
            ok = verifyInclusion(log.leafHash(other), index, size, p, root);
          }
        }
        expect(ok).toBe(false);
      }),
      { numRuns: runs(400) },
    );
  });

  it('consistency: a flipped bit, a dropped or added hash, swapped roots', () => {
    const sizes = fc
      .integer({ min: 2, max: 300 })
      .chain((n) => fc.tuple(fc.integer({ min: 1, max: n - 1 }), fc.constant(n)));
    fc.assert(
      fc.property(sizes, fc.nat(), fc.integer({ min: 0, max: 3 }), ([m, n], pick, kind) => {
        const proof = log.consistencyProof(m, n);
        const [r1, r2] = [log.root(m), log.root(n)];
        expect(verifyConsistency(m, n, proof, r1, r2)).toBe(true);
        const p: Uint8Array[] = proof.map((h) => h.slice());
        let ok: boolean;
        if (kind === 0) {
          const h = p[pick % p.length] as Uint8Array;
          h[pick % 32] = (h[pick % 32] as number) ^ 1;
          ok = verifyConsistency(m, n, p, r1, r2);
        } else if (kind === 1) {
          p.splice(pick % p.length, 1);
          ok = verifyConsistency(m, n, p, r1, r2);
        } else if (kind === 2) {
          p.splice(pick % (p.length + 1), 0, log.leafHash(pick % 300));
          ok = verifyConsistency(m, n, p, r1, r2);
        } else {
          ok = verifyConsistency(m, n, p, r2, r1);
        }
        expect(ok).toBe(false);
      }),
      { numRuns: runs(400) },
    );
  });
});
