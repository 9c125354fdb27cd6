import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createAgent, tool } from 'langchain';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { aegisMiddleware } from '../../src/adapters/langchain.js';
import { type Aegis, createAegis } from '../../src/index.js';

// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

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

function bashTool(ran: string[]) {
  return tool(
    async ({ command }: { command: string }) => {
      ran.push(command);
      return `ran: ${command}`;
    },
    { name: 'bash', description: 'Runs a shell command', schema: z.object({ command: z.string() }) },
  );
}

describe('aegisMiddleware (LangChain v1 createAgent with fakeModel)', () => {
  it('denies the catastrophic call with a ToolMessage, never runs it, and runs the harmless one', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = fakeModel()
      .respondWithTools([{ name: 'bash', args: { command: CATASTROPHIC }, id: 'lc-1' }])
      .respondWithTools([{ name: 'bash', args: { command: HARMLESS }, id: 'lc-2' }])
      .respond(new AIMessage('done'));
    const agent = createAgent({ model, tools: [bashTool(ran)], middleware: [aegisMiddleware(aegis)] });
    const result = await agent.invoke({ messages: [new HumanMessage('clean up, then list')] });
    expect(ran).toEqual([HARMLESS]);
    const toolMessages = result.messages.filter((m) => ToolMessage.isInstance(m)) as ToolMessage[];
    expect(toolMessages).toHaveLength(2);
    expect(toolMessages[0]?.status).toBe('error');
    expect(String(toolMessages[0]?.content)).toContain('destructive.no-preserve-root');
    expect(toolMessages[1]?.content).toBe(`ran: ${HARMLESS}`);
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['action.blocked', 'action.executed']));
    expect(aegis.audit.verifyChain().ok).toBe(true);
    expect(aegis.inFlight).toBe(0);
  });

  it('judges the stated intent of the AI message with the arguments', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = fakeModel()
      .respond(
        new AIMessage({
          content: 'Wiping everything: rm -rf / --no-preserve-root',
          tool_calls: [{ name: 'bash', args: { command: 'echo ok' }, id: 'lc-i', type: 'tool_call' }],
        }),
      )
      .respond(new AIMessage('done'));
    const agent = createAgent({ model, tools: [bashTool(ran)], middleware: [aegisMiddleware(aegis)] });
    await agent.invoke({ messages: [new HumanMessage('go')] });
    expect(ran).toEqual([]);
    const ran2: string[] = [];
    const model2 = fakeModel()
      .respond(
        new AIMessage({
          content: 'Wiping everything: rm -rf / --no-preserve-root',
          tool_calls: [{ name: 'bash', args: { command: 'echo ok' }, id: 'lc-j', type: 'tool_call' }],
        }),
      )
      .respond(new AIMessage('done'));
    const agent2 = createAgent({
      model: model2,
      tools: [bashTool(ran2)],
      middleware: [aegisMiddleware(aegisFor(), { intent: false })],
    });
    await agent2.invoke({ messages: [new HumanMessage('go')] });
    expect(ran2).toEqual(['echo ok']);
  });

  it('holds an ask until a human decides in the queue', async () => {
    const ran: string[] = [];
    // A reviewer who approves every request as it is filed.
    const aegis: Aegis = createAegis({
      hitl: {
        onEvent: (e) => {
          if (e.type === 'requested') setTimeout(() => aegis.hitl.approve(e.request.id, { responder: 'alice' }), 0);
        },
      },
    });
    open.push(aegis);
    const model = fakeModel()
      .respondWithTools([{ name: 'bash', args: { command: ESCALATED }, id: 'lc-a' }])
      .respond(new AIMessage('pushed'));
    const agent = createAgent({ model, tools: [bashTool(ran)], middleware: [aegisMiddleware(aegis)] });
    await agent.invoke({ messages: [new HumanMessage('push')] });
    expect(ran).toEqual([ESCALATED]);
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
  });

  it("with whenAsked 'deny', answers an ask at once and keeps the request for a human", async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = fakeModel()
      .respondWithTools([{ name: 'bash', args: { command: ESCALATED }, id: 'lc-d' }])
      .respond(new AIMessage('ok'));
    const agent = createAgent({
      model,
      tools: [bashTool(ran)],
      middleware: [aegisMiddleware(aegis, { whenAsked: 'deny' })],
    });
    const result = await agent.invoke({ messages: [new HumanMessage('push')] });
    expect(ran).toEqual([]);
    const denied = result.messages.find((m) => ToolMessage.isInstance(m)) as ToolMessage;
    expect(String(denied.content)).toContain('kept for a human');
    expect(aegis.hitl.pending()).toHaveLength(1);
  });
});
