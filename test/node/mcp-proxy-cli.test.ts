import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/_cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const UPSTREAM = join(ROOT, 'test/adapters/fixtures/upstream-server.mjs');
// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** Starts `aegis mcp-proxy [options] -- node upstream-server.mjs` (from source, through tsx). */
async function connect(options: (dir: string) => string[], upstream: string[] = ['node', UPSTREAM]) {
  const dir = mkdtempSync(join(tmpdir(), 'aegis-mcp-'));
  dirs.push(dir);
  const record = join(dir, 'upstream.jsonl');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', join(ROOT, 'src/node/cli.ts'), 'mcp-proxy', ...options(dir), '--', ...upstream],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), UPSTREAM_RECORD: record },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'bar-client', version: '1.0.0' });
  await client.connect(transport);
  const seen = () =>
    existsSync(record)
      ? readFileSync(record, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { name: string; args: { command?: string; text?: string } })
      : [];
  return { client, dir, seen };
}

async function directTools(): Promise<string[]> {
  const client = new Client({ name: 'direct', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: 'node', args: [UPSTREAM], cwd: ROOT, stderr: 'pipe' }));
  const { tools } = await client.listTools();
  await client.close();
  return tools.map((t) => JSON.stringify(t));
}

const text = (r: unknown) => ((r as { content: { text: string }[] }).content[0] as { text: string }).text;

describe('aegis mcp-proxy over stdio (real SDK client and upstream server)', { timeout: 90_000 }, () => {
  it('lists the upstream tools unchanged, denies a catastrophic call before the upstream, forwards a harmless one, and its audit file verifies', async () => {
    let audit = '';
    const { client, seen } = await connect((dir) => {
      audit = join(dir, 'audit.ndjson');
      return ['--audit', audit];
    });
    const { tools } = await client.listTools();
    expect(tools.map((t) => JSON.stringify(t))).toEqual(await directTools());

    const denied = await client.callTool({ name: 'bash', arguments: { command: CATASTROPHIC } });
    expect(denied.isError).toBe(true);
    expect(text(denied)).toContain('Denied by Aegis');

    const ok = await client.callTool({ name: 'bash', arguments: { command: HARMLESS } });
    expect(ok.isError).toBeFalsy();
    expect(text(ok)).toBe(`ran: ${HARMLESS}`);

    expect(seen()).toEqual([{ name: 'bash', args: { command: HARMLESS } }]);
    await client.close();

    const lines = readFileSync(audit, 'utf8').trim().split('\n');
    const types = lines.map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).toContain('action.blocked');
    expect(types).toContain('action.executed');
    const out: string[] = [];
    const err: string[] = [];
    expect(runCli(['verify', audit], { out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(0);
    expect(err).toEqual([]);
  });

  it('adds the rules of --rules to the default pack', async () => {
    const { client, seen } = await connect((dir) => {
      const rules = join(dir, 'rules.json');
      writeFileSync(
        rules,
        JSON.stringify([
          {
            id: 'local.launch',
            patterns: ['launch the rockets'],
            category: 'local',
            severity: 'critical',
            description: 'a phrase this deployment forbids',
          },
        ]),
      );
      return ['--rules', rules];
    });
    const denied = await client.callTool({ name: 'echo', arguments: { text: 'please launch the rockets' } });
    expect(denied.isError).toBe(true);
    expect(text(denied)).toContain('local.launch');
    const ok = await client.callTool({ name: 'echo', arguments: { text: 'hello' } });
    expect(text(ok)).toBe('hello');
    expect(seen()).toEqual([{ name: 'echo', args: { text: 'hello' } }]);
    await client.close();
  });
});
