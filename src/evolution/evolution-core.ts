/**
 * The Evolution Core: the agent's memory of what it did and how it went, and what that history
 * says about the next action.
 *
 * @module
 */
import {
  checkOptions,
  oneOf,
  readArray,
  readClock,
  requireId,
  requireInteger,
  requireNumber,
  requireString,
  requireUnit,
} from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { Interner } from '../structures/interner.js';
import type { ActionRecord } from './_action-record.js';
import { Aggregates } from './_aggregates.js';
import { ExperienceStore, FLAGGED, SUCCESS } from './_experience-store.js';
import { parseOptions, type Settings } from './_options.js';
import { checkFields, checkParameters, EMPTY_PARAMETERS } from './_parameters.js';
import type {
  ActionTypeStats,
  Assessment,
  AssessmentInput,
  CapabilityMetrics,
  EvolutionCoreOptions,
  Experience,
  ExperienceFilter,
  ExperienceInput,
  FailureFeature,
  Improvement,
  Pattern,
} from './types.js';

const EXPERIENCE_KEYS = ['id', 'actionType', 'parameters', 'success', 'ethicalScore', 'safetyScore', 'timestamp'];
const FILTER_KEYS = ['actionType', 'since', 'until', 'success', 'limit', 'order'];
const ASSESS_KEYS = ['actionType', 'parameters'];
/** Most concerns or violations accepted in one feedback call. */
const MAX_CONCERNS = 64;
/** Longest concern or violation text. */
const MAX_CONCERN_LENGTH = 1024;

/**
 * An experience store indexed by action type, with incremental counters.
 *
 * Every aggregate (success rates, score means and variances, violation counts, learned patterns,
 * failure features) is updated in O(1) per experience or feedback, so `logExperience` is O(1)
 * amortized, `capabilityMetrics` and `assess` are O(1) and `recognizePatterns` and
 * `suggestImprovements` are O(number of action types), whatever the number of experiences. Results
 * are deterministic and equal a recomputation from the full list of experiences.
 *
 * Raw experiences live in typed-array columns; with `maxExperiences` the oldest are evicted while
 * every aggregate keeps counting them, so memory stays bounded under endless logging. Feedback on
 * an evicted experience is refused as `NOT_FOUND`, and ids only need to be unique among retained
 * experiences.
 *
 * @example
 * ```ts
 * const core = new EvolutionCore({ maxExperiences: 100_000 });
 * const e = core.logExperience({ actionType: 'file_read', parameters: { path: '/etc/passwd' }, success: false });
 * core.learnFromSafety(e.id, 0.2, ['reads a system file']);
 * core.recognizePatterns();   // deterministic list, learned patterns included
 * core.assess({ actionType: 'file_read', parameters: { path: '/etc/passwd' } });
 * ```
 */
export class EvolutionCore {
  private readonly settings: Settings;
  private types: Interner;
  private store: ExperienceStore;
  private agg: Aggregates;
  /** Per action type id reset with `reset(type)`: the first sequence number logged after it. */
  private readonly resetAt = new Map<number, number>();

  /**
   * @param options - see {@link EvolutionCoreOptions}
   * @throws AegisError `INVALID_ARGUMENT` for an unknown option or threshold, or a value out of range
   */
  constructor(options?: EvolutionCoreOptions) {
    this.settings = parseOptions(options);
    this.types = new Interner({ maxSize: this.settings.maxActionTypes });
    this.store = new ExperienceStore(this.settings.maxExperiences);
    this.agg = new Aggregates(this.settings);
  }

  /** Experiences ever logged, evicted ones included. */
  get totalExperiences(): number {
    return this.agg.total;
  }

  /** Experiences still stored. */
  get retainedExperiences(): number {
    return this.store.size;
  }

  /**
   * The most distinct action types this core tracks (`maxActionTypes`): an experience of a new
   * type beyond it is refused, so a caller can check before it acts.
   */
  get maxActionTypes(): number {
    return this.settings.maxActionTypes;
  }

