/**
 * `aegis-safety/openai-agents`: Aegis as the guard of OpenAI Agents JS tools. {@link aegisToolGuards}
 * gives a `needsApproval` function (true when Aegis asks: the run stops with an interruption), a
 * tool input guardrail (a denied call is rejected with the reasons and never runs) and a tool
 * output guardrail (the outcome completes the ticket); {@link guardTool} attaches all three to a
 * function tool; {@link settleInterruptions} answers a run's interruptions from the Aegis queue.
 *
 * The SDK is imported as types only: this module loads no SDK code.
 *
 * @module
 */
import type {
  FunctionTool,
  RunState,
  RunToolApprovalItem,
  ToolInputGuardrailDefinition,
  ToolOutputGuardrailDefinition,
} from '@openai/agents';
import type { Aegis } from '../pipeline/aegis.js';
import type { CheckDecision, CheckResult, Ticket } from '../pipeline/types.js';
import { adapterArgs } from './_options.js';
import { toolCallToRequest } from './tool-call.js';

export type { MappedToolCall, ToolCall } from './tool-call.js';
export { toolCallToRequest } from './tool-call.js';

/** Options of {@link aegisToolGuards}. */
export interface AegisToolGuardsOptions {
  /** Who is calling (the unit of rate limiting in Aegis). Default: none (the pipeline's actor). */
  readonly source?: string;
  /**
   * The responder recorded in `aegis.hitl` when a run is resumed with `state.approve(item)` for a
   * call Aegis asked about. Default `'openai-agents-approval'`.
   */
  readonly responder?: string;
  /**
   * When the guardrail meets an `ask` that no `needsApproval` turned into an interruption (the
   * guardrail is used alone): `'wait'` holds the call until a human decides in `aegis.hitl`;
   * `'deny'` rejects it and leaves the request pending. Default `'wait'`.
   */
  readonly whenAsked?: 'wait' | 'deny';
}

/** The three hooks of {@link aegisToolGuards}, sharing one table of verdicts by call id. */
export interface AegisToolGuards {
  /** A `needsApproval` for the tool named `toolName`: true when Aegis asks for a human. */
  needsApproval(toolName: string): (runContext: unknown, input: unknown, callId?: string) => Promise<boolean>;
  /** For a tool's `inputGuardrails`: allows, or rejects the call with the reasons (it never runs). */
  readonly inputGuardrail: ToolInputGuardrailDefinition;
  /** For a tool's `outputGuardrails`: completes the ticket with the output (never changes it). */
  readonly outputGuardrail: ToolOutputGuardrailDefinition;
  /** The decision request Aegis filed for a call it asked about, if any. */
  decisionRequestOf(callId: string): string | undefined;
}

/** What is kept of a verdict until the guardrail: not the whole check result (see the Claude adapter). */
interface Held {
  readonly decision: CheckDecision;
  readonly ticket: Ticket;
  readonly reasons: readonly string[];
}

const NO_REASONS: readonly string[] = [];
const held = (v: CheckResult): Held => ({
  decision: v.decision,
  ticket: v.ticket,
  reasons: v.decision === 'deny' ? v.reasons : NO_REASONS,
});

function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const allow = (outputInfo?: unknown) => ({ behavior: { type: 'allow' as const }, outputInfo });
const reject = (message: string, outputInfo?: unknown) => ({
  behavior: { type: 'rejectContent' as const, message },
  outputInfo,
});

/**
 * Builds the hooks for one Aegis. Per tool call (by its `callId`):
 *
 * - `needsApproval` checks the call (mapped by `toolCallToRequest`) and returns true for an `ask`;
 * - the input guardrail runs when the runner is about to execute the call: a `deny` is rejected
 *   (`rejectContent` with the reasons; the tool never runs); an `ask` that reaches it was approved
 *   with `state.approve(item)`, which is recorded in `aegis.hitl` by `responder` (a call rejected
 *   with `state.reject` never reaches it, and its request ends at its deadline, denied); an `allow`
 *   passes;
 * - the output guardrail completes the ticket `executed` with the tool's output.
 *
 * Cost per call: one `check` and one `complete`.
 *
 * @example
 * ```ts
 * const guards = aegisToolGuards(createAegis());
 * const bash = tool({ name: 'bash', parameters, execute, needsApproval: guards.needsApproval('bash'),
 *   inputGuardrails: [guards.inputGuardrail], outputGuardrails: [guards.outputGuardrail] });
 * ```
 */
