/**
 * The tamper-evident audit log: a hash chain of canonical-JSON entries that is also an RFC 6962
 * Merkle tree, with incremental verification, signed checkpoints, proofs, indexed history queries
 * and NDJSON export and restore.
 *
 * @module
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  checkOptions,
  describeError,
  guardRead,
  optionalBoolean,
  readClock,
  requireId,
  requireInteger,
  requireString,
} from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { canonicalize } from '../structures/canonical-json.js';
import { checkAgainstCheckpoint } from './_checkpoint-check.js';
import { type EntryFragments, lineJson } from './_entry-codec.js';
import { jsonBytes, nullJson } from './_entry-hasher.js';
import { LogCore, MAX_ENTRIES } from './_log-core.js';
import { OPTION_KEYS, parseLogOptions } from './_options.js';
import { planQuery, selectSeqs } from './_query.js';
import { replayLines } from './_restore.js';
import { formatVerifierKey, parsePublicKey } from './_signed-note.js';
import { SinkWrites, sinkEntry, thenOf } from './_sink-writes.js';
import { type Checkpoint, checkpointText, signCheckpointText } from './checkpoint.js';
import type {
  AuditConsistencyProof,
  AuditEntry,
  AuditInclusionProof,
  AuditLogOptions,
  AuditSink,
  AuditSinkStatus,
  FromLinesOptions,
  HistoryQuery,
  LogActionOptions,
  VerifyChainOptions,
  VerifyChainResult,
} from './types.js';

/**
 * An append-only, tamper-evident log of agent actions.
 *
 * Each entry's hash covers its canonical JSON (RFC 8785), including the previous entry's hash, and is
 * also the entry's RFC 6962 Merkle leaf hash, so the log is both a hash chain and a Merkle tree:
 * `inclusionProof` proves an entry is in the log, `consistencyProof` that a later log extends an
 * earlier one, and `checkpoint()` signs the root in the C2SP checkpoint format that transparency-log
 * tooling reads. `verifyChain()` re-verifies only what was appended since the last verify.
 *
 * Entries are stored as columns (timestamps, type and actor ids, canonical data text) indexed by type
 * and actor, so `queryHistory` never scans entries a filter excludes. Nothing is written anywhere
 * unless an `onAppend` sink is given; `exportLog()` and `AuditLog.fromLines()` move a log to and from
 * NDJSON, verifying it on the way in.
 *
 * Time: `logAction` O(size of data) plus two hashes amortized; `verifyChain` O(new entries);
 * `queryHistory` O((results + skipped candidates) · log n); proofs O(log n).
 * Space: about 110 bytes per entry plus its data's canonical text.
 *
 * @example
 * ```ts
 * const signingKey = generateSigningKey(); // keep it: checkpoints are verified with its public key
 * const log = new AuditLog({ signingKey, origin: 'example.com/agent-7' });
 * log.logAction('request.blocked', { rule: 'rm-rf', score: 0.1 }, { actor: 'agent-7' });
 * log.verifyChain();                 // { ok: true, verified: 1, size: 1 }
 * const cp = log.checkpoint();       // a signed C2SP checkpoint
 * const lines = [...log.exportLog()];
 * const copy = AuditLog.fromLines(lines, { checkpoint: cp, signingKey });
 * ```
 */
export class AuditLog {
  /** The checkpoint origin line, which names this log. */
  readonly origin: string;
  /** The key name in checkpoint signatures. */
  readonly keyName: string;
  private readonly core: LogCore;
  private readonly clock: () => number;
  private readonly sink: AuditSink | undefined;
  private readonly secretKey: Uint8Array | undefined;
  private readonly pub: Uint8Array | undefined;
  private readonly maxDepth: number;
  private readonly maxDataLength: number;
  private appending = false;
  private readonly sinkWrites: SinkWrites;

