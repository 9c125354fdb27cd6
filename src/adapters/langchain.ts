/**
 * `aegis-safety/langchain`: Aegis as a LangChain v1 agent middleware. {@link aegisMiddleware}
 * checks every tool call in `wrapToolCall`: a denied call is answered with an error `ToolMessage`
 * and the tool never runs; an allowed one runs and its ticket is completed with the outcome.
 *
 * This module loads `langchain` (for `createMiddleware`) and `@langchain/core` (for `ToolMessage`):
 * import it only where LangChain is installed.
 *
 * @module
 */
import { ToolMessage } from '@langchain/core/messages';
import { createMiddleware } from 'langchain';
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
 * Cost per call: one `check` and one `complete`.
 *
 * @example
 * ```ts
 * const agent = createAgent({ model, tools: [bash], middleware: [aegisMiddleware(createAegis())] });
 * ```
 */
export function aegisMiddleware(aegis: Aegis, options: AegisMiddlewareOptions = {}) {
  const o = adapterArgs('aegisMiddleware', aegis, options, ['source', 'whenAsked', 'intent']);
  const whenAsked = o.whenAsked ?? 'wait';
  const withIntent = o.intent ?? true;
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
      let verdict = aegis.check(mapped.request, mapped.action);
      if (verdict.decision === 'ask') {
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
