/**
 * `aegis-safety/claude-agent-sdk`: Aegis as the guard of the Claude Agent SDK's tool calls.
 * {@link claudeAgentGuards} gives a `PreToolUse` hook (a deny cannot be overridden), a `canUseTool`
 * function (an ask waits for a human in the Aegis queue), and the `PostToolUse` /
 * `PostToolUseFailure` hooks that complete each ticket with the outcome.
 *
 * The SDK is imported as types only: this module loads no SDK code.
 *
 * @module
 */
import type {
  CanUseTool,
  HookCallback,
  HookCallbackMatcher,
  HookEvent,
  HookJSONOutput,
  PermissionResult,
} from '@anthropic-ai/claude-agent-sdk';
import type { Aegis } from '../pipeline/aegis.js';
import type { CheckDecision, Ticket } from '../pipeline/types.js';
import { adapterArgs } from './_options.js';
import { toolCallToRequest } from './tool-call.js';

export type { MappedToolCall, ToolCall } from './tool-call.js';
export { toolCallToRequest } from './tool-call.js';

/** Options of {@link claudeAgentGuards}. */
export interface ClaudeAgentGuardsOptions {
  /** Who is calling (the unit of rate limiting in Aegis). Default: none (the pipeline's actor). */
  readonly source?: string;
  /**
   * The responder recorded in `aegis.hitl` when a call Aegis asked about ran anyway because the
   * SDK's own permission prompt approved it (after the hook answered `ask`). Default
   * `'claude-agent-sdk'`.
   */
  readonly responder?: string;
}

/** The hooks and the permission function, sharing one table of verdicts by tool use id. */
export interface ClaudeAgentGuards {
  /**
   * The `PreToolUse` hook: `deny` → `permissionDecision: 'deny'` with the reasons (final: no
   * permission mode or `canUseTool` overrides it); `ask` → `permissionDecision: 'ask'`; `allow` → no
   * opinion (the session's own permission rules still apply).
   */
  readonly preToolUse: HookCallback;
  /** The `PostToolUse` and `PostToolUseFailure` hook: completes the ticket `executed` or `failed`. */
  readonly postToolUse: HookCallback;
  /**
   * The `canUseTool` function: `deny` → `{ behavior: 'deny', message }`; `ask` → a promise that
   * settles when a human decides in `aegis.hitl` (or the request expires: denied); `allow` →
   * `{ behavior: 'allow', updatedInput: input }`.
   */
  readonly canUseTool: CanUseTool;
  /** The three hooks, ready for `options.hooks`. */
  readonly hooks: Partial<Record<HookEvent, HookCallbackMatcher[]>>;
}

/**
 * What is kept of a verdict between the hooks: the decision and the ticket only, so that the rest
 * of the check's result (verdicts, matches, scores) is garbage as soon as the hook returns rather
 * than surviving the SDK's awaits (the adapters suite shows the difference).
 */
interface Held {
  readonly decision: CheckDecision;
  readonly ticket: Ticket;
  readonly reasons?: readonly string[];
}

function message(verdict: Held): string {
  return `Denied by Aegis:\n${(verdict.reasons ?? []).join('\n')}`;
}

/**
 * Builds the guards for one Aegis. A call is checked once (mapped by `toolCallToRequest`, the tool
 * use id as the call id), by whichever of `PreToolUse` and `canUseTool` sees it first; the other
 * reuses the verdict. Use the hooks and `canUseTool` together: the hook makes a deny final, and
 * `canUseTool` holds an ask until the Aegis queue answers.
 *
 * Cost per call: one `check` and one `complete`.
 *
 * @example
 * ```ts
 * const guards = claudeAgentGuards(createAegis());
 * for await (const m of query({ prompt, options: { hooks: guards.hooks, canUseTool: guards.canUseTool } })) log(m);
 * ```
 */
export function claudeAgentGuards(aegis: Aegis, options: ClaudeAgentGuardsOptions = {}): ClaudeAgentGuards {
  const o = adapterArgs('claudeAgentGuards', aegis, options, ['source', 'responder']);
  const responder = o.responder ?? 'claude-agent-sdk';
  /** Verdicts of calls not yet finished, by tool use id. */
  const calls = new Map<string, Held>();
  const verdictOf = (toolName: string, input: unknown, toolUseId: string): Held => {
    const known = calls.get(toolUseId);
    if (known !== undefined) return known;
    const { request, action } = toolCallToRequest({
      toolName,
      input,
      callId: toolUseId,
      ...(o.source !== undefined ? { source: o.source } : {}),
    });
    const verdict = aegis.check(request, action);
    if (verdict.decision !== 'deny') calls.set(toolUseId, { decision: verdict.decision, ticket: verdict.ticket });
    return verdict;
  };

  const preToolUse: HookCallback = async (input, toolUseID): Promise<HookJSONOutput> => {
    if (input.hook_event_name !== 'PreToolUse') return {};
    const verdict = verdictOf(input.tool_name, input.tool_input, toolUseID ?? input.tool_use_id);
    if (verdict.decision === 'allow') return {};
    return {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecision: verdict.decision,
        permissionDecisionReason: verdict.decision === 'deny' ? message(verdict) : (verdict.reasons ?? []).join('\n'),
      },
    };
  };

  const postToolUse: HookCallback = async (input): Promise<HookJSONOutput> => {
    if (input.hook_event_name !== 'PostToolUse' && input.hook_event_name !== 'PostToolUseFailure') return {};
    let verdict = calls.get(input.tool_use_id);
    if (verdict === undefined) return {};
    calls.delete(input.tool_use_id);
    if (verdict.decision === 'ask' && verdict.ticket.hitl !== undefined) {
      // It ran: the SDK's own permission prompt approved it.
      const id = verdict.ticket.hitl;
      const status = aegis.hitl.status(id).status;
      if (status === 'pending' || status === 'escalated') {
        aegis.hitl.approve(id, { responder, reasoning: 'approved through the Claude Agent SDK permission prompt' });
      }
      verdict = await aegis.decision(verdict.ticket);
      if (verdict.decision !== 'allow') return {};
    }
    aegis.complete(
      verdict.ticket,
      input.hook_event_name === 'PostToolUse'
        ? { status: 'executed', result: input.tool_response }
        : { status: 'failed', error: input.error },
    );
    return {};
  };

  const canUseTool: CanUseTool = async (toolName, input, opts): Promise<PermissionResult> => {
    let verdict = verdictOf(toolName, input, opts.toolUseID);
    if (verdict.decision === 'ask') {
      const ticket = verdict.ticket;
      const held = calls.get(opts.toolUseID);
      const cancel = () => {
        if (held !== undefined && calls.get(opts.toolUseID) === held) {
          calls.delete(opts.toolUseID);
          aegis.complete(ticket, { status: 'skipped' });
        }
      };
      opts.signal.addEventListener('abort', cancel, { once: true });
      try {
        verdict = await aegis.decision(ticket);
      } finally {
        opts.signal.removeEventListener('abort', cancel);
      }
      if (verdict.decision !== 'allow') calls.delete(opts.toolUseID);
      else calls.set(opts.toolUseID, { decision: 'allow', ticket });
    }
    if (verdict.decision !== 'allow') return { behavior: 'deny', message: message(verdict) };
    return { behavior: 'allow', updatedInput: input };
  };

  return {
    preToolUse,
    postToolUse,
    canUseTool,
    hooks: {
      PreToolUse: [{ hooks: [preToolUse] }],
      PostToolUse: [{ hooks: [postToolUse] }],
      PostToolUseFailure: [{ hooks: [postToolUse] }],
    },
  };
}
