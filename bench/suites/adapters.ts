/**
 * The framework adapters' cost per tool call, as a ratio to what they wrap: `check` + `complete`
 * on the same call, mapped by hand. Each adapter is driven through the hooks its framework calls
 * (the MCP guard with a server that answers at once, the AI SDK's `needsApproval` then `execute`,
 * v7's `toolApproval` then `onToolExecutionEnd`,
 * LangChain's `wrapToolCall`, OpenAI Agents' `needsApproval` and both tool guardrails, the Claude
 * Agent SDK's `PreToolUse`, `canUseTool` and `PostToolUse`), with a tool that does nothing, so the
 * ratio is the adapter's own work and its awaits over the pipeline's.
 */
import { ToolMessage } from '@langchain/core/messages';
import { aegisToolApproval, guardTools } from '../../src/adapters/ai-sdk.js';
import { claudeAgentGuards } from '../../src/adapters/claude-agent-sdk.js';
import { aegisMiddleware } from '../../src/adapters/langchain.js';
import { mcpGuard } from '../../src/adapters/mcp.js';
import { aegisToolGuards } from '../../src/adapters/openai-agents.js';
import { toolCallToRequest } from '../../src/adapters/tool-call.js';
import type { Aegis } from '../../src/index.js';
import { type BenchContext, consume, type Suite, targetRow } from '../harness/context.js';
import { median } from '../harness/stats.js';
import { benchAegis, rotateWhenOver } from './_pipeline-workload.js';

/** A harmless call every adapter allows (written here). */
const INPUT = { command: 'ls -la' };
const SEGMENT = 30_000;

type OneCall = (aegis: Aegis, id: string) => Promise<void> | void;

/** `check` + `complete` on the mapped call: what every adapter wraps. */
const baseline: OneCall = (aegis, id) => {
  const { request, action } = toolCallToRequest({ toolName: 'bash', input: INPUT, callId: id });
  const v = aegis.check(request, action);
  if (v.decision !== 'allow') throw new Error(`baseline: ${v.decision}`);
  aegis.complete(v.ticket, { status: 'executed', result: 'ok' });
};

function adapters(aegis: Aegis): Record<string, OneCall> {
  const guard = mcpGuard(aegis);
  const answer = Promise.resolve({ result: { content: [] }, isError: false });
  const aiTools = guardTools(aegis, {
    bash: { inputSchema: {} as never, execute: async () => 'ok' },
  } as never) as unknown as Record<
    string,
    {
      needsApproval: (i: unknown, o: { toolCallId: string; messages: [] }) => Promise<boolean>;
      execute: (i: unknown, o: { toolCallId: string; messages: [] }) => Promise<unknown>;
    }
  >;
  const middleware = aegisMiddleware(aegis, { intent: false }) as unknown as {
    wrapToolCall: (r: unknown, h: (r: unknown) => unknown) => Promise<unknown>;
  };
  const message = new ToolMessage({ content: 'ok', tool_call_id: 'x', name: 'bash' });
  const v7 = aegisToolApproval(aegis);
  const v7Tools = { bash: { execute: async () => 'ok' } };
  const oa = aegisToolGuards(aegis);
  const oaApproval = oa.needsApproval('bash');
  const claude = claudeAgentGuards(aegis);
  const signal = new AbortController().signal;
  return {
    'MCP (mcpGuard)': async (_a, id) => {
      const out = await guard(
        { toolName: 'bash', input: INPUT, callId: id },
        async () => null,
        () => answer,
      );
      if (!out.forwarded) throw new Error('mcp: denied');
    },
    'AI SDK (guardTools)': async (_a, id) => {
      const tool = aiTools.bash as NonNullable<(typeof aiTools)['bash']>;
      const o = { toolCallId: id, messages: [] as [] };
      if (await tool.needsApproval(INPUT, o)) throw new Error('ai-sdk: ask');
      consume(await tool.execute(INPUT, o));
    },
    'AI SDK v7 (toolApproval)': async (_a, id) => {
      const toolCall = { toolCallId: id, toolName: 'bash', input: INPUT };
      if ((await v7.toolApproval({ toolCall, tools: v7Tools, messages: [] })) !== undefined)
        throw new Error('ai-sdk v7: not allowed');
      consume(await v7Tools.bash.execute());
      v7.onToolExecutionEnd({ toolCall, toolOutput: { type: 'tool-result', output: 'ok' } });
    },
    'LangChain (wrapToolCall)': async (_a, id) => {
      const r = { toolCall: { id, name: 'bash', args: INPUT }, tool: undefined, state: { messages: [] } };
      if ((await middleware.wrapToolCall(r, () => message)) !== message) throw new Error('langchain: denied');
    },
    'OpenAI Agents (guardrails)': async (_a, id) => {
      const toolCall = { type: 'function_call', callId: id, name: 'bash', arguments: '{"command":"ls -la"}' };
      if (await oaApproval(undefined, INPUT, id)) throw new Error('openai-agents: ask');
      const g = await oa.inputGuardrail.run({ toolCall, context: {}, agent: {} } as never);
      if (g.behavior.type !== 'allow') throw new Error('openai-agents: denied');
      await oa.outputGuardrail.run({ toolCall, context: {}, agent: {}, output: 'ok' } as never);
    },
    // The hook inputs are object literals, as the SDK builds them: spreading a shared base object
    // into each input measured slower than all the adapter's own work.
    'Claude Agent SDK (hooks)': async (_a, id) => {
      const pre = {
        session_id: 's',
        transcript_path: 't',
        cwd: '/',
        hook_event_name: 'PreToolUse' as const,
        tool_name: 'bash',
        tool_input: INPUT,
        tool_use_id: id,
      };
      consume(await claude.preToolUse(pre, id, { signal }));
      const p = await claude.canUseTool('bash', INPUT, { signal, toolUseID: id });
      if (p.behavior !== 'allow') throw new Error('claude: denied');
      const post = {
        session_id: 's',
        transcript_path: 't',
        cwd: '/',
        hook_event_name: 'PostToolUse' as const,
        tool_name: 'bash',
        tool_input: INPUT,
        tool_response: 'ok',
        tool_use_id: id,
      };
      consume(await claude.postToolUse(post, id, { signal }));
    },
  };
}

