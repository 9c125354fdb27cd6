import type {
  PostToolUseFailureHookInput,
  PostToolUseHookInput,
  PreToolUseHookInput,
  SyncHookJSONOutput,
} from '@anthropic-ai/claude-agent-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { claudeAgentGuards } from '../../src/adapters/claude-agent-sdk.js';
import { type Aegis, createAegis } from '../../src/index.js';

// Commands written here.
const CATASTROPHIC = 'rm -rf / --no-preserve-root';
const HARMLESS = 'ls -la';
const ESCALATED = 'git reset --hard origin/main';

const base = { session_id: 's1', transcript_path: '/tmp/t.jsonl', cwd: '/work' };
const pre = (id: string, command: string): PreToolUseHookInput => ({
  ...base,
  hook_event_name: 'PreToolUse',
  tool_name: 'Bash',
  tool_input: { command },
  tool_use_id: id,
});
const post = (id: string, command: string, response: unknown): PostToolUseHookInput => ({
  ...base,
  hook_event_name: 'PostToolUse',
  tool_name: 'Bash',
  tool_input: { command },
  tool_response: response,
  tool_use_id: id,
});
const failure = (id: string, command: string, error: string): PostToolUseFailureHookInput => ({
  ...base,
  hook_event_name: 'PostToolUseFailure',
  tool_name: 'Bash',
  tool_input: { command },
  tool_use_id: id,
  error,
});
const signal = () => new AbortController().signal;
const decisionOf = (out: unknown) => {
  const h = (out as SyncHookJSONOutput).hookSpecificOutput;
  return h?.hookEventName === 'PreToolUse' ? h.permissionDecision : undefined;
};

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

describe('claudeAgentGuards (hooks and canUseTool, typed by the SDK)', () => {
  it('PreToolUse denies a catastrophic command with the reasons; canUseTool denies it too', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    const out = await g.preToolUse(pre('tu-1', CATASTROPHIC), 'tu-1', { signal: signal() });
    expect(decisionOf(out)).toBe('deny');
    const reason = (out as { hookSpecificOutput: { permissionDecisionReason: string } }).hookSpecificOutput
      .permissionDecisionReason;
    expect(reason).toContain('destructive.no-preserve-root');
    const perm = await g.canUseTool('Bash', { command: CATASTROPHIC }, { signal: signal(), toolUseID: 'tu-1b' });
    expect(perm.behavior).toBe('deny');
    expect(typesOf(aegis).filter((t) => t === 'action.blocked')).toHaveLength(2);
  });

  it('PreToolUse has no opinion on a harmless command; PostToolUse records it executed, once', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    expect(await g.preToolUse(pre('tu-2', HARMLESS), 'tu-2', { signal: signal() })).toEqual({});
    const perm = await g.canUseTool('Bash', { command: HARMLESS }, { signal: signal(), toolUseID: 'tu-2' });
    expect(perm).toEqual({ behavior: 'allow', updatedInput: { command: HARMLESS } });
    expect(aegis.inFlight).toBe(1);
    await g.postToolUse(post('tu-2', HARMLESS, { stdout: 'total 0' }), 'tu-2', { signal: signal() });
    expect(aegis.inFlight).toBe(0);
    expect(typesOf(aegis).filter((t) => t === 'safety.check')).toHaveLength(1);
    expect(typesOf(aegis)).toContain('action.executed');
    expect(aegis.audit.verifyChain().ok).toBe(true);
  });

  it('PostToolUseFailure records the call failed', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    await g.preToolUse(pre('tu-3', HARMLESS), 'tu-3', { signal: signal() });
    await g.hooks.PostToolUseFailure?.[0]?.hooks[0]?.(failure('tu-3', HARMLESS, 'exit 2'), 'tu-3', {
      signal: signal(),
    });
    expect(typesOf(aegis)).toContain('action.failed');
    expect(aegis.inFlight).toBe(0);
  });

  it('an ask: PreToolUse answers ask, canUseTool waits for the queue and follows its answer', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    expect(decisionOf(await g.preToolUse(pre('tu-4', ESCALATED), 'tu-4', { signal: signal() }))).toBe('ask');
    let settled = false;
    const perm = g.canUseTool('Bash', { command: ESCALATED }, { signal: signal(), toolUseID: 'tu-4' }).then((p) => {
      settled = true;
      return p;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    const id = (aegis.hitl.pending()[0] as { id: string }).id;
    aegis.hitl.approve(id, { responder: 'alice' });
    expect((await perm).behavior).toBe('allow');
    await g.postToolUse(post('tu-4', ESCALATED, 'ok'), 'tu-4', { signal: signal() });
    expect(typesOf(aegis)).toEqual(expect.arrayContaining(['hitl.request', 'hitl.decision', 'action.executed']));
    expect(aegis.inFlight).toBe(0);

    expect(decisionOf(await g.preToolUse(pre('tu-5', ESCALATED), 'tu-5', { signal: signal() }))).toBe('ask');
    const rejected = g.canUseTool('Bash', { command: ESCALATED }, { signal: signal(), toolUseID: 'tu-5' });
    await new Promise((r) => setTimeout(r, 5));
    aegis.hitl.reject((aegis.hitl.pending()[0] as { id: string }).id, { responder: 'bob' });
    expect((await rejected).behavior).toBe('deny');
    expect(aegis.inFlight).toBe(0);
  });

  it('an aborted canUseTool withdraws the decision request', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    const controller = new AbortController();
    const perm = g.canUseTool('Bash', { command: ESCALATED }, { signal: controller.signal, toolUseID: 'tu-6' });
    await new Promise((r) => setTimeout(r, 5));
    expect(aegis.hitl.pending()).toHaveLength(1);
    controller.abort();
    expect((await perm).behavior).toBe('deny');
    expect(aegis.hitl.pending()).toHaveLength(0);
    expect(aegis.inFlight).toBe(0);
  });

  it('a call the SDK prompt approved after an ask is recorded as approved by the SDK', async () => {
    const aegis = aegisFor();
    const g = claudeAgentGuards(aegis);
    await g.preToolUse(pre('tu-7', ESCALATED), 'tu-7', { signal: signal() });
    const id = (aegis.hitl.pending()[0] as { id: string }).id;
    await g.postToolUse(post('tu-7', ESCALATED, 'ok'), 'tu-7', { signal: signal() });
    expect(aegis.hitl.status(id).decision?.responder).toBe('claude-agent-sdk');
    expect(typesOf(aegis)).toContain('action.executed');
  });
});
