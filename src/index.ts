/**
 * `aegis-safety`: a fast, verifiable, zero-I/O safety layer for autonomous AI agents.
 *
 * @module
 */

export type {
  AuditConsistencyProof,
  AuditEntry,
  AuditInclusionProof,
  AuditLogOptions,
  AuditSink,
  AuditSinkErrorHandler,
  AuditSinkFailure,
  AuditSinkStatus,
  Checkpoint,
  FromLinesOptions,
  HistoryQuery,
  LogActionOptions,
  VerifyChainOptions,
  VerifyChainResult,
} from './audit/index.js';
export { AuditLog, generateSigningKey, verifyCheckpoint } from './audit/index.js';
export type { AegisErrorCode, AegisErrorDetails } from './errors.js';
export { AegisError } from './errors.js';
export type {
  AlignmentReport,
  DimensionEffects,
  EthicalDimension,
  EthicalDimensions,
  EthicalReason,
  EthicalScore,
  EthicsAction,
  EthicsAdjustment,
  EthicsField,
  EthicsLexicon,
  EthicsLexiconEntry,
  EthicsOutcome,
  HallucinationReport,
  HallucinationSignal,
  HallucinationSignalName,
  LoveEngineOptions,
  LoveMetric,
  LoveState,
} from './ethics/index.js';
export {
  DEFAULT_ETHICS_LEXICON,
  DEFAULT_WEIGHTS,
  LoveEngine,
} from './ethics/index.js';
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
} from './evolution/index.js';
export { EvolutionCore } from './evolution/index.js';
export type {
  ExtractedIntent,
  ExtractedParameters,
  FirewallDecision,
  FirewallOptions,
  FirewallRequest,
  FirewallRule,
  FirewallStreamRequest,
  Intent,
  IntentAction,
  IntentInput,
  RateLimitOptions,
  RuleMatch,
  SafetyAssessment,
  Severity,
  Verdict,
} from './firewall/index.js';
export { DEFAULT_RULES, FirewallStream, IntentFirewall } from './firewall/index.js';
export type {
  ApprovalInput,
  Decision,
  DecisionEvent,
  DecisionInput,
  DecisionQueueOptions,
  DecisionRequest,
  DecisionStatus,
  Escalation,
  PendingQuery,
  Priority,
  ResponseInput,
  Scheduler,
} from './hitl/index.js';
export { DecisionQueue, PRIORITIES } from './hitl/index.js';
export type {
  AbortSignalLike,
  Aegis,
  AegisOptions,
  CheckDecision,
  CheckResult,
  CompletionOutcome,
  CompletionResult,
  EscalationPolicy,
  EscalationRoute,
  ExecutionContext,
  ExecutionOutcome,
  Executor,
  LearningOptions,
  PipelineAction,
  PipelineDecision,
  PipelineRequest,
  ProcessOptions,
  ProcessResult,
  SourceLearningOptions,
  Ticket,
} from './pipeline/index.js';
export { createAegis } from './pipeline/index.js';
export type { HashFunction, JsonValue } from './structures/index.js';
