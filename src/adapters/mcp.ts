/**
 * `aegis-safety/mcp`: Aegis as the guard of an MCP server's tool calls. {@link mcpGuard} judges each
 * `tools/call` (deny: a tool error with the reasons, the server never sees the call; ask: a human
 * through the client's elicitation, or the decision queue; allow: forwarded, and the server's answer
 * recorded); {@link guardTransport} puts it in front of a server in the same process, and the
 * `aegis mcp-proxy` command in front of one over stdio.
 *
 * The MCP SDK is imported as types only: this module loads no SDK code.
 *
 * @module
 */
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { Aegis } from '../pipeline/aegis.js';
import type { CheckResult } from '../pipeline/types.js';
import { type CallGuard, type CallOutcome, type JsonRpcMessage, McpInterceptor } from './_mcp-intercept.js';
import { adapterArgs } from './_options.js';
import { toolCallToRequest } from './tool-call.js';

export type { AskHuman, CallGuard, CallOutcome, ServerAnswer } from './_mcp-intercept.js';
export type { MappedToolCall, ToolCall } from './tool-call.js';
export { toolCallToRequest } from './tool-call.js';

/** Options of {@link mcpGuard}. */
export interface McpGuardOptions {
  /**
   * When Aegis wants a human and the client cannot be asked (it did not declare elicitation):
   * `'deny'` answers this call with a tool error at once and leaves the decision request pending
   * in `aegis.hitl` for a human (an approval given with `remember` lets a retry through);
   * `'wait'` holds the call until a human decides in the queue (or it expires). Default `'deny'`.
   */
  readonly whenUnasked?: 'deny' | 'wait';
  /** The responder recorded for answers given through the client's elicitation. Default `'mcp-client'`. */
  readonly responder?: string;
}

function askText(toolName: string, verdict: CheckResult, content: string): string {
  const shown = content.length > 2000 ? `${content.slice(0, 2000)}…` : content;
  return `Aegis asks before the tool "${toolName}" runs:\n${shown}\n\n${verdict.reasons.join('\n')}`;
}

function denied(verdict: CheckResult, extra?: string): CallOutcome {
  return { forwarded: false, reasons: extra === undefined ? verdict.reasons : [...verdict.reasons, extra] };
}

/**
 * A {@link CallGuard} built from an Aegis: each tool call is mapped by `toolCallToRequest` and
 * checked. `deny` returns the reasons (the call is never forwarded). `ask` asks the human through
 * the client (elicitation) and records the answer in `aegis.hitl` as approved or rejected by
 * `responder`; a client that cannot be asked is handled as `whenUnasked` says. `allow` (or an
 * approval) forwards the call and completes the ticket with `executed`, or `failed` when the server
 * answers with an error or `isError: true`. A call Aegis refuses (`AegisError`) is denied.
 *
 * Cost per call: one `check` and one `complete`, plus the wait for a human.
 *
 * @example
 * ```ts
 * const aegis = createAegis();
 * await server.connect(guardTransport(new StdioServerTransport(), mcpGuard(aegis)));
 * ```
 */
export function mcpGuard(aegis: Aegis, options: McpGuardOptions = {}): CallGuard {
  const o = adapterArgs('mcpGuard', aegis, options, ['whenUnasked', 'responder']);
  const whenUnasked = o.whenUnasked ?? 'deny';
  const responder = o.responder ?? 'mcp-client';
  return async (call, ask, forward) => {
    const { request, action } = toolCallToRequest(call);
    let verdict = aegis.check(request, action);
    if (verdict.decision === 'deny') return denied(verdict);
    if (verdict.decision === 'ask') {
      const id = verdict.ticket.hitl as string;
      const answer = await ask(askText(call.toolName, verdict, request.content));
      if (answer === null && whenUnasked === 'deny') {
        // The request stays for a human; an approval now has no call left to run.
        const ticket = verdict.ticket;
        void aegis.decision(ticket).then(
          (later) => {
            if (later.decision === 'allow') aegis.complete(ticket, { status: 'skipped' });
          },
          () => undefined,
        );
        return denied(verdict, `kept for a human: decision request ${id} (the client cannot be asked)`);
      }
      if (answer === true) aegis.hitl.approve(id, { responder, reasoning: 'approved through the MCP client' });
      else if (answer === false) aegis.hitl.reject(id, { responder, reasoning: 'declined through the MCP client' });
      verdict = await aegis.decision(verdict.ticket);
      if (verdict.decision !== 'allow') return denied(verdict);
    }
    const ticket = verdict.ticket;
    let answer: Awaited<ReturnType<typeof forward>>;
    try {
      answer = await forward();
    } catch (error) {
      aegis.complete(ticket, { status: 'failed', error });
      throw error;
    }
    aegis.complete(
      ticket,
      answer.isError
        ? { status: 'failed', error: answer.error ?? answer.result }
        : { status: 'executed', result: answer.result },
    );
    return { forwarded: true };
  };
}

/**
 * Wraps the server's side of a transport so that every message from the client passes through
 * `guard` before the server sees it: give the result to `server.connect`. Only `tools/call`
 * requests are held; everything else passes unchanged both ways. A denied call is answered on the
 * transport directly, as a tool error.
 *
 * @param transport - the server's transport (stdio, streamable HTTP, in-memory…), not yet started
 * @param guard - usually {@link mcpGuard}
 * @param onError - problems neither side is to be told of (a guard that threw, a failed send):
 *   default the server's `onerror`
 * @example
 * ```ts
 * const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
 * await server.connect(guardTransport(serverSide, mcpGuard(createAegis())));
 * await client.connect(clientSide);
 * ```
 */
export function guardTransport(transport: Transport, guard: CallGuard, onError?: (error: unknown) => void): Transport {
  const report = (e: unknown) => {
    if (onError !== undefined) onError(e);
    else guarded.onerror?.(e instanceof Error ? e : new Error(String(e)));
  };
  const extras = new WeakMap<object, MessageExtraInfo>();
  const sendOptions = new WeakMap<object, TransportSendOptions>();
  let sent: Promise<void> | undefined;
  const guarded: Transport = {
    start: () => transport.start(),
    close: () => transport.close(),
    send(message, options) {
      if (options !== undefined) sendOptions.set(message, options);
      sent = undefined;
      interceptor.fromServer(message as unknown as JsonRpcMessage);
      const done = sent ?? Promise.resolve();
      sent = undefined;
      return done;
    },
  };
  const interceptor = new McpInterceptor(guard, {
    toClient(message) {
      const p = transport.send(message as unknown as JSONRPCMessage, sendOptions.get(message));
      p.catch(report);
      sent = p;
    },
    toServer(message) {
      guarded.onmessage?.(message as unknown as JSONRPCMessage, extras.get(message));
    },
    onError: report,
  });
  transport.onmessage = (message, extra) => {
    if (extra !== undefined) extras.set(message, extra);
    interceptor.fromClient(message as unknown as JsonRpcMessage);
  };
  transport.onclose = () => guarded.onclose?.();
  transport.onerror = (e) => guarded.onerror?.(e);
  Object.defineProperty(guarded, 'sessionId', { get: () => transport.sessionId, enumerable: true });
  if (transport.setProtocolVersion !== undefined) {
    const set = transport.setProtocolVersion.bind(transport);
    guarded.setProtocolVersion = (v) => set(v);
  }
  return guarded;
}
