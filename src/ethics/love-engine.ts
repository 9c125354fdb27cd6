/**
 * The Love Engine: explainable five-dimension ethics scoring of agent actions.
 *
 * @module
 */
import {
  checkOptions,
  oneOf,
  readArray,
  readClock,
  requireClock,
  requireId,
  requireInteger,
  requireNumber,
  requireUnit,
} from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { type CheckedAction, checkAction, Evaluator } from './_evaluate.js';
import { HallucinationDetector } from './_hallucination.js';
import { EvaluationHistory } from './_history.js';
import { compileLexicon } from './_lexicon-compile.js';
import { DEFAULT_ETHICS_LEXICON } from './default-lexicon.js';
import type { EthicsLexicon } from './lexicon.js';
import { computeLoveMetric } from './love-metric.js';
import {
  type AlignmentReport,
  DIMENSIONS,
  type EthicalDimension,
  type EthicalDimensions,
  type EthicalScore,
  type EthicsAction,
  type EthicsAdjustment,
  type EthicsOutcome,
  type HallucinationReport,
  type LoveMetric,
  type LoveState,
  MAX_ADJUSTMENT,
} from './types.js';

export interface LoveEngineOptions {
  /** Score at or above which an action passes, in [0, 1]. Default 0.6. */
  threshold?: number;
  /**
   * Weight of each dimension, each in [0, 1], summing to 1. Default harm prevention 0.4, autonomy
   * 0.2, fairness 0.2, transparency 0.1, beneficence 0.1.
   */
  weights?: EthicalDimensions;
  /** The lexicon to score with. Default {@link DEFAULT_ETHICS_LEXICON}. */
  lexicon?: EthicsLexicon;
  /** Milliseconds, for the history's timestamps. Default `Date.now`. */
  clock?: () => number;
  /** Evaluations remembered for {@link LoveEngine.evaluateAlignment} (1–1,000,000). Default 1,024. */
  historySize?: number;
}

/** The default weights: harm prevention first, then autonomy, fairness, transparency, beneficence. */
export const DEFAULT_WEIGHTS: EthicalDimensions = Object.freeze({
  harmPrevention: 0.4,
  autonomyRespect: 0.2,
  fairness: 0.2,
  transparency: 0.1,
  beneficence: 0.1,
});

const OPTION_KEYS = ['threshold', 'weights', 'lexicon', 'clock', 'historySize'];
/** Most action types with learned adjustments. */
export const MAX_ADJUSTED_ACTION_TYPES = 4096;
/** Most actions per batch. */
export const MAX_BATCH = 100_000;

function checkWeights(origin: string, value: unknown): Float64Array {
  const w = checkOptions(origin, value, DIMENSIONS as readonly string[]);
  const out = new Float64Array(DIMENSIONS.length);
  let sum = 0;
  DIMENSIONS.forEach((d, i) => {
    if (w[d] === undefined) throw new AegisError('INVALID_ARGUMENT', origin, `weights.${d} is missing`);
    out[i] = requireUnit(origin, `weights.${d}`, w[d]);
    // cast drops `undefined`: i < DIMENSIONS.length = out.length
    sum += out[i] as number;
  });
  if (Math.abs(sum - 1) > 1e-9) {
    throw new AegisError('INVALID_ARGUMENT', origin, `weights must sum to 1, got ${sum}`);
  }
  return out;
}

/**
 * Scores agent actions on five ethical dimensions (harm prevention, autonomy respect, fairness,
 * transparency, beneficence) and explains every point.
 *
 * One pass of one `AhoCorasick` over the normalized action type, parameters and expected
 * outcome finds every lexicon phrase as whole words (identifiers split: `delete_system`,
 * `userPasswords`), resolves negation ("no harm", "without consent", "never share"), and each entry
 * found moves the dimensions it names; scope words (`production`, `all users`, credentials) raise
 * the other penalties. A bonus never offsets a penalty in the same dimension, and when the penalties
 * alone fail the threshold no bonus counts. The score is the weighted geometric mean of the
 * dimensions, so one ruined dimension fails the action. The engine remembers its recent
 * evaluations (bounded) for {@link LoveEngine.evaluateAlignment}, and applies bounded learned
 * corrections per action type ({@link LoveEngine.adjust}).
 *
 * Scoring is O(n + m log m) for n characters of action text and m phrase occurrences, whatever the
 * size of the lexicon. Memory: the default lexicon's automaton plus ~30 bytes per remembered
 * evaluation.
 *
 * @example
 * ```ts
 * const engine = new LoveEngine();
 * const verdict = engine.checkEthics({
 *   id: 'a1',
 *   actionType: 'send_email',
 *   parameters: { target: 'marketing_list' },
 *   expectedOutcome: 'Send promotional emails without consent',
 * });
 * verdict.passes; // false
 * verdict.reasons[0].message; // 'harmPrevention −0.1: "marketing_list" (mass-audience) in parameters/target'
 * ```
 */
