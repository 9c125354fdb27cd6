/**
 * The MCP guarding logic, transport-free: sits between an MCP client and a server, passes every
 * message through unchanged except `tools/call` requests, which it holds until a judge has spoken.
 * A denied call is answered at once with a tool error (`isError: true`, the reasons as text) and
 * never reaches the server; an allowed one is forwarded, and the server's answer is reported back
 * to the judge before it goes on to the client. When the judge wants a human and the client said
 * at `initialize` that it supports elicitation, the human is asked through the client
 * (`elicitation/create`); otherwise the judge decides without one.
 *
 * Messages are JSON-RPC 2.0 objects (MCP's stdio transport carries one per line).
 *
 * @internal Shared by `aegis-safety/mcp` and the `aegis mcp-proxy` command.
 */
import type { ToolCall } from './tool-call.js';

/** A JSON-RPC message, as parsed. */
export type JsonRpcMessage = { jsonrpc?: string; id?: string | number | null; method?: string } & Record<
  string,
  unknown
>;

/** Asks a human through the client; `null` when the client cannot be asked. */
export type AskHuman = (message: string) => Promise<boolean | null>;

/** The server's answer to a forwarded call: its result, or its JSON-RPC error. */
export interface ServerAnswer {
  readonly result?: unknown;
  readonly error?: unknown;
  /** A JSON-RPC error, or a result with `isError: true`. */
  readonly isError: boolean;
}

/** What became of a call the guard was given. */
export type CallOutcome =
  | { readonly forwarded: true }
  | { readonly forwarded: false; readonly reasons: readonly string[] };

/**
 * Guards one tool call: decides, asks a human through `ask` if it wants, and either calls `forward`
 * (which sends the call to the server and resolves with its answer, already on its way to the
 * client) or returns the reasons it was denied. A throw denies the call.
 */
export type CallGuard = (
  call: ToolCall,
  ask: AskHuman,
  forward: () => Promise<ServerAnswer>,
) => Promise<CallOutcome> | CallOutcome;

/** Where the interceptor sends messages. */
export interface InterceptorWiring {
  toClient(message: JsonRpcMessage): void;
  toServer(message: JsonRpcMessage): void;
  /** Reports a problem that is not the client's or the server's to answer (optional). */
  onError?(error: unknown): void;
}

const ELICIT_PREFIX = 'aegis-elicitation-';

type Id = string | number;

/** The interceptor between one client and one server. */
export class McpInterceptor {
  private elicitation = false;
  private elicitSeq = 0;
  /** Our own requests to the client, waiting for their answers. */
  private readonly asked = new Map<string, (answer: JsonRpcMessage) => void>();
  /** Allowed calls forwarded to the server, waiting for its answer. */
  private readonly forwarded = new Map<Id, (answer: ServerAnswer) => void>();

  constructor(
    private readonly guard: CallGuard,
    private readonly wiring: InterceptorWiring,
    private readonly source?: string,
  ) {}

  /** A message from the client. */
  fromClient(message: JsonRpcMessage): void {
    const id = message.id;
    if (message.method === undefined && typeof id === 'string' && this.asked.has(id)) {
      const resolve = this.asked.get(id) as (m: JsonRpcMessage) => void;
      this.asked.delete(id);
      resolve(message);
      return;
    }
    if (message.method === 'initialize') {
      const params = message.params as { capabilities?: { elicitation?: unknown } } | undefined;
      this.elicitation = params?.capabilities?.elicitation !== undefined;
    }
    if (message.method === 'tools/call' && (typeof id === 'string' || typeof id === 'number')) {
      void this.call(message, id);
      return;
    }
    this.wiring.toServer(message);
  }

  /** A message from the server. */
  fromServer(message: JsonRpcMessage): void {
    this.wiring.toClient(message);
    const id = message.id;
    if (message.method !== undefined || (typeof id !== 'string' && typeof id !== 'number')) return;
    const resolve = this.forwarded.get(id);
    if (resolve === undefined) return;
    this.forwarded.delete(id);
    const result = message.result as { isError?: unknown } | undefined;
    resolve({
      ...(message.result !== undefined ? { result: message.result } : {}),
      ...(message.error !== undefined ? { error: message.error } : {}),
      isError: message.error !== undefined || result?.isError === true,
    });
  }

  /** Calls still waiting for the server, and questions still waiting for the client. */
  get inFlight(): number {
    return this.forwarded.size + this.asked.size;
  }

  private async call(message: JsonRpcMessage, id: Id): Promise<void> {
    const params = (message.params ?? {}) as { name?: unknown; arguments?: unknown };
    let sent = false;
    const forward = (): Promise<ServerAnswer> => {
      if (sent) return Promise.reject(new Error('a call is forwarded once'));
      sent = true;
      return new Promise<ServerAnswer>((resolve) => {
        this.forwarded.set(id, resolve);
        this.wiring.toServer(message);
      });
    };
    let outcome: CallOutcome;
    try {
      if (typeof params.name !== 'string') throw new Error('tools/call without a tool name');
      const call: ToolCall = {
        toolName: params.name,
        input: params.arguments ?? {},
        callId: String(id),
        ...(this.source !== undefined ? { source: this.source } : {}),
      };
      outcome = await this.guard(call, (text) => this.ask(text), forward);
    } catch (e) {
      this.wiring.onError?.(e);
      outcome = { forwarded: false, reasons: [`the call could not be judged: ${describeError(e)}`] };
    }
    if (outcome.forwarded || sent) return;
    this.wiring.toClient({
      jsonrpc: '2.0',
      id,
      result: {
        content: [{ type: 'text', text: `Denied by Aegis:\n${outcome.reasons.join('\n')}` }],
        isError: true,
      },
    });
  }

  private ask(text: string): Promise<boolean | null> {
    if (!this.elicitation) return Promise.resolve(null);
    const id = `${ELICIT_PREFIX}${++this.elicitSeq}`;
    return new Promise<boolean | null>((resolve) => {
      this.asked.set(id, (answer) => {
        const result = answer.result as { action?: unknown; content?: { approve?: unknown } } | undefined;
        resolve(result?.action === 'accept' && result.content?.approve === true);
      });
      this.wiring.toClient({
        jsonrpc: '2.0',
        id,
        method: 'elicitation/create',
        params: {
          message: text,
          requestedSchema: {
            type: 'object',
            properties: {
              approve: { type: 'boolean', title: 'Approve', description: 'Run this tool call' },
            },
            required: ['approve'],
          },
        },
      });
    });
  }
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
