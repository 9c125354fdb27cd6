/**
 * `aegis-safety/node`: the Node-only parts of Aegis: SHA-256 through `node:crypto`, a file sink for
 * the audit log, and opening a log kept in a file. The `aegis` command (`aegis verify`) is built on them.
 *
 * @module
 */

export type { FileSinkOptions } from './file-sink.js';
export { FileSink } from './file-sink.js';
export { nodeSha256 } from './hash.js';
export type { ExpiryDriver, ExpiryDriverOptions } from './hitl-expiry.js';
export { driveExpiry } from './hitl-expiry.js';
export type { AuditFile, OpenAuditFileOptions } from './open-audit-file.js';
export { openAuditFile } from './open-audit-file.js';