/**
 * Milliseconds of CPU (the process's user + system time) for `n` calls of `one`, each awaited as a
 * framework would. CPU time rather than wall time: on a shared machine the wall clock also counts
 * the time spent waiting for a core, which drifts by several times between blocks.
 */
async function block(aegis: Aegis, one: OneCall, n: number, prefix: string): Promise<number> {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await one(aegis, `${prefix}${i}`);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

async function run(ctx: BenchContext): Promise<void> {
  const aegis = benchAegis('node');
  const all = adapters(aegis);
  const names = Object.keys(all);
  const n = ctx.size({ smoke: 50, default: 1_000 });
  const blocks = ctx.size({ smoke: 2, default: 16, full: 40 });
  // Warm-up (JIT) and a cross-check: every path must allow and complete the call, leaving nothing open.
  const warm = ctx.size({ smoke: 100, default: 5_000 });
  await block(aegis, baseline, warm, 'wb-');
  for (const name of names) await block(aegis, all[name] as OneCall, warm, `w-${name}-`);
  if (aegis.inFlight !== 0) throw new Error(`adapters: ${aegis.inFlight} calls left open`);
  const base: number[] = [];
  const times: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let k = 0; k < blocks; k++) {
    ctx.progress(`adapters block ${k + 1}/${blocks}`);
    // Each adapter block right after a baseline block, the adapters in a rotating order: the ratio of
    // each pair sees the same heap state and the same load on the machine, whatever drifts between pairs.
    for (let j = 0; j < names.length; j++) {
      const name = names[(j + k) % names.length] as string;
      const b = await block(aegis, baseline, n, `b${k}-${name}-`);
      const a = await block(aegis, all[name] as OneCall, n, `a${k}-${name}-`);
      base.push(b);
      times[name]?.push(a);
      ratios[name]?.push(a / b);
      rotateWhenOver(aegis, SEGMENT, 'node');
    }
  }
  const baseNs = (median(base) / n) * 1e6;
  ctx.metric('baseline.perCall', 'check + complete per tool call (CPU, median of blocks)', baseNs, 'ns', 'lower');
  for (const name of names) {
    const ns = (median(times[name] as number[]) / n) * 1e6;
    // The first word of the name (`mcp`, `ai`, `langchain`, …); v7 of the AI SDK is `ai7`.
    const id = `${name.split(' ')[0]?.toLowerCase() ?? name}${name.includes(' v7 ') ? '7' : ''}`;
    ctx.metric(`${id}.perCall`, `${name} per tool call (CPU, median of blocks)`, ns, 'ns', 'lower');
    targetRow(ctx, 'Adapters', {
      id: `adapter.${id}.ratio`,
      table: 'component-benchmarks',
      operation: `${name}: cost per allowed tool call / check + complete (median of paired blocks)`,
      measured: median(ratios[name] as number[]),
      unit: '×',
      aegis: ['<=', 1.2],
      // Shown beside its bar, not judged: the paired blocks' ratios spread over about ±0.15 around a
      // median of 1.0–1.2, so the median itself moves by about 0.1 between runs on one machine
      // (1.22 then 1.07 for the same code), and a verdict at 1.2 would follow the noise. A full
      // collection before each pair did not narrow the spread.
      infoOnly: true,
    });
    const sorted = [...(ratios[name] as number[])].sort((x, y) => x - y);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
    ctx.note(
      `${name}: paired-block ratios, quartiles ${q(0.25).toFixed(3)} / ${q(0.5).toFixed(3)} / ${q(0.75).toFixed(3)}`,
    );
  }
  aegis.close();
}

/** The adapters suite. */
export const adaptersSuite: Suite = {
  id: 'adapters',
  title: 'Framework adapters: cost per tool call',
  plan: 'adapter overhead',
  run,
};
