/**
 * An MCP server guarded by Aegis in the same process, offline: a client calls a catastrophic
 * command (answered with isError, the server never runs it) and a harmless one (forwarded).
 * Over stdio, the same guard is one line of a client's configuration:
 * `aegis mcp-proxy --audit audit.ndjson -- node server.js`.
 *
 *   npx tsx examples/mcp.ts
 *
 * In an application, import from 'aegis-safety' and 'aegis-safety/mcp'.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { guardTransport, mcpGuard } from '../src/adapters/mcp.js';
import { createAegis } from '../src/index.js';

const ran: string[] = [];
const server = new McpServer({ name: 'shell', version: '1.0.0' });
server.registerTool('bash', { inputSchema: { command: z.string() } }, async ({ command }) => {
  ran.push(command);
  return { content: [{ type: 'text', text: `ran: ${command}` }] };
});

const aegis = createAegis();
const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
await server.connect(guardTransport(serverSide, mcpGuard(aegis)));
const client = new Client({ name: 'example', version: '1.0.0' });
await client.connect(clientSide);

for (const command of ['rm -rf / --no-preserve-root', 'ls -la']) {
  const r = await client.callTool({ name: 'bash', arguments: { command } });
  console.log(command, '→', r.isError ? 'isError' : 'ok', JSON.stringify(r.content).slice(0, 90));
}
await client.close();
console.log('ran:', ran, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'ls -la') process.exitCode = 1;
