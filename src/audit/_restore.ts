/**
 * Rebuilding a log from its NDJSON lines, verifying each line on the way in: shape and types,
 * sequence number, link to the previous hash, timestamp order, hash, and byte-exact canonical form.
 * The first line that fails stops the restore with `TAMPERED` and its sequence number.
 *
 * @internal Not part of the public API.
 * @module
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { AegisError, describe } from '../errors.js';
import { type EntryFragments, lineJson, parseLine } from './_entry-codec.js';
import { jsonBytes, nullJson } from './_entry-hasher.js';
import { type LogCore, MAX_ENTRIES } from './_log-core.js';

const ORIGIN = 'AuditLog.fromLines';

export interface ReplayOptions {
  maxDepth: number;
  maxDataLength: number;
  dropTornLine: boolean;
}

function tampered(seq: number, what: string): AegisError {
  return new AegisError('TAMPERED', ORIGIN, `entry ${seq} (line ${seq + 1}) ${what}`, { firstBadSeq: seq });
}

/**
 * Appends every line to `core` after checking it. A final line that is not complete JSON is a write
 * cut short: dropped when `dropTornLine`, else reported with `details.torn`. Returns whether a torn
 * line was dropped.
 */
export function replayLines(core: LogCore, lines: Iterable<string>, options: ReplayOptions): boolean {
  // One line is held back, so that the last one is known when it is read.
  let pending: string | undefined;
  for (const line of lines) {
    if (typeof line !== 'string') {
      throw new AegisError('INVALID_ARGUMENT', ORIGIN, `lines must be strings, got ${describe(line)}`);
    }
    if (pending !== undefined) replayLine(core, pending, false, options);
    pending = line;
  }
  // An empty last element is what splitting text that ends in a newline leaves behind.
  if (pending === undefined || pending === '') return false;
  return !replayLine(core, pending, true, options);
}

/** Returns false when the line was a torn final line and was dropped. */
function replayLine(core: LogCore, line: string, last: boolean, options: ReplayOptions): boolean {
  const seq = core.size;
  if (seq >= MAX_ENTRIES) throw new AegisError('LIMIT_EXCEEDED', ORIGIN, `more than ${MAX_ENTRIES} entries`);
  const p = parseLine(line, core.genesis.length, options);
  if ('problem' in p) {
    if (p.torn && last) {
      if (options.dropTornLine) return false;
      throw new AegisError(
        'TAMPERED',
        ORIGIN,
        `the final line (entry ${seq}) is not complete JSON, as a write cut short by a crash leaves it; ` +
          'pass dropTornLine: true to drop it',
        { firstBadSeq: seq, torn: true },
      );
    }
    if (p.code === 'LIMIT_EXCEEDED') {
      throw new AegisError('LIMIT_EXCEEDED', ORIGIN, `entry ${seq} (line ${seq + 1}) ${p.problem}`, {
        firstBadSeq: seq,
      });
    }
    throw tampered(seq, p.problem);
  }
  if (p.seq !== seq) {
    throw tampered(seq, `has seq ${p.seq}: an entry was removed, inserted or moved here`);
  }
  if (p.prevHash !== core.headHex) throw tampered(seq, 'does not link to the previous entry (prevHash differs)');
  if (p.timestamp < core.lastTimestamp) throw tampered(seq, 'has a timestamp earlier than the previous entry’s');
  const f: EntryFragments = {
    seq,
    timestamp: p.timestamp,
    typeJson: JSON.stringify(p.type),
    actorJson: p.actor === null ? 'null' : JSON.stringify(p.actor),
    dataJson: p.dataJson,
    prevHex: p.prevHash,
  };
  const names = core.store;
  const typeId = names.types.idOf(p.type);
  const actorId = p.actor === null ? -1 : names.actors.idOf(p.actor);
  // idOf ≥ 0 means interned, and every interned id has its bytes.
  const typeBytes = typeId >= 0 ? names.types.bytes[typeId]! : jsonBytes(p.type);
  const actorBytes = p.actor === null ? nullJson() : actorId >= 0 ? names.actors.bytes[actorId]! : jsonBytes(p.actor);
  const hash = core.hasher.entryHash(seq, p.timestamp, typeBytes, actorBytes, p.dataJson, core.headBytes);
  const hashHex = bytesToHex(hash);
  if (hashHex !== p.hash) throw tampered(seq, 'has a hash that does not match its contents');
  if (lineJson(f, hashHex) !== line) throw tampered(seq, 'is not in canonical form (the line was edited)');
  core.commit(hash, p.timestamp, p.type, p.actor, p.dataJson, hashHex);
  return true;
}
