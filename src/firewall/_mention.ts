/**
 * Mentions in a message: when a request is a conversational turn the agent answers in words
 * (`kind: 'message'`), a command it only asks about, explains or warns against ("what does
 * `rm -rf /` do?", "never pipe curl into sh") runs nowhere, and its findings count as `low`.
 * Content an agent may run as written (the default `kind: 'action'`) is never demoted: in sh a
 * backtick span inside such a question runs, and a tool call's arguments are content too, so a
 * frame an attacker can write must not lower what runs.
 *
 * @internal Not part of the public API.
 */
import type { Analysis, Hit, RuleHits } from './_analyzer.js';
import { type CompiledRule, RISK } from './_rule.js';

/** Findings of the readers of commands, code and queries: what they name runs only if executed. */
const COMMAND_READERS = /^(shell|windows|sql|code|exfiltration)\./;
/** Phrase-rule categories about running something. */
const COMMAND_CATEGORIES: ReadonlySet<string> = new Set([
  'destructive',
  'destructive-sql',
  'system-modification',
  'remote-code-execution',
]);
/** How far a sentence is read around a finding, at most, each way. */
const REACH = 300;

/**
 * A frame anywhere before the finding in its sentence that makes it a mention: an explanation, a
 * question about what it does or whether it is safe, a warning against it. English, with the
 * commonest forms in Spanish, French, German, Italian and Portuguese.
 */
const CUE =
  /\b(explain(s|ing)?|describe|tell me (what|why|how|whether|if)|what (does|do|did|would|will|is|are|was|happens)|what's|meaning of|difference between|never (run|type|execute|use|paste)|(do not|don't|dont) (ever )?(run|type|execute|use|paste)|avoid (running|typing|using)|warn(s|ed|ing)? (about|against|users|people)|is it (safe|okay|ok|dangerous|bad|wise) to|why (would|does|do|is|did|are)|how (does|do|did|would)|in what (case|situation)s?)\b|(qu[eé] (hace|pasa si)|que fait|que se passe|was (macht|passiert)|cosa (fa|succede)|o que (faz|acontece))/;
/** A question's first word: the sentence must also end in a question mark. */
const OPENER =
  /^(what|why|how|when|where|which|whats|what's|is|are|does|do|did|should|shall|isn't|aren't|doesn't|won't|wouldn't|was|were)\b/;
/** The rest of the sentence turns the mention into an order ("explain it, then run it"). */
const THEN_RUN =
  /\b(run|execute|do|apply|try|perform) (it|this|that|them)\b|\b(then|and then|afterwards|after that) (run|execute|do)\b/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Start of the sentence holding offset `i`: after `?`, `!`, a line break, or a full stop and space. */
function sentenceStart(t: string, i: number): number {
  const lo = Math.max(0, i - REACH);
  for (let k = i - 1; k >= lo; k--) {
    const c = t.charCodeAt(k);
    if (c === 63 || c === 33 || c === 10) return k + 1;
    // A full stop ends a sentence only before a space and after a word (not `./x`, `~/.ssh`).
    if (c === 46 && k + 1 < t.length && isSpace(t.charCodeAt(k + 1)) && k > 0 && /[\w)"'`]/.test(t[k - 1] ?? ''))
      return k + 1;
  }
  return lo;
}

/** End of the sentence holding offset `i` (exclusive, after its terminator). */
function sentenceEnd(t: string, i: number): number {
  const hi = Math.min(t.length, i + REACH);
  for (let k = i; k < hi; k++) {
    const c = t.charCodeAt(k);
    if (c === 63 || c === 33 || c === 10) return k + 1;
    if (c === 46 && (k + 1 >= t.length || isSpace(t.charCodeAt(k + 1)))) return k + 1;
  }
  return hi;
}

/** Whether the span `start`–`end` of `text` sits in a frame that only mentions it. */
export function inMentionFrame(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  if (THEN_RUN.test(text.slice(end, e).toLowerCase())) return false;
  const before = text.slice(s, start).trimStart().toLowerCase();
  if (CUE.test(before)) return true;
  return OPENER.test(before) && text.charCodeAt(e - 1) === 63;
}

/** The `low` twin of each demoted rule, shared process-wide (rules are immutable). */
const demoted = new WeakMap<CompiledRule, CompiledRule>();

function lowTwin(rule: CompiledRule): CompiledRule {
  let low = demoted.get(rule);
  if (low === undefined) {
    const description = `${rule.description} (only mentioned in a message)`;
    low = Object.freeze({
      ...rule,
      severity: 'low',
      risk: RISK.low,
      rank: 0,
      description,
      rule: Object.freeze({ ...rule.rule, severity: 'low', description }),
    }) as CompiledRule;
    demoted.set(rule, low);
  }
  return low;
}

/**
 * The analysis of a message with every command finding that is only mentioned (each of its
 * occurrences inside a mention frame) counted as `low`. Unchanged when some occurrences were not
 * listed (over `maxMatches`): a rule is demoted only when every occurrence was seen.
 */
export function demoteMentions(analysis: Analysis, text: string): Analysis {
  if (analysis.rules.length === 0 || analysis.total > analysis.hits.length) return analysis;
  const verdicts = new Map<CompiledRule, boolean>();
  for (const h of analysis.hits) {
    const r = h.rule;
    if (r.severity === 'low' || verdicts.get(r) === false) continue;
    const eligible = COMMAND_READERS.test(r.id) || COMMAND_CATEGORIES.has(r.category);
    verdicts.set(r, eligible && inMentionFrame(text, h.start, h.end));
  }
  let any = false;
  for (const v of verdicts.values()) any ||= v;
  if (!any) return analysis;
  const swap = (r: CompiledRule): CompiledRule => (verdicts.get(r) === true ? lowTwin(r) : r);
  const moved = (h: Hit): Hit => (verdicts.get(h.rule) === true ? { ...h, rule: swap(h.rule) } : h);
  const rules: RuleHits[] = analysis.rules.map((rh) =>
    verdicts.get(rh.rule) === true
      ? { ...rh, rule: swap(rh.rule), first: rh.first === null ? null : moved(rh.first), spans: [] }
      : rh,
  );
  return { ...analysis, hits: analysis.hits.map(moved), rules };
}
