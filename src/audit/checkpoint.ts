/**
 * Signed checkpoints in the C2SP format (https://c2sp.org/tlog-checkpoint): a signed note whose text
 * is the log's origin, its size in decimal and its RFC 6962 root in base64, one per line, optionally
 * followed by extension lines. Transparency-log tooling (Go's `transparency-dev/formats/log`,
 * witnesses, `sumdb/note`) reads them as they are.
 *
 * @module
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { AegisError, describe } from '../errors.js';
import { base64Decode, base64Encode } from './_base64.js';
import { openNote, parsePublicKey, signNote } from './_signed-note.js';

/** A verified checkpoint. */
export interface Checkpoint {
  /** The log's origin line, which identifies the log. */
  readonly origin: string;
  /** Number of entries the checkpoint commits to. */
  readonly size: number;
  /** RFC 6962 root of the first `size` entries. */
  readonly rootHash: Uint8Array;
  /** Extension lines after the root, if any. */
  readonly extensions: readonly string[];
  /** Name of the key whose signature verified. */
  readonly keyName: string;
}

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/**
 * A fresh random Ed25519 secret key (32 bytes) for `AuditLog`'s `signingKey`. Store it: checkpoints
 * signed with it can only be verified with its public key (`log.publicKey`, `log.verifierKey`).
 *
 * @example
 * ```ts
 * const signingKey = generateSigningKey(); // keep it in your secret store
 * const log = new AuditLog({ signingKey, origin: 'example.com/agent-7' });
 * ```
 */
export function generateSigningKey(): Uint8Array {
  return ed25519.utils.randomSecretKey();
}

/** The checkpoint body (note text) for the given fields. @internal Used by `AuditLog.checkpoint`. */
export function checkpointText(origin: string, size: number, rootHash: Uint8Array): string {
  return `${origin}\n${size}\n${base64Encode(rootHash)}\n`;
}

/** Signs a checkpoint body with an Ed25519 secret key; returns the signed note. @internal */
export function signCheckpointText(text: string, keyName: string, secretKey: Uint8Array): string {
  return signNote(text, keyName, secretKey, ed25519.getPublicKey(secretKey));
}

/**
 * Verifies a signed checkpoint against a trusted Ed25519 public key and returns its contents.
 *
 * The note must be well formed (UTF-8 text without control characters other than newlines, a blank
 * line, signature lines `— <name> <base64>`), must carry a valid signature by `publicKey` (signatures
 * by other keys are ignored, as Go's `note.Open` does), and its text must be a checkpoint: a non-empty
 * origin, a decimal size without leading zeros, a base64 root hash, then non-empty extension lines.
 *
 * Time O(length of the note) plus one Ed25519 verification.
 *
 * @param note - the signed checkpoint text
 * @param publicKey - the log's public key: 32 bytes, 64 hex digits, or a note verifier key
 *   (`name+id+base64`, which also pins the key name)
 * @throws AegisError `INVALID_ARGUMENT` for a malformed note or key; `TAMPERED` when the signature
 *   does not verify or the key did not sign the note
 * @example
 * ```ts
 * const text = log.checkpoint();
 * const cp = verifyCheckpoint(text, log.publicKey);
 * cp.size; // the number of entries it commits to
 * ```
 */
export function verifyCheckpoint(note: string, publicKey: Uint8Array | string): Checkpoint {
  const origin = 'verifyCheckpoint';
  if (typeof note !== 'string') {
    throw new AegisError('INVALID_ARGUMENT', origin, `note must be a string, got ${describe(note)}`);
  }
  const verifier = parsePublicKey(origin, publicKey);
  const { text, keyName } = openNote(origin, note, verifier);
  return parseCheckpointText(origin, text, keyName);
}

function parseCheckpointText(origin: string, text: string, keyName: string): Checkpoint {
  const lines = text.split('\n');
  lines.pop(); // the text ends with a newline
  const [logOrigin, sizeLine, rootLine] = lines;
  const bad = (why: string): never => {
    throw new AegisError('INVALID_ARGUMENT', origin, `malformed checkpoint: ${why}`);
  };
  if (logOrigin === undefined || sizeLine === undefined || rootLine === undefined) {
    return bad('it needs an origin, a size and a root hash line');
  }
  if (logOrigin.length === 0) bad('the origin line is empty');
  if (!DECIMAL.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) {
    bad(`the size ${describe(sizeLine)} is not a decimal integer`);
  }
  const rootHash = base64Decode(rootLine);
  if (rootHash === undefined || rootHash.length === 0) bad(`the root hash ${describe(rootLine)} is not base64`);
  const extensions = lines.slice(3);
  if (extensions.some((l) => l.length === 0)) bad('an extension line is empty');
  return { origin: logOrigin, size: Number(sizeLine), rootHash: rootHash as Uint8Array, extensions, keyName };
}
