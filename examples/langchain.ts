/**
 * A LangChain v1 agent with the Aegis middleware, offline: LangChain's fake model calls a
 * catastrophic command, then a harmless one; only the harmless one runs.
 *
 *   npx tsx examples/langchain.ts
 *
 * In an application, import from 'aegis-safety' and 'aegis-safety/langchain'.
 */
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createAgent, tool } from 'langchain';
import { z } from 'zod/v4';
import { aegisMiddleware } from '../src/adapters/langchain.js';
import { createAegis } from '../src/index.js';

const ran: string[] = [];
const bash = tool(
  async ({ command }: { command: string }) => {
    ran.push(command);
    return `ran: ${command}`;
  },
  { name: 'bash', description: 'Runs a shell command', schema: z.object({ command: z.string() }) },
);
const model = fakeModel()
  .respondWithTools([{ name: 'bash', args: { command: 'rm -rf / --no-preserve-root' }, id: 'c1' }])
  .respondWithTools([{ name: 'bash', args: { command: 'ls -la' }, id: 'c2' }])
  .respond(new AIMessage('done'));

const aegis = createAegis();
const agent = createAgent({ model, tools: [bash], middleware: [aegisMiddleware(aegis)] });
const result = await agent.invoke({ messages: [new HumanMessage('Free some disk space, then list the directory.')] });
for (const m of result.messages) console.log(m.type, String(m.content).slice(0, 90));
console.log('ran:', ran, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'ls -la') process.exitCode = 1;
