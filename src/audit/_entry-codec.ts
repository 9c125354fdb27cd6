/**
 * The byte-exact form of audit entries: their canonical JSON (RFC 8785) line, and the strict parser
 * that reads an NDJSON line back.
 *
 * An entry's keys sorted by code unit are actor, data, hash, prevHash, seq, timestamp, type, so the
 * canonical text is assembled from fragments rather than by canonicalizing an object each time: only
 * `data` goes through `canonicalize`; type and actor are escaped once per distinct string. The hash
 * is computed from the same fragments as bytes (`_entry-hasher.ts`).
 *
 * @internal Not part of the public API.
 * @module
 */
import { hasLoneSurrogate, isPlainObject } from '../_validate.js';
import { AegisError } from '../errors.js';
import { canonicalize } from '../structures/canonical-json.js';

/** The fields of an entry, each already a canonical JSON fragment where it is text. */
export interface EntryFragments {
  seq: number;
  timestamp: number;
  /** `JSON.stringify(type)`. */
  typeJson: string;
  /** `JSON.stringify(actor)` or `null`. */
  actorJson: string;
  /** `canonicalize(data)`. */
  dataJson: string;
  /** The previous entry's hash in hex. */
  prevHex: string;
}

/** The entry's NDJSON line: its canonical JSON with the hash. */
export function lineJson(f: EntryFragments, hashHex: string): string {
  return `{"actor":${f.actorJson},"data":${f.dataJson},"hash":"${hashHex}","prevHash":"${f.prevHex}","seq":${f.seq},"timestamp":${f.timestamp},"type":${f.typeJson}}`;
}

/** Longest type or actor name. */
export const MAX_NAME_LENGTH = 256;

/** A type or actor name: non-empty, at most 256 code units, valid Unicode. Returns why not, or ''. */
export function nameProblem(value: unknown): string {
  if (typeof value !== 'string') return 'is not a string';
  if (value.length === 0) return 'is empty';
  if (value.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (hasLoneSurrogate(value)) return 'contains a lone surrogate';
  return '';
}

/** An entry read back from its line, before its hash and links are checked. */
export interface ParsedEntry {
  seq: number;
  timestamp: number;
  type: string;
  actor: string | null;
  dataJson: string;
  prevHash: string;
  hash: string;
}

const ENTRY_KEYS = ['actor', 'data', 'hash', 'prevHash', 'seq', 'timestamp', 'type'];

/** Why a line could not be read: `torn` when it is not even JSON (a cut-short write looks like this). */
export interface LineProblem {
  problem: string;
  torn: boolean;
  code: 'TAMPERED' | 'LIMIT_EXCEEDED';
}

/**
 * Reads one NDJSON line into its fields, checking shape and types. Whether the line is in canonical
 * form, and its hash and links, are the caller's to check.
 */
export function parseLine(
  line: string,
  hexLength: number,
  limits: { maxDepth: number; maxDataLength: number },
): ParsedEntry | LineProblem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'is not complete JSON', torn: true, code: 'TAMPERED' };
  }
  const fail = (problem: string): LineProblem => ({ problem, torn: false, code: 'TAMPERED' });
  if (!isPlainObject(value)) return fail('is not a JSON object');
  const keys = Object.keys(value).sort();
  if (keys.length !== ENTRY_KEYS.length || keys.some((k, i) => k !== ENTRY_KEYS[i])) {
    return fail(`has fields ${keys.join(', ')} instead of ${ENTRY_KEYS.join(', ')}`);
  }
  const { seq, timestamp, type, actor, data, prevHash, hash } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return fail('has a bad seq');
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp)) return fail('has a bad timestamp');
  const typeWhy = nameProblem(type);
  if (typeWhy !== '') return fail(`has a type that ${typeWhy}`);
  const actorWhy = actor === null ? '' : nameProblem(actor);
  if (actorWhy !== '') return fail(`has an actor that ${actorWhy}`);
  const hexRe = new RegExp(`^[0-9a-f]{${hexLength}}$`);
  if (typeof prevHash !== 'string' || !hexRe.test(prevHash)) return fail('has a malformed prevHash');
  if (typeof hash !== 'string' || !hexRe.test(hash)) return fail('has a malformed hash');
  let dataJson: string;
  try {
    dataJson = canonicalize(data, { maxDepth: limits.maxDepth, maxLength: limits.maxDataLength, name: 'data' });
  } catch (error) {
    const limit = error instanceof AegisError && error.code === 'LIMIT_EXCEEDED';
    const why = error instanceof Error ? error.message : String(error);
    return {
      problem: `has data that cannot be hashed (${why})`,
      torn: false,
      code: limit ? 'LIMIT_EXCEEDED' : 'TAMPERED',
    };
  }
  return {
    seq,
    timestamp,
    type: type as string,
    actor: actor as string | null,
    dataJson,
    prevHash,
    hash,
  };
}
