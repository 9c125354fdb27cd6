/**
 * `aegis-safety/ai-sdk`: Aegis as the guard of the Vercel AI SDK's tools. For v6,
 * {@link guardTools} returns the same tools, each with a `needsApproval` that asks Aegis (true when
 * a human must decide) and an `execute` that never runs a denied call and records what became of an
 * allowed one. For v7, {@link aegisToolApproval} gives `generateText` / `streamText` a `toolApproval`
 * that answers with Aegis's verdict and an `onToolExecutionEnd` that records the outcome.
 *
 * The AI SDK is imported as types only (v6's, for `guardTools`; v7's shapes are written here
 * structurally): this module loads no SDK code.
 *
 * @module
 */
import type { Tool, ToolExecutionOptions, ToolSet } from 'ai';
import { isPlainObject, requireString } from '../_validate.js';
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
  reasons: v.decision === 'allow' ? NO_REASONS : v.reasons,
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

/**
 * One tool call as the AI SDK v7 asks its generic `toolApproval` function about it: the fields read
 * here, so any v7 `generateText` / `streamText` / `ToolLoopAgent` accepts the function.
 */
export interface ToolApprovalQuery {
  readonly toolCall: { readonly toolCallId: string; readonly toolName: string; readonly input: unknown };
  /** The tools the model could call (a call to a tool without `execute` is not judged here). */
  readonly tools?: object | undefined;
  readonly toolsContext?: unknown;
  /** The messages that led to the call; the last one carries the user's approval responses on a resume. */
  readonly messages?: readonly unknown[];
}

/**
 * The answer of {@link AegisToolApproval.toolApproval}, a subset of v7's `ToolApprovalStatus`:
 * `undefined` runs the call, `denied` answers the model with the reason without running it,
 * `user-approval` asks the application's user (the reason is shown to the approver).
 */
export type ToolApprovalAnswer =
  | undefined
  | { readonly type: 'denied'; readonly reason: string }
  | { readonly type: 'user-approval'; readonly reason: string };

/** What v7's `onToolExecutionEnd` reports of a call that ran (the fields read here). */
export interface ToolExecutionEnd {
  readonly toolCall: { readonly toolCallId: string };
  readonly toolOutput:
    | { readonly type: 'tool-result'; readonly output: unknown }
    | { readonly type: 'tool-error'; readonly error: unknown };
}

/** Options of {@link aegisToolApproval}. */
export interface AegisToolApprovalOptions {
  /** Who is calling (the unit of rate limiting in Aegis). Default: none (the pipeline's actor). */
  readonly source?: string;
  /**
   * The responder recorded in `aegis.hitl` when the user approved a call through the AI SDK
   * (a `tool-approval-response` with `approved: true`). Default `'ai-sdk-approval'`.
   */
  readonly responder?: string;
}

/** The two v7 options {@link aegisToolApproval} returns: spread both into `generateText` / `streamText`. */
export interface AegisToolApproval {
  /** v7's `toolApproval`: Aegis's verdict on each call, before it runs. */
  readonly toolApproval: (query: ToolApprovalQuery) => Promise<ToolApprovalAnswer>;
  /** v7's `onToolExecutionEnd`: completes the ticket of a call that ran (`executed` or `failed`). */
  readonly onToolExecutionEnd: (event: ToolExecutionEnd) => void;
}

/** Verdicts kept between the approval and the end of the execution, by tool call id. */
const HELD_LIMIT = 4096;

