import { describe, expect, it } from 'vitest';
import {
  type CallGuard,
  type JsonRpcMessage,
  McpInterceptor,
  type ServerAnswer,
} from '../../src/adapters/_mcp-intercept.js';
import { toolCallToRequest } from '../../src/adapters/tool-call.js';

function harness(guard: CallGuard) {
  const toClient: JsonRpcMessage[] = [];
  const toServer: JsonRpcMessage[] = [];
  const errors: unknown[] = [];
  const i = new McpInterceptor(
    guard,
    { toClient: (m) => toClient.push(m), toServer: (m) => toServer.push(m), onError: (e) => errors.push(e) },
    'test',
  );
  return { i, toClient, toServer, errors };
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const call = (id: number, command: string): JsonRpcMessage => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name: 'bash', arguments: { command } },
});

/** Denies any command mentioning `rm`; asks a human for `sudo` (written here). */
const guard: CallGuard = async (c, ask, forward) => {
  const { request } = toolCallToRequest(c);
  if (request.content.includes('rm')) return { forwarded: false, reasons: ['rm is not allowed'] };
  if (request.content.includes('sudo')) {
    const yes = await ask(`run ${request.content}?`);
    if (yes !== true) return { forwarded: false, reasons: [yes === null ? 'nobody to ask' : 'a human said no'] };
  }
  const answer: ServerAnswer = await forward();
  outcomes.push(answer);
  return { forwarded: true };
};
let outcomes: ServerAnswer[] = [];

describe('McpInterceptor', () => {
  it('passes everything but tools/call through unchanged, both ways', () => {
    const h = harness(guard);
    const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    h.i.fromClient(list);
    const answer = { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'bash' }] } };
    h.i.fromServer(answer);
    expect(h.toServer).toEqual([list]);
    expect(h.toClient).toEqual([answer]);
  });

  it('answers a denied call itself; the server never sees it', async () => {
    const h = harness(guard);
    h.i.fromClient(call(7, 'rm -rf /'));
    await tick();
    expect(h.toServer).toEqual([]);
    expect(h.toClient).toEqual([
      {
        jsonrpc: '2.0',
        id: 7,
        result: { content: [{ type: 'text', text: 'Denied by Aegis:\nrm is not allowed' }], isError: true },
      },
    ]);
  });

  it('forwards an allowed call and reports the server’s answer to the guard', async () => {
    outcomes = [];
    const h = harness(guard);
    h.i.fromClient(call(8, 'ls -la'));
    await tick();
    expect(h.toServer).toEqual([call(8, 'ls -la')]);
    const answer = { jsonrpc: '2.0', id: 8, result: { content: [{ type: 'text', text: 'a b c' }] } };
    h.i.fromServer(answer);
    await tick();
    expect(h.toClient).toEqual([answer]);
    expect(outcomes).toEqual([{ result: answer.result, isError: false }]);
    expect(h.i.inFlight).toBe(0);
  });

  it('asks a human through elicitation when the client supports it', async () => {
    const h = harness(guard);
    h.i.fromClient({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { capabilities: { elicitation: {} } } });
    h.i.fromClient(call(9, 'sudo ls'));
    await tick();
    const ask = h.toClient.at(-1) as JsonRpcMessage;
    expect(ask.method).toBe('elicitation/create');
    expect(h.toServer.map((m) => m.method)).toEqual(['initialize']);
    h.i.fromClient({ jsonrpc: '2.0', id: ask.id as string, result: { action: 'accept', content: { approve: true } } });
    await tick();
    expect(h.toServer.map((m) => m.id)).toEqual([0, 9]);
  });

  it('treats a declined elicitation, or a client that cannot be asked, as a denial', async () => {
    const h = harness(guard);
    h.i.fromClient({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { capabilities: { elicitation: {} } } });
    h.i.fromClient(call(10, 'sudo ls'));
    await tick();
    const ask = h.toClient.at(-1) as JsonRpcMessage;
    h.i.fromClient({ jsonrpc: '2.0', id: ask.id as string, result: { action: 'decline' } });
    await tick();
    expect(h.toClient.at(-1)).toMatchObject({ id: 10, result: { isError: true } });

    const plain = harness(guard);
    plain.i.fromClient({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { capabilities: {} } });
    plain.i.fromClient(call(11, 'sudo ls'));
    await tick();
    expect(plain.toClient).toEqual([
      {
        jsonrpc: '2.0',
        id: 11,
        result: { content: [{ type: 'text', text: 'Denied by Aegis:\nnobody to ask' }], isError: true },
      },
    ]);
  });

  it('denies a call whose guard throws, and reports the error', async () => {
    const h = harness(() => {
      throw new Error('boom');
    });
    h.i.fromClient(call(12, 'ls'));
    await tick();
    expect(h.toServer).toEqual([]);
    expect(h.toClient[0]).toMatchObject({ id: 12, result: { isError: true } });
    expect(h.errors).toHaveLength(1);
  });
});

describe('toolCallToRequest', () => {
  it('reads the arguments’ values, one per line, after the stated intent', () => {
    const m = toolCallToRequest({
      toolName: 'bash',
      input: { command: 'rm -rf /', options: { cwd: '/tmp', retries: 2 } },
      callId: 'c1',
      intent: 'Cleaning up',
      source: 'agent-1',
    });
    expect(m.request).toEqual({ id: 'c1', content: 'Cleaning up\nrm -rf /\n/tmp\n2', metadata: { source: 'agent-1' } });
    expect(m.action).toEqual({
      id: 'c1',
      actionType: 'bash',
      parameters: { command: 'rm -rf /', options: { cwd: '/tmp', retries: 2 } },
    });
  });

  it('survives cycles and names a call without an id by its tool', () => {
    const input: Record<string, unknown> = { a: 'x' };
    input.self = input;
    const m = toolCallToRequest({ toolName: 'loop', input });
    expect(m.request).toEqual({ id: 'tool:loop', content: 'x' });
  });
});
