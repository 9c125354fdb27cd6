/**
 * The rule set behind a firewall, in three tiers so that adding or removing a rule never rebuilds
 * everything: a main automaton over most patterns, a delta automaton over rules added since the
 * last merge, and the newest rules as a plain list matched without an automaton.
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

/** A pattern of one of the newest rules, matched with `indexOf`. */
export interface Plain {
  readonly form: string;
  readonly entry: Entry;
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
  /** The newest rules' normalized and compact forms. */
  readonly plainA: readonly Plain[];
  readonly plainC: readonly Plain[];
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
  /** The automata and verb marks behind `a` and `c` (none in the empty part). */
  tables?: Tables;
}

const EMPTY: Part = Object.freeze({ rules: [], a: null, c: null, entries: 0 });

/**
 * Entries of the newest rules kept as a plain list. Every automaton build has a fixed cost however
 * small (a fresh 128 KiB class table and fresh pages), so the delta is rebuilt once per batch of new
 * rules rather than per rule; meanwhile an `indexOf` per pattern is cheap for a few patterns.
 */
const RECENT_MAX = 32;

/**
 * Largest delta before it is merged into the main automata: 10·√(main entries), at least 256. With
 * a merge costing c·N and a delta rebuild c·D every RECENT_MAX entries, the cost per addition is
 * about c·D/RECENT_MAX + c·N/D, smallest near D = √(RECENT_MAX·N) ≈ 6·√N; at 10,000 synthetic
 * rules, 10·√N came out a little cheaper (fewer merges of a full build).
 */
const deltaLimit = (mainEntries: number) => Math.max(256, 10 * Math.sqrt(mainEntries));

/** The automata of one part and its verb marks: immutable, so indexes over the same rules share them. */
interface Tables {
  readonly a: AhoCorasick | null;
  readonly c: AhoCorasick | null;
  readonly verbs: Int8Array;
}

/**
 * The main part built over a rule list that its owner never changes (the default pack), by that
 * list: every index over the same list starts from the same part, its automata and its entries,
 * which point to the listed rules themselves. Building it is most of what constructing a firewall
 * costs (about 15 ms for the default pack); an index takes its own copies only when its rules
 * change (see `RuleIndex.unshare`).
 */
const sharedParts = new WeakMap<readonly CompiledRule[], Part>();

/**
 * Builds the automata of one part. The main part's normalized automaton also carries the intent
 * verbs, so that a validation scans the text once for both. `tables`, when given, were built over
 * the same rules' forms in the same order, and are used instead of building them again.
 */
function build(rules: CompiledRule[], withVerbs: boolean, tables?: Tables): Part {
  const formsA: string[] = [];
  const entriesA: (Entry | undefined)[] = [];
  const verbsA: number[] = [];
  const formsC: string[] = [];
  const entriesC: Entry[] = [];
  for (const rule of rules) {
    // compileRule pushes formPattern with each form and compactPattern with each compact form
    for (let i = 0; i < rule.forms.length; i++) {
      const form = rule.forms[i]!;
      formsA.push(form);
      entriesA.push({ rule, pattern: rule.formPattern[i]!, length: form.length });
      verbsA.push(-1);
    }
    for (let i = 0; i < rule.compactForms.length; i++) {
      const form = rule.compactForms[i]!;
      formsC.push(form);
      entriesC.push({ rule, pattern: rule.compactPattern[i]!, length: form.length });
    }
  }
  if (withVerbs) {
    const v = verbList();
    // verbList pushes one action per word
    for (let i = 0; i < v.words.length; i++) {
      formsA.push(v.words[i]!);
      entriesA.push(undefined);
      verbsA.push(v.action[i]!);
    }
  }
  const t = tables ?? {
    a: formsA.length > 0 ? automaton(formsA) : null,
    c: formsC.length > 0 ? automaton(formsC) : null,
    verbs: Int8Array.from(verbsA),
  };
  return {
    rules,
    a: t.a ? { ac: t.a, entries: entriesA, verbs: t.verbs } : null,
    c: t.c ? { ac: t.c, entries: entriesC, verbs: new Int8Array(entriesC.length).fill(-1) } : null,
    entries: entriesA.length - (withVerbs ? verbList().words.length : 0) + entriesC.length,
    tables: t,
  };
}

/**
 * Dense DFA rows for the shallowest states within 1 MiB (the matcher's default is 4 MiB): at 1,000
 * rules the scan is as fast with a third of the tables; at 10,000 rules it is slower (deeper states
 * go sparse), the price of keeping memory bounded.
 */
const automaton = (forms: string[]) => new AhoCorasick(forms, { maxDenseBytes: 1 << 20 });

const entryCount = (rule: CompiledRule) => rule.forms.length + rule.compactForms.length;

/** This index's own copy of a compiled rule (the version stamps and tier are per index). */
const fresh = (rule: CompiledRule, version: number, tier: 0 | 1 | 2): CompiledRule => ({
  ...rule,
  addedAt: version,
  removedAt: Number.POSITIVE_INFINITY,
  tier,
});

/**
 * Rules by id, in insertion order, over three tiers.
 *
 * Adding a rule appends it to the plain list: O(1). Every RECENT_MAX entries the list is folded
 * into a rebuilt delta (O(delta)); when the delta outgrows 10·√(main entries) everything is merged
 * into a rebuilt main (O(N)). So n additions cost O(n·√N) automaton work in total, about √N per
 * addition. Removing a rule only marks it (matches of removed rules are skipped); a tier is rebuilt
 * once half of its entries are dead, O(1) amortized per removal.
 */
