/**
 * `aegis-safety`: a fast, verifiable, zero-I/O safety layer for autonomous AI agents.
 *
 * @module
 */

export type {
  AuditConsistencyProof,
  AuditEntry,
  AuditInclusionProof,
  AuditLogOptions,
  AuditSink,
  Checkpoint,
  FromLinesOptions,
  HistoryQuery,
  LogActionOptions,
  VerifyChainOptions,
  VerifyChainResult,
} from './audit/index.js';
export { AuditLog, generateSigningKey, verifyCheckpoint } from './audit/index.js';
export type { AegisErrorCode, AegisErrorDetails } from './errors.js';
export { AegisError } from './errors.js';
export type {
  AhoCorasickOptions,
  CanonicalOptions,
  HashFunction,
  JsonValue,
  Match,
  MatchKind,
  MatchVisitor,
  MerkleLogOptions,
  StreamOptions,
} from './structures/index.js';
export {
  AhoCorasick,
  canonicalize,
  hashChildren,
  hashLeaf,
  MatchScanner,
  MerkleLog,
  verifyConsistency,
  verifyInclusion,
} from './structures/index.js';
