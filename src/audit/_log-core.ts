/**
 * The state of an audit log and the operations every path shares: committing an entry, rebuilding
 * an entry's canonical text from storage, materializing entries, and verifying a range.
 *
 * @internal Not part of the public API; `AuditLog` wraps it.
 * @module
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { JsonValue } from '../structures/canonical-json.js';
import { type HashFunction, MerkleLog } from '../structures/merkle-log.js';
import { type EntryFragments, lineJson } from './_entry-codec.js';
import { EntryHasher } from './_entry-hasher.js';
import { EntryStore } from './_entry-store.js';
import type { AuditEntry, VerifyChainResult } from './types.js';

/** Most entries a log holds (the Merkle tree's limit). */
export const MAX_ENTRIES = 2 ** 31 - 1;

export class LogCore {
  readonly merkle: MerkleLog;
  readonly store = new EntryStore();
  readonly hasher: EntryHasher;
  readonly hash: HashFunction;
  /** Hex of the hash "before" the first entry: all zeros. */
  readonly genesis: string;
  /** The last entry's hash (all zeros when empty). */
  headBytes: Uint8Array;
  /** Its hex, computed when first asked for (`append` never needs it). */
  private head: string | undefined;
  /** Timestamp of the last entry; the next one may not be smaller. */
  lastTimestamp = Number.NEGATIVE_INFINITY;
  /** Entries verified by the last successful verify (or on the way in), and the head hash then. */
  verifiedSize = 0;
  verifiedHead: string;

  constructor(hash: HashFunction) {
    this.merkle = new MerkleLog({ hash });
    this.hash = hash;
    this.hasher = new EntryHasher(hash);
    this.genesis = '0'.repeat(2 * this.merkle.hashSize);
    this.headBytes = new Uint8Array(this.merkle.hashSize);
    this.head = this.genesis;
    this.verifiedHead = this.genesis;
  }

  get size(): number {
    return this.store.size;
  }

  /** The last entry's hash in hex (the genesis while empty). */
  get headHex(): string {
    this.head ??= bytesToHex(this.headBytes);
    return this.head;
  }

  /** Adds an entry whose hash has been computed and checked (`hashHex` when already known). Cannot fail half-way. */
  commit(hash: Uint8Array, timestamp: number, type: string, actor: string | null, data: string, hashHex?: string) {
    this.merkle.appendLeafHash(hash);
    this.store.push(timestamp, type, actor, data);
    this.headBytes = hash;
    this.head = hashHex;
    this.lastTimestamp = timestamp;
  }

  /** Hex of the hash of entry `seq`, or the genesis for seq −1. */
  hashHex(seq: number): string {
    return seq < 0 ? this.genesis : bytesToHex(this.merkle.leafHash(seq));
  }

  /** The canonical fragments of stored entry `seq`, given its predecessor's hash. */
  fragments(seq: number, prevHex: string): EntryFragments {
    const s = this.store;
    return {
      seq,
      timestamp: s.timestamp(seq),
      typeJson: s.typeJson(seq),
      actorJson: s.actorJson(seq),
      dataJson: s.dataJson(seq),
      prevHex,
    };
  }

  /** The NDJSON line of stored entry `seq`. */
  line(seq: number, prevHex: string, hashHex: string): string {
    return lineJson(this.fragments(seq, prevHex), hashHex);
  }

  entry(seq: number): AuditEntry {
    const s = this.store;
    const hs = this.merkle.hashSize;
    // One copy of both hashes (the previous entry's and this one's).
    const hashes = this.merkle.leafHashes(Math.max(0, seq - 1), seq + 1);
    return {
      seq,
      timestamp: s.timestamp(seq),
      type: s.type(seq),
      actor: s.actor(seq),
      data: JSON.parse(s.dataJson(seq)) as JsonValue,
      prevHash: seq === 0 ? this.genesis : bytesToHex(hashes.subarray(0, hs)),
      hash: bytesToHex(hashes.subarray(seq === 0 ? 0 : hs)),
    };
  }

  /**
   * Re-verifies entries [from, size): each entry's hash is recomputed from its stored fields and its
   * predecessor's hash and compared with the stored leaf, timestamps must not decrease, and every
   * Merkle node completed by these leaves must match its children. Moves the verified point on success.
   */
  verify(from: number): VerifyChainResult {
    const size = this.size;
    const s = this.store;
    const hs = this.merkle.hashSize;
    let prev = from === 0 ? new Uint8Array(hs) : this.merkle.leafHash(from - 1);
    let prevTs = from === 0 ? Number.NEGATIVE_INFINITY : s.timestamp(from - 1);
    const fail = (seq: number, reason: string): VerifyChainResult => ({
      ok: false,
      verified: Math.max(0, seq - from),
      size,
      firstBadSeq: seq,
      reason,
    });
    let stored: Uint8Array = new Uint8Array(0);
    let storedFrom = from;
    for (let seq = from; seq < size; seq++) {
      if (seq - storedFrom >= stored.length / hs) {
        // Stored hashes in chunks: one copy per 4,096 entries instead of one array per entry.
        storedFrom = seq;
        stored = this.merkle.leafHashes(seq, Math.min(size, seq + 4096));
      }
      const ts = s.timestamp(seq);
      if (!(ts >= prevTs)) return fail(seq, 'its timestamp is earlier than the previous entry’s');
      const h = this.hasher.entryHash(seq, ts, s.typeBytes(seq), s.actorBytes(seq), s.dataJson(seq), prev);
      const base = (seq - storedFrom) * hs;
      for (let i = 0; i < hs; i++) {
        if (h[i] !== stored[base + i]) return fail(seq, 'its hash does not match its contents');
      }
      prev = h;
      prevTs = ts;
    }
    const badLeaf = this.merkle.checkIntegrity(from);
    if (badLeaf >= 0) return fail(badLeaf, 'a Merkle tree node over it does not match its children');
    this.verifiedSize = size;
    this.verifiedHead = bytesToHex(prev);
    return { ok: true, verified: size - from, size };
  }
}
