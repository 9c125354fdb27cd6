/**
 * `aegis-safety/langchain`: Aegis as a LangChain v1 agent middleware. {@link aegisMiddleware}
 * checks every tool call in `wrapToolCall`: a denied call is answered with an error `ToolMessage`
 * and the tool never runs; an allowed one runs and its ticket is completed with the outcome; an ask
 * waits for `aegis.hitl`, or interrupts the LangGraph run when given LangGraph's `interrupt`.
 *
 * This module loads `langchain` (for `createMiddleware`) and `@langchain/core` (for `ToolMessage`):
 * import it only where LangChain is installed.
 *
 * @module
 */
import { ToolMessage } from '@langchain/core/messages';
import { createMiddleware } from 'langchain';
import { isPlainObject } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { Aegis } from '../pipeline/aegis.js';
import type { CheckResult, Ticket } from '../pipeline/types.js';
import { adapterArgs } from './_options.js';
import { toolCallToRequest } from './tool-call.js';

export type { MappedToolCall, ToolCall } from './tool-call.js';
export { toolCallToRequest } from './tool-call.js';

/** Options of {@link aegisMiddleware}. */
export interface AegisMiddlewareOptions {
  /** Who is calling (the unit of rate limiting in Aegis). Default: none (the pipeline's actor). */
  readonly source?: string;
  /**
   * When Aegis asks for a human: `'wait'` holds the tool call until a human decides in
   * `aegis.hitl` (or the request expires); `'deny'` answers at once with an error `ToolMessage`
   * and leaves the request pending for a human. Default `'wait'`.
   */
  readonly whenAsked?: 'wait' | 'deny';
  /**
   * Judge the text of the AI message that made the call together with its arguments (the model's
   * stated intent). Default true.
   */
  readonly intent?: boolean;
  /**
   * LangGraph's `interrupt` (`import { interrupt } from '@langchain/langgraph'`): an ask then
   * interrupts the run with an {@link AegisInterrupt} instead of waiting, and the run resumes with
   * `new Command({ resume: { approved, reason? } })` ({@link AegisResume}). Needs a checkpointer.
   * Not with `whenAsked`.
   */
  readonly interrupt?: (value: AegisInterrupt) => unknown;
  /**
   * The responder recorded in `aegis.hitl` for an answer given by resuming an interrupt without its
   * own `responder`. Default `'langgraph-interrupt'`.
   */
  readonly responder?: string;
}

/** The value of the interrupt an ask raises (in `result.__interrupt__[i].value`): plain JSON. */
export interface AegisInterrupt {
  readonly kind: 'aegis.ask';
  /** The tool call's id, its tool and its arguments. */
  readonly toolCallId: string;
  readonly toolName: string;
  readonly args: unknown;
  /** Why Aegis asks, stage by stage. */
  readonly reasons: readonly string[];
  /** The decision request in `aegis.hitl`, answered by the resume. */
  readonly request: string;
  readonly ticket: Ticket;
  /** Set when this interrupt follows a resume of another shape: what was wrong with it. */
  readonly problem?: string;
}

/**
 * What resumes an {@link AegisInterrupt}: `new Command({ resume: { approved: true } })`. `approved`
 * answers the decision request (approve or reject); `reason` is recorded as the reasoning and
 * `responder` as who answered (default: the middleware's `responder`).
 */
export interface AegisResume {
  readonly approved: boolean;
  readonly reason?: string;
  readonly responder?: string;
}

/** Asked calls waiting for a resume, by tool call id; the oldest unanswered ones go first. */
const ASKED_LIMIT = 4096;

/** The resume value as an {@link AegisResume}, or why it is not one. */
function readResume(value: unknown): AegisResume | string {
  if (!isPlainObject(value) || typeof value.approved !== 'boolean') {
    return `the resume must be { approved: boolean, reason?, responder? }, got ${describe(value)}`;
  }
  const { approved, reason, responder } = value;
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > 16_384)) {
    return `resume.reason must be a string of at most 16,384 characters, got ${describe(reason)}`;
  }
  if (responder !== undefined && (typeof responder !== 'string' || responder.length === 0 || responder.length > 256)) {
    return `resume.responder must be a string of 1–256 characters, got ${describe(responder)}`;
  }
  return {
    approved,
    ...(reason !== undefined ? { reason } : {}),
    ...(responder !== undefined ? { responder } : {}),
  };
}

