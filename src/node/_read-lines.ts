/**
 * Reading a file's lines synchronously in 1 MiB chunks, with the byte offset where the last line
 * starts (to cut a torn final line off) and whether the file ends with a newline.
 *
 * Lines are checked as bytes before they become strings: a line that is not valid UTF-8 is refused
 * (`TAMPERED`), never decoded with replacement characters, since an invalid byte decoded to U+FFFD
 * would read exactly like a genuine, encoded U+FFFD and verify. The one exception is a final line
 * without its newline whose only flaw is a character cut off at its very end: that is a write cut
 * short, decoded as it is so that the restore reports it as torn.
 *
 * @internal Not part of the public API.
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { AegisError } from '../errors.js';

const CHUNK = 1 << 20;

/** Whether `b` is valid UTF-8 apart from a multi-byte character cut short at its end. */
function validButCutShort(b: Buffer): boolean {
  let i = b.length - 1;
  let continuation = 0;
  // i ≥ 0 is tested first and starts at b.length - 1
  while (i >= 0 && continuation < 3 && (b[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return false;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > continuation + 1 && isUtf8(b.subarray(0, i));
}

export class LineReader implements Iterable<string> {
  /** Lines yielded so far. */
  count = 0;
  /** Byte offset of the start of the last line yielded. */
  lastStart = 0;
  /** Whether the file ended with a newline (or was empty); known once iteration is done. */
  endsWithNewline = true;
  private readonly path: string;
  private readonly origin: string;

  /** @param origin - the function named when a line is refused */
  constructor(path: string, origin = 'AuditLog.fromLines') {
    this.path = path;
    this.origin = origin;
  }

  *[Symbol.iterator](): Iterator<string> {
    const fd = openSync(this.path, 'r');
    try {
      let carry = Buffer.alloc(0);
      let carryStart = 0; // file offset of carry[0]
      const chunk = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const n = readSync(fd, chunk, 0, CHUNK, null);
        if (n === 0) break;
        const buf = carry.length === 0 ? chunk.subarray(0, n) : Buffer.concat([carry, chunk.subarray(0, n)]);
        let pos = 0;
        for (let nl = buf.indexOf(10, pos); nl >= 0; nl = buf.indexOf(10, pos)) {
          this.lastStart = carryStart + pos;
          const line = buf.subarray(pos, nl);
          if (!isUtf8(line)) this.refuse();
          this.count++;
          yield line.toString('utf8');
          pos = nl + 1;
        }
        carry = Buffer.from(buf.subarray(pos));
        carryStart += pos;
      }
      this.endsWithNewline = carry.length === 0;
      if (carry.length > 0) {
        this.lastStart = carryStart;
        if (!isUtf8(carry) && !validButCutShort(carry)) this.refuse();
        this.count++;
        yield carry.toString('utf8');
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Refuses the line about to be yielded (entry `count`). */
  private refuse(): never {
    const seq = this.count;
    throw new AegisError(
      'TAMPERED',
      this.origin,
      `entry ${seq} (line ${seq + 1}) is not valid UTF-8 (bytes were changed)`,
      { firstBadSeq: seq },
    );
  }
}
