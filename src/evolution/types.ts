/**
 * The plain data types of the Evolution Core: what goes in, what comes out. Other components and
 * the pipeline depend on these, never on the class.
 *
 * @module
 */
import type { JsonValue } from '../structures/canonical-json.js';

/** An action's parameters as the Evolution Core keeps them: a plain JSON object. */
export type ExperienceParameters = { readonly [key: string]: JsonValue };

/** A value a failure feature can take: a top-level primitive of an action's parameters. */
import type { FeatureValue } from '../_features.js';

export type { FeatureValue };

/** One thing the agent did, as given to {@link EvolutionCore.logExperience}. */
export interface ExperienceInput {
  /** Unique among retained experiences; generated (`exp-<seq>`) when omitted. */
  id?: string;
  /** What kind of action it was, e.g. `file_read`. */
  actionType: string;
  /** The action's parameters and anything else worth keeping (plain JSON object). */
  parameters?: ExperienceParameters;
  /** Whether the action achieved what it was meant to. */
  success: boolean;
  /** Ethics score in [0, 1], if already known (it can be learned later). */
  ethicalScore?: number;
  /** Safety score in [0, 1], if already known (it can be learned later). */
  safetyScore?: number;
  /** Milliseconds; read from the core's clock when omitted. */
  timestamp?: number;
}

/** A stored experience. */
export interface Experience {
  readonly id: string;
  /** Position in logging order, from 0. */
  readonly seq: number;
  readonly actionType: string;
  /** A frozen copy of the parameters given (an empty object when none were). */
  readonly parameters: ExperienceParameters;
  readonly success: boolean;
  readonly ethicalScore?: number;
  readonly safetyScore?: number;
  readonly timestamp: number;
}

/**
 * - `SuccessfulAction`, `FailureMode`, `PerformanceOptimization`: an action type's success rate is
 *   high, low, or in between.
 * - `EthicalViolation`, `SafetyIssue`: experiences scored below the violation threshold (recognized
 *   across all types) or violations reported with concerns (learned, per type).
 *
 * Parameter values that go with failure are reported apart, as {@link FailureFeature}s.
 */
export type PatternType =
  | 'SuccessfulAction'
  | 'FailureMode'
  | 'PerformanceOptimization'
  | 'EthicalViolation'
  | 'SafetyIssue';

/** A parameter value of an action type that stands out among failures and violations. */
export interface FailureFeature {
  readonly actionType: string;
  /** The context key. */
  readonly key: string;
  readonly value: FeatureValue;
  /**
   * Experiences with this feature that failed or had a violation reported: a guaranteed lower
   * bound (exact while the heavy-hitter counters have room for every feature).
   */
  readonly failures: number;
  /** Experiences with this feature: a guaranteed upper bound (exact under the same condition). */
  readonly occurrences: number;
  /** `failures / occurrences`: a guaranteed lower bound of the feature's failure rate. */
  readonly failureRate: number;
  /** `failureRate` divided by the failure rate of the whole action type. */
  readonly lift: number;
  /** Whether both counts are exact. */
  readonly exact: boolean;
}

/** A pattern, recognized from the aggregates or learned from feedback. */
export interface Pattern {
  /** Stable id, e.g. `pattern_file_read`, `ethical_concern_file_read`. */
  readonly id: string;
  readonly type: PatternType;
  /** True for patterns learned from `learnFromEthics` / `learnFromSafety` feedback. */
  readonly learned: boolean;
  /** The action types involved, sorted. */
  readonly actionTypes: readonly string[];
  /** Experiences (recognized patterns) or reported occurrences (learned patterns). */
  readonly frequency: number;
  /** Success rate of those experiences or occurrences. */
  readonly successRate: number;
  /** Action types, or concerns (most reported first) for learned patterns. */
  readonly contexts: readonly string[];
}

/** Overall figures, maintained incrementally. */
export interface CapabilityMetrics {
  /** Experiences ever logged (evicted ones included). */
  readonly totalExperiences: number;
  /** Experiences still stored. */
  readonly retainedExperiences: number;
  /** Successes over all experiences; 0 when there are none. */
  readonly successRate: number;
  /** Mean ethics score over scored experiences; 1 when none is scored. */
  readonly ethicalAlignment: number;
  /** Mean safety score over scored experiences; 1 when none is scored. */
  readonly safetyScore: number;
  /** Learned patterns (distinct ids). */
  readonly patternsLearned: number;
  /** Distinct action types. */
  readonly actionTypes: number;
}

export type ImprovementPriority = 'Critical' | 'High' | 'Medium' | 'Low';
export type ImprovementType = 'PerformanceOptimization' | 'EthicalAlignment' | 'SafetyEnhancement';

