/**
 * SHA-256 through `node:crypto`'s one-shot `crypto.hash`: the same digests as the portable default,
 * computed natively.
 *
 * @module
 */
import { hash } from 'node:crypto';
import type { HashFunction } from '../structures/merkle-log.js';

/**
 * SHA-256 by `node:crypto` (`crypto.hash('sha256', data)`), for `MerkleLog` and `AuditLog`'s `hash`
 * option. It computes exactly what the default `@noble/hashes` SHA-256 computes, so logs written with
 * one verify with the other; for entry-sized inputs it is about 3× faster (the one-shot call avoids
 * creating a Hash object per digest).
 *
 * @example
 * ```ts
 * import { nodeSha256 } from 'aegis-safety/node';
 * const log = new AuditLog({ hash: nodeSha256 });
 * ```
 */
export const nodeSha256: HashFunction = (data: Uint8Array): Uint8Array => hash('sha256', data, 'buffer');
