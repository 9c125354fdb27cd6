/**
 * Lenient base64 decoding for readers of untrusted text (the firewall's detectors, a shipped weight
 * table): standard and URL-safe alphabets alike, padding optional, bounded output. The audit log's
 * strict decoder (`src/audit/_base64.ts`) is a different contract: one canonical form only.
 *
 * @internal Not part of the public API.
 */

const TABLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  TABLE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
}
// base64url's two letters decode like their standard counterparts.
TABLE[0x2d] = 62;
TABLE[0x5f] = 63;

/** The value of a base64 (or base64url) character, or -1. */
export function base64Value(c: number): number {
  // c < 128 = TABLE.length
  return c < 128 ? TABLE[c]! : -1;
}

/**
 * What a character outside the alphabet does: `skip` passes over it, `stop` ends the input there,
 * `fail` makes the whole decoding fail (`null`).
 */
export type Base64Invalid = 'skip' | 'stop' | 'fail';

/**
 * Decodes `s[start, end)` into at most `maxBytes` bytes, ignoring a trailing partial group.
 * `ignore` lists characters passed over whatever `invalid` says (padding, line breaks). O(end − start).
 */
export function decodeBase64Loose(
  s: string,
  start: number,
  end: number,
  maxBytes: number,
  invalid: Base64Invalid,
  ignore = '',
): Uint8Array | null {
  const out = new Uint8Array(Math.max(0, Math.min(maxBytes, Math.floor(((end - start) * 3) / 4))));
  let acc = 0;
  let bits = 0;
  let k = 0;
  for (let i = start; i < end && k < out.length; i++) {
    const c = s.charCodeAt(i);
    const v = base64Value(c);
    if (v < 0) {
      // i < end ≤ s.length
      if (ignore.length > 0 && ignore.includes(s[i]!)) continue;
      if (invalid === 'skip') continue;
      if (invalid === 'stop') break;
      return null;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  return k === out.length ? out : out.subarray(0, k);
}