export class LoveEngine {
  /** Score at or above which an action passes. */
  readonly threshold: number;
  /** Weight of each dimension. */
  readonly weights: EthicalDimensions;
  private readonly evaluator: Evaluator;
  private readonly clock: () => number;
  private readonly history: EvaluationHistory;
  private readonly hallucination = new HallucinationDetector();
  private readonly learned = new Map<string, { deltas: Float64Array; updated: Float64Array }>();

  /**
   * Compiles the lexicon (about a millisecond for the default).
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option, a threshold outside [0, 1], weights
   *   that are incomplete, out of range or do not sum to 1, a malformed lexicon, a non-function clock
   */
  constructor(options?: LoveEngineOptions) {
    const origin = 'LoveEngine';
    const o = checkOptions(origin, options, OPTION_KEYS);
    this.threshold = o.threshold === undefined ? 0.6 : requireUnit(origin, 'threshold', o.threshold);
    const weights = o.weights === undefined ? checkWeights(origin, DEFAULT_WEIGHTS) : checkWeights(origin, o.weights);
    // casts drop `undefined`: checkWeights returns one weight per dimension (5)
    this.weights = Object.freeze({
      harmPrevention: weights[0] as number,
      autonomyRespect: weights[1] as number,
      fairness: weights[2] as number,
      transparency: weights[3] as number,
      beneficence: weights[4] as number,
    });
    this.clock = requireClock(origin, o.clock);
    const size =
      o.historySize === undefined ? 1024 : requireInteger(origin, 'historySize', o.historySize, 1, 1_000_000);
    const lexicon = compileLexicon(origin, o.lexicon === undefined ? DEFAULT_ETHICS_LEXICON : o.lexicon);
    this.evaluator = new Evaluator(lexicon, weights, this.threshold);
    this.history = new EvaluationHistory(size);
  }

  /**
   * Scores one action and remembers the verdict for {@link evaluateAlignment}.
   *
   * O(n + m log m) for n characters of text and m phrase occurrences.
   * @throws AegisError `INVALID_ARGUMENT` for a malformed action (unknown key, empty or non-string
   *   id or action type, parameters that are not plain JSON: cycles, undefined, functions, NaN,
   *   class instances, lone surrogates); `LIMIT_EXCEEDED` for text over 1 MiB, nesting deeper than
   *   64 or more than 100,000 values. A refused action leaves the engine unchanged.
   * @example
   * ```ts
   * engine.checkEthics({ id: 'a2', actionType: 'read_file', expectedOutcome: 'Read file to help user' }).passes; // true
   * ```
   */
  checkEthics(action: EthicsAction): EthicalScore {
    const origin = 'LoveEngine.checkEthics';
    const checked = checkAction(origin, action);
    const verdict = this.score(origin, checked);
    const now = readClock(origin, this.clock);
    this.history.record(verdict.id, verdict.score, verdict.passes, now);
    return verdict;
  }

  /**
   * Checks that {@link checkEthics} would accept `action`, without scoring or remembering it: the
   * same checks, the same error codes. A caller that must refuse bad input before changing anything
   * (the pipeline checks every input before its first component call) calls this first.
   *
   * O(n) for n characters of action text.
   * @throws AegisError with the code {@link checkEthics} would give for a malformed action
   * @example
   * ```ts
   * engine.assertValidAction({ id: 'a3', actionType: 'read_file', parameters: { path: 'README.md' } }); // no throw
   * ```
   */
  assertValidAction(action: EthicsAction): void {
    const origin = 'LoveEngine.assertValidAction';
    this.evaluator.validate(origin, checkAction(origin, action));
  }