export class RuleIndex {
  private readonly byId = new Map<string, CompiledRule>();
  private version = 0;
  private main: Part = EMPTY;
  private delta: Part = EMPTY;
  private recent: CompiledRule[] = [];
  private recentEntries = 0;
  private deadInMain = 0;
  private deadInDelta = 0;
  private snap: Snapshot | null = null;
  /** Whether `main` and the rules in `byId` are a shared part's, which this index must not change. */
  private shared = false;
  // Upper bounds over every rule ever added (they only size the text a scan keeps; larger is safe).
  private maxFormA = 0;
  private maxFormC = 0;
  private maxWithin = 0;

  /**
   * `rules` must have distinct ids (the caller checks); compiled rules may be shared between indexes.
   * With `shared`, the caller never changes `rules` (nor its rules), and every index built over the
   * same array starts from the same main part, built once.
   */
  constructor(rules: readonly CompiledRule[], shared = false) {
    if (shared) {
      let part = sharedParts.get(rules);
      if (part === undefined) {
        part = build(rules.slice(), true);
        sharedParts.set(rules, part);
      }
      this.main = part;
      this.shared = true;
      for (const rule of rules) {
        this.byId.set(rule.id, rule);
        this.grow(rule);
      }
      return;
    }
    const own = rules.map((r) => fresh(r, 0, 0));
    for (const rule of own) {
      this.byId.set(rule.id, rule);
      this.grow(rule);
    }
    this.main = build(own, true);
  }

  /**
   * Before the first change of an index that started from a shared part: its own copies of the
   * rules (the version stamps and tier are per index), and entries over them in the same automata.
   * Snapshots taken before keep the shared part, whose rules no index ever removes, as a snapshot
   * of the copies would have them at their version.
   */
  private unshare(): void {
    if (!this.shared) return;
    this.shared = false;
    const own = [...this.byId.values()].map((r) => fresh(r, 0, 0));
    this.byId.clear();
    for (const rule of own) this.byId.set(rule.id, rule);
    this.main = build(own, true, this.main.tables);
  }

  private grow(rule: CompiledRule): void {
    for (const f of rule.forms) if (f.length > this.maxFormA) this.maxFormA = f.length;
    for (const f of rule.compactForms) if (f.length > this.maxFormC) this.maxFormC = f.length;
    if ((rule.before || rule.after || rule.unless) && rule.within > this.maxWithin) this.maxWithin = rule.within;
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
    this.unshare();
    this.version++;
    const rule = fresh(compiled, this.version, 2);
    this.byId.set(rule.id, rule);
    this.grow(rule);
    this.recent.push(rule);
    this.recentEntries += entryCount(rule);
    if (this.recentEntries > RECENT_MAX) this.foldRecent();
    this.snap = null;
  }

  /** Removes and returns the rule with `id`, or undefined. */
  remove(id: string): CompiledRule | undefined {
    if (this.shared && this.byId.has(id)) this.unshare();
    const rule = this.byId.get(id);
    if (!rule) return undefined;
    this.version++;
    rule.removedAt = this.version;
    this.byId.delete(id);
    if (rule.tier === 2) {
      this.recent = this.recent.filter((r) => r !== rule);
      this.recentEntries -= entryCount(rule);
    } else if (rule.tier === 1) {
      this.deadInDelta += entryCount(rule);
      if (this.deadInDelta > Math.max(RECENT_MAX, this.delta.entries / 2)) {
        this.delta = build(
          this.delta.rules.filter((r) => r.removedAt === Number.POSITIVE_INFINITY),
          false,
        );
        this.deadInDelta = 0;
      }
    } else {
      this.deadInMain += entryCount(rule);
      if (this.deadInMain > Math.max(RECENT_MAX, this.main.entries / 2)) this.rebuildMain();
    }
    this.snap = null;
    return rule;
  }

  /** Folds the plain list into a rebuilt delta, or everything into a rebuilt main. */
  private foldRecent(): void {
    const live = this.delta.rules.filter((r) => r.removedAt === Number.POSITIVE_INFINITY);
    const merged = [...live, ...this.recent];
    const entries = merged.reduce((n, r) => n + entryCount(r), 0);
    if (entries > deltaLimit(this.main.entries)) {
      this.rebuildMain();
      return;
    }
    for (const r of this.recent) r.tier = 1;
    this.delta = build(merged, false);
    this.deadInDelta = 0;
    this.recent = [];
    this.recentEntries = 0;
  }

  /** Merges every tier and drops removed rules: one full build. */
  private rebuildMain(): void {
    const live = [...this.byId.values()];
    for (const r of live) r.tier = 0;
    this.main = build(live, true);
    this.delta = EMPTY;
    this.recent = [];
    this.recentEntries = 0;
    this.deadInMain = 0;
    this.deadInDelta = 0;
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
    const plainA: Plain[] = [];
    const plainC: Plain[] = [];
    // formPattern and compactPattern hold one index per form and compact form
    for (const rule of this.recent) {
      rule.forms.forEach((form, i) => {
        plainA.push({ form, entry: { rule, pattern: rule.formPattern[i]!, length: form.length } });
      });
      rule.compactForms.forEach((form, i) => {
        plainC.push({ form, entry: { rule, pattern: rule.compactPattern[i]!, length: form.length } });
      });
    }
    this.snap = Object.freeze({
      version: this.version,
      layersA,
      layersC,
      plainA,
      plainC,
      maxFormA: this.maxFormA,
      maxFormC: this.maxFormC,
      maxWithin: this.maxWithin,
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
