/**
 * Password hashes in the crypt(3) family, as `/etc/shadow`, `.htpasswd`, FTP daemons' password
 * files and application databases store them: `$1$` and `$apr1$` (MD5), `$5$` and `$6$` (SHA-256
 * and SHA-512 crypt, with an optional `rounds=`), `$2a$`/`$2b$`/`$2x$`/`$2y$` (bcrypt),
 * `$y$` (yescrypt) and `$argon2id$`/`$argon2i$`/`$argon2d$`. A hash with its salt is cracked
 * offline against word lists, so handing one out hands out the password behind it.
 *
 * Each layout is checked exactly (salt and hash alphabet and length, a boundary after the hash), so
 * a mention of the scheme (`$6$ means SHA-512`) or a truncated example is not reported.
 *
 * @internal Not part of the public API.
 */

import type { TokenSink } from './_secret-prefixed.js';
import { entropy, isPlaceholder } from './_secret-text.js';

/** The anchors that start a hash, for the detector's gate. */
export const HASH_ANCHORS = ['$1$', '$5$', '$6$', '$2a$', '$2b$', '$2x$', '$2y$', '$apr1$', '$y$', '$argon2'] as const;

const DESCRIPTION = 'A password hash (crackable offline) would be disclosed';

/** crypt's alphabet: `./0-9A-Za-z`. */
function isCrypt(c: number): boolean {
  return c === 46 || c === 47 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Standard base64 without padding, as argon2 writes it. */
function isB64(c: number): boolean {
  return c === 43 || c === 47 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function runEnd(s: string, i: number, max: number, ok: (c: number) => boolean): number {
  const stop = Math.min(s.length, i + max + 1);
  let j = i;
  while (j < stop && ok(s.charCodeAt(j))) j++;
  return j;
}

/** Whether the hash ends at `e`: not followed by more of its alphabet. */
function ends(s: string, e: number, ok: (c: number) => boolean): boolean {
  return e >= s.length || !ok(s.charCodeAt(e));
}

/** Reads the hash whose anchor starts at `start`; reports it when its layout holds. */
export function checkPasswordHash(sink: TokenSink, anchor: string, start: number): void {
  const s = sink.s;
  if (!s.startsWith(anchor, start)) return;
  let i = start + anchor.length;
  let hashLen: number;
  let ok = isCrypt;
  switch (anchor) {
    case '$2a$':
    case '$2b$':
    case '$2x$':
    case '$2y$': {
      // Two cost digits, `$`, 22 salt and 31 hash characters in one run.
      if (!/^\d\d\$/.test(s.slice(i, i + 3))) return;
      i += 3;
      hashLen = 53;
      break;
    }
    case '$1$':
    case '$apr1$':
    case '$5$':
    case '$6$': {
      if (s.startsWith('rounds=', i)) {
        const r = runEnd(s, i + 7, 9, (c) => c >= 48 && c <= 57);
        if (r === i + 7 || s.charCodeAt(r) !== 36) return;
        i = r + 1;
      }
      const salt = runEnd(s, i, 16, isCrypt);
      if (salt === i || salt - i > 16 || s.charCodeAt(salt) !== 36) return;
      i = salt + 1;
      hashLen = anchor === '$6$' ? 86 : anchor === '$5$' ? 43 : 22;
      break;
    }
    case '$y$': {
      // Parameters, `$`, salt, `$`, 43 hash characters.
      const p = runEnd(s, i, 16, isCrypt);
      if (p === i || s.charCodeAt(p) !== 36) return;
      const salt = runEnd(s, p + 1, 64, isCrypt);
      if (salt === p + 1 || s.charCodeAt(salt) !== 36) return;
      i = salt + 1;
      hashLen = 43;
      break;
    }
    default: {
      // `$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>`.
      const m = /^(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$/.exec(s.slice(i, i + 48));
      if (m === null) return;
      i += m[0].length;
      const salt = runEnd(s, i, 64, isB64);
      if (salt - i < 11 || s.charCodeAt(salt) !== 36) return;
      i = salt + 1;
      ok = isB64;
      const e = runEnd(s, i, 128, isB64);
      if (e - i < 22 || e - i > 128) return;
      hashLen = e - i;
    }
  }
  const e = i + hashLen;
  if (e > s.length || runEnd(s, i, hashLen, ok) - i !== hashLen || !ends(s, e, ok)) return;
  if (isPlaceholder(s, i, e) || entropy(s, i, e) < 3.5) return;
  sink.report('secret.password-hash', 'medium', DESCRIPTION, start, e, `${anchor}…`);
}
