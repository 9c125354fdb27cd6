import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Command, type Interrupt, interrupt, MemorySaver } from '@langchain/langgraph';
import { createAgent, tool } from 'langchain';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { type AegisInterrupt, aegisMiddleware } from '../../src/adapters/langchain.js';
import { type Aegis, AegisError, createAegis } from '../../src/index.js';

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

/** An agent whose model calls `bash` with `command` once, then says `done`. */
function agentFor(aegis: Aegis, ran: string[], checkpointer: MemorySaver, command = ESCALATED) {
  const model = fakeModel()
    .respondWithTools([{ name: 'bash', args: { command }, id: 'lg-1' }])
    .respond(new AIMessage('done'));
  return createAgent({
    model,
    tools: [bashTool(ran)],
    middleware: [aegisMiddleware(aegis, { interrupt })],
    checkpointer,
  });
}

const interruptsOf = (result: unknown) =>
  ((result as { __interrupt__?: Interrupt<AegisInterrupt>[] }).__interrupt__ ?? []).map((i) => i.value);
const toolMessages = (result: { messages: unknown[] }) =>
  result.messages.filter((m) => ToolMessage.isInstance(m)) as ToolMessage[];

describe('aegisMiddleware with LangGraph interrupt (createAgent, fakeModel, MemorySaver)', () => {
  it('an ask interrupts the run with the ticket, tool, arguments and reasons; approving it runs the tool', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const agent = agentFor(aegis, ran, new MemorySaver());
    const config = { configurable: { thread_id: 'approve' } };
    const first = await agent.invoke({ messages: [new HumanMessage('push')] }, config);
    expect(ran).toEqual([]);
    const values = interruptsOf(first);
    expect(values).toHaveLength(1);
    const value = values[0] as AegisInterrupt;
    const pending = aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    expect(value).toMatchObject({
      kind: 'aegis.ask',
      toolCallId: 'lg-1',
      toolName: 'bash',
      args: { command: ESCALATED },
      request: (pending[0] as { id: string }).id,
      ticket: { kind: 'aegis.ticket', request: 'lg-1' },
    });
    expect(value.reasons.length).toBeGreaterThan(0);
    // The interrupt's value survives a round trip through JSON (a checkpoint, a UI).
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);

    const second = await agent.invoke(new Command({ resume: { approved: true, reason: 'release window' } }), config);
    expect(ran).toEqual([ESCALATED]);
    expect(interruptsOf(second)).toEqual([]);
    expect(toolMessages(second).map((m) => m.content)).toEqual([`ran: ${ESCALATED}`]);
    const status = aegis.hitl.status(value.request);
    expect(status.status).toBe('approved');
    expect(status.decision?.responder).toBe('langgraph-interrupt');
    expect(status.decision?.reasoning).toBe('release window');
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(aegis.audit.verifyChain().ok).toBe(true);
    expect(aegis.inFlight).toBe(0);
  });

  it('rejecting it refuses the call with an error ToolMessage and records the rejection', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const agent = agentFor(aegis, ran, new MemorySaver());
    const config = { configurable: { thread_id: 'reject' } };
    const first = await agent.invoke({ messages: [new HumanMessage('push')] }, config);
    const value = interruptsOf(first)[0] as AegisInterrupt;
    const second = await agent.invoke(
      new Command({ resume: { approved: false, reason: 'not on a Friday', responder: 'alice' } }),
      config,
    );
    expect(ran).toEqual([]);
    const [denied] = toolMessages(second);
    expect(denied?.status).toBe('error');
    expect(String(denied?.content)).toContain('Denied by Aegis');
    const status = aegis.hitl.status(value.request);
    expect(status.status).toBe('rejected');
    expect(status.decision?.responder).toBe('alice');
    expect(typesOf(aegis)).not.toContain('action.executed');
    expect(aegis.audit.verifyChain().ok).toBe(true);
    expect(aegis.inFlight).toBe(0);
  });

  it('a denied call is refused without an interrupt and an allowed one runs without one', async () => {
    for (const [command, expected] of [
      [CATASTROPHIC, []],
      [HARMLESS, [HARMLESS]],
    ] as const) {
      const ran: string[] = [];
      const aegis = aegisFor();
      const agent = agentFor(aegis, ran, new MemorySaver(), command);
      const result = await agent.invoke(
        { messages: [new HumanMessage('go')] },
        { configurable: { thread_id: command } },
      );
      expect(interruptsOf(result)).toEqual([]);
      expect(ran).toEqual(expected);
      expect(aegis.audit.verifyChain().ok).toBe(true);
      expect(aegis.inFlight).toBe(0);
    }
  });

  it('a request a human already rejected in the queue stays rejected when the resume approves', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const agent = agentFor(aegis, ran, new MemorySaver());
    const config = { configurable: { thread_id: 'queue-first' } };
    const value = interruptsOf(
      await agent.invoke({ messages: [new HumanMessage('push')] }, config),
    )[0] as AegisInterrupt;
    aegis.hitl.reject(value.request, { responder: 'bob' });
    const second = await agent.invoke(new Command({ resume: { approved: true } }), config);
    expect(ran).toEqual([]);
    expect(toolMessages(second)[0]?.status).toBe('error');
    expect(aegis.hitl.status(value.request).decision?.responder).toBe('bob');
    expect(aegis.inFlight).toBe(0);
  });

  it('a resume in another process (a fresh pipeline and middleware, same checkpoints) answers a new request', async () => {
    const ran: string[] = [];
    const checkpointer = new MemorySaver();
    const config = { configurable: { thread_id: 'elsewhere' } };
    await agentFor(aegisFor(), ran, checkpointer).invoke({ messages: [new HumanMessage('push')] }, config);
    const elsewhere = aegisFor();
    const second = await agentFor(elsewhere, ran, checkpointer).invoke(
      new Command({ resume: { approved: true } }),
      config,
    );
    expect(ran).toEqual([ESCALATED]);
    expect(toolMessages(second).map((m) => m.content)).toEqual([`ran: ${ESCALATED}`]);
    expect(typesOf(elsewhere)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(elsewhere.audit.verifyChain().ok).toBe(true);
    expect(elsewhere.inFlight).toBe(0);
  });

  it('a resume of another shape is answered by a new interrupt naming the problem; a proper resume then answers it', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const agent = agentFor(aegis, ran, new MemorySaver());
    const config = { configurable: { thread_id: 'malformed' } };
    const value = interruptsOf(
      await agent.invoke({ messages: [new HumanMessage('push')] }, config),
    )[0] as AegisInterrupt;
    const again = interruptsOf(await agent.invoke(new Command({ resume: 'yes' }), config));
    expect(again).toHaveLength(1);
    expect(again[0]?.request).toBe(value.request);
    expect(again[0]?.problem).toContain('approved: boolean');
    expect(ran).toEqual([]);
    expect(aegis.hitl.status(value.request).status).toBe('pending');
    await agent.invoke(new Command({ resume: { approved: true } }), config);
    expect(ran).toEqual([ESCALATED]);
    expect(aegis.hitl.status(value.request).status).toBe('approved');
    expect(aegis.inFlight).toBe(0);
  });

  it('refuses an interrupt that is not a function, and interrupt with whenAsked', () => {
    const aegis = aegisFor();
    expect(() => aegisMiddleware(aegis, { interrupt: 'yes' } as never)).toThrow(AegisError);
    expect(() => aegisMiddleware(aegis, { interrupt, whenAsked: 'deny' })).toThrow(/exclude each other/);
    expect(() => aegisMiddleware(aegis, { responder: '' })).toThrow(AegisError);
  });
});
