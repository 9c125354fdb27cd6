/**
 * `aegis-safety/ai-sdk`: Aegis as the guard of the Vercel AI SDK's tools (v6). {@link guardTools}
 * returns the same tools, each with a `needsApproval` that asks Aegis (true when a human must
 * decide) and an `execute` that never runs a denied call and records what became of an allowed one.
 *
 * The AI SDK is imported as types only: this module loads no SDK code.
 *
 * @module
 */
import type { Tool, ToolExecutionOptions, ToolSet } from 'ai';
import { isPlainObject } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { Aegis } from '../pipeline/aegis.js';
import type { CheckDecision, CheckResult, Ticket } from '../pipeline/types.js';
import { adapterArgs } from './_options.js';
import { toolCallToRequest } from './tool-call.js';

export type { MappedToolCall, ToolCall } from './tool-call.js';
export { toolCallToRequest } from './tool-call.js';

/** What a denied call returns as the tool's result (the model reads it). */
export interface AegisDenial {
  readonly deniedByAegis: true;
  /** One line: the call was denied, and why in short. */
  readonly message: string;
  /** Why, stage by stage (the verdict's reasons). */
  readonly reasons: readonly string[];
}

/** Options of {@link guardTools}. */
export interface GuardToolsOptions {
  /** Who is calling (the unit of rate limiting in Aegis). Default: none (the pipeline's actor). */
  readonly source?: string;
  /**
   * The responder recorded in `aegis.hitl` when the AI SDK's own approval flow approved a call
   * (a `tool-approval-response` with `approved: true`). Default `'ai-sdk-approval'`.
   */
  readonly responder?: string;
}

/** The tools {@link guardTools} returns: the same, each able to answer with an {@link AegisDenial}. */
export type GuardedTools<T extends ToolSet> = {
  [K in keyof T]: T[K] extends Tool<infer I, infer O> ? Tool<I, O | AegisDenial> : T[K];
};

/** What is kept of a verdict until `execute`: not the whole check result (see the Claude adapter). */
interface Held {
  readonly decision: CheckDecision;
  readonly ticket: Ticket;
  readonly reasons: readonly string[];
}

const NO_REASONS: readonly string[] = [];
const held = (v: CheckResult): Held => ({
  decision: v.decision,
  ticket: v.ticket,
  reasons: v.decision === 'deny' ? v.reasons : NO_REASONS,
});

