/**
 * The plain data types of the audit log: entries, options, results and proofs.
 *
 * @module
 */
import type { JsonValue } from '../structures/canonical-json.js';
import type { HashFunction } from '../structures/merkle-log.js';

/**
 * One audit log entry. `hash` is the RFC 6962 leaf hash of the entry's canonical JSON (RFC 8785)
 * without the `hash` field, `SHA-256(0x00 || JCS({actor, data, prevHash, seq, timestamp, type}))`,
 * in lowercase hex; `prevHash` is the previous entry's `hash` (all zeros for the first entry). The
 * entry is the Merkle tree's leaf `seq`, so its `hash` is also its leaf hash.
 */
export interface AuditEntry {
  /** Position in the log, from 0. */
  readonly seq: number;
  /** Milliseconds from the log's clock; never smaller than the previous entry's. */
  readonly timestamp: number;
  /** What happened, e.g. `'request.blocked'`. */
  readonly type: string;
  /** Who did it, or `null`. */
  readonly actor: string | null;
  /** The details, as plain JSON (a fresh copy of what was hashed). */
  readonly data: JsonValue;
  /** The previous entry's hash. */
  readonly prevHash: string;
  /** This entry's hash. */
  readonly hash: string;
}

/**
 * Receives each entry (frozen, data included, and not the object `logAction` returns) and its NDJSON
 * line (without the newline) before `logAction` returns, e.g. to append it to a file.
 *
 * - **Synchronous sink** (returns anything but a thenable, which is ignored): the durable way. If it throws, the entry is not added
 *   and `logAction` throws an `AegisError` `SINK_FAILED` whose `cause` is the sink's error; nothing
 *   else changed. A sink that fails half-way through a write must undo the partial write (the Node
 *   file sink does).
 * - **Asynchronous sink** (returns a promise or thenable): the log cannot wait, so the entry is
 *   added when the sink returns and `logAction` succeeds; the promise is always handled. If it
 *   rejects, the failure is reported to `onSinkError` (an `AegisError` `SINK_FAILED`, `cause` the
 *   rejection, with the entry), counted in `log.sinkStatus`, and reported by the next
 *   `log.flush()`. The sink must keep its writes in order itself.
 */
export type AuditSink = (entry: AuditEntry, line: string) => unknown;

/**
 * Called when an asynchronous sink's promise rejects: `error` is an `AegisError` `SINK_FAILED`
 * (`details.seq`, `cause` the rejection), `entry` the frozen entry the sink received. What it throws
 * is ignored (the failure stays counted in `sinkStatus`).
 */
export type AuditSinkErrorHandler = (error: Error, entry: AuditEntry) => void;

/** One write an asynchronous sink failed. */
export interface AuditSinkFailure {
  /** The entry's seq: in the log, but perhaps not stored by the sink. */
  readonly seq: number;
  /** `SINK_FAILED`, with the sink's rejection as `cause`. */
  readonly error: Error;
}

/** The state of an asynchronous sink's writes (all zero for a synchronous sink). */
export interface AuditSinkStatus {
  /** Writes whose promise has not settled yet. */
  readonly pending: number;
  /** Writes that failed since the log was built. */
  readonly failed: number;
  /** The latest failures (at most 16), oldest first. */
  readonly recent: readonly AuditSinkFailure[];
}

export interface AuditLogOptions {
  /** Milliseconds for timestamps. Default `Date.now`. */
  clock?: () => number;
  /** Durability: receives every new entry's line before `logAction` returns (see {@link AuditSink}). */
  onAppend?: AuditSink;
  /** Receives each failure of an asynchronous `onAppend` (see {@link AuditSinkErrorHandler}). */
  onSinkError?: AuditSinkErrorHandler;
  /**
   * Hash function for entries and the Merkle tree. Default SHA-256 from `@noble/hashes`; the
   * Node-only entry offers `nodeSha256`, the same function through `node:crypto`. A restored log must
   * use a function that computes the same digests as the one that wrote it.
   */
  hash?: HashFunction;
  /** The checkpoint origin line, which names the log. Default `'aegis-audit-log'`. */
  origin?: string;
  /** Ed25519 secret key (32 bytes) that signs checkpoints. Without it `checkpoint()` refuses. */
  signingKey?: Uint8Array;
  /** Key name in checkpoint signatures. Default: the origin. */
  keyName?: string;
  /** Deepest nesting of `data` accepted. Default 64. */
  maxDepth?: number;
  /** Longest canonical JSON of `data` accepted, in UTF-16 code units. Default 1,048,576. */
  maxDataLength?: number;
}

export interface LogActionOptions {
  /** Who did it. Default `null`. */
  actor?: string;
}

export interface VerifyChainOptions {
  /** Re-verify every entry instead of only those appended since the last successful verify. */
  full?: boolean;
}

export interface VerifyChainResult {
  /** Whether every verified entry and Merkle node matched. */
  readonly ok: boolean;
  /** Entries verified by this call (before the first bad one, on failure). */
  readonly verified: number;
  /** Size of the log. */
  readonly size: number;
  /** The first entry that failed, when one did. */
  readonly firstBadSeq?: number;
  /** Why it failed. */
  readonly reason?: string;
}

export interface HistoryQuery {
  /** Earliest timestamp, inclusive. */
  from?: number;
  /** Latest timestamp, inclusive. */
  to?: number;
  /** Only these types (any of them). An empty list matches nothing. */
  types?: readonly string[];
  /** Only this actor. */
  actor?: string;
  /** At most this many entries. Default: all. */
  limit?: number;
  /** `asc` (oldest first, default) or `desc` (newest first). */
  order?: 'asc' | 'desc';
}

/** An inclusion proof, self-contained for `verifyInclusion(leafHash, seq, treeSize, proof, root)`. */
export interface AuditInclusionProof {
  readonly seq: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly proof: Uint8Array[];
  readonly root: Uint8Array;
}

/** A consistency proof, for `verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot)`. */
export interface AuditConsistencyProof {
  readonly oldSize: number;
  readonly newSize: number;
  readonly proof: Uint8Array[];
  readonly oldRoot: Uint8Array;
  readonly newRoot: Uint8Array;
}

export interface FromLinesOptions extends AuditLogOptions {
  /** A signed checkpoint the restored log must extend (same first entries, at least as many). */
  checkpoint?: string;
  /** Key that signed `checkpoint`. Default: the public key of `signingKey`. */
  publicKey?: Uint8Array | string;
  /**
   * Drop a final line that is not complete JSON (a write cut short by a crash) instead of refusing
   * the log. Default false: such a line is reported as `TAMPERED` with `details.torn === true`.
   */
  dropTornLine?: boolean;
}
