/**
 * Opening an audit log kept in an NDJSON file: restore and verify what is there, then append to it.
 *
 * @module
 */
import { appendFileSync, existsSync, truncateSync } from 'node:fs';
import { checkOptions, optionalBoolean, requireString } from '../_validate.js';
import { AuditLog } from '../audit/audit-log.js';
import type { FromLinesOptions } from '../audit/types.js';
import { AegisError } from '../errors.js';
import { LineReader } from './_read-lines.js';
import { FileSink } from './file-sink.js';
import { nodeSha256 } from './hash.js';

export interface OpenAuditFileOptions extends Omit<FromLinesOptions, 'onAppend'> {
  /** `fsync` after every appended line (see `FileSinkOptions`). Default false. */
  fsync?: boolean;
}

/** An audit log backed by a file. */
export interface AuditFile {
  /** The log: every `logAction` appends a line to the file before it returns. */
  readonly log: AuditLog;
  /** The sink that appends to the file. */
  readonly sink: FileSink;
  /** Whether a torn final line was cut off the file (only with `dropTornLine: true`). */
  readonly droppedTornLine: boolean;
  /** Closes the file. */
  close(): void;
}

const OWN_KEYS = ['fsync', 'dropTornLine', 'checkpoint', 'publicKey'];
const LOG_KEYS = ['clock', 'hash', 'origin', 'signingKey', 'keyName', 'maxDepth', 'maxDataLength'];

/**
 * Opens the audit log stored at `path` (creating an empty one if the file does not exist): reads it
 * line by line, verifies every entry (and, when given, that it extends `checkpoint`), then appends
 * each new entry to the file. The hash defaults to `nodeSha256`.
 *
 * A final line cut short by a crash is refused (`TAMPERED`, `details.torn`) unless `dropTornLine`,
 * in which case it is cut off the file before anything is appended. A final complete line without
 * its newline gets one.
 *
 * Time O(file size) plus two hashes per entry; memory as `AuditLog.fromLines` (the file is read in
 * 1 MiB chunks).
 *
 * @throws AegisError `TAMPERED` with `details.firstBadSeq` as `AuditLog.fromLines`; `INVALID_ARGUMENT`
 *   for bad arguments; the file system's errors
 * @example
 * ```ts
 * const { log, close } = openAuditFile('audit.ndjson', { signingKey, fsync: true });
 * log.logAction('agent.start', { version: 3 });
 * close();
 * ```
 */
export function openAuditFile(path: string, options?: OpenAuditFileOptions): AuditFile {
  const origin = 'openAuditFile';
  requireString(origin, 'path', path);
  const o = checkOptions(origin, options, [...OWN_KEYS, ...LOG_KEYS]);
  const fsync = optionalBoolean(origin, 'options.fsync', o.fsync, false);
  const fromLinesOptions: Record<string, unknown> = { ...o };
  delete fromLinesOptions.fsync;
  let sink: FileSink | undefined;
  const reader = existsSync(path) ? new LineReader(path) : undefined;
  const log = AuditLog.fromLines(reader ?? [], {
    ...(fromLinesOptions as FromLinesOptions),
    hash: (o.hash as FromLinesOptions['hash']) ?? nodeSha256,
    onAppend: (_entry, line) => {
      if (sink === undefined) throw new AegisError('CONFLICT', 'openAuditFile', `${path} is not open yet`);
      sink.write(line);
    },
  });
  const droppedTornLine = reader !== undefined && reader.count > log.size;
  if (droppedTornLine && reader !== undefined) truncateSync(path, reader.lastStart);
  else if (reader !== undefined && reader.count > 0 && !reader.endsWithNewline) appendFileSync(path, '\n');
  const opened = new FileSink(path, { fsync });
  sink = opened;
  return { log, sink: opened, droppedTornLine, close: () => opened.close() };
}
