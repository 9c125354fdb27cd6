/**
 * The human step: what the reviewer is shown (an excerpt around the matches, a hash of the whole),
 * filing the decision request, recording its outcome, then telling the Love Engine what a human
 * judged.
 *
 * @internal Not part of the public API.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { LogActionOptions } from '../audit/types.js';
import { AegisError } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { ExperienceParameters } from '../evolution/types.js';
import type { FirewallDecision, RuleMatch } from '../firewall/types.js';
import type { DecisionQueue } from '../hitl/decision-queue.js';
import type { DecisionRequest } from '../hitl/types.js';
import { canonicalize, type JsonValue } from '../structures/canonical-json.js';
import type { Route } from './_options.js';
import { decisionEntry, ENTRY, excerpt } from './_records.js';

export type Kind = 'unsafe' | 'unethical' | 'both';

/** What the human is shown about the checks, besides the ids. */
export interface Checks {
  readonly safety: number;
  readonly ethics: number;
  readonly rules: readonly string[];
  readonly concerns: readonly string[];
  /** The firewall's own word (on the request and the action, the more severe). */
  readonly firewall: FirewallDecision;
  /** What history says against the action (the type's or the source's), one sentence each. */
  readonly evidence: readonly string[];
}

/** What the human is asked about. */
export interface Question {
  readonly actionType: string;
  readonly content: string;
  /** The action's parameters in full (hashed, with the content, into the request's identity). */
  readonly parameters: unknown;
  readonly features: ExperienceParameters | undefined;
  /** Where the firewall matched the content: the excerpt shows the text around each. */
  readonly matches: readonly RuleMatch[];
  readonly kind: Kind;
  readonly checks: Checks;
}

/** Why a human is asked, naming the evidence: the firewall's own word, or what history says. */
function why(kind: Kind, c: Checks): string {
  const safety = `safety ${c.safety.toFixed(3)}`;
  const ethics = `ethics ${c.ethics.toFixed(3)}`;
  const rules = c.rules.length > 0 ? `; rules ${c.rules.join(', ')}` : '';
  const parts: string[] = [];
  if (kind !== 'unethical') {
    if (c.firewall !== 'allow') parts.push(`the firewall said ${c.firewall} (${safety}${rules})`);
  }
  if (kind !== 'unsafe') parts.push(`the Love Engine failed it (${ethics})`);
  for (const e of c.evidence) parts.push(`learned: ${e}`);
  if (parts.length === 0) parts.push(kind === 'unethical' ? `ethics ${ethics}` : `the firewall said allow (${safety})`);
  return parts.join('; ');
}

/** Most characters of the content shown to the human, markers excluded. */
const MAX_SHOWN = 2048;
/** Characters shown at the head and the tail, and on each side of a match. */
const HEAD = 512;
const TAIL = 256;
const AROUND = 160;
/** Most matches given a window of their own. */
const MAX_WINDOWS = 16;

/**
 * The content as the reviewer sees it: the head, the tail and the text around each match (the parts
 * that decided the verdict), merged where they touch, within `MAX_SHOWN` characters; each cut says
 * how many characters it hides. Returns the excerpt and the number of hidden characters. O(matches
 * log matches + shown).
 */
export function reviewExcerpt(content: string, matches: readonly RuleMatch[]): { text: string; hidden: number } {
  const n = content.length;
  if (n <= MAX_SHOWN) return { text: excerpt(content, n), hidden: 0 };
  const spans: [number, number][] = [];
  // Matches first, so that the budget goes to what decided the verdict; then the head and the tail.
  for (let i = 0; i < matches.length && i < MAX_WINDOWS; i++) {
    // i < matches.length
    const m = matches[i]!;
    spans.push([Math.max(0, m.start - AROUND), Math.min(n, m.end + AROUND)]);
  }
  spans.push([0, HEAD], [n - TAIL, n]);
  const kept: [number, number][] = [];
  let budget = MAX_SHOWN;
  for (const [a, b] of spans) {
    if (budget <= 0) break;
    const end = Math.min(b, a + budget);
    kept.push([a, end]);
    budget -= end - a;
  }
  kept.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of kept) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  let text = '';
  let at = 0;
  let hidden = 0;
  for (const [a, b] of merged) {
    if (a > at) {
      text += `[… ${a - at} characters hidden …]`;
      hidden += a - at;
    }
    text += content.slice(a, b);
    at = b;
  }
  if (at < n) {
    text += `[… ${n - at} characters hidden …]`;
    hidden += n - at;
  }
  return { text: excerpt(text, text.length), hidden };
}

