/**
 * From an analysis to a decision: the safety score over every matched rule, the reasons, and the
 * policy (critical blocks; below `blockBelow` blocks; below `threshold` escalates; else allow).
 *
 * @internal Not part of the public API.
 */
import type { Analysis, Hit, RuleHits } from './_analyzer.js';
import type { RateLimiter } from './_request.js';
import type { CompiledRule } from './_rule.js';
import { LAST_RESORT } from './detectors/index.js';
import type { FirewallDecision, RuleMatch, Verdict } from './types.js';

export interface Policy {
  readonly threshold: number;
  readonly blockBelow: number;
}

export interface Judgement {
  decision: FirewallDecision;
  safetyScore: number;
  matches: RuleMatch[];
  reasons: string[];
}

const fmt = (x: number) => x.toFixed(3);

export function toMatch(hit: Hit): RuleMatch {
  const r = hit.rule;
  return {
    ruleId: r.id,
    category: r.category,
    severity: r.severity,
    // a hit's pattern is an index into its rule's patterns
    pattern: hit.evidence ?? r.rule.patterns[hit.pattern]!,
    start: hit.start,
    end: hit.end,
  };
}

/**
 * Combines every matched rule as an independent risk, most severe first (then by id, so the
 * floating-point result never depends on the order rules were added): each rule takes
 * `score × risk`, and its reason says how much. A finding of a {@link LAST_RESORT} id takes
 * nothing when another rule of at least `medium` severity matched: it escalates what nothing else
 * flags and never adds to another (it stays listed, so matches seen along a stream stay final).
 */
export function judge(analysis: Analysis, policy: Policy): Judgement {
  const rules = analysis.rules
    .slice()
    .sort(
      (a: RuleHits, b: RuleHits) =>
        b.rule.rank - a.rule.rank || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0),
    );
  let score = 1;
  const reasons: string[] = [];
  let critical: CompiledRule | undefined;
  let other = false;
  for (const hits of rules) if (hits.rule.rank >= 1 && !LAST_RESORT.has(hits.rule.id)) other = true;
  for (const hits of rules) {
    const r = hits.rule;
    const counted = !other || !LAST_RESORT.has(r.id);
    const after = counted ? score * (1 - r.risk) : score;
    const loss = score - after;
    score = after;
    if (r.severity === 'critical' && !critical) critical = r;
    const first = hits.first as Hit;
    const more = hits.count > 1 ? ` (${hits.count} matches)` : '';
    const what = r.description.length > 0 ? `: ${r.description}` : '';
    reasons.push(
      `${r.id} (${r.category}, ${r.severity}) matched "${first.evidence ?? r.rule.patterns[first.pattern]}" at ${first.start}–${first.end}${more}${what}; −${fmt(loss)}${counted ? '' : ' (a last resort, beside a finding of medium or more)'}`,
    );
  }
  const listed = analysis.hits.length;
  if (analysis.total > listed) reasons.push(`${analysis.total - listed} more matches not listed`);
  let decision: FirewallDecision;
  if (critical) {
    decision = 'block';
    reasons.push(`blocked: critical rule ${critical.id} matched`);
  } else if (score < policy.blockBelow) {
    decision = 'block';
    reasons.push(`blocked: safety score ${fmt(score)} is below blockBelow ${fmt(policy.blockBelow)}`);
  } else if (score < policy.threshold) {
    decision = 'escalate';
    reasons.push(`escalated: safety score ${fmt(score)} is below threshold ${fmt(policy.threshold)}`);
  } else {
    decision = 'allow';
    if (rules.length > 0) {
      reasons.push(`allowed: safety score ${fmt(score)} is at or above threshold ${fmt(policy.threshold)}`);
    }
  }
  return { decision, safetyScore: score, matches: analysis.hits.map(toMatch), reasons };
}

/** A verdict from an analysis under a policy. */
export function toVerdict(analysis: Analysis, policy: Policy): Verdict {
  const j = judge(analysis, policy);
  return {
    decision: j.decision,
    safetyScore: j.safetyScore,
    matches: j.matches,
    reasons: j.reasons,
    intent: {
      action: analysis.action,
      confidence: analysis.confidence,
      parameters: { actions: analysis.actions.slice(), paths: analysis.paths.slice(), urls: analysis.urls.slice() },
    },
  };
}

/** The verdict for a source over its rate: blocked, not analyzed. */
export function rateLimitedVerdict(source: string, limiter: RateLimiter, waitMs: number): Verdict {
  const who = source === '' ? 'requests without a source' : `source ${JSON.stringify(source)}`;
  const wait = Number.isFinite(waitMs) ? `retry in ${Math.ceil(waitMs)} ms` : 'no refill';
  return {
    decision: 'block',
    safetyScore: 0,
    matches: [],
    reasons: [
      `rate limited: ${who} exceeded ${limiter.capacity} requests at ${limiter.refillPerSecond} per second (${wait}); not analyzed`,
    ],
    intent: { action: 'unknown', confidence: 0, parameters: { actions: [], paths: [], urls: [] } },
  };
}