/** A suggested improvement. */
export interface Improvement {
  /** `improve_<actionType>`, `improve_ethics` or `improve_safety`. */
  readonly id: string;
  readonly type: ImprovementType;
  readonly description: string;
  /** How far the figure is from perfect: `1 − rate`. */
  readonly expectedImpact: number;
  readonly priority: ImprovementPriority;
  /** For per-type suggestions. */
  readonly actionType?: string;
}

/** Selects stored experiences in {@link EvolutionCore.getExperiences}. */
export interface ExperienceFilter {
  actionType?: string;
  /** Timestamp at or after. */
  since?: number;
  /** Timestamp at or before. */
  until?: number;
  /** `true`: successes only; `false`: failures only. */
  success?: boolean;
  /** At most this many (default: all). */
  limit?: number;
  /** By timestamp, ties in logging order: `newest` first (default) or `oldest` first. */
  order?: 'newest' | 'oldest';
}

/** Count, mean and population variance of a score; `null` when nothing is scored. */
export interface ScoreStats {
  readonly count: number;
  readonly mean: number | null;
  readonly variance: number | null;
}

/** Everything the core knows of one action type, in O(1). */
export interface ActionTypeStats {
  readonly actionType: string;
  readonly experiences: number;
  readonly successes: number;
  readonly successRate: number;
  /** Experiences that failed or had a violation reported. */
  readonly flagged: number;
  readonly ethical: ScoreStats;
  readonly safety: ScoreStats;
  /** Experiences whose current ethics score is below the violation threshold. */
  readonly ethicalViolations: number;
  /** Experiences whose current safety score is below the violation threshold. */
  readonly safetyViolations: number;
  /** The last `window` outcomes of this type. */
  readonly recent: { readonly size: number; readonly successes: number; readonly successRate: number };
  /** `recent.successRate − successRate`: positive when the type is getting better. */
  readonly trend: number;
}

/** What {@link EvolutionCore.assess} is asked about. */
export interface AssessmentInput {
  actionType: string;
  /** The parameters the action is about to run with (plain JSON object). */
  parameters?: ExperienceParameters;
}

/** What history says of an action before it runs. */
export interface Assessment {
  readonly actionType: string;
  /** Experiences of this type ever logged: the sample size behind `successRate`. */
  readonly sampleSize: number;
  /** Prior success rate; `null` without history. */
  readonly successRate: number | null;
  /** Success rate over the last `window` experiences of this type; `null` without history. */
  readonly recentSuccessRate: number | null;
  readonly ethicalViolations: number;
  readonly safetyViolations: number;
  /** Failure features among `parameters`. */
  readonly matchedFeatures: readonly FailureFeature[];
  /** Violations learned for this type. */
  readonly learnedViolations: readonly Pattern[];
  /**
   * The largest of: the type's failure rate (once it has at least `minExperiences` experiences) and
   * the failure rates of the matched features; 0 without evidence.
   */
  readonly failureRisk: number;
}

/** Thresholds of recognition and suggestion, each with its default. */
export interface EvolutionThresholds {
  /** Experiences of a type before it gets a pattern or a suggestion (default 3). */
  minExperiences?: number;
  /** Success rate above which a type is a `SuccessfulAction` (default 0.8). */
  successAbove?: number;
  /** Success rate below which a type is a `FailureMode` (default 0.3). */
  failureBelow?: number;
  /** A score below this is a violation (default 0.5). */
  violationBelow?: number;
  /** Violations before an `EthicalViolation` / `SafetyIssue` pattern is recognized (default 2). */
  minViolations?: number;
  /** Success rate below which an improvement is suggested (default 0.5). */
  improveBelow?: number;
  /** …with priority `Critical` below this (default 0.3)… */
  criticalBelow?: number;
  /** …`High` below this, `Medium` otherwise (default 0.4). */
  highBelow?: number;
  /** Mean ethics or safety score below which an improvement is suggested (default 0.7). */
  alignmentBelow?: number;
  /** Guaranteed failures before a feature is reported (default 3). */
  featureMinFailures?: number;
  /** Guaranteed failure rate before a feature is reported (default 0.5). */
  featureMinRate?: number;
  /** Failure rate of a feature ÷ that of its action type before it is reported (default 1.5). */
  featureMinLift?: number;
}

/** Options of {@link EvolutionCore}. */
export interface EvolutionCoreOptions {
  /**
   * Most raw experiences kept; the oldest are evicted beyond it, while every aggregate keeps
   * counting them. Default: unbounded.
   */
  maxExperiences?: number;
  /** Recent outcomes kept per action type for trends (default 100). */
  window?: number;
  /** Milliseconds for experiences logged without a timestamp (default `Date.now`). */
  clock?: () => number;
  thresholds?: EvolutionThresholds;
  /** Most distinct action types (default 10,000; at most 65,536). */
  maxActionTypes?: number;
  /** Heavy-hitter counters for failure features, each of two summaries (default 4,096). */
  featureCapacity?: number;
}
