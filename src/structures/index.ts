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
export type { HashFunction, MerkleLogOptions } from './merkle-log.js';
export { hashChildren, hashLeaf, MerkleLog, verifyConsistency, verifyInclusion } from './merkle-log.js';
