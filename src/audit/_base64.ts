/**
 * Standard base64 (RFC 4648 §4, with padding), as signed notes and checkpoints use it. Decoding is
 * strict: only the canonical encoding of some bytes is accepted (correct padding, zero trailing bits,
 * no whitespace), so that one signature or root hash has exactly one textual form.
 *
 * @internal Not part of the public API.
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let decodeTable: Int8Array | undefined;
function table(): Int8Array {
  if (decodeTable === undefined) {
    decodeTable = new Int8Array(128).fill(-1);
    for (let i = 0; i < ALPHABET.length; i++) decodeTable[ALPHABET.charCodeAt(i)] = i;
  }
  return decodeTable;
}

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  // i + 2 < bytes.length on every read in this loop
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET.charAt(n >>> 18) +
      ALPHABET.charAt((n >>> 12) & 63) +
      ALPHABET.charAt((n >>> 6) & 63) +
      ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  // rest = bytes.length - i bytes remain from i
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET.charAt(n >>> 18)}${ALPHABET.charAt((n >>> 12) & 63)}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET.charAt(n >>> 18)}${ALPHABET.charAt((n >>> 12) & 63)}${ALPHABET.charAt((n >>> 6) & 63)}=`;
  }
  return out;
}

/** The bytes of a canonical base64 string, or `undefined` when `text` is not one. */
export function base64Decode(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const t = table();
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      let v: number;
      if (last && j >= 4 - pad) {
        if (c !== 61 /* = */) return undefined;
        v = 0;
      } else {
        // c < 128 = the table's length
        v = c < 128 ? t[c]! : -1;
        if (v < 0) return undefined;
      }
      n = (n << 6) | v;
    }
    // Canonical form: the bits a padded group does not use must be zero.
    if (last && pad === 2 && (n & 0xffff) !== 0) return undefined;
    if (last && pad === 1 && (n & 0xff) !== 0) return undefined;
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
