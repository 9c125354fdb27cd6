/**
 * The scanning core: consumes normalized text in pieces (one piece for a whole request, many for a
 * stream), finds every rule occurrence in the normalized and compact views, checks word edges and
 * contexts, and gathers intent evidence. Results never depend on how the text was cut into pieces.
 *
 * @internal Not part of the public API.
 */

import { runStandardPair } from '../structures/_aho-corasick-pair.js';
import {
  type ContextCursor,
  matchContext,
  matchContextSoFarFrom,
  newContextCursor,
} from '../structures/context-regex.js';
import type { MatchVisitor } from '../structures/index.js';
import { type NormalizedText, normalizeText, TextNormalizer } from '../text/index.js';
import { CompactView } from './_compact-view.js';
import { ACTIONS, isImperative, weighIntent } from './_intent.js';
import { MAX_TOKEN, ParamCollector } from './_params.js';
import { COMPACT_SPREAD, type CompiledRule } from './_rule.js';
import type { Entry, Layer, Snapshot } from './_rule-index.js';
import { EDGE_AHEAD, TextWindow } from './_text-window.js';
import type { IntentAction } from './types.js';

/** A confirmed occurrence of a rule, with offsets in the original text. */
export interface Hit {
  readonly rule: CompiledRule;
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
  /** What a structural detector saw (absent for a rule pattern's match). */
  readonly evidence?: string;
}

/** Matches of one rule in one analysis: how many, and the first in canonical order. */
export interface RuleHits {
  readonly rule: CompiledRule;
  count: number;
  first: Hit | null;
  /** Recent normalized spans of its normalized-view matches, so a compact match can defer to them. */
  spans: number[];
  /** The analysis (generation) this record belongs to. */
  gen: number;
}

export interface Analysis {
  /** Up to `maxMatches` hits in canonical order. */
  readonly hits: Hit[];
  /** Total hits, listed or not. */
  readonly total: number;
  /** Every rule matched, with its count and first match. */
  readonly rules: readonly RuleHits[];
  readonly action: IntentAction;
  readonly confidence: number;
  readonly actions: IntentAction[];
  readonly paths: string[];
  readonly urls: string[];
}

/** Empties an array (setting `length` is a runtime call in V8; most arrays are already empty). */
function clear(a: unknown[]): void {
  if (a.length > 0) a.length = 0;
}

/** Canonical order of hits: start, end, rule id, pattern. */
export function compareHits(a: Hit, b: Hit): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0) ||
    a.pattern - b.pattern
  );
}

const lookahead = (r: CompiledRule) => Math.max(r.word ? EDGE_AHEAD : 0, r.after ? r.within + 1 : 0);

export class Analyzer extends TextWindow {
  private snap!: Snapshot;
  private maxMatches = 0;
  /** Normalized characters kept behind the end, enough for every pending check. */
  private keep = 0;
  private version = 0;

  /**
   * Two views of the text are scanned: the normalized view (case, look-alikes, quoting undone) by
   * every layer's normalized automaton, and the compact view (separators dropped, leetspeak folded)
   * by the compact automata. One automaton state per layer and view.
   */
  private normalizedStates = new Int32Array(0);
  private compactStates = new Int32Array(0);
  private compact = new CompactView();
  // Candidates waiting for the text after them, as parallel arrays (entry; start, end, ready):
  // one object per automaton hit made allocation the largest cost of a validation.
  private pendingNormalized: Entry[] = [];
  private pendingNormalizedSpans: number[] = [];
  /** A stream's progress through each pending match's after-context (null until first read). */
  private pendingNormalizedCursors: (ContextCursor | null)[] = [];
  private pendingCompact: Entry[] = [];
  private pendingCompactSpans: number[] = [];
  /** Verb candidates: action, start, end. */
  private pendingVerbs: number[] = [];
  /**
   * Per-rule records, kept across analyses and stamped with a generation: Map#clear is a runtime
   * call that allocates a new table, a sizeable share of a short validation, so a reset bumps the
   * generation instead.
   */
  private byRule = new Map<CompiledRule, RuleHits>();
  private gen = 0;
  /** Records of the rules matched in this generation, in first-match order. */
  private matched: RuleHits[] = [];
  private hits: Hit[] = [];
  private total = 0;
  private weight = new Float64Array(ACTIONS.length);
  private firstAt = new Float64Array(ACTIONS.length);
  private params = new ParamCollector();
  /** Hits confirmed since the last `takeFresh`, when collecting. */
  private fresh: Hit[] | null = null;

