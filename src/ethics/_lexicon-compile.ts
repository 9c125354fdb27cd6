/**
 * Validates a lexicon and compiles it into one matcher plus flat tables.
 *
 * @internal Not part of the public API.
 */
import { checkOptions, isPlainObject, readArray, requireInteger, requireNumber } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { AhoCorasick } from '../structures/aho-corasick.js';
import { isWordCode, normalizeText } from '../text/normalize.js';
import type { EthicsLexicon } from './lexicon.js';
import { DIMENSIONS, type EthicalDimension } from './types.js';

/** What a pattern of the compiled matcher stands for. */
export const ENTRY = 0;
export const NEGATOR = 1;
export const POST_NEGATOR = 2;
export const BREAKER = 3;
/** `or`: carries a negation from one phrase to the next ("no harm or damage"). */
export const OR = 4;
/** A negator that reaches only phrases carrying a penalty (`report abuse`, `detect malware`). */
export const COUNTER = 5;

/** Normalization shared by phrases and action text, so both read the same. */
export const NORMALIZE_OPTIONS = Object.freeze({ splitIdentifiers: true });

const LIMITS = { entries: 10_000, phrases: 100_000, phraseLength: 256 };
/**
 * Dense DFA rows for the shallow states only: within 512 KiB the default lexicon's automaton takes
 * about a third of its fully dense size at the same speed within noise; at 256 KiB long actions
 * take nearly twice as long.
 */
const DENSE_BYTES = 512 * 1024;
const D = DIMENSIONS.length;

export interface CompiledEntry {
  readonly id: string;
  readonly category: string;
  /** Effects per dimension, in {@link DIMENSIONS} order. */
  readonly effects: Float64Array;
  readonly negatedEffects: Float64Array;
  readonly transitive: boolean;
  /** Fraction by which this entry raises the other entries' penalties (0: not an amplifier). */
  readonly amplify: number;
  /**
   * Whether a counter (`report`, `detect`) may negate this entry: a harmful act, with a penalty in
   * `effects`, that is not a scope amplifier ("report medical records" still handles medical records).
   */
  readonly counterable: boolean;
}

export interface CompiledLexicon {
  readonly matcher: AhoCorasick;
  /** Per pattern: ENTRY, NEGATOR, POST_NEGATOR, BREAKER, OR or COUNTER. */
  readonly kinds: Uint8Array;
  /** Per pattern: its entry index (ENTRY patterns only). */
  readonly entryOf: Int32Array;
  readonly entries: readonly CompiledEntry[];
  /** Baseline per dimension, in {@link DIMENSIONS} order. */
  readonly baseline: Float64Array;
  readonly window: number;
}

const LEXICON_KEYS = ['baseline', 'negationWindow', 'negators', 'postNegators', 'scopeBreakers', 'counters', 'entries'];
/** Keys a lexicon may leave out. */
const OPTIONAL_KEYS = new Set(['counters']);
const ENTRY_KEYS = ['id', 'category', 'phrases', 'effects', 'negatedEffects', 'transitive', 'amplify'];