  /** Distinct action types logged so far. O(1). */
  get actionTypeCount(): number {
    return this.types.size;
  }

  /**
   * Stores one experience and counts it in every aggregate. O(1) amortized (plus the size of the
   * parameters, which are validated and copied).
   *
   * @returns the stored experience
   * @throws AegisError `INVALID_ARGUMENT` for a missing or wrong field, a score outside [0, 1] or
   *   NaN, parameters that are not plain JSON; `LIMIT_EXCEEDED` for parameters beyond the limits
   *   (depth 16, 1,000 values, strings of 4,096 characters, keys of 256); then, for well-formed
   *   input, `CONFLICT` for the id of a retained experience and `LIMIT_EXCEEDED` for one action
   *   type too many. Nothing changes on a throw.
   */
  logExperience(input: ExperienceInput): Experience {
    const origin = 'EvolutionCore.logExperience';
    const o = checkFields(origin, 'experience', input, EXPERIENCE_KEYS);
    // A known action type was validated when it was first seen.
    let typeId = typeof o.actionType === 'string' ? this.types.id(o.actionType) : undefined;
    const actionType =
      typeId === undefined ? requireId(origin, 'experience.actionType', o.actionType) : (o.actionType as string);
    const success = o.success;
    if (typeof success !== 'boolean') {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `experience.success must be a boolean, got ${describe(success)}`,
      );
    }
    const ethical =
      o.ethicalScore === undefined ? Number.NaN : requireUnit(origin, 'experience.ethicalScore', o.ethicalScore);
    const safety =
      o.safetyScore === undefined ? Number.NaN : requireUnit(origin, 'experience.safetyScore', o.safetyScore);
    const id = o.id === undefined ? undefined : requireId(origin, 'experience.id', o.id);
    const parameters =
      o.parameters === undefined ? undefined : checkParameters(origin, 'experience.parameters', o.parameters, true);
    const timestamp =
      o.timestamp === undefined
        ? readClock(origin, this.settings.clock)
        : requireNumber(origin, 'experience.timestamp', o.timestamp) + 0; // -0 → 0
    // The arguments are well-formed; now what the state may refuse.
    if (id !== undefined && this.store.find(id) !== undefined) {
      throw new AegisError('CONFLICT', origin, `an experience with id ${JSON.stringify(id)} is already stored`, { id });
    }
    if (typeId === undefined && this.types.size >= this.settings.maxActionTypes) {
      throw new AegisError(
        'LIMIT_EXCEEDED',
        origin,
        `already tracks its maximum of ${this.settings.maxActionTypes} action types`,
      );
    }

