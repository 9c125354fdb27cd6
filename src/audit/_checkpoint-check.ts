/**
 * Whether a log extends a signed checkpoint: the signature, the origin, then a consistency proof from
 * the checkpoint's size to the log's.
 *
 * @internal Not part of the public API.
 * @module
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { requireString } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { verifyConsistency } from '../structures/merkle-log.js';
import type { LogCore } from './_log-core.js';
import { type Checkpoint, verifyCheckpoint } from './checkpoint.js';

/**
 * @throws AegisError `TAMPERED` when the signature fails, or the log is shorter than the checkpoint
 *   (`details.firstBadSeq` = the first missing entry) or has other first entries; `INVALID_ARGUMENT`
 *   for a malformed checkpoint, another origin, or no key
 */
export function checkAgainstCheckpoint(
  origin: string,
  text: unknown,
  publicKey: Uint8Array | string | undefined,
  logOrigin: string,
  core: LogCore,
): Checkpoint {
  if (publicKey === undefined) {
    throw new AegisError('INVALID_ARGUMENT', origin, 'no public key to check the checkpoint with');
  }
  const cp = verifyCheckpoint(requireString(origin, 'checkpoint', text), publicKey);
  if (cp.origin !== logOrigin) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `the checkpoint is for ${describe(cp.origin)}, this log is ${describe(logOrigin)}`,
    );
  }
  const m = core.merkle;
  if (cp.rootHash.length !== m.hashSize) {
    throw new AegisError('INVALID_ARGUMENT', origin, `the checkpoint's root is ${cp.rootHash.length} bytes`);
  }
  const size = m.size;
  if (cp.size > size) {
    throw new AegisError(
      'TAMPERED',
      origin,
      `the log has ${size} entries but the checkpoint signed ${cp.size}: entries ${size}… were removed`,
      { firstBadSeq: size, checkpointSize: cp.size },
    );
  }
  const consistent =
    cp.size === 0
      ? bytesToHex(cp.rootHash) === bytesToHex(m.root(0))
      : verifyConsistency(cp.size, size, m.consistencyProof(cp.size, size), cp.rootHash, m.root(size), core.hash);
  if (!consistent) {
    throw new AegisError(
      'TAMPERED',
      origin,
      `the first ${cp.size} entries are not the ones the checkpoint signed (rewritten or forked)`,
      { checkpointSize: cp.size },
    );
  }
  return cp;
}
