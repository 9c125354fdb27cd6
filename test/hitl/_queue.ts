/** A queue on a hand-driven clock that records its events, shared by the HITL tests. */
import { AegisError } from '../../src/errors.js';
import { type DecisionEvent, DecisionQueue, type DecisionQueueOptions } from '../../src/hitl/index.js';

export function setup(options: Omit<DecisionQueueOptions, 'clock' | 'onEvent'> = {}) {
  const clock = { now: 1000 };
  const events: DecisionEvent[] = [];
  const queue = new DecisionQueue({ ...options, clock: () => clock.now, onEvent: (e) => events.push(e) });
  return { queue, clock, events };
}

/** The code of the AegisError `fn` throws, or undefined when it returns. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AegisError) return error.code;
    throw error;
  }
  return undefined;
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
