/**
 * The scanning core: consumes normalized text in pieces (one piece for a whole request, many for a
 * stream), finds every rule occurrence in the normalized and compact views, checks word edges and
 * contexts, and gathers intent evidence. Results never depend on how the text was cut into pieces.
 *
 * @internal Not part of the public API.
 */
import type { MatchVisitor } from '../structures/index.js';
import { compactCode, isWordCode, type NormalizedText, normalizeText, TextNormalizer } from '../text/index.js';
import { matchContext } from './_context-regex.js';
import { ACTIONS, classifyToken, isImperative, type VerbTable, verbTable } from './_intent.js';
import { COMPACT_SPREAD, type CompiledRule } from './_rule.js';
import type { Entry, Layer, Snapshot } from './_rule-index.js';
import type { IntentAction } from './types.js';

/** A confirmed occurrence of a rule, with offsets in the original text. */
export interface Hit {
  readonly rule: CompiledRule;
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

/** Matches of one rule: how many, and the first in canonical order. */
export interface RuleHits {
  count: number;
  first: Hit;
}

export interface Analysis {
  /** Up to `maxMatches` hits in canonical order. */
  readonly hits: Hit[];
  /** Total hits, listed or not. */
  readonly total: number;
  readonly rules: ReadonlyMap<CompiledRule, RuleHits>;
  readonly action: IntentAction;
  readonly confidence: number;
  readonly actions: IntentAction[];
  readonly paths: string[];
  readonly urls: string[];
}

interface Candidate {
  readonly entry: Entry;
  readonly s: number;
  readonly e: number;
  /** Normalized length needed before it can be decided. */
  readonly ready: number;
}

const MAX_TOKEN = 256;
const MAX_PARAMS = 8;
/** Characters that continue a word into what follows it (`id_rsa.pub`, `/home/alice`, `run-tests`)… */
const JOINS_AFTER = new Set([0x2f, 0x2e, 0x2d]); // / . -
/** …and into what precedes it (`e-mail`, `x.env`); not `/`, so a path's last component stands alone. */
const JOINS_BEFORE = new Set([0x2e, 0x2d]); // . -

/** Canonical order of hits: start, end, rule id, pattern. */
export function compareHits(a: Hit, b: Hit): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0) ||
    a.pattern - b.pattern
  );
}

const lookahead = (r: CompiledRule) => Math.max(r.word ? 2 : 0, r.after ? r.within + 1 : 0);

export class Analyzer {
  private readonly snap: Snapshot;
  private readonly verbs: VerbTable;
  private readonly maxMatches: number;
  /** The whole normalized text, when analyzing one piece (no buffer trimming, spans from it). */
  private readonly whole: NormalizedText | null;
  /** Normalized characters kept behind the end, enough for every pending check. */
  private readonly keep: number;

  private statesA: Int32Array;
  private statesC: Int32Array;
  private stateV: number;
  private buf = '';
  private bufAt = 0;
  private bufStarts: number[] = [];
  private bufEnds: number[] = [];
  private produced = 0;
  /** Normalized index of each compact code unit, from compact offset `cAtStart`. */
  private cAt: number[] = [];
  private cAtStart = 0;
  private cLen = 0;
  private pendingA: Candidate[] = [];
  private pendingC: Candidate[] = [];
  private pendingV: { action: number; s: number; e: number }[] = [];
  /** Confirmed normalized spans per rule, recent ones only, so a compact match can defer to them. */
  private recentA = new Map<CompiledRule, number[]>();
  private hits: Hit[] = [];
  private total = 0;
  private ruleHits = new Map<CompiledRule, RuleHits>();
  private weight = new Float64Array(ACTIONS.length);
  private firstAt = new Float64Array(ACTIONS.length).fill(Number.POSITIVE_INFINITY);
  private tokenStart = -1;
  private paths: string[] = [];
  private urls: string[] = [];
  /** Hits confirmed since the last `takeFresh`, when collecting. */
  private fresh: Hit[] | null = null;

  private layer: Layer | null = null;
  private readonly onA: MatchVisitor;
  private readonly onC: MatchVisitor;
  private readonly onV: MatchVisitor;