    // Everything is valid: from here on nothing throws.
    if (typeId === undefined) {
      typeId = this.types.intern(actionType);
      this.agg.addType(typeId, actionType);
    }
    // cast drops `undefined`: every interned type id has its record (addType above)
    const record = this.agg.records[typeId] as ActionRecord;
    const threshold = this.settings.thresholds.violationBelow;
    const flagged = !success || ethical < threshold || safety < threshold;
    const seq = this.store.append(
      id,
      typeId,
      timestamp,
      (success ? SUCCESS : 0) | (flagged ? FLAGGED : 0),
      ethical,
      safety,
      parameters,
    );
    const agg = this.agg;
    agg.total++;
    if (success) agg.successes++;
    record.recordOutcome(success);
    if (flagged) record.flagged++;
    if (!Number.isNaN(ethical)) {
      record.ethical.update(Number.NaN, ethical, success, threshold);
      agg.ethical.update(Number.NaN, ethical, success, threshold);
    }
    if (!Number.isNaN(safety)) {
      record.safety.update(Number.NaN, safety, success, threshold);
      agg.safety.update(Number.NaN, safety, success, threshold);
    }
    if (parameters !== undefined) agg.features.observe(typeId, parameters, flagged);
    return this.experience(seq);
  }

  /**
   * Forgets what was learned. `reset()` empties the core (experiences, aggregates, patterns, action
   * types), as a new one with the same options. `reset(actionType)` forgets one type's record: its
   * counts, scores, learned patterns and failure features, so `assess` says nothing of it until new
   * experiences arrive; its stored experiences stay readable (`getExperiences`) but take no more
   * feedback (`NOT_FOUND`), and the overall figures of `capabilityMetrics` keep counting them, as
   * they count evicted experiences. Returns whether anything was known (`false` for an unknown type).
   * O(1) for a type; O(1) for everything (the old state is dropped for the garbage collector).
   *
   * @throws AegisError `INVALID_ARGUMENT` when `actionType` is given and is not a string
   * @example
   * ```ts
   * core.reset('read_file'); // its failures no longer raise its risk
   * ```
   */
  reset(actionType?: string): boolean {
    if (actionType === undefined) {
      const had = this.agg.total > 0;
      this.types = new Interner({ maxSize: this.settings.maxActionTypes });
      this.store = new ExperienceStore(this.settings.maxExperiences);
      this.agg = new Aggregates(this.settings);
      this.resetAt.clear();
      return had;
    }
    requireString('EvolutionCore.reset', 'actionType', actionType);
    const id = this.types.id(actionType);
    if (id === undefined) return false;
    this.agg.resetType(id);
    this.resetAt.set(id, this.agg.total);
    return true;
  }

  /**
   * Records the ethics score of a stored experience (replacing any earlier one). A score below the
   * violation threshold with at least one concern records, or increments, the learned
   * `EthicalViolation` pattern `ethical_concern_<actionType>`. O(1) plus the concerns.
   *
   * @throws AegisError `INVALID_ARGUMENT` for a bad id, a score outside [0, 1] or NaN, or concerns
   *   that are not an array of non-empty strings; `LIMIT_EXCEEDED` for more than 64 concerns or one
   *   longer than 1,024 characters; `NOT_FOUND` for an id that is not stored (never logged, or
   *   evicted). Nothing changes on a throw.
   */
  learnFromEthics(experienceId: string, score: number, concerns: readonly string[]): void {
    this.learn('EvolutionCore.learnFromEthics', 'EthicalViolation', experienceId, score, concerns);
  }

  /**
   * Records the safety score of a stored experience, as {@link EvolutionCore.learnFromEthics} does
   * for ethics; a low score with violations records or increments `safety_violation_<actionType>`.
   * @throws AegisError as {@link EvolutionCore.learnFromEthics}
   */
  learnFromSafety(experienceId: string, score: number, violations: readonly string[]): void {
    this.learn('EvolutionCore.learnFromSafety', 'SafetyIssue', experienceId, score, violations);
  }

  private learn(
    origin: string,
    kind: 'EthicalViolation' | 'SafetyIssue',
    experienceId: string,
    score: number,
    concerns: readonly string[],
  ): void {
    const id = requireId(origin, 'experienceId', experienceId);
    requireUnit(origin, 'score', score);
    const distinct = checkConcerns(origin, concerns);
    const seq = this.store.find(id);
    if (seq === undefined) {
      throw new AegisError('NOT_FOUND', origin, `no stored experience has id ${JSON.stringify(id)}`, { id });
    }
    const floor = this.resetAt.get(this.store.typeId(seq));
    if (floor !== undefined && seq < floor) {
      throw new AegisError(
        'NOT_FOUND',
        origin,
        `experience ${JSON.stringify(id)} was logged before its type was reset`,
        {
          id,
        },
      );
    }

    const store = this.store;
    const ethics = kind === 'EthicalViolation';
    const flags = store.flagsOf(seq);
    const success = (flags & SUCCESS) !== 0;
    // cast drops `undefined`: a stored experience's type id has its record
    const record = this.agg.records[store.typeId(seq)] as ActionRecord;
    const threshold = this.settings.thresholds.violationBelow;
    const old = ethics ? store.ethicalOf(seq) : store.safetyOf(seq);
    if (ethics) {
      store.setEthical(seq, score);
      record.ethical.update(old, score, success, threshold);
      this.agg.ethical.update(old, score, success, threshold);
    } else {
      store.setSafety(seq, score);
      record.safety.update(old, score, success, threshold);
      this.agg.safety.update(old, score, success, threshold);
    }
    if (score >= threshold) return;
    if ((flags & FLAGGED) === 0) {
      store.setFlags(seq, flags | FLAGGED);
      record.flagged++;
      const parameters = store.parameters(seq);
      if (parameters !== undefined) this.agg.features.flag(record.id, parameters);
    }
    if (distinct.length > 0) this.agg.learn(record, kind, success, distinct);
  }

  /**
   * The patterns in the aggregates, in a deterministic order: per action type (by name, with at
   * least `minExperiences` experiences) `SuccessfulAction`, `FailureMode` or
   * `PerformanceOptimization`; then `EthicalViolation` and `SafetyIssue` across types (at least
   * `minViolations` experiences scored below the violation threshold); then the learned patterns
   * (ethics, then safety, by type). O(action types), whatever the number of experiences.
   */
  recognizePatterns(): Pattern[] {
    return this.agg.recognizePatterns();
  }

  /**
   * Parameter values that go with failures and violations far more often than their action type
   * does (see {@link FailureFeature}), most failures first, then by action type, key and value.
   * Reads the heavy-hitter counters that reach `featureMinFailures`: O(featureCapacity) at most,
   * whatever the number of experiences.
   */
  failureFeatures(): FailureFeature[] {
    return this.agg.failureFeatures();
  }

  /** Totals, success rate, mean ethics and safety scores, learned patterns. O(1). */
  capabilityMetrics(): CapabilityMetrics {
    return this.agg.metrics(this.store.size);
  }

  /**
   * Per action type with a low success rate, an improvement with priority `Critical`, `High` or
   * `Medium` by band; ethics and safety means below `alignmentBelow`, a `Critical` one each.
   * O(action types).
   */
  suggestImprovements(): Improvement[] {
    return this.agg.suggestImprovements();
  }

  /**
   * Counters of one action type, or `undefined` for a type never logged. O(1).
   * @throws AegisError `INVALID_ARGUMENT` when `actionType` is not a string
   */
  actionStats(actionType: string): ActionTypeStats | undefined {
    requireString('EvolutionCore.actionStats', 'actionType', actionType);
    const id = this.types.id(actionType);
    // cast drops `undefined`: a known type id has its record
    return id === undefined ? undefined : (this.agg.records[id] as ActionRecord).stats();
  }

  /** Every action type logged, sorted. O(action types). */
  actionTypes(): string[] {
    // cast drops `undefined`: sorted holds only ids of existing records
    return this.agg.sorted.map((id) => (this.agg.records[id] as ActionRecord).name);
  }

  /**
   * Stored experiences that match `filter`, ordered by timestamp (ties in logging order), newest
   * first unless `order: 'oldest'`. With an `actionType`, only that type's index is read. When the
   * stored timestamps are in logging order (the usual case) the time range is found by binary
   * search and the scan stops at `limit`.
   *
   * @throws AegisError `INVALID_ARGUMENT` for an unknown filter key or a value of the wrong type
   */
  getExperiences(filter?: ExperienceFilter): Experience[] {
    const origin = 'EvolutionCore.getExperiences';
    const f = checkOptions(origin, filter, FILTER_KEYS);
    const actionType =
      f.actionType === undefined ? undefined : requireString(origin, 'filter.actionType', f.actionType);
    const since = f.since === undefined ? Number.NEGATIVE_INFINITY : requireNumber(origin, 'filter.since', f.since);
    const until = f.until === undefined ? Number.POSITIVE_INFINITY : requireNumber(origin, 'filter.until', f.until);
    if (f.success !== undefined && typeof f.success !== 'boolean') {
      throw new AegisError('INVALID_ARGUMENT', origin, `filter.success must be a boolean, got ${describe(f.success)}`);
    }
    const limit = f.limit === undefined ? Number.POSITIVE_INFINITY : requireInteger(origin, 'filter.limit', f.limit);
    const order = oneOf(origin, 'filter.order', f.order, ['newest', 'oldest'] as const, 'newest');
    let list: ReturnType<ExperienceStore['select']> | undefined;
    if (actionType === undefined) {
      list = this.store.select({
        list: undefined,
        since,
        until,
        success: successCode(f.success),
        limit,
        newest: order === 'newest',
      });
    } else {
      const typeId = this.types.id(actionType);
      const source = typeId === undefined ? undefined : this.store.byType[typeId];
      list =
        source === undefined
          ? []
          : this.store.select({
              list: source,
              since,
              until,
              success: successCode(f.success),
              limit,
              newest: order === 'newest',
            });
    }
    return list.map((seq) => this.experience(seq));
  }

  /**
   * What history says of an action before it runs: the type's prior success rate and sample
   * size, recent success rate, violation counts, the failure features among `parameters` and the
   * violations learned for the type. O(parameters), independent of the number of experiences.
   *
   * @throws AegisError `INVALID_ARGUMENT` for a missing action type or parameters that are not a
   *   plain JSON object; `LIMIT_EXCEEDED` for parameters beyond the limits
   */
  assess(input: AssessmentInput): Assessment {
    const origin = 'EvolutionCore.assess';
    const o = checkFields(origin, 'input', input, ASSESS_KEYS);
    const actionType = requireId(origin, 'input.actionType', o.actionType);
    const parameters =
      o.parameters === undefined ? undefined : checkParameters(origin, 'input.parameters', o.parameters, false);
    return this.agg.assess(actionType, this.types.id(actionType), parameters);
  }

  /** The stored experience `seq` as a plain object. */
  private experience(seq: number): Experience {
    const s = this.store;
    const flags = s.flagsOf(seq);
    const e: {
      -readonly [K in keyof Experience]: Experience[K];
    } = {
      id: s.id(seq),
      seq,
      // cast drops `undefined`: a stored experience's type id has its record
      actionType: (this.agg.records[s.typeId(seq)] as ActionRecord).name,
      parameters: s.parameters(seq) ?? EMPTY_PARAMETERS,
      success: (flags & SUCCESS) !== 0,
      timestamp: s.timestamp(seq),
    };
    const ethical = s.ethicalOf(seq);
    if (!Number.isNaN(ethical)) e.ethicalScore = ethical;
    const safety = s.safetyOf(seq);
    if (!Number.isNaN(safety)) e.safetyScore = safety;
    return e;
  }
}

function successCode(success: unknown): number {
  return success === undefined ? -1 : success ? 1 : 0;
}

/** Checks concerns and returns them without duplicates, in first-seen order. */
function checkConcerns(origin: string, concerns: unknown): readonly string[] {
  // Length and elements read once (a Proxy cannot grow past the limit after the check); duplicates
  // are dropped, first-seen order kept.
  const list = readArray(origin, 'concerns', concerns, MAX_CONCERNS, {
    of: 'strings',
    message: (n) => `at most ${MAX_CONCERNS} concerns are accepted, got ${n}`,
  });
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const c: unknown = list[i];
    if (typeof c === 'string' && c.length > MAX_CONCERN_LENGTH) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `concerns[${i}] is longer than ${MAX_CONCERN_LENGTH} characters`);
    }
    const concern = requireId(origin, `concerns[${i}]`, c, MAX_CONCERN_LENGTH);
    if (!out.includes(concern)) out.push(concern);
  }
  return out;
}
