/**
 * An entry's hash computed from its fields without building its canonical text as a string: the
 * canonical JSON (RFC 8785) of `{actor, data, prevHash, seq, timestamp, type}` is written as UTF-8
 * straight into a reused buffer, behind the RFC 6962 leaf prefix 0x00, and hashed there.
 *
 * The bytes are exactly `utf8(unsignedJson(…))` (`_entry-codec.ts`), which the tests check; writing
 * them directly saves the string concatenation, its flattening and re-encoding, and the hex string of
 * the previous hash, which together were about a quarter of a full verify's CPU profile.
 * With the default hash (@noble/hashes SHA-256) the digest is computed in place on noble's
 * compression function, padding included, so an entry costs one 32-byte allocation.
 *
 * @internal Not part of the public API.
 * @module
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { AegisError } from '../errors.js';
import { defaultHash } from '../structures/_merkle-hash.js';
import { FastSha256, paddedLength } from '../structures/_sha256-fast.js';
import type { HashFunction } from '../structures/merkle-log.js';

const ASCII = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The constant parts of an entry's canonical JSON, as bytes (built on first use, not at import). */
interface Fragments {
  open: Uint8Array;
  data: Uint8Array;
  prev: Uint8Array;
  seq: Uint8Array;
  time: Uint8Array;
  type: Uint8Array;
  null: Uint8Array;
}
let FRAGMENTS: Fragments | undefined;
function fragments(): Fragments {
  FRAGMENTS ??= {
    open: ASCII('{"actor":'),
    data: ASCII(',"data":'),
    prev: ASCII(',"prevHash":"'),
    seq: ASCII('","seq":'),
    time: ASCII(',"timestamp":'),
    type: ASCII(',"type":'),
    null: ASCII('null'),
  };
  return FRAGMENTS;
}

/** `null` as UTF-8: the JSON of an absent actor. */
export function nullJson(): Uint8Array {
  return fragments().null;
}

/** Longest digit strings: 16 for a seq, 25 for any number's shortest form (`-1.2345678901234567e-300`). */
const NUMBER_ROOM = 48;

interface Utf8Encoder {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/** Lowercase hex digits of every byte value: `HEX[2b]`, `HEX[2b + 1]`. */
let HEX: Uint8Array | undefined;
function hexTable(): Uint8Array {
  if (HEX === undefined) {
    HEX = new Uint8Array(512);
    const digits = '0123456789abcdef';
    for (let b = 0; b < 256; b++) {
      HEX[2 * b] = digits.charCodeAt(b >> 4);
      HEX[2 * b + 1] = digits.charCodeAt(b & 15);
    }
  }
  return HEX;
}

/** The UTF-8 bytes of `JSON.stringify(name)`, for the name caches. */
export function jsonBytes(name: string): Uint8Array {
  return utf8ToBytes(JSON.stringify(name));
}

export class EntryHasher {
  private readonly hash: HashFunction;
  private readonly fast: FastSha256 | undefined;
  private buf = new Uint8Array(0);
  private view = new DataView(this.buf.buffer);
  private encoder: Utf8Encoder | undefined;

  constructor(hash: HashFunction) {
    this.hash = hash;
    this.fast = hash === defaultHash ? new FastSha256() : undefined;
  }

  /**
   * `H(0x00 || JCS({actor, data, prevHash, seq, timestamp, type}))`, from the fields' JSON forms:
   * `typeJson` and `actorJson` are UTF-8 JSON strings (or `null`), `dataJson` canonical JSON text.
   */
  entryHash(
    seq: number,
    timestamp: number,
    typeJson: Uint8Array,
    actorJson: Uint8Array,
    dataJson: string,
    prevHash: Uint8Array,
  ): Uint8Array {
    const need = paddedLength(
      100 + typeJson.length + actorJson.length + 3 * dataJson.length + 2 * prevHash.length + 2 * NUMBER_ROOM,
    );
    if (need > this.buf.length) {
      this.buf = new Uint8Array(Math.max(1024, 2 * need));
      this.view = new DataView(this.buf.buffer);
    }
    const b = this.buf;
    const f = fragments();
    b[0] = 0; // the RFC 6962 leaf prefix
    let p = put(b, 1, f.open);
    p = put(b, p, actorJson);
    p = put(b, p, f.data);
    p = this.putText(p, dataJson);
    p = put(b, p, f.prev);
    const hex = hexTable();
    // i < prevHash.length; x + 1 ≤ 511 < 512 = the hex table's length
    for (let i = 0; i < prevHash.length; i++) {
      const x = 2 * prevHash[i]!;
      b[p++] = hex[x]!;
      b[p++] = hex[x + 1]!;
    }
    p = put(b, p, f.seq);
    p = putNumber(b, p, seq);
    p = put(b, p, f.time);
    p = putNumber(b, p, timestamp);
    p = put(b, p, f.type);
    p = put(b, p, typeJson);
    b[p++] = 125; // }
    if (this.fast !== undefined) {
      const out = new Uint8Array(32);
      this.fast.hashInPlace(b, this.view, p, out, 0);
      return out;
    }
    return this.hash(b.subarray(0, p));
  }

  /** Writes `s` as UTF-8 at `p`: a byte loop while it is ASCII, `encodeInto` from the first non-ASCII. */
  private putText(p: number, s: string): number {
    const b = this.buf;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.encoder ??= newEncoder();
        return p + this.encoder.encodeInto(i === 0 ? s : s.slice(i), b.subarray(p)).written;
      }
      b[p++] = c;
    }
    return p;
  }
}

function put(b: Uint8Array, p: number, bytes: Uint8Array): number {
  // i < bytes.length
  for (let i = 0; i < bytes.length; i++) b[p + i] = bytes[i]!;
  return p + bytes.length;
}

/** Writes a finite number as ECMAScript's ToString does (the RFC 8785 form): digits for safe integers. */
function putNumber(b: Uint8Array, p: number, x: number): number {
  if (Number.isSafeInteger(x) && x >= 0) {
    if (x < 1e8) return putDigits(b, p, x, false);
    // Eight digits at a time in 32-bit arithmetic: 4× faster than dividing the double by ten per digit
    // (timestamps have 13 digits; about 4× faster than String() for a timestamp and a seq).
    const high = Math.floor(x / 1e8);
    return putDigits(b, high < 1e8 ? putDigits(b, p, high, false) : putNumber(b, p, high), x - high * 1e8, true);
  }
  const s = String(x); // ASCII: digits, '-', '.', 'e', '+'
  for (let i = 0; i < s.length; i++) b[p + i] = s.charCodeAt(i);
  return p + s.length;
}

/** Writes `v` (0 ≤ v < 10⁸) in decimal: all eight digits when `pad`, else without leading zeros. */
function putDigits(b: Uint8Array, p: number, v: number, pad: boolean): number {
  let n = v | 0;
  const digits = pad
    ? 8
    : n < 10
      ? 1
      : n < 100
        ? 2
        : n < 1e3
          ? 3
          : n < 1e4
            ? 4
            : n < 1e5
              ? 5
              : n < 1e6
                ? 6
                : n < 1e7
                  ? 7
                  : 8;
  for (let i = digits - 1; i >= 0; i--) {
    const q = (n / 10) | 0;
    b[p + i] = 48 + n - q * 10;
    n = q;
  }
  return p + digits;
}

function newEncoder(): Utf8Encoder {
  const TE = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
  if (TE === undefined) throw new AegisError('INVALID_ARGUMENT', 'AuditLog', 'this runtime has no TextEncoder');
  return new TE();
}
