/**
 * The rule set behind a firewall: a main automaton over most patterns plus a small delta automaton
 * for recent additions, so adding or removing a rule never rebuilds everything.
 *
 * @internal Not part of the public API.
 */
import { AhoCorasick } from '../structures/index.js';
import { verbList } from './_intent.js';
import type { CompiledRule } from './_rule.js';

/** One pattern of one rule inside an automaton. */
export interface Entry {
  readonly rule: CompiledRule;
  /** Index into the rule's `patterns`. */
  readonly pattern: number;
  /** Length of the form in its view. */
  readonly length: number;
}

/**
 * An automaton and what each of its pattern indices stands for: a rule's pattern, or (in the main
 * layer of the normalized view only) an intent verb. Immutable once built.
 */
export interface Layer {
  readonly ac: AhoCorasick;
  /** Per pattern: the rule pattern, or undefined for a verb. */
  readonly entries: readonly (Entry | undefined)[];
  /** Per pattern: the verb's action index, or -1 for a rule pattern. */
  readonly verbs: Int8Array;
}

/**
 * What a scan needs, frozen at one version: streams keep the snapshot they started with, so rules
 * changed mid-stream never change a stream's verdict.
 */
export interface Snapshot {
  readonly version: number;
  /** Automata over normalized forms (main, then delta). */
  readonly layersA: readonly Layer[];
  /** Automata over compact forms (main, then delta). */
  readonly layersC: readonly Layer[];
  readonly maxFormA: number;
  readonly maxFormC: number;
  readonly maxWithin: number;
}

interface Part {
  rules: CompiledRule[];
  a: Layer | null;
  c: Layer | null;
  /** Entries of the rules in this part when it was built (dead ones included). */
  entries: number;
  maxFormA: number;
  maxFormC: number;
  maxWithin: number;
}

const EMPTY: Part = Object.freeze({ rules: [], a: null, c: null, entries: 0, maxFormA: 0, maxFormC: 0, maxWithin: 0 });

/** Smallest delta allowed before merging, in entries. */
const MIN_DELTA = 64;

/**
 * Builds one part. The main part's normalized automaton also carries the intent verbs, so that a
 * validation scans the text once for both (one scan fewer measured ~10% of a validation).
 */
function build(rules: CompiledRule[], withVerbs: boolean): Part {
  const formsA: string[] = [];
  const entriesA: (Entry | undefined)[] = [];
  const verbsA: number[] = [];
  const formsC: string[] = [];
  const entriesC: Entry[] = [];
  let maxFormA = 0;
  let maxFormC = 0;
  let maxWithin = 0;
  for (const rule of rules) {
    for (let i = 0; i < rule.forms.length; i++) {
      const form = rule.forms[i] as string;
      formsA.push(form);
      entriesA.push({ rule, pattern: rule.formPattern[i] as number, length: form.length });
      verbsA.push(-1);
      if (form.length > maxFormA) maxFormA = form.length;
    }
    for (let i = 0; i < rule.compactForms.length; i++) {
      const form = rule.compactForms[i] as string;
      formsC.push(form);
      entriesC.push({ rule, pattern: rule.compactPattern[i] as number, length: form.length });
      if (form.length > maxFormC) maxFormC = form.length;
    }
    if ((rule.before || rule.after) && rule.within > maxWithin) maxWithin = rule.within;
  }
  if (withVerbs) {
    const v = verbList();
    for (let i = 0; i < v.words.length; i++) {
      formsA.push(v.words[i] as string);
      entriesA.push(undefined);
      verbsA.push(v.action[i] as number);
    }
  }
  const noVerbs = new Int8Array(entriesC.length).fill(-1);
  return {
    rules,
    a: formsA.length > 0 ? { ac: new AhoCorasick(formsA), entries: entriesA, verbs: Int8Array.from(verbsA) } : null,
    c: formsC.length > 0 ? { ac: new AhoCorasick(formsC), entries: entriesC, verbs: noVerbs } : null,
    entries: entriesA.length + entriesC.length,
    maxFormA,
    maxFormC,
    maxWithin,
  };
}