/** Resumes of another shape answered by a new interrupt before the call gives up. */
const RESUME_ATTEMPTS = 8;

/** `options` without `interrupt` (read here: the shared option check knows no functions). */
function splitInterrupt(options: unknown): { rest: unknown; interrupt: AegisMiddlewareOptions['interrupt'] } {
  if (!isPlainObject(options) || !Object.hasOwn(options, 'interrupt')) {
    return { rest: options, interrupt: undefined };
  }
  const { interrupt, ...rest } = options;
  if (interrupt !== undefined && typeof interrupt !== 'function') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      'aegisMiddleware',
      `options.interrupt must be LangGraph's interrupt function, got ${describe(interrupt)}`,
    );
  }
  if (interrupt !== undefined && rest.whenAsked !== undefined) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      'aegisMiddleware',
      'options.interrupt and options.whenAsked exclude each other',
    );
  }
  return { rest, interrupt: interrupt as AegisMiddlewareOptions['interrupt'] };
}

/** The text parts of the last AI message in the agent's state: what the model said before calling. */
function precedingText(state: unknown): string | undefined {
  const messages = (state as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return undefined;
  for (let i = messages.length - 1; i >= 0 && i >= messages.length - 8; i--) {
    const m = messages[i] as { type?: unknown; _getType?: () => string; content?: unknown } | null;
    const type = typeof m?._getType === 'function' ? m._getType() : m?.type;
    if (type !== 'ai') continue;
    const content = m?.content;
    if (typeof content === 'string') return content;
    if (!Array.isArray(content)) return undefined;
    return content
      .map((part) => ((part as { type?: unknown }).type === 'text' ? String((part as { text?: unknown }).text) : ''))
      .filter((t) => t.length > 0)
      .join('\n');
  }
  return undefined;
}

function deniedMessage(verdict: CheckResult, id: string, name: string, extra?: string): ToolMessage {
  const lines = extra === undefined ? verdict.reasons : [...verdict.reasons, extra];
  return new ToolMessage({
    content: `Denied by Aegis:\n${lines.join('\n')}`,
    tool_call_id: id,
    name,
    status: 'error',
  });
}

/**
 * A LangChain v1 middleware (give it to `createAgent({ middleware })`) whose `wrapToolCall` maps
 * each tool call with `toolCallToRequest` (the tool's name, its arguments, and the AI message's
 * text as the stated intent) and checks it: `deny` returns an error `ToolMessage` with the reasons
 * without calling the handler; `ask` waits for a human in `aegis.hitl` (or denies, see
 * `whenAsked`); `allow` calls the handler and completes the ticket `executed` (`failed` when the
 * tool threw or answered with an error `ToolMessage`).
 *
 * With `interrupt` (LangGraph's), an `ask` interrupts the run instead: the interrupt's value is an
 * {@link AegisInterrupt} (ticket, tool, arguments, reasons). Resuming the thread with
 * `new Command({ resume: { approved, reason? } })` answers the decision request in `aegis.hitl`
 * (approve or reject, by `responder`), then runs the tool and completes the ticket, or answers
 * with an error `ToolMessage`. A request a human already answered in the queue keeps that answer.
 * LangGraph runs the tool node again on resume; the ticket is kept in the middleware, and a resume
 * in another process checks the call again and answers the new request.
 *
 * Cost per call: one `check` and one `complete`.
 *
 * @throws AegisError `INVALID_ARGUMENT` for a value that is not a pipeline, unknown or mistyped
 *   options, `interrupt` with `whenAsked`; in the run, `LIMIT_EXCEEDED` after 8 resumes of
 *   another shape for one call (each earlier one is answered by a new interrupt that names the
 *   problem)
 * @example
 * ```ts
 * const agent = createAgent({ model, tools: [bash], middleware: [aegisMiddleware(createAegis())] });
 * ```
 */
export function aegisMiddleware(aegis: Aegis, options: AegisMiddlewareOptions = {}) {
  const { rest, interrupt } = splitInterrupt(options);
  const o = adapterArgs('aegisMiddleware', aegis, rest, ['source', 'whenAsked', 'intent', 'responder']);
  const whenAsked = o.whenAsked ?? 'wait';
  const withIntent = o.intent ?? true;
  const responder = o.responder ?? 'langgraph-interrupt';
  /**
   * LangGraph runs a node again from its start when it resumes: the ticket of an interrupted call
   * is kept here so the second pass answers it instead of checking the call again.
   */
  const asked = new Map<string, CheckResult>();
  const keep = (id: string, verdict: CheckResult): void => {
    asked.set(id, verdict);
    if (asked.size > ASKED_LIMIT) asked.delete(asked.keys().next().value as string);
  };
  /** Interrupts (or, on the resumed pass, reads the answer) and answers the decision request. */
  const interrupted = async (
    verdict: CheckResult,
    call: { name: string; args: unknown },
    id: string,
    ask: NonNullable<AegisMiddlewareOptions['interrupt']>,
  ): Promise<CheckResult> => {
    const request = verdict.ticket.hitl as string;
    if (id !== '') keep(id, verdict);
    const value: AegisInterrupt = {
      kind: 'aegis.ask',
      toolCallId: id,
      toolName: call.name,
      args: call.args,
      reasons: verdict.reasons,
      request,
      ticket: verdict.ticket,
    };
    // LangGraph keeps every resume of a node: a malformed one is answered by a new interrupt (the
    // next resume answers that one), so the thread is never stuck on it.
    let answer = readResume(ask(value));
    for (let attempt = 1; typeof answer === 'string'; attempt++) {
      if (attempt >= RESUME_ATTEMPTS) {
        throw new AegisError('LIMIT_EXCEEDED', 'aegisMiddleware', `${RESUME_ATTEMPTS} malformed resumes: ${answer}`);
      }
      answer = readResume(ask({ ...value, problem: answer }));
    }
    asked.delete(id);
    const status = aegis.hitl.status(request).status;
    if (status === 'pending' || status === 'escalated') {
      const response = {
        responder: answer.responder ?? responder,
        ...(answer.reason !== undefined ? { reasoning: answer.reason } : {}),
      };
      if (answer.approved) aegis.hitl.approve(request, response);
      else aegis.hitl.reject(request, response);
    }
    return aegis.decision(verdict.ticket);
  };
  return createMiddleware({
    name: 'AegisMiddleware',
    wrapToolCall: async (request, handler) => {
      const call = request.toolCall;
      const id = call.id ?? '';
      const intent = withIntent ? precedingText(request.state) : undefined;
      const mapped = toolCallToRequest({
        toolName: call.name,
        input: call.args,
        ...(id !== '' ? { callId: id } : {}),
        ...(intent !== undefined ? { intent } : {}),
        ...(o.source !== undefined ? { source: o.source } : {}),
      });
      const resumed = interrupt !== undefined && id !== '' ? asked.get(id) : undefined;
      let verdict = resumed ?? aegis.check(mapped.request, mapped.action);
      if (verdict.decision === 'ask' && interrupt !== undefined) {
        verdict = await interrupted(verdict, call, id, interrupt);
      } else if (verdict.decision === 'ask') {
        if (whenAsked === 'deny') {
          leaveForHuman(aegis, verdict.ticket);
          return deniedMessage(verdict, id, call.name, `kept for a human: decision request ${verdict.ticket.hitl}`);
        }
        verdict = await aegis.decision(verdict.ticket);
      }
      if (verdict.decision !== 'allow') return deniedMessage(verdict, id, call.name);
      const ticket = verdict.ticket;
      let result: Awaited<ReturnType<typeof handler>>;
      try {
        result = await handler(request);
      } catch (error) {
        aegis.complete(ticket, { status: 'failed', error });
        throw error;
      }
      const failed = ToolMessage.isInstance(result) && result.status === 'error';
      aegis.complete(
        ticket,
        failed
          ? { status: 'failed', error: (result as ToolMessage).content }
          : { status: 'executed', result: ToolMessage.isInstance(result) ? result.content : result },
      );
      return result;
    },
  });
}

/** The request stays for a human; an approval then has no call left to run. */
function leaveForHuman(aegis: Aegis, ticket: Ticket): void {
  void aegis.decision(ticket).then(
    (later) => {
      if (later.decision === 'allow') aegis.complete(ticket, { status: 'skipped' });
    },
    () => undefined,
  );
}
