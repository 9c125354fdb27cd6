/**
 * The Vercel AI SDK v7 with Aegis as its `toolApproval`, offline: a scripted model asks for a
 * catastrophic command, then a harmless one; Aegis denies the first (the model reads why) and the
 * second runs. v7 needs Node 22.
 *
 *   npx tsx examples/ai-sdk-v7.ts
 *
 * In an application, import from 'ai' (v7), 'aegis-safety' and 'aegis-safety/ai-sdk'; here v7 is
 * the dev dependency `ai-v7` beside v6.
 */
import { generateText, isStepCount, tool } from 'ai-v7';
import { MockLanguageModelV4 } from 'ai-v7/test';
import { z } from 'zod/v4';
import { aegisToolApproval } from '../src/adapters/ai-sdk.js';
import { createAegis } from '../src/index.js';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
const callBash = (id: string, command: string) => ({
  content: [{ type: 'tool-call' as const, toolCallId: id, toolName: 'bash', input: JSON.stringify({ command }) }],
  finishReason: { unified: 'tool-calls' as const, raw: undefined },
  usage,
  warnings: [],
});
const model = new MockLanguageModelV4({
  doGenerate: [
    callBash('c1', 'rm -rf / --no-preserve-root'),
    callBash('c2', 'ls -la'),
    {
      content: [{ type: 'text', text: 'done' }],
      finishReason: { unified: 'stop', raw: undefined },
      usage,
      warnings: [],
    },
  ],
});

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
  tools: { bash },
  ...aegisToolApproval(aegis),
  stopWhen: isStepCount(5),
  prompt: 'Free some disk space, then list the directory.',
});
for (const part of result.steps.flatMap((s) => s.content)) {
  if (part.type === 'tool-approval-response')
    console.log(part.toolCall.toolCallId, 'denied:', part.reason?.split('\n')[1]);
  if (part.type === 'tool-result') console.log(part.toolCallId, JSON.stringify(part.output));
}
console.log('ran:', ran, '· audit verifies:', aegis.audit.verifyChain().ok);
aegis.close();
if (ran.join() !== 'ls -la' || !aegis.audit.verifyChain().ok) process.exitCode = 1;
