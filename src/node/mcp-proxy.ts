/**
 * The MCP guarding proxy over stdio: a real MCP server for the client (it speaks on this process's
 * stdin and stdout), which starts the upstream server as a child process and relays every message
 * both ways, holding each `tools/call` until a guard has decided (see `McpInterceptor`).
 *
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { type CallGuard, type JsonRpcMessage, McpInterceptor } from '../adapters/_mcp-intercept.js';

/** Where the proxy reads and writes, and what it runs. */
export interface McpProxyOptions {
  /** The upstream server's command and arguments. */
  readonly command: readonly [string, ...string[]];
  /** The guard of each tool call. */
  readonly guard: CallGuard;
  /** Who is calling (the unit of rate limiting in Aegis). Default `mcp`. */
  readonly source?: string;
  /** The client's side: default this process's stdin and stdout. */
  readonly input?: Readable;
  readonly output?: Writable;
  /** Problems that are neither side's to answer (default: to stderr). */
  readonly onError?: (error: unknown) => void;
}

/** A running proxy. */
export interface McpProxy {
  /** The upstream's process. */
  readonly child: ChildProcess;
  /** Settles with the upstream's exit code once it has exited and everything is flushed. */
  readonly closed: Promise<number | null>;
  /** Stops the upstream and the relay. */
  close(): void;
}

/** Calls `each` for every line of `stream` (UTF-8, `\n`-separated, a final `\r` dropped). */
function lines(stream: Readable, each: (line: string) => void): void {
  let carry = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    let text = carry + chunk;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      const line = text.endsWith('\r', nl) ? text.slice(0, nl - 1) : text.slice(0, nl);
      if (line.length > 0) each(line);
      text = text.slice(nl + 1);
      nl = text.indexOf('\n');
    }
    carry = text;
  });
}

function parse(line: string): JsonRpcMessage | null {
  try {
    const v = JSON.parse(line) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonRpcMessage) : null;
  } catch {
    return null;
  }
}

/**
 * Starts the upstream server and relays between it and the client. A line from either side that
 * is not a JSON-RPC object is passed on unchanged (the peers answer it as they would have).
 *
 * @example
 * ```ts
 * const aegis = createAegis();
 * startMcpProxy({ command: ['node', 'server.mjs'], guard: mcpGuard(aegis) });
 * ```
 */
export function startMcpProxy(options: McpProxyOptions): McpProxy {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const onError = options.onError ?? ((e: unknown) => process.stderr.write(`aegis mcp-proxy: ${String(e)}\n`));
  const [cmd, ...args] = options.command;
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const upstreamIn = child.stdin as Writable;
  const write = (to: Writable, message: JsonRpcMessage | string) => {
    if (!to.writable) return;
    to.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
  };
  const interceptor = new McpInterceptor(
    options.guard,
    { toClient: (m) => write(output, m), toServer: (m) => write(upstreamIn, m), onError },
    options.source ?? 'mcp',
  );
  lines(input, (line) => {
    const m = parse(line);
    if (m === null) write(upstreamIn, line);
    else interceptor.fromClient(m);
  });
  lines(child.stdout as Readable, (line) => {
    const m = parse(line);
    if (m === null) write(output, line);
    else interceptor.fromServer(m);
  });
  input.on('end', () => upstreamIn.end());
  upstreamIn.on('error', onError);
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      onError(e);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  return {
    child,
    closed,
    close: () => {
      upstreamIn.end();
      child.kill();
    },
  };
}