const entryCount = (rule: CompiledRule) => rule.forms.length + rule.compactForms.length;

/** This index's own copy of a compiled rule (the version stamps are per index). */
const fresh = (rule: CompiledRule, version: number): CompiledRule => ({
  ...rule,
  addedAt: version,
  removedAt: Number.POSITIVE_INFINITY,
  inDelta: false,
});

/**
 * Rules by id, in insertion order, over two automaton layers.
 *
 * Adding a rule rebuilds only the delta (O(delta)); when the delta outgrows ~2√(main entries) it is
 * merged into a rebuilt main, so a sequence of n additions costs O(n·√N) in total for N entries.
 * Removing a rule from the main layer only marks it (matches of removed rules are skipped); the
 * main layer is rebuilt once half of its entries are dead, O(1) amortized per removal.
 */
export class RuleIndex {
  private readonly byId = new Map<string, CompiledRule>();
  private version = 0;
  private main: Part = EMPTY;
  private delta: Part = EMPTY;
  private deadInMain = 0;
  private snap: Snapshot | null = null;

  /** `rules` must have distinct ids (the caller checks); compiled rules may be shared between indexes. */
  constructor(rules: readonly CompiledRule[]) {
    const own = rules.map((r) => fresh(r, 0));
    for (const rule of own) this.byId.set(rule.id, rule);
    this.main = build(own, true);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): CompiledRule | undefined {
    return this.byId.get(id);
  }

  /** Rules in insertion order. */
  rules(): IterableIterator<CompiledRule> {
    return this.byId.values();
  }

  /** Adds a rule whose id is not present (the caller checks). */
  add(compiled: CompiledRule): void {
    this.version++;
    const rule = fresh(compiled, this.version);
    this.byId.set(rule.id, rule);
    const deltaRules = [...this.delta.rules, rule];
    const deltaEntries = deltaRules.reduce((n, r) => n + entryCount(r), 0);
    if (deltaEntries > Math.max(MIN_DELTA, 2 * Math.sqrt(this.main.entries))) {
      this.rebuildMain();
    } else {
      rule.inDelta = true;
      this.delta = build(deltaRules, false);
    }
    this.snap = null;
  }

  /** Removes and returns the rule with `id`, or undefined. */
  remove(id: string): CompiledRule | undefined {
    const rule = this.byId.get(id);
    if (!rule) return undefined;
    this.version++;
    rule.removedAt = this.version;
    this.byId.delete(id);
    if (rule.inDelta) {
      this.delta = build(
        this.delta.rules.filter((r) => r !== rule),
        false,
      );
    } else {
      this.deadInMain += entryCount(rule);
      if (this.deadInMain > Math.max(MIN_DELTA, this.main.entries / 2)) this.rebuildMain();
    }
    this.snap = null;
    return rule;
  }

  /** Merges the delta and drops removed rules: one full build. */
  private rebuildMain(): void {
    const live = [...this.byId.values()];
    for (const r of live) r.inDelta = false;
    this.main = build(live, true);
    this.delta = EMPTY;
    this.deadInMain = 0;
  }

  /** The current rule set, frozen (cached until the next change). */
  snapshot(): Snapshot {
    if (this.snap) return this.snap;
    const layersA: Layer[] = [];
    const layersC: Layer[] = [];
    for (const part of [this.main, this.delta]) {
      if (part.a) layersA.push(part.a);
      if (part.c) layersC.push(part.c);
    }
    this.snap = Object.freeze({
      version: this.version,
      layersA,
      layersC,
      maxFormA: Math.max(this.main.maxFormA, this.delta.maxFormA),
      maxFormC: Math.max(this.main.maxFormC, this.delta.maxFormC),
      maxWithin: Math.max(this.main.maxWithin, this.delta.maxWithin),
    });
    return this.snap;
  }

  /** Bytes held by the automata's tables. */
  get automatonBytes(): number {
    let bytes = 0;
    for (const part of [this.main, this.delta]) {
      if (part.a) bytes += part.a.ac.memoryBytes;
      if (part.c) bytes += part.c.ac.memoryBytes;
    }
    return bytes;
  }
}
