/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys, following the Go reference
 * (`golang.org/x/mod/sumdb/note`): a note is UTF-8 text ending in a newline, a blank line, then
 * signature lines `— <key name> <base64(key id || signature)>`. The key id is the first four bytes of
 * `SHA-256(name || "\n" || 0x01 || public key)`, big-endian; the signature covers the text bytes.
 *
 * @internal Not part of the public API.
 * @module
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { guardRead, hasLoneSurrogate } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { base64Decode, base64Encode } from './_base64.js';

/** The algorithm byte of Ed25519 keys in note key encodings. */
const ALG_ED25519 = 1;
/** Go refuses notes with more signatures than this, to bound the work of opening one. */
const MAX_SIGNATURES = 100;
const SIG_PREFIX = '\u2014 ';
/** Go's unicode.IsSpace: Latin-1 spaces plus the White_Space property. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Whether `s` has an ASCII control character (below U+0020), newlines excepted when `newlineOk`. */
export function hasControlCharacter(s: string, newlineOk: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && !(newlineOk && c === 10)) return true;
  }
  return false;
}

/** A key name: non-empty, valid Unicode, no space and no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !SPACE.test(name) && !name.includes('+') && !hasLoneSurrogate(name);
}

/** The 32-bit key id of an Ed25519 public key under `name`. */
export function keyId(name: string, publicKey: Uint8Array): number {
  const nameBytes = utf8ToBytes(name);
  const buf = new Uint8Array(nameBytes.length + 2 + publicKey.length);
  buf.set(nameBytes, 0);
  buf[nameBytes.length] = 10;
  buf[nameBytes.length + 1] = ALG_ED25519;
  buf.set(publicKey, nameBytes.length + 2);
  const h = sha256(buf);
  // a SHA-256 digest has 32 bytes
  return ((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0;
}

/** The note verifier key `<name>+<hex key id>+<base64(0x01 || public key)>`. */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  const key = new Uint8Array(33);
  key[0] = ALG_ED25519;
  key.set(publicKey, 1);
  return `${name}+${keyId(name, publicKey).toString(16).padStart(8, '0')}+${base64Encode(key)}`;
}

/** An Ed25519 public key, with the key name when it came from a verifier key. */
export interface NoteVerifier {
  publicKey: Uint8Array;
  name?: string;
}

/**
 * Reads a public key given as 32 bytes, 64 hex digits, or a note verifier key
 * (`name+id+base64`, checked against its own id).
 * @throws AegisError `INVALID_ARGUMENT` for anything else
 */
export function parsePublicKey(origin: string, value: unknown): NoteVerifier {
  if (value instanceof Uint8Array) {
    // One copy, read once; a Proxy that passes instanceof but throws on reads is refused as bad input.
    const bytes = guardRead(origin, 'publicKey', () => value.slice());
    if (bytes.length !== 32) {
      throw new AegisError('INVALID_ARGUMENT', origin, `publicKey must be 32 bytes, got ${bytes.length}`);
    }
    return { publicKey: bytes };
  }
  if (typeof value !== 'string') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `publicKey must be 32 bytes, 64 hex digits or a note verifier key, got ${describe(value)}`,
    );
  }
  if (/^[0-9a-fA-F]{64}$/.test(value)) return { publicKey: hexToBytes(value.toLowerCase()) };
  // name+id+key, split at the first two '+' only: the base64 key may contain '+' itself.
  const first = value.indexOf('+');
  const second = first < 0 ? -1 : value.indexOf('+', first + 1);
  const name = value.slice(0, Math.max(0, first));
  const id = value.slice(first + 1, Math.max(first + 1, second));
  const raw = second < 0 ? undefined : base64Decode(value.slice(second + 1));
  if (
    second < 0 ||
    !isValidKeyName(name) ||
    !/^[0-9a-f]{8}$/.test(id) ||
    raw === undefined ||
    raw.length !== 33 ||
    raw[0] !== ALG_ED25519
  ) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `publicKey ${describe(value)} is neither 64 hex digits nor an Ed25519 note verifier key (name+id+base64)`,
    );
  }
  const publicKey = raw.slice(1);
  if (keyId(name, publicKey) !== Number.parseInt(id, 16)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `publicKey ${describe(value)} does not match its own key id`);
  }
  return { publicKey, name };
}

