/**
 * Human-in-the-loop decisions: an approval queue with priorities, deadlines that deny by default,
 * an escalation ladder and awaitable outcomes.
 *
 * @module
 */

export { DecisionQueue } from './decision-queue.js';
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
} from './types.js';
export { PRIORITIES } from './types.js';
