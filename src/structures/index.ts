/**
 * `aegis-safety/structures`: the generic data structures Aegis is built on, usable on their own.
 * They know nothing of agents.
 *
 * @module
 */

export type { NormalizedChunk, NormalizedText, NormalizeOptions } from '../text/index.js';
export { compactCode, compactText, foldUnicode, isWordCode, normalizeText, TextNormalizer } from '../text/index.js';
export type { AhoCorasickOptions, Match, MatchKind, MatchVisitor, StreamOptions } from './aho-corasick.js';
export { AhoCorasick, MatchScanner } from './aho-corasick.js';
export type { CanonicalOptions, JsonValue } from './canonical-json.js';
export { canonicalize } from './canonical-json.js';
export type { HeapComparator, HeapVisitor } from './indexed-heap.js';
export { IndexedHeap } from './indexed-heap.js';
export type { InternerOptions } from './interner.js';
export { Interner } from './interner.js';
export type { HashFunction, MerkleLogOptions } from './merkle-log.js';
export { hashChildren, hashLeaf, MerkleLog, verifyConsistency, verifyInclusion } from './merkle-log.js';
export type { PlainJsonOptions } from './plain-json.js';
export { copyPlainJson } from './plain-json.js';
export type { RunningStatsSnapshot } from './running-stats.js';
export { RunningStats } from './running-stats.js';
export type { HeavyHitter } from './space-saving.js';
export { SpaceSaving } from './space-saving.js';
export type { TokenBucketOptions } from './token-bucket.js';
export { TokenBucket } from './token-bucket.js';
