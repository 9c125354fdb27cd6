/**
 * `aegisToolApproval` with the real AI SDK v7 (`ai-v7`, an npm alias of `ai@7`, beside v6's `ai`).
 * v7 needs Node 22: under an older Node the SDK runs are skipped (visibly) and only the checks that
 * need no SDK run; `.ci/run` runs this file again under a Node 22 binary.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { aegisToolApproval, type ToolApprovalQuery } from '../../src/adapters/ai-sdk.js';
import { type Aegis, AegisError, createAegis } from '../../src/index.js';

// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

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

describe('aegisToolApproval without the SDK (any Node)', () => {
  const runnable = { bash: { execute: async () => 'ran' } };
  const query = (command: string, id: string, messages: unknown[] = []): ToolApprovalQuery => ({
    toolCall: { toolCallId: id, toolName: 'bash', input: { command } },
    tools: runnable,
    messages,
  });

  it('answers denied with the reasons, user-approval naming the request, and nothing for an allowed call', async () => {
    const aegis = aegisFor();
    const { toolApproval } = aegisToolApproval(aegis);
    const denied = await toolApproval(query(CATASTROPHIC, 'q-1'));
    expect(denied?.type).toBe('denied');
    expect(denied?.reason).toContain('destructive.no-preserve-root');
    const asked = await toolApproval(query(ESCALATED, 'q-2'));
    expect(asked?.type).toBe('user-approval');
    const pending = aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    expect(asked?.reason).toContain((pending[0] as { id: string }).id);
    expect(await toolApproval(query(HARMLESS, 'q-3'))).toBeUndefined();
  });

  it('does not judge a call of a tool without execute, nor a tool inherited from the prototype', async () => {
    const aegis = aegisFor();
    const { toolApproval } = aegisToolApproval(aegis);
    const clientSide = {
      toolCall: { toolCallId: 'c-1', toolName: 'bash', input: { command: CATASTROPHIC } },
      tools: { bash: {} },
    };
    expect(await toolApproval(clientSide)).toBeUndefined();
    const inherited = { ...clientSide, toolCall: { ...clientSide.toolCall, toolName: 'constructor' }, tools: {} };
    expect(await toolApproval(inherited)).toBeUndefined();
    expect(aegis.audit.queryHistory()).toHaveLength(0);
  });

  it('refuses a value that is not a pipeline and unknown or mistyped options', () => {
    expect(() => aegisToolApproval({} as Aegis)).toThrow(AegisError);
    const aegis = aegisFor();
    expect(() => aegisToolApproval(aegis, { whenAsked: 'deny' } as never)).toThrow(/whenAsked/);
    expect(() => aegisToolApproval(aegis, { responder: '' })).toThrow(AegisError);
    expect(() => aegisToolApproval(aegis, { source: 7 } as never)).toThrow(AegisError);
  });

  it('refuses a query or an event that is not a tool call, and records nothing', async () => {
    const aegis = aegisFor();
    const { toolApproval, onToolExecutionEnd } = aegisToolApproval(aegis);
    for (const bad of [undefined, null, {}, { toolCall: null }, { toolCall: { toolCallId: 5, toolName: 'bash' } }]) {
      await expect(toolApproval(bad as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
    await expect(
      toolApproval({ toolCall: { toolCallId: 'c', toolName: 7, input: {} }, tools: runnable } as never),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    for (const bad of [
      undefined,
      {},
      { toolCall: { toolCallId: 'c' } },
      { toolCall: { toolCallId: 'c' }, toolOutput: {} },
    ]) {
      expect(() => onToolExecutionEnd(bad as never)).toThrow(AegisError);
    }
    expect(aegis.audit.queryHistory()).toHaveLength(0);
  });
});

type V7 = typeof import('ai-v7');
type V7Test = typeof import('ai-v7/test');
type Turn = Extract<
  NonNullable<ConstructorParameters<V7Test['MockLanguageModelV4']>[0]>['doGenerate'],
  readonly unknown[]
>[number];

describe.skipIf(NODE_MAJOR < 22)('aegisToolApproval (AI SDK v7 generateText with MockLanguageModelV4)', () => {
  let ai: V7;
  let mock: V7Test;
  beforeAll(async () => {
    ai = await import('ai-v7');
    mock = await import('ai-v7/test');
  });

  const usage = {
    inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 1, text: 1, reasoning: undefined },
  };
  const callBash = (id: string, command: string): Turn => ({
    content: [{ type: 'tool-call', toolCallId: id, toolName: 'bash', input: JSON.stringify({ command }) }],
    finishReason: { unified: 'tool-calls', raw: undefined },
    usage,
    warnings: [],
  });
  const say = (text: string): Turn => ({
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: undefined },
    usage,
    warnings: [],
  });
  const scripted = (turns: Turn[]) => new mock.MockLanguageModelV4({ doGenerate: turns });
  const bashTool = (ran: string[]) =>
    ai.tool({
      description: 'Runs a shell command',
      inputSchema: z.object({ command: z.string() }),
      execute: async ({ command }) => {
        ran.push(command);
        if (command === 'false') throw new Error('exit status 1');
        return `ran: ${command}`;
      },
    });

  it('an agent loop: the catastrophic call is denied and never executes, the harmless one runs, the audit verifies', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = scripted([callBash('v7-1', CATASTROPHIC), callBash('v7-2', HARMLESS), say('done')]);
    const result = await ai.generateText({
      model,
      tools: { bash: bashTool(ran) },
      ...aegisToolApproval(aegis),
      stopWhen: ai.isStepCount(5),
      prompt: 'clean up the disk, then list the directory',
    });
    expect(ran).toEqual([HARMLESS]);
    expect(result.text).toBe('done');
    const responses = result.steps.flatMap((s) => s.content).filter((p) => p.type === 'tool-approval-response');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ approved: false, toolCall: { toolCallId: 'v7-1' } });
    expect((responses[0] as { reason?: string }).reason).toContain('destructive.no-preserve-root');
    // The model read the denial and its reason in its next turn.
    const second = JSON.stringify(model.doGenerateCalls[1]?.prompt);
    expect(second).toContain('execution-denied');
    expect(second).toContain('destructive.no-preserve-root');
    expect(result.steps.flatMap((s) => s.toolResults).map((r) => r.output)).toEqual([`ran: ${HARMLESS}`]);

    expect(aegis.audit.verifyChain().ok).toBe(true);
    const entries = aegis.audit.queryHistory();
    expect(JSON.stringify(entries.find((e) => e.type === 'action.blocked')?.data)).toContain('v7-1');
    expect(JSON.stringify(entries.find((e) => e.type === 'action.executed')?.data)).toContain('v7-2');
    expect(aegis.inFlight).toBe(0);
  });

  it('a failing tool is recorded failed, and its error reaches the SDK as a tool error', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const result = await ai.generateText({
      model: scripted([callBash('v7-f', 'false'), say('ok')]),
      tools: { bash: bashTool(ran) },
      ...aegisToolApproval(aegis),
      stopWhen: ai.isStepCount(5),
      prompt: 'run false',
    });
    expect(ran).toEqual(['false']);
    expect(result.steps.flatMap((s) => s.content).filter((p) => p.type === 'tool-error')).toHaveLength(1);
    expect(typesOf(aegis)).toContain('action.failed');
    expect(aegis.inFlight).toBe(0);
  });

  /** First run: the escalated call becomes a tool-approval-request. Returns what a resume needs. */
  async function askFirst(aegis: Aegis, ran: string[], approval = aegisToolApproval(aegis)) {
    const model = scripted([callBash('v7-a', ESCALATED), say('pushed')]);
    const tools = { bash: bashTool(ran) };
    const first = await ai.generateText({ model, tools, ...approval, stopWhen: ai.isStepCount(5), prompt: 'push' });
    const requests = first.content.filter((p) => p.type === 'tool-approval-request');
    expect(requests).toHaveLength(1);
    expect(ran).toEqual([]);
    const request = requests[0] as { approvalId: string; reason?: string };
    const resume = (approved: boolean, using = approval) =>
      ai.generateText({
        model,
        tools,
        ...using,
        stopWhen: ai.isStepCount(5),
        messages: [
          { role: 'user', content: 'push' },
          ...first.response.messages,
          { role: 'tool', content: [{ type: 'tool-approval-response', approvalId: request.approvalId, approved }] },
        ],
      });
    return { request, resume, model };
  }

  it('an ask becomes a user approval; approving it through the SDK records the approval and runs the call', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const { request, resume } = await askFirst(aegis, ran);
    const pending = aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    const id = (pending[0] as { id: string }).id;
    expect(request.reason).toContain(id);

    const second = await resume(true);
    expect(ran).toEqual([ESCALATED]);
    expect(second.text).toBe('pushed');
    expect(aegis.hitl.status(id).status).toBe('approved');
    expect(aegis.hitl.status(id).decision?.responder).toBe('ai-sdk-approval');
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(aegis.audit.verifyChain().ok).toBe(true);
    expect(aegis.inFlight).toBe(0);
  });

  it('a call the user denies through the SDK never runs; its request stays for its deadline', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const { resume } = await askFirst(aegis, ran);
    const second = await resume(false);
    expect(ran).toEqual([]);
    expect(second.text).toBe('pushed');
    expect(aegis.hitl.pending()).toHaveLength(1);
    expect(typesOf(aegis)).not.toContain('action.executed');
  });

  it('a request a human already rejected in the queue stays denied when the SDK approval arrives', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const { resume, model } = await askFirst(aegis, ran);
    const id = (aegis.hitl.pending()[0] as { id: string }).id;
    aegis.hitl.reject(id, { responder: 'alice', reasoning: 'not on a Friday' });
    const second = await resume(true);
    expect(ran).toEqual([]);
    expect(second.text).toBe('pushed');
    // The model read the call as denied, with Aegis's reason.
    const prompt = JSON.stringify(model.doGenerateCalls.at(-1)?.prompt);
    expect(prompt).toContain('execution-denied');
    expect(prompt).toContain('Denied by Aegis');
    expect(aegis.hitl.status(id).decision?.responder).toBe('alice');
    expect(aegis.inFlight).toBe(0);
  });

  it('a resume in another process (a fresh pipeline and guard) checks the call again and approves the new request', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const { resume } = await askFirst(aegis, ran);
    const elsewhere = aegisFor();
    await resume(true, aegisToolApproval(elsewhere));
    expect(ran).toEqual([ESCALATED]);
    expect(aegis.hitl.pending()).toHaveLength(1);
    const entries = elsewhere.audit.queryHistory();
    expect(entries.map((e) => e.type)).toEqual(
      expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']),
    );
    expect(JSON.stringify(entries.find((e) => e.type === 'hitl.decision')?.data)).toContain('ai-sdk-approval');
    expect(elsewhere.audit.verifyChain().ok).toBe(true);
    expect(elsewhere.inFlight).toBe(0);
  });

  it("honours a tool's own needsApproval on an allowed call", async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const bash = { ...bashTool(ran), needsApproval: true };
    const first = await ai.generateText({
      model: scripted([callBash('v7-n', HARMLESS), say('listed')]),
      tools: { bash },
      ...aegisToolApproval(aegis),
      stopWhen: ai.isStepCount(5),
      prompt: 'list',
    });
    expect(first.content.filter((p) => p.type === 'tool-approval-request')).toHaveLength(1);
    expect(ran).toEqual([]);
    expect(aegis.hitl.pending()).toHaveLength(0);
  });
});
