/**
 * Validation and compilation of one firewall rule: patterns normalized like content, compact forms
 * for long phrases, context expressions compiled.
 *
 * @internal Not part of the public API.
 */
import { hasLoneSurrogate, isPlainObject, oneOf, pickKnown, readArray, requireId } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { type ContextProgram, compileContext } from '../structures/context-regex.js';
import { compactCode, normalizeText } from '../text/index.js';
import type { FirewallRule, Severity } from './types.js';

const RULE_KEYS = [
  'id',
  'patterns',
  'category',
  'severity',
  'word',
  'description',
  'before',
  'after',
  'unless',
  'within',
];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** Risk each severity takes from the score, combined as independent risks: score = Π(1 − risk). */
export const RISK: Readonly<Record<Severity, number>> = Object.freeze({
  low: 0.1,
  medium: 0.35,
  high: 0.6,
  critical: 1,
});
const RANK: Readonly<Record<Severity, number>> = Object.freeze({ low: 0, medium: 1, high: 2, critical: 3 });

export const MAX_PATTERNS = 1024;
const MAX_PATTERN_CHARS = 512;
/** Longest normalized pattern: bounds the text a stream keeps for checking word edges. */
export const MAX_FORM = 256;
export const MAX_WITHIN = 1000;
const DEFAULT_WITHIN = 100;
/** A phrase qualifies for the compact view with this many letters or more. */
const COMPACT_MIN = 8;
/** A compact match may span at most this many times its length of normalized text. */
export const COMPACT_SPREAD = 4;
/** Phrases eligible for the compact view: words of letters and digits, separated by spaces, `_`, `-` or `'`. */
const PHRASE = /^[a-z0-9]+(?:[ _'-]+[a-z0-9]+)+$/;

/** A validated rule, ready for indexing. */
export interface CompiledRule {
  readonly id: string;
  /** A frozen deep copy of the rule as given. */
  readonly rule: Readonly<FirewallRule>;
  readonly category: string;
  readonly severity: Severity;
  readonly risk: number;
  readonly rank: number;
  readonly word: boolean;
  readonly description: string;
  readonly before: ContextProgram | null;
  readonly after: ContextProgram | null;
  /** Read like `before`; the phrase does not count where it matches. */
  readonly unless: ContextProgram | null;
  readonly within: number;
  /** Normalized patterns, duplicates removed, with the index of the pattern each came from. */
  readonly forms: readonly string[];
  readonly formPattern: readonly number[];
  /** Compact forms of the eligible phrases, duplicates removed. */
  readonly compactForms: readonly string[];
  readonly compactPattern: readonly number[];
  /** Version at which the rule was added and removed (Infinity while present). */
  addedAt: number;
  removedAt: number;
  /** Where the rule's patterns are: 0 the main automata, 1 the delta automata, 2 the recent (plain) list. */
  tier: 0 | 1 | 2;
}

/** The compact form of a normalized pattern if it is a phrase long enough for the compact view. */
export function compactForm(form: string): string | undefined {
  if (!PHRASE.test(form)) return undefined;
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const c = compactCode(form.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out.length >= COMPACT_MIN ? out : undefined;
}

function requireText(origin: string, name: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a string, got ${describe(value)}`);
  }
  if (value.length < min || value.length > max) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must have ${min}–${max} characters, got ${value.length}`);
  }
  if (hasLoneSurrogate(value)) throw new AegisError('INVALID_ARGUMENT', origin, `${name} contains a lone surrogate`);
  return value;
}

/**
 * Validates `value` as a {@link FirewallRule} and compiles it. `name` is how the caller refers to
 * it in messages (`rule`, `options.rules[3]`).
 * @throws AegisError `INVALID_ARGUMENT` for anything that is not a valid rule
 */
export function compileRule(origin: string, name: string, input: unknown): CompiledRule {
  if (!isPlainObject(input)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name} must be a plain object, got ${describe(input)}`);
  }
  // A snapshot, each field read once: what is checked and compiled is what is kept.
  const value = pickKnown(origin, name, input, RULE_KEYS);
  const id = requireId(origin, `${name}.id`, value.id, 128);
  // Length and elements read once: a Proxy cannot pass the limit and then grow.
  const patterns = readArray(origin, `${name}.patterns`, value.patterns, MAX_PATTERNS, {
    of: `1–${MAX_PATTERNS} strings`,
    min: 1,
    code: 'INVALID_ARGUMENT',
    message: (n) => `${name}.patterns must be an array of 1–${MAX_PATTERNS} strings, got an array of length ${n}`,
  });
  const category = requireText(origin, `${name}.category`, value.category, 1, 64);
  const severity = oneOf(origin, `${name}.severity`, value.severity, SEVERITIES);
  const word = value.word === undefined ? false : value.word;
  if (typeof word !== 'boolean') {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name}.word must be a boolean, got ${describe(word)}`);
  }
  const description = requireText(origin, `${name}.description`, value.description, 0, 1024);
  let within = DEFAULT_WITHIN;
  if (value.within !== undefined) {
    const w = value.within;
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 1 || w > MAX_WITHIN) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name}.within must be an integer in [1, ${MAX_WITHIN}], got ${describe(w)}`,
      );
    }
    within = w;
  }
  const before =
    value.before === undefined
      ? null
      : compileContext(
          requireText(origin, `${name}.before`, value.before, 1, 2048),
          'before',
          origin,
          `${name}.before`,
        );
  const after =
    value.after === undefined
      ? null
      : compileContext(requireText(origin, `${name}.after`, value.after, 1, 2048), 'after', origin, `${name}.after`);
  const unless =
    value.unless === undefined
      ? null
      : compileContext(
          requireText(origin, `${name}.unless`, value.unless, 1, 2048),
          'before',
          origin,
          `${name}.unless`,
        );

  const copy: string[] = [];
  const forms: string[] = [];
  const formPattern: number[] = [];
  const compactForms: string[] = [];
  const compactPattern: number[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const p = requireText(origin, `${name}.patterns[${i}]`, patterns[i], 1, MAX_PATTERN_CHARS);
    copy.push(p);
    const form = normalizeText(p).text;
    if (form.length === 0 || form === ' ') {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name}.patterns[${i}] normalizes to nothing (only spaces, quotes or invisible characters)`,
      );
    }
    if (form.length > MAX_FORM) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `${name}.patterns[${i}] normalizes to ${form.length} characters; at most ${MAX_FORM} are allowed`,
      );
    }
    if (!forms.includes(form)) {
      forms.push(form);
      formPattern.push(i);
      const compact = compactForm(form);
      if (compact !== undefined && !compactForms.includes(compact)) {
        compactForms.push(compact);
        compactPattern.push(i);
      }
    }
  }
  const rule: FirewallRule = { id, patterns: Object.freeze(copy), category, severity, description };
  if (value.word !== undefined) rule.word = word;
  if (value.before !== undefined) rule.before = value.before as string;
  if (value.after !== undefined) rule.after = value.after as string;
  if (value.unless !== undefined) rule.unless = value.unless as string;
  if (value.within !== undefined) rule.within = within;
  return {
    id,
    rule: Object.freeze(rule),
    category,
    severity,
    risk: RISK[severity],
    rank: RANK[severity],
    word,
    description,
    before,
    after,
    unless,
    within,
    forms,
    formPattern,
    compactForms,
    compactPattern,
    addedAt: 0,
    removedAt: Number.POSITIVE_INFINITY,
    tier: 0,
  };
}
