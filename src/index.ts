/**
 * `aegis-safety`: a fast, verifiable, zero-I/O safety layer for autonomous AI agents.
 *
 * @module
 */

export type { AegisErrorCode, AegisErrorDetails } from './errors.js';
export { AegisError } from './errors.js';
export type {
  Decision,
  ExtractedIntent,
  ExtractedParameters,
  FirewallOptions,
  FirewallRequest,
  FirewallRule,
  FirewallStreamRequest,
  Intent,
  IntentAction,
  RateLimitOptions,
  RuleMatch,
  SafetyAssessment,
  Severity,
  Verdict,
} from './firewall/index.js';
export { DEFAULT_RULES, FirewallStream, IntentFirewall } from './firewall/index.js';
export type {
  AhoCorasickOptions,
  CanonicalOptions,
  JsonValue,
  Match,
  MatchKind,
  MatchVisitor,
  StreamOptions,
  TokenBucketOptions,
} from './structures/index.js';
export { AhoCorasick, canonicalize, MatchScanner, TokenBucket } from './structures/index.js';
export type { NormalizedChunk, NormalizedText, NormalizeOptions } from './text/index.js';
export { compactCode, compactText, isWordCode, normalizeText, TextNormalizer } from './text/index.js';