function effectsOf(origin: string, name: string, value: unknown, optional: boolean): Float64Array {
  const out = new Float64Array(D);
  if (value === undefined) {
    if (optional) return out;
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be an object of dimension effects`);
  }
  const o = checkOptions(origin, value, DIMENSIONS as readonly string[]);
  DIMENSIONS.forEach((d, i) => {
    if (o[d] !== undefined) out[i] = requireNumber(origin, `${name}.${d}`, o[d], -1, 1);
  });
  return out;
}

/** A snapshot of a list (length and items read once), refused beyond `max` items. */
function stringList(origin: string, name: string, value: unknown, max: number): readonly unknown[] {
  return readArray(origin, name, value, max, { of: 'strings' });
}

/**
 * Validates `lexicon` and builds the single matcher over every phrase, negator and breaker.
 * O(total phrase length · character classes).
 * @throws AegisError `INVALID_ARGUMENT` for a malformed lexicon (the message names the culprit);
 *   `LIMIT_EXCEEDED` past 10,000 entries or 100,000 phrases
 */
export function compileLexicon(origin: string, lexicon: unknown): CompiledLexicon {
  const lex = checkOptions(origin, lexicon, LEXICON_KEYS) as Partial<Record<keyof EthicsLexicon, unknown>>;
  for (const key of LEXICON_KEYS) {
    if (lex[key as keyof EthicsLexicon] === undefined && !OPTIONAL_KEYS.has(key)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `lexicon.${key} is missing`);
    }
  }
  const baseObject = checkOptions(origin, lex.baseline, DIMENSIONS as readonly string[]);
  const baseline = new Float64Array(D);
  DIMENSIONS.forEach((d, i) => {
    baseline[i] = requireNumber(origin, `lexicon.baseline.${d}`, baseObject[d], 0, 1);
  });
  const window = requireInteger(origin, 'lexicon.negationWindow', lex.negationWindow, 0, 8);

  const patterns: string[] = [];
  const kinds: number[] = [];
  const entryOf: number[] = [];
  const seen = new Map<string, string>();
  const add = (name: string, phrase: unknown, kind: number, entry: number): void => {
    if (typeof phrase !== 'string') {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a string, got ${describe(phrase)}`);
    }
    if (phrase.length > LIMITS.phraseLength) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name} is longer than ${LIMITS.phraseLength} characters`);
    }
    const text = normalizeText(phrase, NORMALIZE_OPTIONS).text;
    if (
      text.length === 0 ||
      !isWordCode(text.charCodeAt(0)) ||
      !isWordCode(text.charCodeAt(text.length - 1)) ||
      text.includes(';')
    ) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name} (${JSON.stringify(phrase)}) must start and end with a letter or digit once normalized`,
      );
    }
    const previous = seen.get(text);
    if (previous !== undefined) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name} (${JSON.stringify(phrase)}) reads the same as ${previous}; a phrase may appear only once`,
      );
    }
    if (patterns.length >= LIMITS.phrases) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `the lexicon has more than ${LIMITS.phrases} phrases`);
    }
    seen.set(text, name);
    patterns.push(text);
    kinds.push(kind);
    entryOf.push(entry);
    // Written in capitals, a phrase can read differently: identifier splitting puts a space
    // between a digit and a capital (`2FA` → `2 fa`). That spelling is matched too.
    const upper = normalizeText(phrase.toUpperCase(), NORMALIZE_OPTIONS).text;
    if (upper !== text && !seen.has(upper)) {
      seen.set(upper, name);
      patterns.push(upper);
      kinds.push(kind);
      entryOf.push(entry);
    }
  };

  const lists: [keyof EthicsLexicon, number][] = [
    ['negators', NEGATOR],
    ['postNegators', POST_NEGATOR],
    ['scopeBreakers', BREAKER],
    ['counters', COUNTER],
  ];
  for (const [key, kind] of lists) {
    if (lex[key] === undefined) continue; // an optional list left out
    const list = stringList(origin, `lexicon.${key}`, lex[key], LIMITS.phrases);
    list.forEach((p, i) => {
      add(`lexicon.${key}[${i}]`, p, kind, -1);
    });
  }
  // `or` carries negation along a list unless the lexicon gives the word another role.
  if (!seen.has('or')) {
    seen.set('or', 'or');
    patterns.push('or');
    kinds.push(OR);
    entryOf.push(-1);
  }

  const rawEntries = stringList(origin, 'lexicon.entries', lex.entries, LIMITS.entries);
  const entries: CompiledEntry[] = [];
  const ids = new Set<string>(['adjustment']);
  rawEntries.forEach((raw, index) => {
    const name = `lexicon.entries[${index}]`;
    if (!isPlainObject(raw)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(raw)}`);
    }
    const e = checkOptions(origin, raw, ENTRY_KEYS);
    const id = e.id;
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name}.id must be a string of 1–64 characters`);
    }
    if (ids.has(id)) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name}.id ${JSON.stringify(id)} is already used or reserved`);
    }
    ids.add(id);
    if (typeof e.category !== 'string' || e.category.length > 256) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name}.category must be a string of at most 256 characters`);
    }
    if (e.transitive !== undefined && typeof e.transitive !== 'boolean') {
      throw new AegisError('INVALID_ARGUMENT', origin, `${name}.transitive must be a boolean`);
    }
    const amplify = e.amplify === undefined ? 0 : requireNumber(origin, `${name}.amplify`, e.amplify, 0, 1);
    const effects = effectsOf(origin, `${name}.effects`, e.effects, false);
    const negatedEffects = effectsOf(origin, `${name}.negatedEffects`, e.negatedEffects, true);
    DIMENSIONS.forEach((d: EthicalDimension, i) => {
      // i < DIMENSIONS.length = the length of both effect arrays
      if (effects[i]! < 0 && negatedEffects[i]! < 0) {
        throw new AegisError(
          'INVALID_ARGUMENT',
          origin,
          `${name}.negatedEffects.${d} must be ≥ 0 where effects.${d} is a penalty (negating harm never scores worse)`,
        );
      }
    });
    const phrases = stringList(origin, `${name}.phrases`, e.phrases, LIMITS.phrases);
    if (phrases.length === 0) throw new AegisError('INVALID_ARGUMENT', origin, `${name}.phrases is empty`);
    phrases.forEach((p, i) => {
      add(`${name}.phrases[${i}]`, p, ENTRY, index);
    });
    const counterable = amplify === 0 && effects.some((x) => x < 0);
    entries.push({
      id,
      category: e.category,
      effects,
      negatedEffects,
      transitive: e.transitive === true,
      amplify,
      counterable,
    });
  });

  return {
    matcher: new AhoCorasick(patterns, { maxDenseBytes: DENSE_BYTES }),
    kinds: Uint8Array.from(kinds),
    entryOf: Int32Array.from(entryOf),
    entries,
    baseline,
    window,
  };
}
