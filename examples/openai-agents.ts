/**
 * An OpenAI Agents JS agent with Aegis' tool guardrails, offline: a scripted model calls a
 * catastrophic command, then a harmless one; only the harmless one runs.
 *
 *   npx tsx examples/openai-agents.ts
 *
 * In an application, import from 'aegis-safety' and 'aegis-safety/openai-agents'.
 */
import { Agent, type AgentOutputItem, type Model, run, setTracingDisabled, tool, Usage } from '@openai/agents';
import { z } from 'zod';
import { aegisToolGuards, guardTool } from '../src/adapters/openai-agents.js';
import { createAegis } from '../src/index.js';

setTracingDisabled(true);
const call = (callId: string, command: string): AgentOutputItem => ({
  type: 'function_call',
  callId,
  name: 'bash',
  arguments: JSON.stringify({ command }),
  status: 'completed',
});
const turns: AgentOutputItem[][] = [
  [call('c1', 'rm -rf / --no-preserve-root')],
  [call('c2', 'ls -la')],
  [{ type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'done' }] }],
];
let step = 0;
const model: Model = {
  getResponse: async () => ({ usage: new Usage(), output: turns[step++] as AgentOutputItem[] }),
  getStreamedResponse: () => {
    throw new Error('not streamed');
  },
};

const ran: string[] = [];
const bash = tool({
  name: 'bash',
  description: 'Runs a shell command',
  parameters: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    ran.push(command);
    return `ran: ${command}`;
  },
});

const aegis = createAegis();
const agent = new Agent({ name: 'ops', model, tools: [guardTool(aegisToolGuards(aegis), bash)] });
const result = await run(agent, 'Free some disk space, then list the directory.');
console.log('final:', result.finalOutput, '· ran:', ran, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'ls -la') process.exitCode = 1;