function denial(verdict: Held): AegisDenial {
  const route = verdict.reasons.find((r) => r.startsWith('route:')) ?? verdict.reasons[0] ?? 'denied';
  return { deniedByAegis: true, message: `Denied by Aegis (${route})`, reasons: verdict.reasons };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

/**
 * Wraps every tool that has an `execute` (tools without one run on the client and are returned
 * unchanged). For a call with id `toolCallId`:
 *
 * - `needsApproval` checks the call with Aegis (mapped by `toolCallToRequest`) and returns true
 *   when Aegis asks (or when the tool's own `needsApproval` does);
 * - when the AI SDK's approval flow then approves it and calls `execute`, the approval is recorded
 *   in `aegis.hitl` by `responder`; a call the user denies is never executed and its decision
 *   request ends at its deadline (expired: denied);
 * - `execute` of a denied call does not run the tool: the {@link AegisDenial} is the result; an
 *   allowed call runs and its ticket is completed `executed` (with the result) or `failed` (the
 *   error is rethrown, so the SDK reports a tool error). A streaming `execute` completes when its
 *   stream ends.
 *
 * A run resumed in another process is checked again when the SDK asks `needsApproval` again, so
 * the user's approval given through the SDK approves the new decision request. A call that reaches
 * `execute` without any `needsApproval` is checked there; an `ask` then waits for a human in
 * `aegis.hitl`.
 *
 * Cost per call: one `check` and one `complete`.
 *
 * @example
 * ```ts
 * const aegis = createAegis();
 * const result = await generateText({ model, tools: guardTools(aegis, { bash }), stopWhen: stepCountIs(5), prompt });
 * ```
 */
export function guardTools<T extends ToolSet>(
  aegis: Aegis,
  tools: T,
  options: GuardToolsOptions = {},
): GuardedTools<T> {
  const o = adapterArgs('guardTools', aegis, options, ['source', 'responder']);
  if (!isPlainObject(tools)) {
    throw new AegisError('INVALID_ARGUMENT', 'guardTools', `tools must be an object of tools, got ${describe(tools)}`);
  }
  const responder = o.responder ?? 'ai-sdk-approval';
  /** Verdicts of `needsApproval`, by tool call id, until `execute` takes them. */
  const checked = new Map<string, Held>();
  const check = (name: string, input: unknown, toolCallId: string): CheckResult => {
    const { request, action } = toolCallToRequest({
      toolName: name,
      input,
      callId: toolCallId,
      ...(o.source !== undefined ? { source: o.source } : {}),
    });
    return aegis.check(request, action);
  };
  const run = async (tool: Tool, input: unknown, opts: ToolExecutionOptions, ticket: Ticket): Promise<unknown> => {
    const execute = tool.execute as NonNullable<Tool['execute']>;
    let result: unknown;
    try {
      result = await execute(input as never, opts);
    } catch (error) {
      aegis.complete(ticket, { status: 'failed', error });
      throw error;
    }
    if (!isAsyncIterable(result)) {
      aegis.complete(ticket, { status: 'executed', result });
      return result;
    }
    return completeAtEnd(aegis, ticket, result);
  };
  const out: Record<string, unknown> = {};
  for (const [name, original] of Object.entries(tools) as [string, Tool][]) {
    if (typeof original.execute !== 'function') {
      out[name] = original;
      continue;
    }
    const own = original.needsApproval;
    const guarded: Tool = {
      ...original,
      needsApproval: async (input, approvalOptions) => {
        // The SDK asks again when a run resumes with the user's approval: the first answer stands.
        if (checked.get(approvalOptions.toolCallId)?.decision === 'ask') return true;
        const verdict = check(name, input, approvalOptions.toolCallId);
        checked.set(approvalOptions.toolCallId, held(verdict));
        if (verdict.decision === 'ask') return true;
        if (verdict.decision === 'deny') return false;
        return typeof own === 'function' ? await own(input as never, approvalOptions) : own === true;
      },
      execute: async (input: unknown, opts: ToolExecutionOptions) => {
        let verdict: Held | undefined = checked.get(opts.toolCallId);
        checked.delete(opts.toolCallId);
        if (verdict === undefined) verdict = check(name, input, opts.toolCallId);
        else if (verdict.decision === 'ask' && verdict.ticket.hitl !== undefined) {
          // `execute` after an `ask` means the SDK's approval flow approved the call.
          const id = verdict.ticket.hitl;
          const status = aegis.hitl.status(id).status;
          if (status === 'pending' || status === 'escalated') {
            aegis.hitl.approve(id, { responder, reasoning: 'approved through the AI SDK approval flow' });
          }
        }
        if (verdict.decision === 'ask') verdict = await aegis.decision(verdict.ticket);
        if (verdict.decision !== 'allow') return denial(verdict);
        return run(original, input, opts, verdict.ticket);
      },
    } as Tool;
    if (typeof original.toModelOutput === 'function') {
      const toModelOutput = original.toModelOutput;
      guarded.toModelOutput = (o) =>
        isDenial(o.output)
          ? { type: 'text', value: `${o.output.message}\n${o.output.reasons.join('\n')}` }
          : toModelOutput(o);
    }
    out[name] = guarded;
  }
  return out as GuardedTools<T>;
}

function isDenial(value: unknown): value is AegisDenial {
  return value !== null && typeof value === 'object' && (value as { deniedByAegis?: unknown }).deniedByAegis === true;
}

async function* completeAtEnd(aegis: Aegis, ticket: Ticket, stream: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  let last: unknown;
  let done = false;
  try {
    for await (const part of stream) {
      last = part;
      yield part;
    }
    done = true;
    aegis.complete(ticket, { status: 'executed', result: last });
  } catch (error) {
    done = true;
    aegis.complete(ticket, { status: 'failed', error });
    throw error;
  } finally {
    // The consumer stopped reading before the end: the call did not run to completion.
    if (!done) aegis.complete(ticket, { status: 'skipped' });
  }
}
