/**
 * `aegis-safety/structures`: the generic data structures Aegis is built on, usable on their own.
 * They know nothing of agents.
 *
 * @module
 */

export type { AhoCorasickOptions, Match, MatchKind, MatchVisitor, StreamOptions } from './aho-corasick.js';
export { AhoCorasick, MatchScanner } from './aho-corasick.js';
export type { CanonicalOptions, JsonValue } from './canonical-json.js';
export { canonicalize } from './canonical-json.js';
export type { TokenBucketOptions } from './token-bucket.js';
export { TokenBucket } from './token-bucket.js';
