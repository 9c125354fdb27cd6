import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { generateText, type ModelMessage, stepCountIs, tool } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardTools } from '../../src/adapters/ai-sdk.js';
import { type Aegis, createAegis } from '../../src/index.js';

// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** One model turn that calls `bash` with `command`. */
const callBash = (id: string, command: string): LanguageModelV3GenerateResult => ({
  content: [{ type: 'tool-call', toolCallId: id, toolName: 'bash', input: JSON.stringify({ command }) }],
  finishReason: { unified: 'tool-calls', raw: undefined },
  usage,
  warnings: [],
});
const say = (text: string): LanguageModelV3GenerateResult => ({
  content: [{ type: 'text', text }],
  finishReason: { unified: 'stop', raw: undefined },
  usage,
  warnings: [],
});

/** A model that plays `turns` in order, one per step. */
function scripted(turns: LanguageModelV3GenerateResult[]) {
  let step = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => turns[Math.min(step++, turns.length - 1)] as LanguageModelV3GenerateResult,
  });
}

function bashTool(ran: string[]) {
  return tool({
    description: 'Runs a shell command',
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => {
      ran.push(command);
      if (command === 'false') throw new Error('exit status 1');
      return `ran: ${command}`;
    },
  });
}

let open: Aegis[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});
const aegisFor = () => {
  const a = createAegis();
  open.push(a);
  return a;
};
const typesOf = (aegis: Aegis) => aegis.audit.queryHistory().map((e) => e.type);

describe('guardTools (AI SDK v6, generateText with MockLanguageModelV3)', () => {
  it('an agent loop: the catastrophic call never executes, the harmless one does, and the audit log verifies with both', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = scripted([callBash('call-1', CATASTROPHIC), callBash('call-2', HARMLESS), say('done')]);
    const result = await generateText({
      model,
      tools: guardTools(aegis, { bash: bashTool(ran) }),
      stopWhen: stepCountIs(5),
      prompt: 'clean up the disk, then list the directory',
    });
    expect(ran).toEqual([HARMLESS]);
    expect(result.text).toBe('done');
    const outputs = result.steps.flatMap((s) => s.toolResults).map((r) => r.output);
    expect(outputs[0]).toMatchObject({ deniedByAegis: true });
    expect((outputs[0] as { reasons: string[] }).reasons.join('\n')).toContain('destructive.no-preserve-root');
    expect(outputs[1]).toBe(`ran: ${HARMLESS}`);
    // The model saw the denial in its next turn.
    const second = JSON.stringify(model.doGenerateCalls[1]?.prompt);
    expect(second).toContain('Denied by Aegis');

    const verified = aegis.audit.verifyChain();
    expect(verified.ok).toBe(true);
    const entries = aegis.audit.queryHistory();
    const blocked = entries.find((e) => e.type === 'action.blocked');
    const executed = entries.find((e) => e.type === 'action.executed');
    expect(JSON.stringify(blocked?.data)).toContain('call-1');
    expect(JSON.stringify(executed?.data)).toContain('call-2');
    expect(aegis.inFlight).toBe(0);
  });

  it('a failing tool is recorded failed, and its error reaches the SDK as a tool error', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const result = await generateText({
      model: scripted([callBash('f-1', 'false'), say('ok')]),
      tools: guardTools(aegis, { bash: bashTool(ran) }),
      stopWhen: stepCountIs(5),
      prompt: 'run false',
    });
    expect(ran).toEqual(['false']);
    const errors = result.steps.flatMap((s) => s.content).filter((p) => p.type === 'tool-error');
    expect(errors).toHaveLength(1);
    expect(typesOf(aegis)).toContain('action.failed');
    expect(aegis.inFlight).toBe(0);
  });

  it('an ask becomes a tool-approval-request; the approval response runs it and is recorded in the queue', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const tools = guardTools(aegis, { bash: bashTool(ran) });
    const model = scripted([callBash('a-1', ESCALATED), say('pushed')]);
    const first = await generateText({ model, tools, stopWhen: stepCountIs(5), prompt: 'push' });
    const requests = first.content.filter((p) => p.type === 'tool-approval-request');
    expect(requests).toHaveLength(1);
    expect(ran).toEqual([]);
    const pending = aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    const id = (pending[0] as { id: string }).id;

    const approvalId = (requests[0] as { approvalId: string }).approvalId;
    const messages: ModelMessage[] = [
      { role: 'user', content: 'push' },
      ...first.response.messages,
      { role: 'tool', content: [{ type: 'tool-approval-response', approvalId, approved: true }] },
    ];
    const second = await generateText({ model, tools, stopWhen: stepCountIs(5), messages });
    expect(ran).toEqual([ESCALATED]);
    expect(second.text).toBe('pushed');
    expect(aegis.hitl.status(id).status).toBe('approved');
    expect(aegis.hitl.status(id).decision?.responder).toBe('ai-sdk-approval');
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(aegis.inFlight).toBe(0);
  });

  it('keeps tools without execute unchanged and leaves the original tool object alone', () => {
    const aegis = aegisFor();
    const clientSide = tool({ inputSchema: z.object({ q: z.string() }), outputSchema: z.string() });
    const bash = bashTool([]);
    const guarded = guardTools(aegis, { clientSide, bash });
    expect(guarded.clientSide).toBe(clientSide);
    expect(guarded.bash).not.toBe(bash);
    expect(bash.needsApproval).toBeUndefined();
    expect(typeof guarded.bash.needsApproval).toBe('function');
  });
});