  /**
   * Scores every action, exactly as {@link checkEthics} one by one would, and remembers them all.
   * All or nothing: if one action is refused, none is recorded.
   *
   * O(total text + occurrences).
   * @throws AegisError as {@link checkEthics}, naming the index; `INVALID_ARGUMENT` for a non-array;
   *   `LIMIT_EXCEEDED` past 100,000 actions
   * @example
   * ```ts
   * engine.checkEthicsBatch([a, b, c]).filter((v) => !v.passes);
   * ```
   */
  checkEthicsBatch(actions: readonly EthicsAction[]): EthicalScore[] {
    const origin = 'LoveEngine.checkEthicsBatch';
    // Length and elements read once: a Proxy cannot pass the batch limit and then grow.
    const list = readArray(origin, 'actions', actions, MAX_BATCH, {
      message: () => `a batch holds at most ${MAX_BATCH} actions`,
    });
    const verdicts: EthicalScore[] = [];
    for (let i = 0; i < list.length; i++) {
      const at = `${origin} (actions[${i}])`;
      verdicts.push(this.score(at, checkAction(at, list[i])));
    }
    const now = readClock(origin, this.clock);
    for (const v of verdicts) this.history.record(v.id, v.score, v.passes, now);
    return verdicts;
  }

  /**
   * Three hallucination signals, word-aware: uncertainty ("I think", "probably"),
   * contradiction ("but" and "however" together), excessive precision ("exactly" more than twice).
   * Flagged when two or more fire. Does not touch the history.
   *
   * O(n).
   * @throws AegisError `INVALID_ARGUMENT` for a non-string or a lone surrogate; `LIMIT_EXCEEDED`
   *   past 1 MiB
   * @example
   * ```ts
   * engine.detectHallucination('I think it is probably fine, but however…').signals.map((s) => s.name);
   * // ['uncertainty', 'contradiction']
   * ```
   */
  detectHallucination(text: string): HallucinationReport {
    return this.hallucination.detect('LoveEngine.detectHallucination', text);
  }

  /**
   * The love metric between two states (see {@link computeLoveMetric}).
   * @throws AegisError `INVALID_ARGUMENT` for a malformed state
   * @example
   * ```ts
   * engine.computeLoveMetric(before, after).value > 0; // the action brought order
   * ```
   */
  computeLoveMetric(before: LoveState, after: LoveState): LoveMetric {
    return computeLoveMetric(before, after, 'LoveEngine.computeLoveMetric');
  }

  /**
   * How the recent evaluations and their reported outcomes add up (see {@link AlignmentReport}):
   * computed from the remembered window, never a constant.
   *
   * O(historySize).
   * @example
   * ```ts
   * engine.recordOutcome('a1', { harmful: true });
   * engine.evaluateAlignment().alignment; // lower if a1 had passed
   * ```
   */
  evaluateAlignment(): AlignmentReport {
    return this.history.report();
  }

  /**
   * Tells the engine what became of an action it evaluated (its newest evaluation, if evaluated
   * more than once), for {@link evaluateAlignment}.
   *
   * O(1).
   * @throws AegisError `NOT_FOUND` when the action is not in the remembered window; `CONFLICT` when
   *   its outcome was already reported; `INVALID_ARGUMENT` for a malformed outcome
   * @example
   * ```ts
   * engine.recordOutcome('a1', { harmful: false });
   * ```
   */
  recordOutcome(actionId: string, outcome: EthicsOutcome): void {
    const origin = 'LoveEngine.recordOutcome';
    const id = requireId(origin, 'actionId', actionId);
    const o = checkOptions(origin, outcome, ['harmful']);
    if (typeof o.harmful !== 'boolean') {
      throw new AegisError('INVALID_ARGUMENT', origin, `outcome.harmful must be a boolean, got ${describe(o.harmful)}`);
    }
    const slot = this.history.find(id);
    if (slot < 0) {
      throw new AegisError('NOT_FOUND', origin, `no remembered evaluation of action ${JSON.stringify(id)}`);
    }
    if (this.history.hasOutcome(slot)) {
      throw new AegisError('CONFLICT', origin, `the outcome of action ${JSON.stringify(id)} was already reported`);
    }
    this.history.setOutcome(slot, o.harmful);
  }

