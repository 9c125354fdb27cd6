/**
 * The safe-action pipeline: the five components composed into the workflow an agent runs every
 * action through.
 *
 * @module
 */

export type { Aegis } from './aegis.js';
export { createAegis } from './aegis.js';
export type {
  AbortSignalLike,
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
} from './types.js';
