/**
 * The plain data types of the Love Engine: what goes in (an action), what comes out (a score with
 * its reasons), and the reports of the helper methods. Everything here is JSON-compatible data, so
 * results can be logged, audited and compared as they are.
 *
 * @module
 */

/** The five dimensions every action is scored on, each in [0, 1] (1 is best). */
export type EthicalDimension = 'harmPrevention' | 'autonomyRespect' | 'fairness' | 'transparency' | 'beneficence';

/** The dimensions in their fixed order (the order of `dimensions`, `concerns` and tie-breaks). */
export const DIMENSIONS: readonly EthicalDimension[] = Object.freeze([
  'harmPrevention',
  'autonomyRespect',
  'fairness',
  'transparency',
  'beneficence',
]);

/** One value per dimension. */
export type EthicalDimensions = { readonly [D in EthicalDimension]: number };

/** Signed changes to some dimensions (a lexicon entry's effects, an adjustment). */
export type DimensionEffects = { readonly [D in EthicalDimension]?: number };

/**
 * An action an agent wants to take.
 *
 * `parameters` may be any plain JSON value; its object keys and string values are read as text
 * (numbers, booleans and `null` carry no words). Unknown keys on the action are refused, so that a
 * misspelled `expected_outcome` is not silently left unscored.
 */
export interface EthicsAction {
  /** Identifies the action in the engine's history (for {@link LoveEngine.recordOutcome}). */
  readonly id: string;
  /** What the action does, often an identifier such as `delete_database` or `sendEmail`. */
  readonly actionType: string;
  readonly parameters?: unknown;
  /** What the agent expects to happen, in its own words. */
  readonly expectedOutcome?: string;
}

/** Where in an action a word was found. */
export type EthicsField = 'actionType' | 'expectedOutcome' | 'parameters';

/**
 * One piece of evidence: a lexicon entry (or a learned adjustment) that moved, or would have moved,
 * one dimension.
 */
export interface EthicalReason {
  readonly dimension: EthicalDimension;
  /**
   * The signed change this evidence carries for the dimension. A scope amplifier's share of a raised
   * penalty is its own reason, naming the amplifier's words.
   */
  readonly delta: number;
  /**
   * Whether the change was counted. Bonuses are not counted in a dimension that a penalty already
   * lowered, nor at all when the penalties alone put the action below the threshold. A negated
   * phrase that carries nothing ("no harm") is listed with `delta` 0, not counted.
   */
  readonly applied: boolean;
  /** The lexicon entry id, or `adjustment` for a learned correction. */
  readonly entry: string;
  /** The words as written in the action (for an adjustment, the action type). */
  readonly word: string;
  /** Whether the words were negated ("no harm", "without consent", "consent not given"). */
  readonly negated: boolean;
  readonly field: EthicsField;
  /**
   * JSON Pointer (RFC 6901) of the parameter the words came from, `''` outside `parameters`. Words in
   * an object key point at that key's value.
   */
  readonly path: string;
  /** The same facts as one sentence. */
  readonly message: string;
}

/** The verdict on one action. */
export interface EthicalScore {
  /** The action's id. */
  readonly id: string;
  /**
   * Weighted geometric mean of the dimensions, `Π dᵢ^wᵢ`, in [0, 1]: a ruined dimension cannot be
   * bought back by the others (a dimension at 0 makes the score 0).
   */
  readonly score: number;
  /** `score >= threshold`. */
  readonly passes: boolean;
  readonly dimensions: EthicalDimensions;
  /** One sentence per dimension below 0.5, in dimension order. */
  readonly concerns: readonly string[];
  /** Every point lost or gained, in the order the words appear, then adjustments. */
  readonly reasons: readonly EthicalReason[];
}

/** The three signals of {@link LoveEngine.detectHallucination}. */
export type HallucinationSignalName = 'uncertainty' | 'contradiction' | 'precision';

/** A signal that fired, with the words that fired it (as written). */
export interface HallucinationSignal {
  readonly name: HallucinationSignalName;
  readonly words: readonly string[];
}

export interface HallucinationReport {
  /** Two or more signals fired. */
  readonly flagged: boolean;
  /** The signals that fired, in the order uncertainty, contradiction, precision. */
  readonly signals: readonly HallucinationSignal[];
}

/** A system state for {@link LoveEngine.computeLoveMetric}. */
export interface LoveState {
  readonly entropy: number;
  readonly order: number;
  /** Well-being measurements; their mean is compared. May be empty. */
  readonly wellbeingMetrics: readonly number[];
}

/** The love metric and its three terms. */
export interface LoveMetric {
  /** `0.4 · entropyReduction + 0.3 · orderIncrease + 0.3 · wellbeingChange`. */
  readonly value: number;
  /** `before.entropy − after.entropy`. */
  readonly entropyReduction: number;
  /** `after.order − before.order`. */
  readonly orderIncrease: number;
  /** Mean well-being after minus before; 0 when either side has no measurements. */
  readonly wellbeingChange: number;
}

/** What became of an action, as reported to {@link LoveEngine.recordOutcome}. */
export interface EthicsOutcome {
  /** Whether the action turned out harmful (or a human judged it unacceptable). */
  readonly harmful: boolean;
}

/** {@link LoveEngine.evaluateAlignment}: how the recent evaluations and their outcomes add up. */
export interface AlignmentReport {
  /**
   * Mean alignment over the recent evaluations, in [0, 1]: an evaluation without a reported outcome
   * counts its score; one with an outcome counts `1 − |score − y|` (y = 0 harmful, 1 acceptable),
   * so a harmful action that was scored high pulls alignment down. `null` before any evaluation.
   */
  readonly alignment: number | null;
  /** Evaluations in the window. */
  readonly evaluations: number;
  readonly meanScore: number | null;
  readonly passRate: number | null;
  /** Evaluations in the window with a reported outcome. */
  readonly outcomes: number;
  /** Share of reported outcomes the verdict agreed with (passed and acceptable, or failed and harmful). */
  readonly agreement: number | null;
  /** Passed, then reported harmful. */
  readonly harmfulPassed: number;
  /** Failed, then reported acceptable. */
  readonly acceptableFailed: number;
  /** Clock time of the oldest and newest evaluation in the window. */
  readonly since: number | null;
  readonly until: number | null;
}

/** A learned correction (see {@link LoveEngine.adjust}). */
export interface EthicsAdjustment {
  readonly actionType: string;
  readonly dimension: EthicalDimension;
  /** The accumulated correction, within ±{@link MAX_ADJUSTMENT}. */
  readonly delta: number;
  /** Clock time of the last change. */
  readonly updatedAt: number;
}

/** The largest accumulated correction per action type and dimension. */
export const MAX_ADJUSTMENT = 0.5;

/** The concern sentence for each dimension, used when it falls below 0.5. */
export const CONCERNS: { readonly [D in EthicalDimension]: string } = Object.freeze({
  harmPrevention: 'Potential harm to users or systems',
  autonomyRespect: 'May not respect user autonomy',
  fairness: 'Fairness concerns detected',
  transparency: 'Lack of transparency in action',
  beneficence: 'Limited benefit to users',
});
