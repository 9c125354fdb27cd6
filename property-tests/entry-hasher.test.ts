/**
 * The entry hasher, which writes canonical JSON as bytes, against `canonicalize` + `hashLeaf` on the
 * same fields: awkward numbers, non-ASCII names and data, every hash path.
 */
import { createHash } from 'node:crypto';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryHasher, jsonBytes, nullJson } from '../src/audit/_entry-hasher.js';
import { defaultHash } from '../src/structures/_merkle-hash.js';
import { canonicalize, type HashFunction, hashLeaf } from '../src/structures/index.js';
import { runs } from './_config.js';

const nodeSha: HashFunction = (d) => createHash('sha256').update(d).digest();
const sha512half: HashFunction = (d) => sha512(d).slice(0, 32);

/** Integers where the eight-digit blocks of the number writer meet. */
const EDGES = fc.constantFrom(
  0,
  9,
  10,
  99_999_999,
  100_000_000,
  100_000_001,
  1e16 - 1,
  1e16,
  1e16 + 1,
  Number.MAX_SAFE_INTEGER,
);

describe('EntryHasher writes exactly the canonical JSON it hashes', () => {
  const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
  const entry = fc.record({
    seq: fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.nat({ max: 2e8 }), EDGES),
    timestamp: fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.nat({ max: Number.MAX_SAFE_INTEGER }),
      EDGES,
      fc.constantFrom(0, -0, 1e21, 5e-324),
    ),
    type: name,
    actor: fc.option(name),
    data: fc.jsonValue({ maxDepth: 3 }),
    prev: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  });

  for (const [label, hash] of [
    ['default (in place)', defaultHash],
    ['node:crypto', nodeSha],
    ['another hash', sha512half],
  ] as const) {
    it(`for any fields, with ${label}`, () => {
      const hasher = new EntryHasher(hash);
      fc.assert(
        fc.property(entry, (e) => {
          const unsigned = {
            actor: e.actor,
            data: e.data,
            prevHash: bytesToHex(e.prev),
            seq: e.seq,
            timestamp: e.timestamp,
            type: e.type,
          };
          const want = bytesToHex(hashLeaf(utf8ToBytes(canonicalize(unsigned)), hash));
          const got = hasher.entryHash(
            e.seq,
            e.timestamp,
            jsonBytes(e.type),
            e.actor === null ? nullJson() : jsonBytes(e.actor),
            canonicalize(e.data),
            e.prev,
          );
          expect(bytesToHex(got)).toBe(want);
        }),
        { numRuns: runs(300) },
      );
    });
  }

  it('grows its buffer for large data', () => {
    const hasher = new EntryHasher(defaultHash);
    const data = { s: 'é'.repeat(5000) + 'x'.repeat(3000) };
    const prev = new Uint8Array(32);
    const unsigned = { actor: null, data, prevHash: bytesToHex(prev), seq: 1, timestamp: 2, type: 't' };
    expect(bytesToHex(hasher.entryHash(1, 2, jsonBytes('t'), nullJson(), canonicalize(data), prev))).toBe(
      bytesToHex(hashLeaf(utf8ToBytes(canonicalize(unsigned)))),
    );
  });
});
