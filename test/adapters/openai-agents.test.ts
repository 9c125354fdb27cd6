import {
  Agent,
  type AgentOutputItem,
  type Model,
  type ModelRequest,
  type ModelResponse,
  run,
  setTracingDisabled,
  tool,
  Usage,
} from '@openai/agents';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aegisToolGuards, guardTool, settleInterruptions } from '../../src/adapters/openai-agents.js';
import { type Aegis, createAegis } from '../../src/index.js';

// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

const callBash = (callId: string, command: string): AgentOutputItem => ({
  type: 'function_call',
  callId,
  name: 'bash',
  arguments: JSON.stringify({ command }),
  status: 'completed',
});
const say = (text: string): AgentOutputItem => ({
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text }],
});

/** A model that plays its turns in order, one per model call, and keeps what it was sent. */
class ScriptedModel implements Model {
  readonly requests: ModelRequest[] = [];
  private step = 0;
  constructor(private readonly turns: AgentOutputItem[][]) {}
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    const output = this.turns[Math.min(this.step++, this.turns.length - 1)] as AgentOutputItem[];
    return { usage: new Usage(), output };
  }
  // biome-ignore lint/correctness/useYield: the scripted model never streams
  async *getStreamedResponse(): AsyncIterable<never> {
    throw new Error('not streamed');
  }
}

function bashTool(ran: string[]) {
  return tool({
    name: 'bash',
    description: 'Runs a shell command',
    parameters: z.object({ command: z.string() }),
    execute: async ({ command }) => {
      ran.push(command);
      return `ran: ${command}`;
    },
  });
}

beforeAll(() => setTracingDisabled(true));
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

describe('aegisToolGuards (OpenAI Agents JS run with a scripted model)', () => {
  it('rejects the catastrophic call through the input guardrail and runs the harmless one', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const model = new ScriptedModel([[callBash('oa-1', CATASTROPHIC)], [callBash('oa-2', HARMLESS)], [say('done')]]);
    const agent = new Agent({ name: 'ops', model, tools: [guardTool(aegisToolGuards(aegis), bashTool(ran))] });
    const result = await run(agent, 'clean up, then list');
    expect(ran).toEqual([HARMLESS]);
    expect(result.finalOutput).toBe('done');
    const second = JSON.stringify(model.requests[1]?.input);
    expect(second).toContain('Denied by Aegis');
    expect(second).toContain('destructive.no-preserve-root');
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['action.blocked', 'action.executed']));
    expect(aegis.audit.verifyChain().ok).toBe(true);
    expect(aegis.inFlight).toBe(0);
  });

  it('an ask interrupts the run; settleInterruptions answers it from the queue and the resumed run executes', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const guards = aegisToolGuards(aegis);
    const model = new ScriptedModel([[callBash('oa-a', ESCALATED)], [say('pushed')]]);
    const agent = new Agent({ name: 'ops', model, tools: [guardTool(guards, bashTool(ran))] });
    const first = await run(agent, 'push');
    expect(first.interruptions).toHaveLength(1);
    expect(ran).toEqual([]);
    const pending = aegis.hitl.pending();
    expect(pending).toHaveLength(1);
    aegis.hitl.approve((pending[0] as { id: string }).id, { responder: 'alice' });
    expect(await settleInterruptions(aegis, guards, first.interruptions, first.state)).toBe(1);
    const second = await run(agent, first.state);
    expect(ran).toEqual([ESCALATED]);
    expect(second.finalOutput).toBe('pushed');
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.decision', 'action.executed']));
    expect(aegis.inFlight).toBe(0);
  });

  it('a rejection in the queue rejects the interruption: the tool never runs', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const guards = aegisToolGuards(aegis);
    const model = new ScriptedModel([[callBash('oa-r', ESCALATED)], [say('not pushed')]]);
    const agent = new Agent({ name: 'ops', model, tools: [guardTool(guards, bashTool(ran))] });
    const first = await run(agent, 'push');
    const id = (aegis.hitl.pending()[0] as { id: string }).id;
    aegis.hitl.reject(id, { responder: 'bob', reasoning: 'not today' });
    await settleInterruptions(aegis, guards, first.interruptions, first.state);
    const second = await run(agent, first.state);
    expect(ran).toEqual([]);
    expect(second.finalOutput).toBe('not pushed');
  });

  it('state.approve given directly is recorded in the queue as the approval', async () => {
    const ran: string[] = [];
    const aegis = aegisFor();
    const guards = aegisToolGuards(aegis);
    const model = new ScriptedModel([[callBash('oa-s', ESCALATED)], [say('pushed')]]);
    const agent = new Agent({ name: 'ops', model, tools: [guardTool(guards, bashTool(ran))] });
    const first = await run(agent, 'push');
    const id = guards.decisionRequestOf('oa-s') as string;
    first.state.approve(first.interruptions[0] as (typeof first.interruptions)[number]);
    await run(agent, first.state);
    expect(ran).toEqual([ESCALATED]);
    expect(aegis.hitl.status(id).decision?.responder).toBe('openai-agents-approval');
  });
});
