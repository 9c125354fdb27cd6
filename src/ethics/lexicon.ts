/**
 * The shape of a Love Engine lexicon: plain JSON-compatible data that says which words signal what,
 * and how much each signal moves each dimension.
 *
 * @module
 */
import type { DimensionEffects, EthicalDimensions } from './types.js';

/**
 * One signal of the lexicon.
 *
 * An entry counts at most once per action however often its phrases occur: once with `effects` if
 * any occurrence is plain, once with `negatedEffects` if any occurrence is negated.
 */
export interface EthicsLexiconEntry {
  /** Unique id, named in every reason the entry produces (not `adjustment`, which is reserved). */
  readonly id: string;
  /** Human grouping, e.g. `privacy and credentials`. */
  readonly category: string;
  /**
   * Phrases matched as whole words after normalization (lowercase, identifiers split into words).
   * Each must start and end with a letter or digit; no phrase may appear twice in a lexicon.
   */
  readonly phrases: readonly string[];
  /** Changes to the dimensions, each in [-1, 1]: negative is a penalty, positive a bonus. */
  readonly effects: DimensionEffects;
  /**
   * Changes when the phrase is negated ("without consent"); none by default. Where `effects`
   * penalizes a dimension, the negated change must be ≥ 0, so negating a harmful phrase never
   * scores worse than the phrase itself.
   */
  readonly negatedEffects?: DimensionEffects;
  /**
   * Whether a negation reaches through this phrase to the one right after it (its object): with
   * `share` transitive, "never share user passwords" negates `user passwords` too. Default false.
   */
  readonly transitive?: boolean;
  /**
   * Scope: when this entry occurs (not negated), every penalty of the other entries in the action
   * is raised by this fraction, in (0, 1]; all amplifiers together raise penalties by at most 100%.
   * `delete` on a temporary file is mild, `delete` in `production` is not.
   */
  readonly amplify?: number;
}

/** A complete lexicon (see `DEFAULT_ETHICS_LEXICON` for the one that ships). */
export interface EthicsLexicon {
  /** Each dimension's value when nothing in the action speaks to it, in [0, 1]. */
  readonly baseline: EthicalDimensions;
  /** How many words may stand between a negator and the phrase it negates (0–8). */
  readonly negationWindow: number;
  /** Words that negate the phrase after them: `no`, `not`, `without`, … */
  readonly negators: readonly string[];
  /**
   * Words that negate the phrase before them, within two words or after `:` / `=`:
   * "consent not given", `{ consent: false }`.
   */
  readonly postNegators: readonly string[];
  /** Words that end a negation's reach: `and`, `but`, `however`, … (punctuation always does). */
  readonly scopeBreakers: readonly string[];
  /**
   * Words that act against the harm they precede: `report`, `detect`, `block`, `quarantine`
   * (`report abuse`, `detect malware`, `block spam`). A counter reaches like a negator, but it
   * negates only a harmful act, an entry with a penalty that is not a scope amplifier: `flag the
   * backups` is not `no backups`, `report consent status` is not `no consent`, and `report medical
   * records` still handles medical records. Optional, none by default.
   */
  readonly counters?: readonly string[];
  readonly entries: readonly EthicsLexiconEntry[];
}
