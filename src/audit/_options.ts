/**
 * Reading `AuditLog`'s options into settings, with every check done before a log is built.
 *
 * @internal Not part of the public API.
 * @module
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { checkOptions, guardRead, requireClock, requireId, requireInteger, requireString } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { defaultHash, requireBytes } from '../structures/_merkle-hash.js';
import type { HashFunction } from '../structures/merkle-log.js';
import { hasControlCharacter, isValidKeyName } from './_signed-note.js';
import type { AuditLogOptions, AuditSink, AuditSinkErrorHandler } from './types.js';

export const OPTION_KEYS = [
  'clock',
  'onAppend',
  'onSinkError',
  'hash',
  'origin',
  'signingKey',
  'keyName',
  'maxDepth',
  'maxDataLength',
] as const;

const DEFAULT_ORIGIN = 'aegis-audit-log';

export interface LogSettings {
  clock: () => number;
  sink: AuditSink | undefined;
  onSinkError: AuditSinkErrorHandler | undefined;
  hash: HashFunction;
  origin: string;
  keyName: string;
  secretKey: Uint8Array | undefined;
  publicKey: Uint8Array | undefined;
  maxDepth: number;
  maxDataLength: number;
}

/** @throws AegisError `INVALID_ARGUMENT` for an unknown option or one of the wrong type or range */
export function parseLogOptions(origin: string, options: AuditLogOptions | undefined): LogSettings {
  const o = checkOptions(origin, options, OPTION_KEYS);
  const clock = requireClock(origin, o.clock);
  if (o.onAppend !== undefined && typeof o.onAppend !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `onAppend must be a function, got ${describe(o.onAppend)}`);
  }
  if (o.onSinkError !== undefined && typeof o.onSinkError !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `onSinkError must be a function, got ${describe(o.onSinkError)}`);
  }
  const logOrigin = o.origin === undefined ? DEFAULT_ORIGIN : requireId(origin, 'options.origin', o.origin, 1024);
  if (hasControlCharacter(logOrigin, false)) {
    throw new AegisError('INVALID_ARGUMENT', origin, 'options.origin must not contain control characters');
  }
  const keyName = o.keyName === undefined ? logOrigin : requireString(origin, 'options.keyName', o.keyName);
  let secretKey: Uint8Array | undefined;
  let publicKey: Uint8Array | undefined;
  if (o.signingKey !== undefined) {
    const key = o.signingKey;
    // A Proxy passes instanceof yet throws on every byte read: refused as bad input.
    secretKey = guardRead(origin, 'options.signingKey', () =>
      requireBytes(origin, 'options.signingKey', key, 32).slice(),
    );
    publicKey = ed25519.getPublicKey(secretKey);
    if (!isValidKeyName(keyName)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `key name ${describe(keyName)} has a space or '+'; pass options.keyName`,
      );
    }
  }
  return {
    clock,
    sink: o.onAppend as AuditSink | undefined,
    onSinkError: o.onSinkError as AuditSinkErrorHandler | undefined,
    hash: (o.hash ?? defaultHash) as HashFunction,
    origin: logOrigin,
    keyName,
    secretKey,
    publicKey,
    maxDepth: o.maxDepth === undefined ? 64 : requireInteger(origin, 'options.maxDepth', o.maxDepth, 1, 10_000),
    maxDataLength:
      o.maxDataLength === undefined
        ? 1_048_576
        : requireInteger(origin, 'options.maxDataLength', o.maxDataLength, 4, 2 ** 30),
  };
}
