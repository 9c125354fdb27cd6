import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardTransport, type McpGuardOptions, mcpGuard } from '../../src/adapters/mcp.js';
import { type Aegis, createAegis } from '../../src/index.js';

// Commands written here: one catastrophic, one harmless, one the default rules escalate to a human.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

let open: Aegis[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});

/** A server with a `bash` tool that records what it runs, behind the guard, and a client. */
async function setup(opts: { elicit?: (message: string) => 'accept' | 'decline'; guard?: McpGuardOptions } = {}) {
  const aegis = createAegis();
  open.push(aegis);
  const ran: string[] = [];
  const server = new McpServer({ name: 'tools', version: '1.0.0' });
  server.registerTool('bash', { inputSchema: { command: z.string() } }, async ({ command }) => {
    ran.push(command);
    if (command.startsWith('false')) return { content: [{ type: 'text', text: 'exit 1' }], isError: true };
    return { content: [{ type: 'text', text: `ran: ${command}` }] };
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(guardTransport(serverSide, mcpGuard(aegis, opts.guard)));
  const asked: string[] = [];
  const client = new Client(
    { name: 'test-client', version: '1.0.0' },
    { capabilities: opts.elicit === undefined ? {} : { elicitation: {} } },
  );
  if (opts.elicit !== undefined) {
    const answer = opts.elicit;
    client.setRequestHandler(ElicitRequestSchema, async (req) => {
      asked.push(req.params.message);
      const action = answer(req.params.message);
      return action === 'accept' ? { action, content: { approve: true } } : { action };
    });
  }
  await client.connect(clientSide);
  return { aegis, ran, client, asked, close: () => client.close() };
}

const entryTypes = (aegis: Aegis) => aegis.audit.queryHistory().map((e) => e.type);
const text = (r: unknown) => ((r as { content: { text: string }[] }).content[0] as { text: string }).text;

describe('mcpGuard over guardTransport (in process, InMemoryTransport)', () => {
  it('lists the server tools unchanged', async () => {
    const s = await setup();
    const { tools } = await s.client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['bash']);
    await s.close();
  });

  it('denies a catastrophic command with isError and the reasons; the server never runs it', async () => {
    const s = await setup();
    const r = await s.client.callTool({ name: 'bash', arguments: { command: CATASTROPHIC } });
    expect(r.isError).toBe(true);
    expect(text(r)).toContain('Denied by Aegis');
    expect(text(r)).toContain('destructive.no-preserve-root');
    expect(s.ran).toEqual([]);
    const types = entryTypes(s.aegis);
    expect(types).toContain('action.blocked');
    await s.close();
  });

  it('forwards a harmless call, returns its result, and records it executed', async () => {
    const s = await setup();
    const r = await s.client.callTool({ name: 'bash', arguments: { command: HARMLESS } });
    expect(r.isError).toBeFalsy();
    expect(text(r)).toBe(`ran: ${HARMLESS}`);
    expect(s.ran).toEqual([HARMLESS]);
    expect(s.aegis.inFlight).toBe(0);
    const types = entryTypes(s.aegis);
    expect(types).toContain('action.executed');
    expect(s.aegis.audit.verifyChain().ok).toBe(true);
    await s.close();
  });

  it('records a call the server answers with isError as failed', async () => {
    const s = await setup();
    const r = await s.client.callTool({ name: 'bash', arguments: { command: 'false' } });
    expect(r.isError).toBe(true);
    expect(s.ran).toEqual(['false']);
    expect(entryTypes(s.aegis)).toContain('action.failed');
    await s.close();
  });

  it('asks the human through elicitation: accepted runs, approved in the queue', async () => {
    const s = await setup({ elicit: () => 'accept' });
    const r = await s.client.callTool({ name: 'bash', arguments: { command: ESCALATED } });
    expect(s.asked).toHaveLength(1);
    expect(s.asked[0]).toContain(ESCALATED);
    expect(r.isError).toBeFalsy();
    expect(s.ran).toEqual([ESCALATED]);
    const types = entryTypes(s.aegis);
    expect(types).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(s.aegis.inFlight).toBe(0);
    await s.close();
  });

  it('asks the human through elicitation: declined is denied and never runs', async () => {
    const s = await setup({ elicit: () => 'decline' });
    const r = await s.client.callTool({ name: 'bash', arguments: { command: ESCALATED } });
    expect(s.asked).toHaveLength(1);
    expect(r.isError).toBe(true);
    expect(s.ran).toEqual([]);
    expect(entryTypes(s.aegis)).toContain('action.rejected');
    await s.close();
  });

  it('without elicitation, denies by default and keeps the request pending for a human', async () => {
    const s = await setup();
    const r = await s.client.callTool({ name: 'bash', arguments: { command: ESCALATED } });
    expect(r.isError).toBe(true);
    expect(text(r)).toContain('kept for a human');
    expect(s.ran).toEqual([]);
    const pending = s.aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    // A human approves later: the call is already answered, so the ticket ends skipped.
    s.aegis.hitl.approve((pending[0] as { id: string }).id, { responder: 'alice' });
    await new Promise((r) => setTimeout(r, 10));
    expect(s.aegis.inFlight).toBe(0);
    expect(s.ran).toEqual([]);
    await s.close();
  });

  it("with whenUnasked 'wait', holds the call until a human decides in the queue", async () => {
    const s = await setup({ guard: { whenUnasked: 'wait' } });
    const pending = s.client.callTool({ name: 'bash', arguments: { command: ESCALATED } });
    let waiting = s.aegis.hitl.pending();
    for (let i = 0; i < 50 && waiting.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
      waiting = s.aegis.hitl.pending();
    }
    expect(s.ran).toEqual([]);
    s.aegis.hitl.approve((waiting[0] as { id: string }).id, { responder: 'alice' });
    const r = await pending;
    expect(r.isError).toBeFalsy();
    expect(s.ran).toEqual([ESCALATED]);
    await s.close();
  });
});