/** `record[key]` when it is the record's own property (a tool named `constructor` is no tool). */
function ownEntry(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

function partsOf(message: unknown, role: string): readonly unknown[] {
  if (message === null || typeof message !== 'object') return NO_PARTS;
  const m = message as { role?: unknown; content?: unknown };
  return m.role === role && Array.isArray(m.content) ? m.content : NO_PARTS;
}
const NO_PARTS: readonly unknown[] = [];

/**
 * Whether the last message approves `toolCallId` through the SDK: a `tool-approval-response` with
 * `approved: true` whose request (in an assistant message) names the call. This is the case in
 * which v7 asks `toolApproval` again before running an approved call.
 */
function approvedInMessages(messages: readonly unknown[] | undefined, toolCallId: string): boolean {
  if (messages === undefined || messages.length === 0) return false;
  const approved = new Set<string>();
  for (const part of partsOf(messages[messages.length - 1], 'tool')) {
    const p = part as { type?: unknown; approvalId?: unknown; approved?: unknown } | null;
    if (p?.type === 'tool-approval-response' && p.approved === true && typeof p.approvalId === 'string') {
      approved.add(p.approvalId);
    }
  }
  if (approved.size === 0) return false;
  for (const message of messages) {
    for (const part of partsOf(message, 'assistant')) {
      const p = part as { type?: unknown; approvalId?: unknown; toolCallId?: unknown } | null;
      if (
        p?.type === 'tool-approval-request' &&
        p.toolCallId === toolCallId &&
        typeof p.approvalId === 'string' &&
        approved.has(p.approvalId)
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The `toolCall` of a v7 callback's argument, refused unless it is an object with a string id (and,
 * with `named`, a string tool name).
 */
function toolCallOf(origin: string, name: string, value: unknown, named: boolean): ToolApprovalQuery['toolCall'] {
  const call = isPlainObject(value) ? value.toolCall : undefined;
  if (!isPlainObject(call)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `${name}.toolCall must be an object, got ${describe(call)}`);
  }
  requireString(origin, `${name}.toolCall.toolCallId`, call.toolCallId);
  if (named) requireString(origin, `${name}.toolCall.toolName`, call.toolName);
  return call as unknown as ToolApprovalQuery['toolCall'];
}

const deniedAnswer = (verdict: Held): ToolApprovalAnswer => ({
  type: 'denied',
  reason: `Denied by Aegis:\n${verdict.reasons.join('\n')}`,
});

/**
 * Aegis as the AI SDK v7 `toolApproval` policy. Spread the result into `generateText`,
 * `streamText` or a `ToolLoopAgent`; for each call of a tool that has an `execute`:
 *
 * - `deny` answers `{ type: 'denied', reason }` with the verdict's reasons: the tool never runs and
 *   the model reads the reason;
 * - `ask` answers `{ type: 'user-approval', reason }` (the reason names the decision request in
 *   `aegis.hitl`) and keeps the ticket. When the run resumes with the user's
 *   `tool-approval-response` `approved: true`, v7 asks again: the approval is recorded in
 *   `aegis.hitl` by `responder`, and the call runs once Aegis's decision is `allow` (a request a
 *   human already rejected in the queue stays denied). A call the user denies never runs and its
 *   decision request ends at its deadline (expired: denied). A resume in another process checks
 *   the call again and approves the new request.
 * - `allow` answers `undefined` (the call runs), or `user-approval` when the tool's own
 *   `needsApproval` asks (v7 consults it only when no `toolApproval` is given);
 * - `onToolExecutionEnd` completes the ticket: `executed` with the output, or `failed` with the error.
 *
 * Calls of tools without `execute` run elsewhere and are not judged here (as with `guardTools`).
 * The v6 `guardTools` is unchanged; use one or the other.
 *
 * Cost per call: one `check` and one `complete`; a resumed approval scans the messages once.
 *
 * @example
 * ```ts
 * const aegis = createAegis();
 * const result = await generateText({ model, tools: { bash }, ...aegisToolApproval(aegis), stopWhen: isStepCount(5), prompt });
 * ```
 */
export function aegisToolApproval(aegis: Aegis, options: AegisToolApprovalOptions = {}): AegisToolApproval {
  const o = adapterArgs('aegisToolApproval', aegis, options, ['source', 'responder']);
  const responder = o.responder ?? 'ai-sdk-approval';
  const kept = new Map<string, Held>();
  const keep = (id: string, verdict: Held): void => {
    kept.delete(id);
    kept.set(id, verdict);
    // A call the user denies through the SDK is never heard of again: the oldest go first.
    if (kept.size > HELD_LIMIT) kept.delete(kept.keys().next().value as string);
  };
  const check = (query: ToolApprovalQuery): Held => {
    const { request, action } = toolCallToRequest({
      toolName: query.toolCall.toolName,
      input: query.toolCall.input,
      callId: query.toolCall.toolCallId,
      ...(o.source !== undefined ? { source: o.source } : {}),
    });
    return held(aegis.check(request, action));
  };
  const toolApproval = async (query: ToolApprovalQuery): Promise<ToolApprovalAnswer> => {
    const call = toolCallOf('aegisToolApproval.toolApproval', 'query', query, true);
    const tool = ownEntry(query.tools, call.toolName) as
      | { execute?: unknown; needsApproval?: unknown }
      | null
      | undefined;
    if (tool === null || typeof tool !== 'object' || typeof tool.execute !== 'function') return undefined;
    const id = call.toolCallId;
    if (approvedInMessages(query.messages, id)) {
      let verdict = kept.get(id) ?? check(query);
      if (verdict.decision === 'ask' && verdict.ticket.hitl !== undefined) {
        const status = aegis.hitl.status(verdict.ticket.hitl).status;
        if (status === 'pending' || status === 'escalated') {
          aegis.hitl.approve(verdict.ticket.hitl, {
            responder,
            reasoning: 'approved through the AI SDK approval flow',
          });
        }
        verdict = held(await aegis.decision(verdict.ticket));
      }
      if (verdict.decision !== 'allow') {
        kept.delete(id);
        return deniedAnswer(verdict);
      }
      keep(id, verdict);
      return undefined;
    }
    const verdict = check(query);
    if (verdict.decision === 'deny') return deniedAnswer(verdict);
    keep(id, verdict);
    if (verdict.decision === 'ask') {
      return {
        type: 'user-approval',
        reason: `Aegis asks a human (decision request ${verdict.ticket.hitl}):\n${verdict.reasons.join('\n')}`,
      };
    }
    const own = tool.needsApproval;
    const asks =
      typeof own === 'function'
        ? (await own(call.input, {
            toolCallId: id,
            messages: query.messages ?? [],
            context: ownEntry(query.toolsContext, call.toolName),
          })) === true
        : own === true;
    return asks ? { type: 'user-approval', reason: 'the tool asks for approval' } : undefined;
  };
  const onToolExecutionEnd = (event: ToolExecutionEnd): void => {
    const origin = 'aegisToolApproval.onToolExecutionEnd';
    const id = toolCallOf(origin, 'event', event, false).toolCallId;
    const type = isPlainObject(event.toolOutput) ? event.toolOutput.type : undefined;
    if (type !== 'tool-result' && type !== 'tool-error') {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `event.toolOutput must be a tool-result or a tool-error, got ${describe(event.toolOutput)}`,
      );
    }
    const verdict = kept.get(id);
    if (verdict?.decision !== 'allow') return;
    kept.delete(id);
    const out = event.toolOutput;
    aegis.complete(
      verdict.ticket,
      out.type === 'tool-error' ? { status: 'failed', error: out.error } : { status: 'executed', result: out.output },
    );
  };
  return { toolApproval, onToolExecutionEnd };
}
