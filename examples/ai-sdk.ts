/**
 * The Vercel AI SDK (v6) with Aegis, offline: a scripted model asks for a catastrophic command,
 * then a harmless one; the guarded `bash` tool runs only the harmless one.
 *
 *   npx tsx examples/ai-sdk.ts
 *
 * In an application, import from 'aegis-safety' and 'aegis-safety/ai-sdk'.
 */
import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { generateText, stepCountIs, tool } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { z } from 'zod';
import { guardTools } from '../src/adapters/ai-sdk.js';
import { createAegis } from '../src/index.js';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
const turns: LanguageModelV3GenerateResult[] = [
  ['c1', 'rm -rf / --no-preserve-root'],
  ['c2', 'ls -la'],
].map(([id, command]) => ({
  content: [{ type: 'tool-call', toolCallId: id as string, toolName: 'bash', input: JSON.stringify({ command }) }],
  finishReason: { unified: 'tool-calls', raw: undefined },
  usage,
  warnings: [],
}));
turns.push({
  content: [{ type: 'text', text: 'done' }],
  finishReason: { unified: 'stop', raw: undefined },
  usage,
  warnings: [],
});
let step = 0;
const model = new MockLanguageModelV3({ doGenerate: async () => turns[step++] as LanguageModelV3GenerateResult });

const ran: string[] = [];
const bash = tool({
  description: 'Runs a shell command',
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    ran.push(command);
    return `ran: ${command}`;
  },
});

const aegis = createAegis();
const result = await generateText({
  model,
  tools: guardTools(aegis, { bash }),
  stopWhen: stepCountIs(5),
  prompt: 'Free some disk space, then list the directory.',
});
for (const r of result.steps.flatMap((s) => s.toolResults))
  console.log(r.toolCallId, JSON.stringify(r.output).slice(0, 100));
console.log('ran:', ran, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'ls -la' || !aegis.audit.verifyChain().ok) process.exitCode = 1;
