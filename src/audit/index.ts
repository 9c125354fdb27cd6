/**
 * The audit system: a tamper-evident, Merkle-tree-backed log of agent actions with signed
 * checkpoints, proofs and NDJSON export.
 *
 * @module
 */

export { AuditLog } from './audit-log.js';
export type { Checkpoint } from './checkpoint.js';
export { generateSigningKey, verifyCheckpoint } from './checkpoint.js';
export type {
  AuditConsistencyProof,
  AuditEntry,
  AuditInclusionProof,
  AuditLogOptions,
  AuditSink,
  AuditSinkErrorHandler,
  AuditSinkFailure,
  AuditSinkStatus,
  FromLinesOptions,
  HistoryQuery,
  LogActionOptions,
  VerifyChainOptions,
  VerifyChainResult,
} from './types.js';