  constructor(snap: Snapshot, maxMatches: number, whole: NormalizedText | null, collectFresh = false) {
    this.snap = snap;
    this.verbs = verbTable();
    this.maxMatches = maxMatches;
    this.whole = whole;
    this.keep =
      2 * snap.maxWithin + snap.maxFormA + Math.max(snap.maxFormA, COMPACT_SPREAD * snap.maxFormC) + MAX_TOKEN + 64;
    this.statesA = Int32Array.from(snap.layersA, (l) => l.ac.tables.start);
    this.statesC = Int32Array.from(snap.layersC, (l) => l.ac.tables.start);
    this.stateV = this.verbs.ac.tables.start;
    if (collectFresh) this.fresh = [];
    const version = snap.version;
    this.onA = (p, s, e) => {
      const entry = (this.layer as Layer).entries[p] as Entry;
      const r = entry.rule;
      if (r.addedAt > version || r.removedAt <= version) return;
      this.pendingA.push({ entry, s, e, ready: e + lookahead(r) });
    };
    this.onC = (p, cs, ce) => {
      const entry = (this.layer as Layer).entries[p] as Entry;
      const r = entry.rule;
      if (r.addedAt > version || r.removedAt <= version) return;
      const s = this.cAt[cs - this.cAtStart] as number;
      const e = (this.cAt[ce - 1 - this.cAtStart] as number) + 1;
      if (e - s > COMPACT_SPREAD * entry.length) return;
      // Waits until every normalized-view match of the same rule that could overlap it is decided.
      this.pendingC.push({ entry, s, e, ready: e + this.snap.maxFormA + lookahead(r) });
    };
    this.onV = (p, s, e) => {
      this.pendingV.push({ action: this.verbs.action[p] as number, s, e });
    };
  }

  /** Normalized length consumed so far. */
  get length(): number {
    return this.produced;
  }

  /**
   * Consumes the next piece of normalized text. `starts`/`ends` give each code unit's original span
   * (absent only for the single piece of a whole-text analysis).
   */
  feed(text: string, starts?: readonly number[], ends?: readonly number[]): void {
    const base = this.produced;
    if (this.whole) this.buf = text;
    else {
      this.buf += text;
      if (starts && ends) {
        for (let i = 0; i < text.length; i++) {
          this.bufStarts.push(starts[i] as number);
          this.bufEnds.push(ends[i] as number);
        }
      }
    }
    this.produced += text.length;

    const layersA = this.snap.layersA;
    for (let l = 0; l < layersA.length; l++) {
      const layer = layersA[l] as Layer;
      this.layer = layer;
      this.statesA[l] = layer.ac.runStandard(text, this.statesA[l] as number, base, true, this.onA);
    }
    this.stateV = this.verbs.ac.runStandard(text, this.stateV, base, true, this.onV);

    const layersC = this.snap.layersC;
    if (layersC.length > 0) {
      const codes: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = compactCode(text.charCodeAt(i));
        if (c >= 0) {
          codes.push(c);
          this.cAt.push(base + i);
        }
      }
      let compact = '';
      for (let from = 0; from < codes.length; from += 8192) {
        compact += String.fromCharCode.apply(null, codes.slice(from, from + 8192));
      }
      const cBase = this.cLen;
      this.cLen += codes.length;
      for (let l = 0; l < layersC.length; l++) {
        const layer = layersC[l] as Layer;
        this.layer = layer;
        this.statesC[l] = layer.ac.runStandard(compact, this.statesC[l] as number, cBase, true, this.onC);
      }
    }

