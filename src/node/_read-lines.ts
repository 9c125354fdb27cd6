/**
 * Reading a file's lines synchronously in 1 MiB chunks, with the byte offset where the last line
 * starts (to cut a torn final line off) and whether the file ends with a newline.
 *
 * @internal Not part of the public API.
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

export class LineReader implements Iterable<string> {
  /** Lines yielded so far. */
  count = 0;
  /** Byte offset of the start of the last line yielded. */
  lastStart = 0;
  /** Whether the file ended with a newline (or was empty); known once iteration is done. */
  endsWithNewline = true;
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
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
          this.count++;
          yield buf.toString('utf8', pos, nl);
          pos = nl + 1;
        }
        carry = Buffer.from(buf.subarray(pos));
        carryStart += pos;
      }
      this.endsWithNewline = carry.length === 0;
      if (carry.length > 0) {
        this.lastStart = carryStart;
        this.count++;
        yield carry.toString('utf8');
      }
    } finally {
      closeSync(fd);
    }
  }
}