  /**
   * Adds a learned correction to one dimension of every later evaluation of `actionType` (exact
   * match). Corrections accumulate per action type and dimension, clamped to ±0.5, and count like
   * lexicon evidence: a negative one is a penalty, a positive one a bonus, each named in `reasons`.
   * Returns the accumulated correction.
   *
   * O(1).
   * @throws AegisError `INVALID_ARGUMENT` for an empty action type, an unknown dimension, a delta
   *   outside [-1, 1]; `LIMIT_EXCEEDED` beyond 4,096 adjusted action types
   * @example
   * ```ts
   * engine.adjust('collect_user_data', 'harmPrevention', -0.2); // -0.2
   * ```
   */
  adjust(actionType: string, dimension: EthicalDimension, delta: number): number {
    const origin = 'LoveEngine.adjust';
    const type = requireId(origin, 'actionType', actionType);
    const d = DIMENSIONS.indexOf(oneOf(origin, 'dimension', dimension, DIMENSIONS));
    const x = requireNumber(origin, 'delta', delta, -1, 1);
    const now = readClock(origin, this.clock);
    const current = this.learned.get(type);
    // cast drops `undefined`: d is a dimension index, and deltas has one slot per dimension
    const old = current ? (current.deltas[d] as number) : 0;
    const total = Math.round(Math.min(MAX_ADJUSTMENT, Math.max(-MAX_ADJUSTMENT, old + x)) * 1e12) / 1e12;
    if (!current) {
      if (total === 0) return 0;
      if (this.learned.size >= MAX_ADJUSTED_ACTION_TYPES) {
        throw new AegisError(
          'LIMIT_EXCEEDED',
          origin,
          `at most ${MAX_ADJUSTED_ACTION_TYPES} action types can carry adjustments`,
        );
      }
      const fresh = { deltas: new Float64Array(DIMENSIONS.length), updated: new Float64Array(DIMENSIONS.length) };
      fresh.deltas[d] = total;
      fresh.updated[d] = now;
      this.learned.set(type, fresh);
      return total;
    }
    current.deltas[d] = total;
    current.updated[d] = now;
    if (current.deltas.every((v) => v === 0)) this.learned.delete(type);
    return total;
  }

  /**
   * The learned correction currently applied to one action type's dimension (0 when none). O(1).
   * @throws AegisError `INVALID_ARGUMENT` for a bad action type or an unknown dimension
   * @example
   * ```ts
   * engine.adjust('collect_user_data', 'harmPrevention', -0.2);
   * engine.adjustment('collect_user_data', 'harmPrevention'); // -0.2
   * ```
   */
  adjustment(actionType: string, dimension: EthicalDimension): number {
    const origin = 'LoveEngine.adjustment';
    const type = requireId(origin, 'actionType', actionType);
    const d = DIMENSIONS.indexOf(oneOf(origin, 'dimension', dimension, DIMENSIONS));
    return (this.learned.get(type)?.deltas[d] as number | undefined) ?? 0;
  }

  /**
   * Every non-zero learned correction, ordered by action type, then dimension.
   *
   * O(k log k) for k adjusted action types.
   * @example
   * ```ts
   * engine.adjustments(); // [{ actionType: 'collect_user_data', dimension: 'harmPrevention', delta: -0.2, updatedAt: … }]
   * ```
   */
  adjustments(): EthicsAdjustment[] {
    const out: EthicsAdjustment[] = [];
    const types = [...this.learned.keys()].sort();
    for (const actionType of types) {
      const a = this.learned.get(actionType);
      if (!a) continue;
      DIMENSIONS.forEach((dimension, d) => {
        // casts drop `undefined`: d < DIMENSIONS.length, the length of deltas and updated
        const delta = a.deltas[d] as number;
        if (delta !== 0) out.push({ actionType, dimension, delta, updatedAt: a.updated[d] as number });
      });
    }
    return out;
  }

  private score(origin: string, action: CheckedAction): EthicalScore {
    return this.evaluator.evaluate(origin, action, this.learned.get(action.actionType)?.deltas);
  }
}