    this.tokens(text, base);
    this.resolve(false);
    if (!this.whole) this.trim();
  }

  /** Finishes the analysis: everything pending is decided as if the text ended here. */
  finish(): Analysis {
    this.resolve(true);
    if (this.tokenStart >= 0) {
      this.finishToken(this.tokenStart, this.produced);
      this.tokenStart = -1;
    }
    this.hits.sort(compareHits);
    if (this.hits.length > this.maxMatches) this.hits.length = this.maxMatches;
    let best = -1;
    let total = 0;
    for (let a = 0; a < ACTIONS.length; a++) {
      const w = this.weight[a] as number;
      total += w;
      if (w === 0) continue;
      if (
        best < 0 ||
        w > (this.weight[best] as number) ||
        (w === this.weight[best] && (this.firstAt[a] as number) < (this.firstAt[best] as number))
      ) {
        best = a;
      }
    }
    const mentioned = [...ACTIONS.keys()].filter((a) => (this.weight[a] as number) > 0);
    mentioned.sort((a, b) => (this.firstAt[a] as number) - (this.firstAt[b] as number) || a - b);
    const bw = best < 0 ? 0 : (this.weight[best] as number);
    return {
      hits: this.hits,
      total: this.total,
      rules: this.ruleHits,
      action: best < 0 ? 'unknown' : (ACTIONS[best] as IntentAction),
      // Share of the evidence for the chosen action, discounted when the evidence is thin: one
      // mention gives 0.5, one instruction 0.75, more instructions approach 1.
      confidence: best < 0 ? 0 : (bw / total) * (1 - 0.5 ** bw),
      actions: mentioned.map((a) => ACTIONS[a] as IntentAction),
      paths: this.paths,
      urls: this.urls,
    };
  }

  /** Hits confirmed since the last call (streams report them as they are found). */
  takeFresh(): Hit[] {
    const out = this.fresh ?? [];
    if (this.fresh) this.fresh = [];
    return out;
  }

  /** An independent copy, to finish provisionally while this one keeps streaming. */
  clone(): Analyzer {
    const c = new Analyzer(this.snap, this.maxMatches, this.whole, false);
    c.statesA = this.statesA.slice();
    c.statesC = this.statesC.slice();
    c.stateV = this.stateV;
    c.buf = this.buf;
    c.bufAt = this.bufAt;
    c.bufStarts = this.bufStarts.slice();
    c.bufEnds = this.bufEnds.slice();
    c.produced = this.produced;
    c.cAt = this.cAt.slice();
    c.cAtStart = this.cAtStart;
    c.cLen = this.cLen;
    c.pendingA = this.pendingA.slice();
    c.pendingC = this.pendingC.slice();
    c.pendingV = this.pendingV.slice();
    c.recentA = new Map([...this.recentA].map(([r, spans]) => [r, spans.slice()]));
    c.hits = this.hits.slice();
    c.total = this.total;
    c.ruleHits = new Map([...this.ruleHits].map(([r, h]) => [r, { count: h.count, first: h.first }]));
    c.weight = this.weight.slice();
    c.firstAt = this.firstAt.slice();
    c.tokenStart = this.tokenStart;
    c.paths = this.paths.slice();
    c.urls = this.urls.slice();
    return c;
  }

  private code(i: number): number {
    return i < 0 || i >= this.produced ? -1 : this.buf.charCodeAt(i - this.bufAt);
  }

  private continues(inner: number, outer: number, joiners: ReadonlySet<number>): boolean {
    const c = this.code(inner);
    return isWordCode(c) || (joiners.has(c) && isWordCode(this.code(outer)));
  }

  /** Word edges of [s, e): an edge that is a letter or digit must not continue into the text around it. */
  private wordEdges(s: number, e: number): boolean {
    if (isWordCode(this.code(s)) && this.continues(s - 1, s - 2, JOINS_BEFORE)) return false;
    if (isWordCode(this.code(e - 1)) && this.continues(e, e + 1, JOINS_AFTER)) return false;
    return true;
  }

  private contexts(r: CompiledRule, s: number, e: number): boolean {
    if (r.before) {
      const length = Math.min(r.within, s);
      const edge = length === s;
      const outside = edge ? -1 : this.code(s - length - 1);
      if (!matchContext(r.before, this.buf, s - this.bufAt, length, this.code(s), outside, edge)) return false;
    }
    if (r.after) {
      const length = Math.min(r.within, this.produced - e);
      const edge = e + r.within >= this.produced;
      const outside = edge ? -1 : this.code(e + length);
      if (!matchContext(r.after, this.buf, e - this.bufAt, length, this.code(e - 1), outside, edge)) return false;
    }
    return true;
  }

  private resolve(final: boolean): void {
    const avail = this.produced;
    if (this.pendingA.length > 0) {
      let k = 0;
      for (const c of this.pendingA) {
        if (final || c.ready <= avail) this.confirm(c, false);
        else this.pendingA[k++] = c;
      }
      this.pendingA.length = k;
    }
    if (this.pendingV.length > 0) {
      let k = 0;
      for (const v of this.pendingV) {
        if (final || v.e + 2 <= avail) this.confirmVerb(v.action, v.s, v.e);
        else this.pendingV[k++] = v;
      }
      this.pendingV.length = k;
    }
    if (this.pendingC.length > 0) {
      let k = 0;
      for (const c of this.pendingC) {
        if (final || c.ready <= avail) this.confirm(c, true);
        else this.pendingC[k++] = c;
      }
      this.pendingC.length = k;
    }
  }

  private confirm(c: Candidate, compact: boolean): void {
    const r = c.entry.rule;
    const { s, e } = c;
    if (r.word && !this.wordEdges(s, e)) return;
    if ((r.before || r.after) && !this.contexts(r, s, e)) return;
    const spans = this.recentA.get(r);
    if (compact) {
      // The same occurrence already found in the normalized view is not counted twice.
      if (spans) for (let i = 0; i < spans.length; i += 2) if ((spans[i] as number) < e && (spans[i + 1] as number) > s) return;
    } else if (spans) spans.push(s, e);
    else this.recentA.set(r, [s, e]);
    const span = this.whole ? this.whole.span(s, e) : this.span(s, e);
    this.record({ rule: r, pattern: c.entry.pattern, start: span.start, end: span.end });
  }

  private span(s: number, e: number): { start: number; end: number } {
    return { start: this.bufStarts[s - this.bufAt] as number, end: this.bufEnds[e - 1 - this.bufAt] as number };
  }

  private record(hit: Hit): void {
    this.total++;
    const known = this.ruleHits.get(hit.rule);
    if (!known) this.ruleHits.set(hit.rule, { count: 1, first: hit });
    else {
      known.count++;
      if (compareHits(hit, known.first) < 0) known.first = hit;
    }
    this.hits.push(hit);
    // Keep the smallest maxMatches in canonical order, in amortized O(log n) per hit.
    if (this.hits.length > 2 * this.maxMatches) {
      this.hits.sort(compareHits);
      this.hits.length = this.maxMatches;
    }
    this.fresh?.push(hit);
  }

  private confirmVerb(action: number, s: number, e: number): void {
    if (!this.wordEdges(s, e)) return;
    // The buffer always holds more than the 27 characters isImperative may read back.
    const w = isImperative(this.buf, s - this.bufAt, 0) ? 2 : 1;
    this.weight[action] = (this.weight[action] as number) + w;
    if (s < (this.firstAt[action] as number)) this.firstAt[action] = s;
  }

  private tokens(text: string, base: number): void {
    if (text.length === 0) return;
    if (this.tokenStart < 0 && text.charCodeAt(0) !== 0x20) this.tokenStart = base;
    let sp = text.indexOf(' ');
    while (sp >= 0) {
      if (this.tokenStart >= 0) this.finishToken(this.tokenStart, base + sp);
      this.tokenStart = sp + 1 < text.length ? base + sp + 1 : -1;
      sp = text.indexOf(' ', sp + 1);
    }
  }

  private finishToken(ts: number, te: number): void {
    if (te - ts > MAX_TOKEN || te <= ts) return;
    if (this.paths.length >= MAX_PARAMS && this.urls.length >= MAX_PARAMS) return;
    const found = classifyToken(this.buf.slice(ts - this.bufAt, te - this.bufAt));
    if (!found) return;
    const list = found.kind === 'path' ? this.paths : this.urls;
    if (list.length < MAX_PARAMS && !list.includes(found.value)) list.push(found.value);
  }

  /** Drops buffered text no pending check can need (amortized O(1) per character). */
  private trim(): void {
    const keep = this.keep;
    if (this.buf.length > 2 * keep) {
      const drop = this.produced - keep - this.bufAt;
      this.buf = this.buf.slice(drop);
      this.bufStarts.splice(0, drop);
      this.bufEnds.splice(0, drop);
      this.bufAt += drop;
      for (const [r, spans] of this.recentA) {
        let k = 0;
        for (let i = 0; i < spans.length; i += 2) {
          if ((spans[i + 1] as number) >= this.bufAt) {
            spans[k++] = spans[i] as number;
            spans[k++] = spans[i + 1] as number;
          }
        }
        if (k === 0) this.recentA.delete(r);
        else spans.length = k;
      }
    }
    const keepC = this.snap.maxFormC + 1;
    if (this.cAt.length > 2 * keepC + 64) {
      const drop = this.cAt.length - keepC;
      this.cAt.splice(0, drop);
      this.cAtStart += drop;
    }
  }
}

/** Content up to this length is analyzed in one piece; longer content streams through in pieces of this size, in bounded memory. */
const PIECE = 1 << 16;

/** Analyzes the whole of `content` (in one piece, or piece by piece beyond {@link PIECE}). */
export function analyze(snap: Snapshot, content: string, maxMatches: number): Analysis {
  if (content.length <= PIECE) {
    const n = normalizeText(content);
    const a = new Analyzer(snap, maxMatches, n);
    a.feed(n.text);
    return a.finish();
  }
  const normalizer = new TextNormalizer();
  const a = new Analyzer(snap, maxMatches, null);
  for (let i = 0; i < content.length; i += PIECE) {
    const c = normalizer.push(content.slice(i, i + PIECE));
    a.feed(c.text, c.starts, c.ends);
  }
  const c = normalizer.end();
  a.feed(c.text, c.starts, c.ends);
  return a.finish();
}