  /** The layers whose matches the visitors are receiving, normalized and compact. */
  private layerA: Layer | null = null;
  private layerC: Layer | null = null;
  /** States the paired scan of the first layers leaves. */
  private readonly pairStates = new Int32Array(2);
  private readonly onNormalizedMatch: MatchVisitor;
  private readonly onCompactMatch: MatchVisitor;

  constructor(snap: Snapshot, maxMatches: number, whole: NormalizedText | null, collectFresh = false) {
    super();
    this.onNormalizedMatch = (p, s, e) => {
      const layer = this.layerA as Layer;
      const entry = layer.entries[p];
      if (entry === undefined) {
        // An intent verb (main layer only); one inside a path or URL (`/upload`) is no instruction.
        // p is a pattern of this layer, and verbs holds one slot per pattern
        if (this.verbLeftEdge(s)) this.pendingVerbs.push(layer.verbs[p]!, s, e);
        return;
      }
      const r = entry.rule;
      if (!this.live(r)) return;
      // The left word edge is already known: most hits of short words inside longer ones stop here.
      if (r.word && !this.leftEdge(s)) return;
      this.pendingNormalized.push(entry);
      this.pendingNormalizedCursors.push(null);
      this.pendingNormalizedSpans.push(s, e, e + lookahead(r));
    };
    this.onCompactMatch = (p, cs, ce) => {
      // p is a pattern of this compact layer, and every compact pattern has its entry
      const entry = (this.layerC as Layer).entries[p]!;
      const r = entry.rule;
      if (!this.live(r)) return;
      const s = this.compact.normalized(cs);
      const e = this.compact.normalized(ce - 1) + 1;
      if (e - s > COMPACT_SPREAD * entry.length) return;
      if (r.word && !this.leftEdge(s)) return;
      this.pendingCompact.push(entry);
      // Waits until every normalized-view match of the same rule that could overlap it is decided.
      this.pendingCompactSpans.push(s, e, e + this.snap.maxFormA + lookahead(r));
    };
    this.reset(snap, maxMatches, whole, collectFresh);
  }

