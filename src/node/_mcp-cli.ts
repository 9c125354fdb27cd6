/**
 * The `aegis mcp-proxy` command: an MCP server over stdio that starts the upstream server given
 * after `--` and guards its tool calls with Aegis (see `aegis-safety/mcp`).
 *
 * @internal Not part of the public API; `cli.ts` runs it.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { mcpGuard } from '../adapters/mcp.js';
import type { FirewallRule } from '../firewall/types.js';
import { createAegis } from '../pipeline/aegis.js';
import type { AegisOptions } from '../pipeline/types.js';
import type { CliIo } from './_cli.js';
import { startMcpProxy } from './mcp-proxy.js';
import { type AuditFile, openAuditFile } from './open-audit-file.js';

export const MCP_USAGE = `usage: aegis mcp-proxy [--audit FILE] [--rules FILE] [--wait-for-human] -- <upstream command…>

Serves MCP over stdio, starts the upstream server, lists its tools unchanged and checks every
tools/call with Aegis: a denied call is answered with isError and never reaches the upstream; a
call that needs a human is asked through the client's elicitation when it supports it, otherwise
denied (or, with --wait-for-human, held until the decision queue answers, which this command
does not expose); an allowed call is forwarded.

  --audit FILE   append the audit log to FILE as NDJSON (existing entries are verified first);
                 check it with \`aegis verify FILE\`
  --rules FILE   a JSON array of firewall rules added to the default pack

exit status: the upstream's · 2 usage or file error`;

interface ProxyArgs {
  audit?: string;
  rules?: string;
  wait: boolean;
  command: [string, ...string[]];
}

function parseArgs(argv: readonly string[]): ProxyArgs | string {
  const args: Partial<ProxyArgs> & { wait: boolean } = { wait: false };
  let i = 0;
  for (; i < argv.length; i++) {
    // i < argv.length
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--audit' || a === '--rules') {
      const v = argv[++i];
      if (v === undefined || v === '') return `${a} is missing its value`;
      if (a === '--audit') args.audit = v;
      else args.rules = v;
    } else if (a === '--wait-for-human') args.wait = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else break;
  }
  const command = argv.slice(i);
  if (command.length === 0) return 'missing the upstream command (after --)';
  return { ...args, command: command as [string, ...string[]] };
}

function readRules(path: string): FirewallRule[] {
  const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(value)) throw new Error(`${path} must hold a JSON array of firewall rules`);
  return value as FirewallRule[];
}

/** Where the proxy speaks: default this process's stdin and stdout. */
export interface McpCliStreams {
  readonly input?: Readable;
  readonly output?: Writable;
}

/**
 * Runs `aegis mcp-proxy`: resolves with the exit status once the upstream has exited (the client
 * closed stdin, or the upstream stopped). Diagnostics go to `io.err`, never to stdout (the
 * protocol's channel).
 */
export async function runMcpProxy(argv: readonly string[], io: CliIo, streams: McpCliStreams = {}): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.err(MCP_USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`aegis mcp-proxy: ${args}\n${MCP_USAGE}`);
    return 2;
  }
  const options: AegisOptions = {};
  let audit: AuditFile | undefined;
  try {
    if (args.rules !== undefined) options.firewall = { rules: readRules(args.rules) };
    if (args.audit !== undefined) {
      audit = openAuditFile(args.audit);
      options.audit = audit.log;
    }
  } catch (error) {
    audit?.close();
    io.err(`aegis mcp-proxy: ${(error as Error).message}`);
    return 2;
  }
  let aegis: ReturnType<typeof createAegis>;
  try {
    aegis = createAegis(options);
  } catch (error) {
    audit?.close();
    io.err(`aegis mcp-proxy: ${(error as Error).message}`);
    return 2;
  }
  const proxy = startMcpProxy({
    command: args.command,
    guard: mcpGuard(aegis, { whenUnasked: args.wait ? 'wait' : 'deny' }),
    ...(streams.input !== undefined ? { input: streams.input } : {}),
    ...(streams.output !== undefined ? { output: streams.output } : {}),
    onError: (e) => io.err(`aegis mcp-proxy: ${e instanceof Error ? e.message : String(e)}`),
  });
  const stop = () => proxy.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await proxy.closed;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  aegis.close();
  audit?.close();
  return code ?? 1;
}