export function aegisToolGuards(aegis: Aegis, options: AegisToolGuardsOptions = {}): AegisToolGuards {
  const o = adapterArgs('aegisToolGuards', aegis, options, ['source', 'responder', 'whenAsked']);
  const responder = o.responder ?? 'openai-agents-approval';
  const whenAsked = o.whenAsked ?? 'wait';
  /** Checked calls not yet executed, by call id. */
  const checked = new Map<string, Held>();
  /** Allowed calls running, by call id. */
  const running = new Map<string, Ticket>();
  const check = (name: string, input: unknown, callId: string | undefined): CheckResult => {
    const { request, action } = toolCallToRequest({
      toolName: name,
      input,
      ...(callId !== undefined ? { callId } : {}),
      ...(o.source !== undefined ? { source: o.source } : {}),
    });
    return aegis.check(request, action);
  };
  return {
    // The SDK does not tell `needsApproval` which tool it guards: each tool gets its own.
    needsApproval: (toolName) => async (_runContext, input, callId) => {
      // A resumed run asks again: the first answer stands.
      if (callId !== undefined && checked.get(callId)?.decision === 'ask') return true;
      const verdict = check(toolName, input, callId);
      if (callId !== undefined) checked.set(callId, held(verdict));
      else if (verdict.decision === 'allow') aegis.complete(verdict.ticket, { status: 'skipped' });
      return verdict.decision === 'ask';
    },
    inputGuardrail: {
      type: 'tool_input',
      name: 'aegis',
      run: async ({ toolCall }) => {
        const callId = toolCall.callId;
        let verdict: Held | undefined = checked.get(callId);
        checked.delete(callId);
        if (verdict === undefined) verdict = check(toolCall.name, parseArguments(toolCall.arguments), callId);
        else if (verdict.decision === 'ask' && verdict.ticket.hitl !== undefined) {
          const id = verdict.ticket.hitl;
          const status = aegis.hitl.status(id).status;
          if (status === 'pending' || status === 'escalated') {
            aegis.hitl.approve(id, { responder, reasoning: 'approved in the run state' });
          }
        }
        if (verdict.decision === 'ask') {
          if (whenAsked === 'deny') {
            leaveForHuman(aegis, verdict.ticket);
            return reject(
              `Denied by Aegis:\n${[...verdict.reasons, `kept for a human: decision request ${verdict.ticket.hitl}`].join('\n')}`,
            );
          }
          verdict = await aegis.decision(verdict.ticket);
        }
        if (verdict.decision !== 'allow')
          return reject(`Denied by Aegis:\n${verdict.reasons.join('\n')}`, verdict.reasons);
        running.set(callId, verdict.ticket);
        return allow();
      },
    },
    outputGuardrail: {
      type: 'tool_output',
      name: 'aegis',
      run: async ({ toolCall, output }) => {
        const ticket = running.get(toolCall.callId);
        if (ticket !== undefined) {
          running.delete(toolCall.callId);
          aegis.complete(ticket, { status: 'executed', result: output });
        }
        return allow();
      },
    },
    decisionRequestOf: (callId) => checked.get(callId)?.ticket.hitl,
  };
}

/**
 * Attaches {@link aegisToolGuards}' hooks to a function tool (its own `needsApproval`, if any, is
 * kept: approval is needed when either says so) and returns it.
 *
 * @example
 * ```ts
 * const guards = aegisToolGuards(createAegis());
 * const agent = new Agent({ name: 'ops', tools: [guardTool(guards, bash)] });
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: any function tool, whatever its context, parameters and result
export function guardTool<T extends FunctionTool<any, any, any>>(guards: AegisToolGuards, tool: T): T {
  const own = tool.needsApproval;
  const approval = guards.needsApproval(tool.name);
  tool.needsApproval = async (runContext, input, callId) =>
    (await approval(runContext, input, callId)) || (await own(runContext, input, callId));
  tool.inputGuardrails = [guards.inputGuardrail, ...(tool.inputGuardrails ?? [])];
  tool.outputGuardrails = [...(tool.outputGuardrails ?? []), guards.outputGuardrail];
  return tool;
}

/**
 * Answers a stopped run's interruptions from the Aegis queue: for each approval item whose call
 * Aegis asked about, waits for the decision in `aegis.hitl` (a human's, or the deadline's) and calls
 * `state.approve(item)` or `state.reject(item)`. Items Aegis did not ask about are left alone.
 * Resolves with the number of items answered; run the agent again with `state` to continue.
 *
 * @example
 * ```ts
 * let result = await run(agent, 'push the release');
 * if (result.interruptions.length > 0) {
 *   await settleInterruptions(aegis, guards, result.interruptions, result.state);
 *   result = await run(agent, result.state);
 * }
 * ```
 */
export async function settleInterruptions(
  aegis: Aegis,
  guards: AegisToolGuards,
  interruptions: readonly RunToolApprovalItem[],
  state: Pick<RunState<unknown, never>, 'approve' | 'reject'>,
): Promise<number> {
  let answered = 0;
  for (const item of interruptions) {
    const callId = (item.rawItem as { callId?: unknown }).callId;
    if (typeof callId !== 'string') continue;
    const id = guards.decisionRequestOf(callId);
    if (id === undefined) continue;
    const final = await aegis.hitl.waitFor(id);
    if (final.status === 'approved') state.approve(item);
    else state.reject(item);
    answered++;
  }
  return answered;
}

/** The request stays for a human; an approval then has no call left to run. */
function leaveForHuman(aegis: Aegis, ticket: Ticket): void {
  void aegis.decision(ticket).then(
    (later) => {
      if (later.decision === 'allow') aegis.complete(ticket, { status: 'skipped' });
    },
    () => undefined,
  );
}