  /**
   * @param options - see {@link AuditLogOptions}
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option or one of the wrong type or range
   */
  constructor(options?: AuditLogOptions) {
    const o = parseLogOptions('AuditLog', options);
    this.clock = o.clock;
    this.sink = o.sink;
    this.sinkWrites = new SinkWrites(o.onSinkError);
    this.origin = o.origin;
    this.keyName = o.keyName;
    this.secretKey = o.secretKey;
    this.pub = o.publicKey;
    this.maxDepth = o.maxDepth;
    this.maxDataLength = o.maxDataLength;
    this.core = new LogCore(o.hash);
  }

  /**
   * Rebuilds a log from its NDJSON lines (as `exportLog` wrote them, or as a sink stored them),
   * verifying every line on the way in, then, when given, that the log extends a signed checkpoint.
   * A last element that is empty (text ending in a newline, split on newlines) is ignored.
   *
   * Time O(total length of the lines) plus two hashes per entry.
   *
   * @param lines - the lines, without newlines
   * @param options - the options of the restored log, plus `checkpoint`, `publicKey`, `dropTornLine`
   * @throws AegisError `TAMPERED` with `details.firstBadSeq` for the first line that fails (changed,
   *   deleted, inserted, reordered, not canonical), for a log truncated below the checkpoint or forked
   *   from it, and for a torn final line (`details.torn`, unless `dropTornLine`); `LIMIT_EXCEEDED` for
   *   data beyond the limits; `INVALID_ARGUMENT` for bad arguments. What the iterable itself throws
   *   (a file reader's I/O error) passes through unchanged: it is the caller's storage failing, not
   *   the log.
   * @example
   * ```ts
   * const log = AuditLog.fromLines(text.split('\n'), { checkpoint, publicKey: verifierKey });
   * ```
   */
  static fromLines(lines: Iterable<string>, options?: FromLinesOptions): AuditLog {
    const origin = 'AuditLog.fromLines';
    if (
      typeof lines === 'string' ||
      lines === null ||
      typeof (lines as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function'
    ) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `lines must be an iterable of strings (split text on '\\n'), got ${describe(lines)}`,
      );
    }
    const o = checkOptions(origin, options, [...OPTION_KEYS, 'checkpoint', 'publicKey', 'dropTornLine']);
    const { checkpoint, publicKey, dropTornLine, ...rest } = o;
    const drop = optionalBoolean(origin, 'options.dropTornLine', dropTornLine, false);
    if (checkpoint !== undefined) requireString(origin, 'options.checkpoint', checkpoint);
    if (publicKey !== undefined) {
      if (checkpoint === undefined) {
        throw new AegisError('INVALID_ARGUMENT', origin, 'options.publicKey is only used with options.checkpoint');
      }
      parsePublicKey(origin, publicKey);
    }
    const log = new AuditLog(rest as AuditLogOptions);
    if (checkpoint !== undefined && publicKey === undefined && log.pub === undefined) {
      throw new AegisError('INVALID_ARGUMENT', origin, 'options.checkpoint needs options.publicKey (or signingKey)');
    }
    replayLines(log.core, lines, { maxDepth: log.maxDepth, maxDataLength: log.maxDataLength, dropTornLine: drop });
    log.core.verifiedSize = log.core.size;
    log.core.verifiedHead = log.core.headHex;
    if (checkpoint !== undefined)
      log.checkAgainst(origin, checkpoint, (publicKey as Uint8Array | string | undefined) ?? log.pub);
    return log;
  }

  /**
   * The state of an asynchronous `onAppend` sink's writes: pending, failed, the latest failures. A
   * synchronous sink leaves it at zero (its failures are thrown by `logAction`). O(1).
   * @example
   * ```ts
   * if (log.sinkStatus.failed > 0) alarm('some audit entries may not be stored');
   * ```
   */
  get sinkStatus(): AuditSinkStatus {
    return this.sinkWrites.status();
  }

  /**
   * Waits for every asynchronous `onAppend` write pending now to settle. Resolves when none failed
   * since the previous `flush` (or since the log was built); rejects otherwise, with an `AegisError`
   * `SINK_FAILED` (`details.failed`, `details.seqs`, `cause` the latest rejection). Each failure is
   * also reported, as it happens, to `onSinkError`. O(pending writes).
   * @example
   * ```ts
   * log.logAction('shutdown', {});
   * await log.flush(); // every entry so far is stored, or this rejects
   * ```
   */
  flush(): Promise<void> {
    return this.sinkWrites.flush('AuditLog.flush');
  }

  /** Number of entries. */
  get size(): number {
    return this.core.size;
  }

  /** The last entry's hash in hex (all zeros while the log is empty). */
  get head(): string {
    return this.core.headHex;
  }

  /** The Ed25519 public key that verifies this log's checkpoints (a copy), if it has a signing key. */
  get publicKey(): Uint8Array | undefined {
    return this.pub?.slice();
  }

  /** The C2SP note verifier key (`name+id+base64`) for this log's checkpoints, if it has a signing key. */
  get verifierKey(): string | undefined {
    return this.pub === undefined ? undefined : formatVerifierKey(this.keyName, this.pub);
  }

  /**
   * Appends an entry and returns it. `data` is validated and serialized (canonical JSON) before any
   * state changes, and the `onAppend` sink, if any, receives a frozen copy of the entry and its line
   * before this returns; if anything throws, the log is exactly as it was. The timestamp is the clock's reading,
   * raised to the previous entry's if the clock went backwards, so timestamps never decrease.
   *
   * Time O(size of data) plus one hash of the entry and, amortized, one Merkle node hash.
   *
   * @param type - what happened: a non-empty string of at most 256 characters
   * @param data - the details: plain JSON (no cycles, BigInt, NaN/Infinity, functions, undefined,
   *   lone surrogates, class instances; `__proto__` keys are kept as data)
   * @param options - `actor`: who did it
   * @throws AegisError `INVALID_ARGUMENT` for a bad type, actor, option or data (a getter or Proxy
   *   trap in it that throws included, with the original as `cause`); `LIMIT_EXCEEDED` for data
   *   deeper or longer than the limits; `CONFLICT` when called from inside `onAppend`; `SINK_FAILED`
   *   when a synchronous sink throws (the entry is not added; `cause` is the sink's error). An
   *   asynchronous sink's rejection is reported to `onSinkError`, `sinkStatus` and `flush()`.
   * @example
   * ```ts
   * const e = log.logAction('tool.call', { tool: 'shell', argv: ['ls'] }, { actor: 'agent-1' });
   * e.seq; e.hash; // 0, '…64 hex digits…'
   * ```
   */
  logAction(type: string, data: unknown, options?: LogActionOptions): AuditEntry {
    return this.add('AuditLog.logAction', type, data, options, true) as AuditEntry;
  }

  /**
   * Appends an entry exactly as {@link AuditLog.logAction} does and returns only its seq: the lean
   * form for hot paths that keep the seq and read entries back when needed (`entry(seq)`). It skips
   * building the returned entry (a parse of the data's canonical text and two hex strings), about a
   * fifth of `logAction`'s time for a ten-field record. With an `onAppend` sink the entry is built
   * for the sink anyway.
   *
   * @returns the new entry's seq
   * @throws as {@link AuditLog.logAction}, with `AuditLog.append` named
   * @example
   * ```ts
   * const seq = log.append('tool.call', { tool: 'shell' }, { actor: 'agent-1' });
   * log.entry(seq).data; // { tool: 'shell' }
   * ```
   */
  append(type: string, data: unknown, options?: LogActionOptions): number {
    this.add('AuditLog.append', type, data, options, false);
    return this.core.size - 1;
  }

  /** Validates, hashes and commits one entry; builds and returns it when `build` or a sink needs it. */
  private add(
    origin: string,
    type: string,
    data: unknown,
    options: LogActionOptions | undefined,
    build: boolean,
  ): AuditEntry | undefined {
    if (this.appending) {
      throw new AegisError('CONFLICT', origin, 'called from inside onAppend; log after the sink returns');
    }
    const core = this.core;
    const store = core.store;
    // A name already in the log was validated when it first came: a Map lookup instead of the checks.
    const typeId = store.types.idOf(type);
    if (typeId < 0) requireId(origin, 'type', type);
    const o = options === undefined ? {} : checkOptions(origin, options, ['actor']);
    const actor = o.actor === undefined ? null : (o.actor as string);
    const actorId = actor === null ? -1 : store.actors.idOf(actor);
    if (actor !== null && actorId < 0) requireId(origin, 'options.actor', actor);
    // A getter or Proxy trap in `data` that throws is refused like any bad data.
    const dataJson = guardRead(origin, 'data', () =>
      canonicalize(data, { maxDepth: this.maxDepth, maxLength: this.maxDataLength, origin, name: 'data' }),
    );
    if (core.size >= MAX_ENTRIES) throw new AegisError('LIMIT_EXCEEDED', origin, `the log is full (${MAX_ENTRIES})`);
    let timestamp = readClock(origin, this.clock);
    if (timestamp < core.lastTimestamp) timestamp = core.lastTimestamp;
    timestamp += 0; // -0 → 0: the canonical text of both is "0"
    const seq = core.size;
    const hash = core.hasher.entryHash(
      seq,
      timestamp,
      // casts drop `undefined`: an id ≥ 0 was interned, and every interned id has its bytes
      typeId >= 0 ? (store.types.bytes[typeId] as Uint8Array) : jsonBytes(type),
      actor === null ? nullJson() : actorId >= 0 ? (store.actors.bytes[actorId] as Uint8Array) : jsonBytes(actor),
      dataJson,
      core.headBytes,
    );
    if (hash.length !== core.merkle.hashSize) {
      throw new AegisError('INVALID_ARGUMENT', origin, `the hash function returned ${hash.length} bytes`);
    }
    const sink = this.sink;
    if (!build && sink === undefined) {
      core.commit(hash, timestamp, type, actor, dataJson);
      return undefined;
    }
    const hashHex = bytesToHex(hash);
    const prevHash = core.headHex;
    if (sink !== undefined) {
      const f: EntryFragments = {
        seq,
        timestamp,
        // casts drop `undefined`: an id ≥ 0 was interned, and every interned id has its JSON
        typeJson: typeId >= 0 ? (store.types.json[typeId] as string) : JSON.stringify(type),
        actorJson:
          actor === null ? 'null' : actorId >= 0 ? (store.actors.json[actorId] as string) : JSON.stringify(actor),
        dataJson,
        prevHex: prevHash,
      };
      // The sink gets its own frozen entry: nothing it does can change what logAction returns.
      const shared = sinkEntry({ seq, timestamp, type, actor, prevHash, hash: hashHex }, dataJson);
      let then: ((onOk: () => void, onFail: (error: unknown) => void) => unknown) | undefined;
      let result: unknown;
      this.appending = true;
      try {
        result = sink(shared, lineJson(f, hashHex));
        then = thenOf(result);
      } catch (error) {
        throw new AegisError(
          'SINK_FAILED',
          origin,
          `the onAppend sink threw (${describeError(error)}); entry ${seq} was not added`,
          { seq },
          { cause: error },
        );
      } finally {
        this.appending = false;
      }
      core.commit(hash, timestamp, type, actor, dataJson, hashHex);
      if (then !== undefined) this.sinkWrites.track(origin, shared, result, then);
    } else core.commit(hash, timestamp, type, actor, dataJson, hashHex);
    if (!build) return undefined;
    return { seq, timestamp, type, actor, data: JSON.parse(dataJson), prevHash, hash: hashHex };
  }

  /**
   * The entry at `seq` (a fresh copy). O(size of its data).
   * @throws AegisError `INVALID_ARGUMENT` for a non-integer; `NOT_FOUND` for a seq not in the log
   */
  entry(seq: number): AuditEntry {
    return this.core.entry(this.requireSeq('AuditLog.entry', seq));
  }

  /**
   * Verifies the log: every entry's hash against its stored fields and its predecessor's hash,
   * timestamp order, and every Merkle node against its children. By default only what was appended
   * since the last successful verify is checked (O(new entries)); if the last verified entry itself
   * has changed since, everything is re-verified to locate the first change. `{ full: true }`
   * re-verifies everything (O(size)).
   *
   * @returns `{ ok, verified, size }`, plus `firstBadSeq` and `reason` on failure
   * @throws AegisError `INVALID_ARGUMENT` for unknown options
   * @example
   * ```ts
   * const r = log.verifyChain();
   * if (!r.ok) alarm(`audit log damaged at entry ${r.firstBadSeq}: ${r.reason}`);
   * ```
   */
  verifyChain(options?: VerifyChainOptions): VerifyChainResult {
    const o = checkOptions('AuditLog.verifyChain', options, ['full']);
    const full = optionalBoolean('AuditLog.verifyChain', 'options.full', o.full, false);
    const core = this.core;
    let from = full ? 0 : core.verifiedSize;
    if (from > 0 && core.hashHex(from - 1) !== core.verifiedHead) from = 0;
    return core.verify(from);
  }

  /**
   * Signs the current root in the C2SP checkpoint format (origin, size, base64 root, Ed25519
   * signature line) after an incremental `verifyChain`, so that only verified entries are signed.
   *
   * @returns the signed note text
   * @throws AegisError `CONFLICT` without a signing key; `TAMPERED` when verification fails
   * @example
   * ```ts
   * const text = log.checkpoint();
   * // aegis-audit-log\n42\n<base64 root>\n\n— aegis-audit-log <base64 signature>\n
   * ```
   */
  checkpoint(): string {
    const origin = 'AuditLog.checkpoint';
    if (this.secretKey === undefined) {
      throw new AegisError('CONFLICT', origin, 'this log has no signing key; pass options.signingKey');
    }
    const v = this.verifyChain();
    if (!v.ok) {
      throw new AegisError('TAMPERED', origin, `refusing to sign: entry ${v.firstBadSeq} ${v.reason}`, {
        firstBadSeq: v.firstBadSeq,
      });
    }
    const size = this.core.size;
    return signCheckpointText(
      checkpointText(this.origin, size, this.core.merkle.root(size)),
      this.keyName,
      this.secretKey,
    );
  }

  /**
   * Verifies a signed checkpoint and that this log extends it: the signature must verify, and the
   * log's first `size` entries must have the checkpoint's root (checked with a consistency proof). A
   * log truncated below the checkpoint, or rewritten or forked from it, fails.
   *
   * @param text - a signed checkpoint
   * @param publicKey - the signer's key (32 bytes, hex, or note verifier key); default this log's own
   * @returns the checkpoint's contents
   * @throws AegisError `TAMPERED` (with `details.firstBadSeq` for a truncation) when the log does not
   *   extend the checkpoint or the signature fails; `INVALID_ARGUMENT` for a malformed checkpoint, one
   *   for another origin, or no key to check it with
   */
  verifyCheckpoint(text: string, publicKey?: Uint8Array | string): Checkpoint {
    return this.checkAgainst('AuditLog.verifyCheckpoint', text, publicKey ?? this.pub);
  }

  /** The Merkle root of the first `size` entries (default all). O(log n). */
  root(size: number = this.core.size): Uint8Array {
    return this.core.merkle.root(size);
  }

  /**
   * A proof that entry `seq` is in the log of the first `treeSize` entries (default all), for
   * `verifyInclusion(p.leafHash, p.seq, p.treeSize, p.proof, p.root)`. O(log n).
   * @throws AegisError `NOT_FOUND` for a seq not in the log; `INVALID_ARGUMENT` for a treeSize outside
   *   (seq, size]
   */
  inclusionProof(seq: number, treeSize: number = this.core.size): AuditInclusionProof {
    const origin = 'AuditLog.inclusionProof';
    const at = this.requireSeq(origin, seq);
    requireInteger(origin, 'treeSize', treeSize, at + 1, this.core.size);
    const m = this.core.merkle;
    return {
      seq: at,
      treeSize,
      leafHash: m.leafHash(at),
      proof: m.inclusionProof(at, treeSize),
      root: m.root(treeSize),
    };
  }

  /**
   * A proof that the log of the first `newSize` entries (default all) extends the log of the first
   * `oldSize`, for `verifyConsistency(p.oldSize, p.newSize, p.proof, p.oldRoot, p.newRoot)`. O(log n).
   * @throws AegisError `INVALID_ARGUMENT` unless 1 ≤ oldSize ≤ newSize ≤ size
   */
  consistencyProof(oldSize: number, newSize: number = this.core.size): AuditConsistencyProof {
    const origin = 'AuditLog.consistencyProof';
    requireInteger(origin, 'newSize', newSize, 0, this.core.size);
    requireInteger(origin, 'oldSize', oldSize, 1, Math.max(1, newSize));
    const m = this.core.merkle;
    return {
      oldSize,
      newSize,
      proof: m.consistencyProof(oldSize, newSize),
      oldRoot: m.root(oldSize),
      newRoot: m.root(newSize),
    };
  }

  /**
   * Entries matching every given filter, oldest first (or newest first with `order: 'desc'`), at most
   * `limit`. Answered from indexes: the time range by binary search on timestamps, types and actor
   * from their lists of sequence numbers, intersected by leapfrogging, so a narrow filter never scans
   * the log. Time O((results + skipped candidates) · log n); unknown types or actors match nothing.
   *
   * @throws AegisError `INVALID_ARGUMENT` for unknown keys or values of the wrong type;
   *   `LIMIT_EXCEEDED` for more than 65,536 types
   * @example
   * ```ts
   * log.queryHistory({ types: ['request.blocked'], actor: 'agent-7', from: t0, limit: 100, order: 'desc' });
   * ```
   */
  queryHistory(query?: HistoryQuery): AuditEntry[] {
    const origin = 'AuditLog.queryHistory';
    const plan = planQuery(origin, this.core.store, query);
    const seqs = plan === null ? [] : selectSeqs(this.core.store, plan);
    return seqs.map((seq) => this.core.entry(seq));
  }

  /**
   * The log as NDJSON lines (canonical JSON, without newlines), entries [from, to) (default all, as of
   * this call). `AuditLog.fromLines` reads them back. O(1) per line plus its length.
   * @throws AegisError `INVALID_ARGUMENT` unless 0 ≤ from ≤ to ≤ size
   * @example
   * ```ts
   * const text = [...log.exportLog()].map((l) => `${l}\n`).join('');
   * ```
   */
  exportLog(options?: { from?: number; to?: number }): IterableIterator<string> {
    const origin = 'AuditLog.exportLog';
    const o = checkOptions(origin, options, ['from', 'to']);
    const size = this.core.size;
    const to = o.to === undefined ? size : requireInteger(origin, 'options.to', o.to, 0, size);
    const from = o.from === undefined ? 0 : requireInteger(origin, 'options.from', o.from, 0, to);
    return exportLines(this.core, from, to);
  }

  /** The seq as a checked integer (-0 read as 0). */
  private requireSeq(origin: string, seq: unknown): number {
    const n = requireInteger(origin, 'seq', seq, 0, Number.MAX_SAFE_INTEGER) + 0;
    if (n >= this.core.size) {
      throw new AegisError('NOT_FOUND', origin, `no entry ${n}; the log has ${this.core.size}`);
    }
    return n;
  }

  private checkAgainst(origin: string, text: unknown, publicKey: Uint8Array | string | undefined): Checkpoint {
    return checkAgainstCheckpoint(origin, text, publicKey, this.origin, this.core);
  }
}

function* exportLines(core: LogCore, from: number, to: number): IterableIterator<string> {
  let prev = core.hashHex(from - 1);
  for (let seq = from; seq < to; seq++) {
    const hex = core.hashHex(seq);
    yield core.line(seq, prev, hex);
    prev = hex;
  }
}