/**
 * The SHA-256 (hex) of the canonical JSON of the whole content and parameters: two requests share
 * it only if they are the same everywhere, so an approval remembered for one never covers content
 * its reviewer did not see. O(content + parameters).
 */
export function contentHash(content: string, parameters: unknown): string {
  // Lone surrogates have no UTF-8 form; canonical JSON refuses them, so they are replaced first.
  const text = content.replace(LONE_SURROGATE, '\ufffd');
  const whole = parameters === undefined ? { content: text } : { content: text, parameters };
  return bytesToHex(sha256(utf8ToBytes(canonicalize(whole))));
}

const LONE_SURROGATE = /\p{Surrogate}/gu;

/** A filed request: its snapshot, and the waiter on its final state (absent when already final). */
export interface Filed {
  readonly filed: DecisionRequest;
  readonly waiting: Promise<DecisionRequest> | undefined;
}

/**
 * Files a decision request. The human sees the action type and why it is asked, naming the evidence
 * (the description), and an excerpt of the content around what matched (the head, the tail and each
 * match's surroundings; `hidden` says how many characters were left out), the action's features,
 * both scores, the rules and the concerns (the context). `contentHash` covers the whole content and
 * parameters, so `dedupe` and `remember` (which compare the context) only ever match a request
 * identical everywhere. No request id is in either, so an approval given with `remember` applies to
 * a later identical request.
 *
 * The waiter is taken before anything else runs, so an approval given from inside an audit sink is
 * not missed; one given from inside the queue's `onEvent` comes back with the filed request itself.
 *
 * @throws AegisError whatever the queue refuses (`LIMIT_EXCEEDED` when it is full, `CONFLICT` when closed)
 */
export function fileQuestion(
  hitl: DecisionQueue,
  question: Question,
  route: Extract<Route, { kind: 'hitl' }>,
  requester: string,
): Filed {
  const c = question.checks;
  const shown = reviewExcerpt(question.content, question.matches);
  const context: Record<string, JsonValue> = {
    actionType: question.actionType,
    content: shown.text,
    contentLength: question.content.length,
    contentHash: contentHash(question.content, question.parameters),
    safety: c.safety,
    ethics: c.ethics,
  };
  if (shown.hidden > 0) context.hidden = shown.hidden;
  if (question.features !== undefined) context.parameters = question.features;
  // The queue keeps a frozen copy of the context: these arrays need no copy of their own.
  if (c.rules.length > 0) context.rules = c.rules as string[];
  if (c.concerns.length > 0) context.concerns = c.concerns as string[];
  if (c.evidence.length > 0) context.evidence = c.evidence as string[];
  const filed = hitl.requestDecision({
    description: `${question.actionType}: ${why(question.kind, c)}`,
    context,
    priority: route.priority,
    timeoutMs: route.timeoutMs,
    requester,
  });
  const waiting = filed.status === 'pending' || filed.status === 'escalated' ? hitl.waitFor(filed.id) : undefined;
  return { filed, waiting };
}

/** The `hitl.request` entry: which decision request a call filed. */
export function requestEntry(request: string, filed: DecisionRequest, kind: Kind): Record<string, JsonValue> {
  return { request, id: filed.id, priority: filed.priority, deadline: filed.deadline, reason: kind };
}

/** Records `hitl.decision`: how the human step ended. */
export function recordDecision(
  audit: AuditLog,
  request: string,
  final: DecisionRequest,
  who: LogActionOptions,
  seqs: number[],
): void {
  seqs.push(audit.append(ENTRY.hitlDecision, decisionEntry(request, final), who));
}

/**
 * A human's approval or rejection tells the Love Engine what became of the action it scored
 * (`harmful` for a rejection), for its alignment report. Remembered approvals and expiries say
 * nothing of this action and are not reported.
 */
export function teachEthics(engine: LoveEngine, actionId: string, final: DecisionRequest, reasons: string[]): void {
  const d = final.decision;
  if (d === undefined || d.by !== 'human' || d.outcome === 'expired') return;
  try {
    engine.recordOutcome(actionId, { harmful: d.outcome === 'rejected' });
  } catch (error) {
    // The evaluation left the engine's window of recent ones, or its outcome was reported already.
    if (!(error instanceof AegisError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT'))) throw error;
    reasons.push(`ethics outcome not recorded: ${error.message}`);
  }
}