  /** Makes this analyzer as good as new for another text, reusing its buffers. */
  reset(snap: Snapshot, maxMatches: number, whole: NormalizedText | null, collectFresh = false): void {
    this.snap = snap;
    this.version = snap.version;
    this.maxMatches = maxMatches;
    this.resetWindow(whole);
    this.keep =
      2 * snap.maxWithin + snap.maxFormA + Math.max(snap.maxFormA, COMPACT_SPREAD * snap.maxFormC) + MAX_TOKEN + 64;
    if (this.normalizedStates.length !== snap.layersA.length)
      this.normalizedStates = new Int32Array(snap.layersA.length);
    if (this.compactStates.length !== snap.layersC.length) this.compactStates = new Int32Array(snap.layersC.length);
    // l < the layer list's length
    for (let l = 0; l < snap.layersA.length; l++) this.normalizedStates[l] = snap.layersA[l]!.ac.tables.start;
    for (let l = 0; l < snap.layersC.length; l++) this.compactStates[l] = snap.layersC[l]!.ac.tables.start;
    this.compact.reset();
    clear(this.pendingNormalized);
    clear(this.pendingNormalizedSpans);
    clear(this.pendingNormalizedCursors);
    clear(this.pendingCompact);
    clear(this.pendingCompactSpans);
    clear(this.pendingVerbs);
    this.gen++;
    if (this.matched.length > 0) this.matched.length = 0;
    // Records of rules removed since stay until the map is rebuilt, bounded here.
    if (this.byRule.size > 4096) this.byRule = new Map();
    // The previous Analysis shares these; it has been consumed by the time an analyzer is reused.
    clear(this.hits);
    this.total = 0;
    this.weight.fill(0);
    this.firstAt.fill(Number.POSITIVE_INFINITY);
    this.params.reset();
    this.fresh = collectFresh ? [] : null;
    this.layerA = null;
    this.layerC = null;
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
    const base = this.append(text, starts, ends);

    const layersA = this.snap.layersA;
    const layersC = this.snap.layersC;
    const plainC = this.snap.plainC;
    const withCompact = layersC.length > 0 || plainC.length > 0;
    const cBase = this.compact.length;
    // One compact layer and no plain compact forms: no one reads the compact text, so the view is
    // extended and both first layers scan in one pass over the piece, without making it.
    const fused = layersA.length > 0 && layersC.length === 1 && plainC.length === 0;
    const compact = withCompact && !fused ? this.compact.build(text, base) : '';
    let fromA = 0;
    let fromC = 0;
    if (fused) {
      const a = layersA[0] as Layer;
      const c = layersC[0] as Layer;
      this.layerA = a;
      this.layerC = c;
      const st = this.pairStates;
      // the state arrays are sized with the layer lists (in reset), so slot 0 exists
      this.compact.scanWith(
        text,
        base,
        a.ac,
        this.normalizedStates[0]!,
        this.onNormalizedMatch,
        c.ac,
        this.compactStates[0]!,
        this.onCompactMatch,
        st,
      );
      this.normalizedStates[0] = st[0]!;
      this.compactStates[0] = st[1]!;
      fromA = 1;
      fromC = 1;
    } else if (layersA.length > 0 && layersC.length > 0) {
      // The first layer of each view scanned together: their table reads overlap (see
      // runStandardPair). Each view's matches arrive in the order its own scan gives them.
      const a = layersA[0] as Layer;
      const c = layersC[0] as Layer;
      this.layerA = a;
      this.layerC = c;
      const st = this.pairStates;
      // the state arrays are sized with the layer lists (in reset), so slot 0 exists
      runStandardPair(
        a.ac,
        text,
        this.normalizedStates[0]!,
        base,
        this.onNormalizedMatch,
        c.ac,
        compact,
        this.compactStates[0]!,
        cBase,
        this.onCompactMatch,
        st,
      );
      this.normalizedStates[0] = st[0]!;
      this.compactStates[0] = st[1]!;
      fromA = 1;
      fromC = 1;
    }
    for (let l = fromA; l < layersA.length; l++) {
      // l < layersA.length = normalizedStates.length (sized together in reset)
      const layer = layersA[l]!;
      this.layerA = layer;
      this.normalizedStates[l] = layer.ac.runStandard(
        text,
        this.normalizedStates[l]!,
        base,
        true,
        this.onNormalizedMatch,
      );
    }

    if (this.snap.plainA.length > 0) this.scanPlainA(base);

    if (withCompact) {
      for (let l = fromC; l < layersC.length; l++) {
        // l < layersC.length = compactStates.length (sized together in reset)
        const layer = layersC[l]!;
        this.layerC = layer;
        this.compactStates[l] = layer.ac.runStandard(compact, this.compactStates[l]!, cBase, true, this.onCompactMatch);
      }
      if (plainC.length > 0) this.scanPlainC(compact, cBase);
    }

    // Paths and URLs contain a slash or start with ~ or www.: a whole text is read at those marks.
    if (this.whole) this.params.feedWhole(this, text);
    else this.params.feed(this, text, base, this.produced);
    this.resolve(false);
    this.trim();
  }

  private live(r: CompiledRule): boolean {
    return r.addedAt <= this.version && r.removedAt > this.version;
  }

