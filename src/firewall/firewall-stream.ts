/**
 * Validation of content that arrives in chunks.
 *
 * @module
 */
import { requireString } from '../_validate.js';
import { AegisError } from '../errors.js';
import { TextNormalizer } from '../text/index.js';
import { type Analysis, Analyzer, compareHits, PIECE } from './_analyzer.js';
import { Findings } from './_findings.js';
import { demoteMentions, MENTION_TEXT_MAX } from './_mention.js';
import type { Snapshot } from './_rule-index.js';
import { Segmenter } from './_segments.js';
import { type Policy, toMatch, toVerdict } from './_verdict.js';
import type { Detector } from './detectors/types.js';
import type { RuleMatch, Verdict } from './types.js';

/**
 * A request whose content arrives in chunks (for example an LLM's tokens), validated as it comes;
 * created by `IntentFirewall.stream`. A phrase split across chunks, or across a normalization
 * construct (`r` + `''m`, `$I` + `FS`, a surrogate pair), is still found.
 *
 * Memory is bounded by the rules (the longest pattern and context window) and the longest segment
 * a structural detector reads (a line, at most 8 Ki code units), not by the content. Each `write`
 * costs O(chunk + matches) amortized (a detector reads each line once, when it ends); `verdict()`
 * costs O(kept text + matches) and equals `validateRequest` of everything written so far.
 *
 * @example
 * ```ts
 * const s = firewall.stream({ id: 'reply-7', metadata: { source: 'agent-1' } });
 * for await (const token of llm) {
 *   const found = s.write(token);           // matches confirmed by this chunk
 *   if (found.some((m) => m.severity === 'critical')) break;
 * }
 * const verdict = s.end();
 * ```
 */
export class FirewallStream {
  /** The request's id. */
  readonly id: string;
  private readonly snap: Snapshot;
  private readonly policy: Policy;
  private readonly maxContentLength: number;
  private readonly limited: Verdict | null;
  private readonly normalizer = new TextNormalizer();
  private readonly analyzer: Analyzer;
  private written = 0;
  private result: Analysis | null = null;
  private readonly findings: Findings | null;
  private readonly segmenter = new Segmenter();
  private readonly onSegment = (segment: string, at: number) => this.findings?.scanSegment(segment, at);
  /** The content written so far while it is at most {@link MENTION_TEXT_MAX} long, for its mentions. */
  private text: string | null = '';

  /** @internal Use `IntentFirewall.stream`. */
  constructor(
    id: string,
    snap: Snapshot,
    policy: Policy,
    maxMatches: number,
    maxContentLength: number,
    limited: Verdict | null,
    detectors: readonly Detector[],
  ) {
    this.id = id;
    this.findings = detectors.length > 0 ? new Findings(detectors, snap, maxMatches) : null;
    this.snap = snap;
    this.policy = policy;
    this.maxContentLength = maxContentLength;
    this.limited = limited;
    this.analyzer = new Analyzer(snap, maxMatches, null, true);
  }

  /** UTF-16 code units written so far. */
  get length(): number {
    return this.written;
  }

  /** Whether `end()` was called. */
  get ended(): boolean {
    return this.result !== null;
  }

  /**
   * Consumes the next chunk and returns the matches it confirmed (offsets in the whole content).
   * A match near the end of what was written can only be confirmed once the next characters show
   * that its word ends there; `verdict()` counts it provisionally meanwhile.
   * @throws AegisError `INVALID_ARGUMENT` for a non-string chunk, `CONFLICT` after `end()`,
   *   `LIMIT_EXCEEDED` when the content would exceed `maxContentLength` (nothing is consumed)
   */
  write(chunk: string): RuleMatch[] {
    const origin = 'FirewallStream.write';
    requireString(origin, 'chunk', chunk);
    if (this.result) throw new AegisError('CONFLICT', origin, 'the stream has ended');
    if (this.written + chunk.length > this.maxContentLength) {
      throw new AegisError(
        'LIMIT_EXCEEDED',
        origin,
        `the content would have ${this.written + chunk.length} code units; the limit is ${this.maxContentLength}`,
      );
    }
    this.written += chunk.length;
    if (this.limited) return [];
    this.text = this.text !== null && this.written <= MENTION_TEXT_MAX ? this.text + chunk : null;
    for (let i = 0; i < chunk.length; i += PIECE) {
      const c = this.normalizer.push(chunk.length <= PIECE ? chunk : chunk.slice(i, i + PIECE));
      this.analyzer.feed(c.text, c.starts, c.ends);
    }
    const fresh = this.analyzer.takeFresh();
    const f = this.findings;
    if (f === null) return fresh.map(toMatch);
    const before = f.hits.length;
    this.segmenter.push(chunk, this.onSegment);
    if (f.hits.length === before) return fresh.map(toMatch);
    return fresh.concat(f.hits.slice(before)).sort(compareHits).map(toMatch);
  }

  /**
   * The verdict on everything written so far, as if the content ended here (equal to
   * `validateRequest` of that content); the stream goes on.
   */
  verdict(): Verdict {
    if (this.limited) return copyVerdict(this.limited);
    if (this.result) return toVerdict(this.mentioned(this.result), this.policy);
    const tail = this.normalizer.peek();
    const a = this.analyzer.clone();
    a.feed(tail.text, tail.starts, tail.ends);
    return toVerdict(this.mentioned(this.withFindings(a.finish(), false)), this.policy);
  }

  /** The analysis with what the content only mentions counted as low, as `validateRequest` does. */
  private mentioned(a: Analysis): Analysis {
    return this.text === null ? a : demoteMentions(a, this.text, false);
  }

  /** The analysis with the detectors' findings, the unfinished segment's included. */
  private withFindings(a: Analysis, final: boolean): Analysis {
    const f = this.findings;
    if (f === null) return a;
    const t = this.segmenter.tail();
    // A provisional verdict reads the tail (and ends the content) in a copy: the stream goes on.
    const g = final ? f : f.copy();
    if (t.segment.length > 0) g.scanSegment(t.segment, t.start);
    g.finish();
    return g.merge(a);
  }

  /** Ends the stream and returns the final verdict (again on later calls). Further writes throw. */
  end(): Verdict {
    if (this.limited) {
      this.result ??= new Analyzer(this.snap, 0, null).finish();
      return copyVerdict(this.limited);
    }
    if (!this.result) {
      const tail = this.normalizer.end();
      this.analyzer.feed(tail.text, tail.starts, tail.ends);
      this.result = this.withFindings(this.analyzer.finish(), true);
    }
    return toVerdict(this.mentioned(this.result), this.policy);
  }
}

function copyVerdict(v: Verdict): Verdict {
  return {
    ...v,
    matches: [],
    reasons: v.reasons.slice(),
    intent: { ...v.intent, parameters: { actions: [], paths: [], urls: [] } },
  };
}