/** Signs `text` (which must end with a newline) and returns the whole note. */
export function signNote(text: string, name: string, secretKey: Uint8Array, publicKey: Uint8Array): string {
  const sig = ed25519.sign(utf8ToBytes(text), secretKey);
  const blob = new Uint8Array(4 + sig.length);
  const id = keyId(name, publicKey);
  blob[0] = id >>> 24;
  blob[1] = (id >>> 16) & 255;
  blob[2] = (id >>> 8) & 255;
  blob[3] = id & 255;
  blob.set(sig, 4);
  return `${text}\n${SIG_PREFIX}${name} ${base64Encode(blob)}\n`;
}

/**
 * Opens a signed note with one trusted key, as Go's `note.Open` does with a one-key verifier list:
 * returns the text and the key name when the key signed it; signatures by other keys are ignored.
 * @throws AegisError `INVALID_ARGUMENT` for a malformed note; `TAMPERED` when the key's signature
 *   does not verify or the key did not sign the note
 */
export function openNote(origin: string, note: string, verifier: NoteVerifier): { text: string; keyName: string } {
  const malformed = (why: string): never => {
    throw new AegisError('INVALID_ARGUMENT', origin, `malformed signed note: ${why}`);
  };
  if (hasLoneSurrogate(note)) malformed('it is not valid Unicode');
  if (hasControlCharacter(note, true)) malformed('it contains a control character other than newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) malformed('no blank line before the signatures');
  const text = note.slice(0, split + 1);
  let sigs = note.slice(split + 2);
  if (sigs.length === 0 || !sigs.endsWith('\n')) malformed('the signature block must end with a newline');

  let textBytes: Uint8Array | undefined;
  let verifiedName: string | undefined;
  let count = 0;
  while (sigs.length > 0) {
    const nl = sigs.indexOf('\n');
    const line = sigs.slice(0, nl);
    sigs = sigs.slice(nl + 1);
    if (!line.startsWith(SIG_PREFIX)) malformed('a signature line must start with "— "');
    const body = line.slice(SIG_PREFIX.length);
    const space = body.indexOf(' ');
    const name = space < 0 ? body : body.slice(0, space);
    const b64 = space < 0 ? '' : body.slice(space + 1);
    const blob = base64Decode(b64);
    if (blob === undefined || !isValidKeyName(name) || b64 === '' || blob.length < 5) {
      malformed(`bad signature line ${describe(line)}`);
    }
    if (++count > MAX_SIGNATURES) malformed(`more than ${MAX_SIGNATURES} signatures`);
    const sigBlob = blob as Uint8Array;
    // blob.length ≥ 5 was checked above
    const id = ((sigBlob[0]! << 24) | (sigBlob[1]! << 16) | (sigBlob[2]! << 8) | sigBlob[3]!) >>> 0;
    if (verifier.name !== undefined && verifier.name !== name) continue;
    if (keyId(name, verifier.publicKey) !== id) continue;
    if (verifiedName !== undefined) continue; // a repeated signature by the same key
    textBytes ??= utf8ToBytes(text);
    let valid = false;
    try {
      valid = ed25519.verify(sigBlob.subarray(4), textBytes, verifier.publicKey, { zip215: false });
    } catch {
      valid = false;
    }
    if (!valid) throw new AegisError('TAMPERED', origin, `the signature by key ${name} does not verify`);
    verifiedName = name;
  }
  if (verifiedName === undefined) throw new AegisError('TAMPERED', origin, 'the note carries no signature by this key');
  return { text, keyName: verifiedName };
}
