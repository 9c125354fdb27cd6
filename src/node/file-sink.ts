/**
 * An `onAppend` sink that appends each entry's line to a file.
 *
 * @module
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { checkOptions, optionalBoolean, requireString } from '../_validate.js';
import type { AuditSink } from '../audit/types.js';
import { AegisError } from '../errors.js';

export interface FileSinkOptions {
  /**
   * `fsync` after every line, so that an entry is on stable storage before `logAction` returns.
   * Default false: the line is handed to the operating system, which survives a process crash but not
   * a power loss. An fsync per entry costs far more than the entry itself (a disk round trip).
   */
  fsync?: boolean;
}

/**
 * Appends each entry's line, with a newline, to a file opened in append mode; give its `onAppend` to
 * an `AuditLog`. A write or fsync that fails is undone (the file is truncated back to its previous
 * length) and the error is thrown, so `logAction` fails and the log and the file stay in step.
 *
 * Time: one `write` system call per entry (plus one `fsync` with `fsync: true`).
 *
 * @example
 * ```ts
 * const sink = new FileSink('audit.ndjson', { fsync: true });
 * const log = new AuditLog({ onAppend: sink.onAppend, hash: nodeSha256 });
 * // …
 * sink.close();
 * ```
 */
export class FileSink {
  /** The file's path. */
  readonly path: string;
  /** The function to pass as `AuditLog`'s `onAppend`. */
  readonly onAppend: AuditSink;
  private fd: number | undefined;
  private length: number;
  private readonly fsync: boolean;

  /**
   * Opens (creating if needed) `path` for appending.
   * @throws AegisError `INVALID_ARGUMENT` for bad arguments; the file system's error if it cannot open
   */
  constructor(path: string, options?: FileSinkOptions) {
    const origin = 'FileSink';
    this.path = requireString(origin, 'path', path);
    const o = checkOptions(origin, options, ['fsync']);
    this.fsync = optionalBoolean(origin, 'options.fsync', o.fsync, false);
    this.fd = openSync(path, 'a');
    this.length = fstatSync(this.fd).size;
    this.onAppend = (_entry, line) => this.write(line);
  }

  /**
   * Appends `line` and a newline.
   * @throws AegisError `CONFLICT` after `close()`; the file system's error when the write fails
   */
  write(line: string): void {
    const fd = this.fd;
    if (fd === undefined) throw new AegisError('CONFLICT', 'FileSink.write', `${this.path} is closed`);
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    try {
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      if (this.fsync) fsyncSync(fd);
    } catch (error) {
      try {
        ftruncateSync(fd, this.length);
      } catch {
        // The original failure is the one worth reporting.
      }
      throw error;
    }
    this.length += bytes.length;
  }

  /** Closes the file. Later writes throw `CONFLICT`. Closing twice does nothing. */
  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}