  /** The newest rules' normalized forms, by indexOf: matches that end in the piece starting at base. */
  private scanPlainA(base: number): void {
    const buf = this.buf;
    const bufAt = this.bufAt;
    for (const { form, entry } of this.snap.plainA) {
      const r = entry.rule;
      if (!this.live(r)) continue;
      const from = Math.max(bufAt, base - form.length + 1) - bufAt;
      for (let i = buf.indexOf(form, from); i >= 0; i = buf.indexOf(form, i + 1)) {
        const s = i + bufAt;
        if (r.word && !this.leftEdge(s)) continue;
        const e = s + form.length;
        this.pendingNormalized.push(entry);
        this.pendingNormalizedCursors.push(null);
        this.pendingNormalizedSpans.push(s, e, e + lookahead(r));
      }
    }
  }

  /** The newest rules' compact forms, over the compact text of the piece and the tail before it. */
  private scanPlainC(compact: string, cBase: number): void {
    const tail = this.compact.tail;
    const text = tail + compact;
    const at0 = cBase - tail.length;
    for (const { form, entry } of this.snap.plainC) {
      const r = entry.rule;
      if (!this.live(r)) continue;
      const from = Math.max(0, tail.length - form.length + 1);
      for (let i = text.indexOf(form, from); i >= 0; i = text.indexOf(form, i + 1)) {
        const cs = at0 + i;
        const s = this.compact.normalized(cs);
        const e = this.compact.normalized(cs + form.length - 1) + 1;
        if (e - s > COMPACT_SPREAD * entry.length) continue;
        if (r.word && !this.leftEdge(s)) continue;
        this.pendingCompact.push(entry);
        this.pendingCompactSpans.push(s, e, e + this.snap.maxFormA + lookahead(r));
      }
    }
    const keep = this.snap.maxFormC - 1;
    this.compact.tail = text.length > keep ? text.slice(text.length - keep) : text;
  }

