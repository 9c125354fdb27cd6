/**
 * `aegis-safety`: a fast, verifiable, zero-I/O safety layer for autonomous AI agents.
 *
 * @module
 */

export type { AegisErrorCode, AegisErrorDetails } from './errors.js';
export { AegisError } from './errors.js';
export type {
  ActionTypeStats,
  Assessment,
  AssessmentInput,
  CapabilityMetrics,
  EvolutionCoreOptions,
  EvolutionThresholds,
  Experience,
  ExperienceContext,
  ExperienceFilter,
  ExperienceInput,
  FailureFeature,
  FeatureValue,
  Improvement,
  ImprovementType,
  Pattern,
  PatternType,
  Priority,
  ScoreStats,
} from './evolution/index.js';
export { EvolutionCore } from './evolution/index.js';
export type {
  AhoCorasickOptions,
  CanonicalOptions,
  HeavyHitter,
  InternerOptions,
  JsonValue,
  Match,
  MatchKind,
  MatchVisitor,
  RunningStatsSnapshot,
  StreamOptions,
} from './structures/index.js';
export { AhoCorasick, canonicalize, Interner, MatchScanner, RunningStats, SpaceSaving } from './structures/index.js';
