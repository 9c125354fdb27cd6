/**
 * From a framework's tool call to what Aegis judges: one mapping, shared by every adapter.
 *
 * @module
 */
import { isPlainObject, requireString } from '../_validate.js';
import { AegisError, describe } from '../errors.js';

/** A tool call as every agent framework has it. */
export interface ToolCall {
  /** The tool's name: becomes the action type. */
  readonly toolName: string;
  /** The call's arguments (any JSON): become the action's parameters. */
  readonly input: unknown;
  /** The framework's id for this call, if it has one. */
  readonly callId?: string;
  /**
   * What the model said it wanted before calling the tool (its preceding text), where the
   * framework gives it. Judged together with the arguments.
   */
  readonly intent?: string;
  /** Who is asking (an agent, a user, a session): the unit of rate limiting. */
  readonly source?: string;
}

/** The request and action a tool call becomes. */
export interface MappedToolCall {
  readonly request: { id: string; content: string; metadata?: { source: string } };
  readonly action: { id?: string; actionType: string; parameters: unknown };
}

/** Values read from the arguments, at most. */
const MAX_VALUES = 1000;
/** Nesting read, at most. */
const MAX_DEPTH = 32;

/**
 * An Aegis denial as every adapter writes it (`Denied by Aegis:` and its reasons), up to a blank
 * line: a model that quotes one back states no intent of its own there, and the rule names in it
 * must not be judged as a request.
 */
const OWN_DENIAL = /Denied by Aegis:[\s\S]*?(?:\n\s*\n|$)/g;

/** `text` without the Aegis denials it quotes. */
function withoutDenials(text: string): string {
  return text.indexOf('Denied by Aegis:') < 0 ? text : text.replace(OWN_DENIAL, '\n').trim();
}

/**
 * Maps a tool call to Aegis' request and action:
 *
 * - `actionType` is the tool's name, `parameters` the arguments as given;
 * - the request's content is the model's stated intent (if any, without any Aegis denial it quotes
 *   back), then every string, number and
 *   boolean in the arguments, one per line, in document order: a call whose argument is
 *   `rm -rf /` is read as that command, not as `{"command":"rm -rf /"}`. Keys are not included,
 *   so a key never joins the command on its line;
 * - the request id is the call id when there is one, else `tool:<name>`.
 *
 * @throws AegisError `INVALID_ARGUMENT` when `call` is not an object with a string `toolName`.
 *
 * Arguments that are not JSON (a cycle, a function) are not walked further than their JSON parts;
 * Aegis refuses them later with an `AegisError`, and every adapter denies a call Aegis refuses.
 *
 * @example
 * ```ts
 * toolCallToRequest({ toolName: 'bash', input: { command: 'rm -rf /' } }).request.content; // 'rm -rf /'
 * ```
 */
export function toolCallToRequest(call: ToolCall): MappedToolCall {
  const origin = 'toolCallToRequest';
  if (!isPlainObject(call)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `call must be a plain object, got ${describe(call)}`);
  }
  requireString(origin, 'call.toolName', call.toolName);
  const lines: string[] = [];
  const intent = typeof call.intent === 'string' ? withoutDenials(call.intent) : '';
  if (intent.length > 0) lines.push(intent);
  collect(call.input, lines, 0, new Set());
  const id = typeof call.callId === 'string' && call.callId.length > 0 ? call.callId : `tool:${call.toolName}`;
  const request: MappedToolCall['request'] = { id: id.slice(0, 256), content: lines.join('\n') };
  if (typeof call.source === 'string') request.metadata = { source: call.source };
  const action: MappedToolCall['action'] = { actionType: call.toolName, parameters: call.input ?? {} };
  if (typeof call.callId === 'string' && call.callId.length > 0) action.id = call.callId.slice(0, 256);
  return { request, action };
}

function collect(value: unknown, out: string[], depth: number, seen: Set<object>): void {
  if (out.length >= MAX_VALUES || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (value.length > 0) out.push(value);
  } else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
  else if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1, seen);
    else for (const k of Object.keys(value)) collect((value as Record<string, unknown>)[k], out, depth + 1, seen);
  }
}