  /** Finishes the analysis: everything pending is decided as if the text ended here. */
  finish(): Analysis {
    this.resolve(true);
    this.params.finish(this, this.produced);
    this.hits.sort(compareHits);
    if (this.hits.length > this.maxMatches) this.hits.length = this.maxMatches;
    const intent = weighIntent(this.weight, this.firstAt);
    return {
      hits: this.hits,
      total: this.total,
      rules: this.matched,
      action: intent.action,
      confidence: intent.confidence,
      actions: intent.actions,
      paths: this.params.paths,
      urls: this.params.urls,
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
    c.normalizedStates = this.normalizedStates.slice();
    c.compactStates = this.compactStates.slice();
    this.copyWindowTo(c);
    c.compact = this.compact.copy();
    c.pendingNormalized = this.pendingNormalized.slice();
    c.pendingNormalizedSpans = this.pendingNormalizedSpans.slice();
    c.pendingNormalizedCursors = this.pendingNormalizedCursors.map((k) => (k === null ? null : { ...k }));
    c.pendingCompact = this.pendingCompact.slice();
    c.pendingCompactSpans = this.pendingCompactSpans.slice();
    c.pendingVerbs = this.pendingVerbs.slice();
    c.gen = this.gen;
    for (const h of this.matched) {
      const copy: RuleHits = { rule: h.rule, count: h.count, first: h.first, spans: h.spans.slice(), gen: h.gen };
      c.byRule.set(h.rule, copy);
      c.matched.push(copy);
    }
    c.hits = this.hits.slice();
    c.total = this.total;
    c.weight = this.weight.slice();
    c.firstAt = this.firstAt.slice();
    c.params = this.params.copy();
    return c;
  }

  private contexts(r: CompiledRule, s: number, e: number): boolean {
    if (r.before) {
      const length = Math.min(r.within, s);
      const edge = length === s;
      const outside = edge ? -1 : this.code(s - length - 1);
      if (!matchContext(r.before, this.buf, s - this.bufAt, length, this.code(s), outside, edge)) return false;
    }
    if (r.unless) {
      const length = Math.min(r.within, s);
      const edge = length === s;
      const outside = edge ? -1 : this.code(s - length - 1);
      if (matchContext(r.unless, this.buf, s - this.bufAt, length, this.code(s), outside, edge)) return false;
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
    if (this.pendingNormalized.length > 0)
      this.resolveRules(this.pendingNormalized, this.pendingNormalizedSpans, false, final, avail);
    const v = this.pendingVerbs;
    if (v.length > 0) {
      let k = 0;
      // verbs are pushed in triples, so i + 2 < v.length
      for (let i = 0; i < v.length; i += 3) {
        const e = v[i + 2]!;
        if (final || e + EDGE_AHEAD <= avail) this.confirmVerb(v[i]!, v[i + 1]!, e);
        else {
          v[k++] = v[i]!;
          v[k++] = v[i + 1]!;
          v[k++] = e;
        }
      }
      if (v.length !== k) v.length = k;
    }
    if (this.pendingCompact.length > 0)
      this.resolveRules(this.pendingCompact, this.pendingCompactSpans, true, final, avail);
  }

  private resolveRules(entries: Entry[], nums: number[], compact: boolean, final: boolean, avail: number): void {
    let k = 0;
    // i < entries.length; nums holds three numbers per entry, and the normalized cursors one slot per entry
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const s = nums[3 * i]!;
      const e = nums[3 * i + 1]!;
      const ready = nums[3 * i + 2]!;
      if (final || ready <= avail) this.confirm(entry, s, e, compact);
      else if (!compact && this.decidedEarly(entry, s, e, avail, i)) {
        // Decided before its whole window arrived (streams report matches promptly).
      } else {
        entries[k] = entry;
        nums[3 * k] = s;
        nums[3 * k + 1] = e;
        nums[3 * k + 2] = ready;
        if (!compact) this.pendingNormalizedCursors[k] = this.pendingNormalizedCursors[i]!;
        k++;
      }
    }
    // Setting `length` is a runtime call even when it does not change: only a shorter list is cut.
    if (entries.length !== k) {
      entries.length = k;
      nums.length = 3 * k;
      if (!compact) this.pendingNormalizedCursors.length = k;
    }
  }

  /**
   * For a match whose after-context has not seen its whole window: when the text so far already
   * settles the context (matched, or can no longer match), decides it now and returns true.
   * Whole-text analysis reaches the same answer, since a context that matched a prefix of its
   * window matches the whole window, and one that died cannot recover.
   */
  private decidedEarly(entry: Entry, s: number, e: number, avail: number, i: number): boolean {
    const r = entry.rule;
    if (!r.after || this.whole) return false;
    if (r.word && e + EDGE_AHEAD > avail) return false;
    // i < the pending normalized entries, each with a cursor slot
    let cursor = this.pendingNormalizedCursors[i]!;
    if (cursor === null) {
      cursor = newContextCursor();
      this.pendingNormalizedCursors[i] = cursor;
    }
    const so = matchContextSoFarFrom(r.after, this.buf, e - this.bufAt, avail - e, this.code(e - 1), cursor);
    if (so < 0) return false;
    if (so === 1) this.confirm(entry, s, e, false);
    return true;
  }

  private confirm(entry: Entry, s: number, e: number, compact: boolean): void {
    const r = entry.rule;
    if (r.word && !this.rightEdge(e)) return;
    if ((r.before || r.after || r.unless) && !this.contexts(r, s, e)) return;
    if (compact) {
      // The same occurrence already found in the normalized view is not counted twice.
      const known = this.current(r);
      if (known) {
        const spans = known.spans;
        // spans holds pairs, so i + 1 < spans.length
        for (let i = 0; i < spans.length; i += 2) if (spans[i]! < e && spans[i + 1]! > s) return;
      }
    }
    const span = this.originalSpan(s, e);
    const hit: Hit = { rule: r, pattern: entry.pattern, start: span.start, end: span.end };
    const h = this.recordOf(r);
    if (!compact) h.spans.push(s, e);
    this.record(h, hit);
  }

  /** This analysis's record of rule r, if it matched. */
  private current(r: CompiledRule): RuleHits | undefined {
    const h = this.byRule.get(r);
    return h && h.gen === this.gen ? h : undefined;
  }

  /** This analysis's record of rule r, created (or renewed) on its first match. */
  private recordOf(r: CompiledRule): RuleHits {
    let h = this.byRule.get(r);
    if (h && h.gen === this.gen) return h;
    if (h) {
      h.gen = this.gen;
      h.count = 0;
      h.first = null;
      h.spans.length = 0;
    } else {
      h = { rule: r, count: 0, first: null, spans: [], gen: this.gen };
      this.byRule.set(r, h);
    }
    this.matched.push(h);
    return h;
  }

  private record(h: RuleHits, hit: Hit): void {
    this.total++;
    h.count++;
    if (h.first === null || compareHits(hit, h.first) < 0) h.first = hit;
    this.hits.push(hit);
    // Keep the smallest maxMatches in canonical order, in amortized O(log n) per hit.
    if (this.hits.length > 2 * this.maxMatches) {
      this.hits.sort(compareHits);
      this.hits.length = this.maxMatches;
    }
    this.fresh?.push(hit);
  }

  private confirmVerb(action: number, s: number, e: number): void {
    if (!this.rightEdge(e)) return;
    // The buffer always holds more than the 27 characters isImperative may read back.
    const w = isImperative(this.buf, s - this.bufAt, 0) ? 2 : 1;
    // action is an ACTIONS index; weight and firstAt hold one slot per action
    this.weight[action] = this.weight[action]! + w;
    if (s < this.firstAt[action]!) this.firstAt[action] = s;
  }

  /** Drops buffered text no pending check can need (amortized O(1) per character). */
  private trim(): void {
    if (this.trimWindow(this.keep)) {
      for (const h of this.matched) {
        const spans = h.spans;
        let k = 0;
        // spans holds pairs, so i + 1 < spans.length
        for (let i = 0; i < spans.length; i += 2) {
          if (spans[i + 1]! >= this.bufAt) {
            spans[k++] = spans[i]!;
            spans[k++] = spans[i + 1]!;
          }
        }
        spans.length = k;
      }
    }
    this.compact.trim(this.snap.maxFormC + 1);
  }
}

/**
 * Content up to this length is analyzed in one piece; longer content streams through in pieces of
 * this size, in bounded memory. Small pieces also keep every per-character array small: arrays
 * beyond ~16 K elements (large-object space, fresh pages) cost 10–20× more per element to fill.
 */
export const PIECE = 8192;

/**
 * Analyzes the whole of `content` (in one piece, or piece by piece beyond {@link PIECE}), with
 * `reuse` if given: the result shares its buffers and must be consumed before `reuse` is used again.
 */
export function analyze(snap: Snapshot, content: string, maxMatches: number, reuse?: Analyzer): Analysis {
  if (content.length <= PIECE) {
    const n = normalizeText(content);
    let a: Analyzer;
    if (reuse) {
      a = reuse;
      a.reset(snap, maxMatches, n);
    } else a = new Analyzer(snap, maxMatches, n);
    a.feed(n.text);
    return a.finish();
  }
  const normalizer = new TextNormalizer();
  let a: Analyzer;
  if (reuse) {
    a = reuse;
    a.reset(snap, maxMatches, null);
  } else a = new Analyzer(snap, maxMatches, null);
  for (let i = 0; i < content.length; i += PIECE) {
    const c = normalizer.push(content.slice(i, i + PIECE));
    a.feed(c.text, c.starts, c.ends);
  }
  const c = normalizer.end();
  a.feed(c.text, c.starts, c.ends);
  return a.finish();
}
