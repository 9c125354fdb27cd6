/**
 * The Evolution Core: learning from what the agent did.
 *
 * @module
 */

export { EvolutionCore } from './evolution-core.js';
export type {
  ActionTypeStats,
  Assessment,
  AssessmentInput,
  CapabilityMetrics,
  EvolutionCoreOptions,
  EvolutionThresholds,
  Experience,
  ExperienceFilter,
  ExperienceInput,
  ExperienceParameters,
  FailureFeature,
  FeatureValue,
  Improvement,
  ImprovementPriority,
  ImprovementType,
  Pattern,
  PatternType,
  ScoreStats,
} from './types.js';
