import { describe, expect, it } from 'vitest';
import { guardTools } from '../../src/adapters/ai-sdk.js';
import { claudeAgentGuards } from '../../src/adapters/claude-agent-sdk.js';
import { mcpGuard } from '../../src/adapters/mcp.js';
import { aegisToolGuards } from '../../src/adapters/openai-agents.js';
import { toolCallToRequest } from '../../src/adapters/tool-call.js';
import { AegisError, createAegis } from '../../src/index.js';
import { foldUnicode } from '../../src/structures/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof AegisError ? e.code : `not an AegisError: ${String(e)}`;
  }
  return undefined;
};

describe('adapter arguments', () => {
  const aegis = createAegis();
  it('refuse a value that is not a pipeline, unknown options and wrong option types', () => {
    for (const bad of [undefined, null, {}, 'aegis']) {
      expect(codeOf(() => mcpGuard(bad as never))).toBe('INVALID_ARGUMENT');
      expect(codeOf(() => claudeAgentGuards(bad as never))).toBe('INVALID_ARGUMENT');
    }
    expect(codeOf(() => mcpGuard(aegis, { whenUnasked: 'sometimes' } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => mcpGuard(aegis, { nope: 1 } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => aegisToolGuards(aegis, { responder: 42 } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => aegisToolGuards(aegis, { source: '' } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => guardTools(aegis, null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => mcpGuard(aegis, { whenUnasked: 'wait', responder: 'ops' }))).toBeUndefined();
  });

  it('refuse a tool call without a tool name, and text that is not a string', () => {
    expect(codeOf(() => toolCallToRequest(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toolCallToRequest({ input: {} } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => foldUnicode(42 as never))).toBe('INVALID_ARGUMENT');
  });
});

describe('toolCallToRequest: the stated intent', () => {
  it('keeps what the model said and leaves out an Aegis denial it quotes back', () => {
    const intent =
      'That was refused.\nDenied by Aegis:\nrules destructive.rm-recursive-root\n\nListing the folder instead.';
    const { request } = toolCallToRequest({ toolName: 'bash', input: { command: 'ls -la' }, intent });
    expect(request.content).toBe('That was refused.\n\nListing the folder instead.\nls -la');
    expect(request.content).not.toContain('rm-recursive-root');
  });
  it('passes an intent without a denial as written', () => {
    const { request } = toolCallToRequest({ toolName: 'bash', input: { command: 'ls' }, intent: 'list the files' });
    expect(request.content).toBe('list the files\nls');
  });
});
