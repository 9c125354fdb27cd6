/**
 * A LangChain v1 agent whose Aegis asks interrupt the LangGraph run, offline: LangChain's fake
 * model calls an escalated command; the run stops with Aegis's question, and resuming the thread
 * with an approval answers the decision request and runs the tool.
 *
 *   npx tsx examples/langgraph-interrupt.ts
 *
 * In an application, import from 'aegis-safety' and 'aegis-safety/langchain'.
 */
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Command, interrupt, MemorySaver } from '@langchain/langgraph';
import { createAgent, tool } from 'langchain';
import { z } from 'zod/v4';
import { type AegisInterrupt, aegisMiddleware } from '../src/adapters/langchain.js';
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
  .respondWithTools([{ name: 'bash', args: { command: 'git reset --hard origin/main' }, id: 'c1' }])
  .respond(new AIMessage('done'));

const aegis = createAegis();
const agent = createAgent({
  model,
  tools: [bash],
  middleware: [aegisMiddleware(aegis, { interrupt })],
  checkpointer: new MemorySaver(),
});
const config = { configurable: { thread_id: 'release' } };
const first = await agent.invoke({ messages: [new HumanMessage('Reset the branch to origin.')] }, config);
const asked = first.__interrupt__?.[0]?.value as AegisInterrupt;
console.log('interrupted:', asked.toolName, JSON.stringify(asked.args), '·', asked.reasons[0]);

const second = await agent.invoke(new Command({ resume: { approved: true, reason: 'release window' } }), config);
console.log('resumed:', String(second.messages.at(-1)?.content), '· ran:', ran);
console.log('request:', aegis.hitl.status(asked.request).status, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'git reset --hard origin/main' || !aegis.audit.verifyChain().ok) process.exitCode = 1;
