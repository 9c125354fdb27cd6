/**
 * Construction of the Aho-Corasick automaton behind {@link AhoCorasick}.
 *
 * @internal Not part of the public API: the layout of these tables may change in any release.
 *
 * Steps (see DESIGN.md, "Matcher"):
 * 1. Equivalence classes: every UTF-16 code unit that occurs in a pattern gets its own class
 *    (ASCII letters share one class per letter when matching is ASCII case-insensitive); every other
 *    code unit falls into class 0, because no state distinguishes between them.
 * 2. A trie with sparse child lists (the root's children are dense).
 * 3. Failure links by breadth-first search, with the leftmost rules of the Rust `aho-corasick`
 *    crate: after a match state every failure link leads to DEAD, and leftmost-first omits patterns
 *    that extend an earlier pattern.
 * 4. Match lists: each state's own patterns, then (standard semantics) those of its failure chain,
 *    then the empty patterns; stored as a chain of "output" links so memory stays linear.
 * 5. Layout: non-match states in breadth-first order get dense DFA rows (every transition
 *    precomputed through the failure links) until a memory budget is spent; their ids are row
 *    offsets 0, σ, 2σ, … (premultiplied). All other states are *special*: DEAD, then the match
 *    states, then the remaining (deep) states, with ids from `dead` upward. One comparison,
 *    `id >= dead`, tells the search loop it has left the dense part.
 * 6. Special states keep sparse transitions (CSR) and a failure link, followed at search time.
 * 7. Narrow rows: when most classes are code units outside ASCII but most of the patterns' code
 *    units are ASCII (English patterns with a few in other scripts), a dense row holds only the
 *    ASCII classes, class 0 and one escape column; a code unit of
 *    another class reads the escape entry, which leaves the fast loop, and its transition comes
 *    from the dense state's own sparse children outside ASCII and its failure link. The same memory
 *    then gives dense rows to several times as many states, and text in ASCII stays in them.
 */

export type MatchKindName = 'standard' | 'leftmost-first' | 'leftmost-longest';

/** How the automaton was laid out: every non-match state dense, only the root, or a mix. */
export type AutomatonKind = 'dfa' | 'hybrid' | 'nfa';

export interface BuildConfig {
  matchKind: MatchKindName;
  asciiCaseInsensitive: boolean;
  anchored: boolean;
  /** `dfa`: every non-match state dense; `nfa`: only the root; `auto`: dense within a budget. */
  kind: 'auto' | 'dfa' | 'nfa';
  /** Budget of `auto` for dense rows, in bytes. Default {@link DENSE_AUTO_MAX_ENTRIES} × 4. */
  maxDenseBytes?: number;
}

/**
 * Dense-row budget of `auto`, in 32-bit entries: 1 Mi entries = 4 MiB. For 10,000 patterns a full
 * DFA is about five times that, and first-touching its fresh pages dominates the build; within this
 * budget the dense part covers the shallow states, where the search spends nearly all of its time,
 * and the build takes about a third as long.
 */
export const DENSE_AUTO_MAX_ENTRIES = 1 << 20;

/** Premultiplied ids must stay below 2^31. */
const DENSE_HARD_MAX_ENTRIES = 0x7fff_0000;

/** Sentinel for "no transition" while building. */
export const FAIL = -1;

/** Everything the searcher needs, as flat typed arrays. */
export interface AutomatonTables {
  kind: AutomatonKind;
  /** UTF-16 code unit → equivalence class (0 = a code unit no pattern uses). */
  classes: Uint16Array;
  /** Number of classes. */
  stride: number;
  /** Entries of a dense row: `stride`, or with narrow rows the ASCII classes plus the escape column. */
  width: number;
  /**
   * The first class without a column of its own (`stride` when rows are not narrow): with narrow
   * rows, column `narrow` of every dense row is the escape entry, `esc` + the row's id.
   */
  narrow: number;
  /** UTF-16 code unit → column of a dense row: its class, or `narrow` for the classes beyond it. */
  cols: Uint16Array;
  /** Base of the escape entries (2^31 − 1 when rows are not narrow: no state reaches it). */
  esc: number;
  /** Number of states including DEAD. */
  stateCount: number;
  /** Number of states with a dense row. */
  denseCount: number;
  /** Start state id. */
  start: number;
  /** Id of DEAD = number of dense entries; every id ≥ `dead` is special. */
  dead: number;
  /** Largest match-state id (`dead` + number of match states). */
  maxMatch: number;
  /** Where the root's missing transitions lead when the root is special (itself or DEAD). */
  rootMissing: number;
  /** Pattern lengths in code units. */
  patternLengths: Int32Array;
  /** The lowest-index empty pattern, or -1. */
  firstEmpty: number;
  /** Whether the start state is a match state (some pattern is empty). */
  startIsMatch: boolean;
  /** Per match index k = id − dead (1..M): the first pattern reported there. */
  matchFirst: Int32Array;
  /** Per match index k: match index of the state whose own patterns start its list (0 = none). */
  matchOut: Int32Array;
  /** Per match index k owning patterns: the next owner along its failure chain (0 = none). */
  matchOutNext: Int32Array;
  /** Per match index k: where its own patterns start in `ownPatterns`, and how many. */
  ownOffset: Int32Array;
  ownCount: Int32Array;
  ownPatterns: Int32Array;
  /** Whether every non-start match list ends with the empty patterns (standard, unanchored). */
  listsEndWithEmpties: boolean;
  /** Dense rows, row-major by premultiplied id. */
  trans: Int32Array;
  /** Per special index j = id − dead: failure link (an id; DEAD when there is none). */
  fail: Int32Array;
  /** Per special index j: sparse transitions in CSR form, classes ascending. */
  sparseStart: Int32Array;
  sparseClass: Uint16Array;
  sparseNext: Int32Array;
  /** Narrow rows only, per dense row index r = id / width: the failure link (an id; DEAD when none). */
  denseFail: Int32Array;
  /** Narrow rows only, per dense row index: transitions on classes ≥ `narrow` (CSR, classes ascending). */
  rareStart: Int32Array;
  rareClass: Uint16Array;
  rareNext: Int32Array;
}

function buildClasses(patterns: readonly string[], caseInsensitive: boolean): { classes: Uint16Array; stride: number } {
  const classes = new Uint16Array(65536);
  // Mark used code units with 1 first, then number them in code-unit order (deterministic).
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      let u = p.charCodeAt(i);
      if (caseInsensitive && u >= 65 && u <= 90) u += 32;
      classes[u] = 1;
    }
  }
  let k = 0;
  for (let u = 0; u < 65536; u++) if (classes[u] === 1) classes[u] = ++k;
  // u + 32 ≤ 122 < 65536 = classes.length
  if (caseInsensitive) for (let u = 65; u <= 90; u++) classes[u] = classes[u + 32]!;
  return { classes, stride: k + 1 };
}

/** Nodes with more children than this get an O(1) lookup row while the trie is built. */
const LOOKUP_ROW_CHILDREN = 8;

/** Mutable trie under construction; provisional state 0 is the root. */
class Trie {
  readonly stride: number;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly edgeClass: Uint16Array;
  readonly childCount: Int32Array;
  readonly ownHead: Int32Array;
  readonly ownTail: Int32Array;
  readonly ownNext: Int32Array;
  /** Offset of a node's lookup row in `rows`, or -1: busy nodes answer `child` in O(1). */
  readonly lookupRow: Int32Array;
  rows: Int32Array;
  rowsUsed = 0;
  size = 1;

  constructor(stride: number, capacity: number, patternCount: number) {
    this.stride = stride;
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.edgeClass = new Uint16Array(capacity);
    this.childCount = new Int32Array(capacity);
    this.ownHead = new Int32Array(capacity).fill(-1);
    this.ownTail = new Int32Array(capacity).fill(-1);
    this.ownNext = new Int32Array(patternCount).fill(-1);
    this.lookupRow = new Int32Array(capacity).fill(-1);
    this.rows = new Int32Array(stride * 16);
    this.addLookupRow(0);
  }

  private addLookupRow(u: number): void {
    const stride = this.stride;
    if (this.rowsUsed + stride > this.rows.length) {
      const grown = new Int32Array(Math.max(this.rows.length * 2, this.rowsUsed + stride));
      grown.set(this.rows);
      this.rows = grown;
    }
    // u and v are node ids below size ≤ capacity, the length of every per-node array
    const r = this.rowsUsed;
    this.rowsUsed += stride;
    this.lookupRow[u] = r;
    for (let v = this.firstChild[u]!; v !== 0; v = this.nextSibling[v]!) {
      this.rows[r + this.edgeClass[v]!] = v;
    }
  }

  /** Child of `u` on class `c`, or FAIL. */
  child(u: number, c: number): number {
    // u < size ≤ capacity; a row has stride slots and c < stride
    const r = this.lookupRow[u]!;
    if (r >= 0) {
      const v = this.rows[r + c]!;
      return v === 0 ? FAIL : v;
    }
    for (let v = this.firstChild[u]!; v !== 0; v = this.nextSibling[v]!) {
      if (this.edgeClass[v] === c) return v;
    }
    return FAIL;
  }

  addChild(u: number, c: number): number {
    // u < size ≤ capacity, the length of every per-node array
    const v = this.size++;
    this.edgeClass[v] = c;
    this.nextSibling[v] = this.firstChild[u]!;
    this.firstChild[u] = v;
    const count = this.childCount[u]! + 1;
    this.childCount[u] = count;
    const r = this.lookupRow[u]!;
    if (r >= 0) this.rows[r + c] = v;
    else if (count > LOOKUP_ROW_CHILDREN) this.addLookupRow(u);
    return v;
  }

  hasOwn(u: number): boolean {
    return this.ownHead[u] !== -1;
  }

  addOwn(u: number, pid: number): void {
    // u < size ≤ capacity, the length of every per-node array
    const tail = this.ownTail[u]!;
    if (tail === -1) this.ownHead[u] = pid;
    else this.ownNext[tail] = pid;
    this.ownTail[u] = pid;
  }
}

function buildTrie(
  patterns: readonly string[],
  classes: Uint16Array,
  stride: number,
  leftmostFirst: boolean,
): { trie: Trie; patternLengths: Int32Array; firstEmpty: number } {
  let totalLength = 0;
  for (const p of patterns) totalLength += p.length;
  const trie = new Trie(stride, totalLength + 1, patterns.length);
  const patternLengths = new Int32Array(patterns.length);
  let firstEmpty = -1;
  patternLoop: for (let pid = 0; pid < patterns.length; pid++) {
    // pid < patterns.length; a UTF-16 code unit is < 65536 = classes.length
    const p = patterns[pid]!;
    patternLengths[pid] = p.length;
    if (p.length === 0 && firstEmpty === -1) firstEmpty = pid;
    let u = 0;
    let sawMatch = false;
    for (let i = 0; i < p.length; i++) {
      // Leftmost-first: a pattern that extends an earlier pattern can never be reported.
      sawMatch = sawMatch || trie.hasOwn(u);
      if (leftmostFirst && sawMatch) continue patternLoop;
      const c = classes[p.charCodeAt(i)]!;
      const v = trie.child(u, c);
      u = v === FAIL ? trie.addChild(u, c) : v;
    }
    trie.addOwn(u, pid);
  }
  return { trie, patternLengths, firstEmpty };
}

/** Provisional DEAD during construction. */
const DEAD_P = -1;

/** Breadth-first order and failure links (DEAD_P where a failure must stop the search). */
function computeFailures(trie: Trie, leftmost: boolean, allDead: boolean): { order: Int32Array; fail: Int32Array } {
  const n = trie.size;
  const order = new Int32Array(n);
  const fail = new Int32Array(n);
  const { firstChild, nextSibling, edgeClass } = trie;
  let tail = 1;
  // h < tail ≤ n = order.length; node ids are < n = fail.length
  for (let h = 0; h < tail; h++) {
    const u = order[h]!;
    for (let v = firstChild[u]!; v !== 0; v = nextSibling[v]!) {
      order[tail++] = v;
      // Leftmost: after a match, any failure would look for a later-starting match.
      if (allDead || (leftmost && trie.hasOwn(v))) {
        fail[v] = DEAD_P;
        continue;
      }
      if (u === 0) continue; // depth 1: fail to the root (0)
      // Follow u's failure chain until a state has a transition on this class; the root always
      // has one (a child, or its own self-loop), so the chain ends there at the latest.
      const c = edgeClass[v]!;
      let f = fail[u]!;
      let t: number = DEAD_P;
      while (f !== DEAD_P) {
        t = trie.child(f, c);
        if (t !== FAIL) break;
        if (f === 0) {
          t = 0; // the root's self-loop
          break;
        }
        f = fail[f]!;
        t = DEAD_P;
      }
      fail[v] = t;
    }
  }
  return { order, fail };
}

/** Builds the automaton. Patterns are assumed validated (an array of strings). */
export function buildAutomaton(patterns: readonly string[], config: BuildConfig): AutomatonTables {
  const { matchKind, asciiCaseInsensitive, anchored } = config;
  const leftmost = matchKind !== 'standard';
  const { classes, stride } = buildClasses(patterns, asciiCaseInsensitive);
  const { trie, patternLengths, firstEmpty } = buildTrie(patterns, classes, stride, matchKind === 'leftmost-first');
  const n = trie.size;
  const startIsMatch = trie.hasOwn(0);
  // Under leftmost semantics with an empty pattern, a match exists at every search start, so the
  // leftmost match always starts there and no failure link may lead anywhere but DEAD. (The crate
  // follows failure links in this case and can report later matches: its issue #173.)
  const allDead = anchored || (leftmost && startIsMatch);
  const { order, fail } = computeFailures(trie, leftmost, allDead);

  // 4. Output links: the nearest state on the failure chain (itself included) owning patterns.
  // The root's own patterns (the empty ones) are handled apart, never through the chain.
  const out = new Int32Array(n).fill(-1);
  // Node ids and breadth-first positions are < n, the length of order, fail, out and id (here and below).
  for (let h = 1; h < n; h++) {
    const v = order[h]!;
    if (trie.hasOwn(v)) out[v] = v;
    else if (!anchored) {
      const f = fail[v]!;
      if (f > 0) out[v] = out[f]!;
    }
  }
  const listsEndWithEmpties = !leftmost && !anchored && startIsMatch;
  const matchFlag = new Uint8Array(n);
  if (startIsMatch) matchFlag[0] = 1;
  for (let v = 1; v < n; v++) if (out[v] !== -1 || listsEndWithEmpties) matchFlag[v] = 1;

  // 5. Layout. Dense: non-match states in breadth-first order within the budget.
  let budget: number;
  if (config.kind === 'dfa') budget = DENSE_HARD_MAX_ENTRIES;
  else if (config.kind === 'nfa') budget = stride;
  else budget = Math.max(stride, Math.floor((config.maxDenseBytes ?? DENSE_AUTO_MAX_ENTRIES * 4) / 4));
  // Narrow rows when the classes outside ASCII outnumber the rest by far while the patterns are
  // written mostly in ASCII (text searched for them is too): classes are numbered in code-unit
  // order, so 1..A are the ASCII code units in patterns and every class from A + 1 on is outside.
  let ascii = 0;
  // u < 128 < classes.length
  for (let u = 0; u < 128; u++) if (classes[u]! > ascii) ascii = classes[u]!;
  let narrowRows = false;
  if (stride > 2 * (ascii + 2)) {
    let inside = 0;
    let outside = 0;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        if (p.charCodeAt(i) < 128) inside++;
        else outside++;
      }
    }
    narrowRows = inside >= 3 * outside;
  }
  const narrow = narrowRows ? ascii + 1 : stride;
  const width = narrowRows ? narrow + 1 : stride;
  // Escape entries (esc + a row id) must stay below 2^31 as well.
  const hardMax = narrowRows ? DENSE_HARD_MAX_ENTRIES / 2 : DENSE_HARD_MAX_ENTRIES;
  const maxDense = Math.floor(Math.min(budget, hardMax) / width);
  const id = new Int32Array(n);
  const isDense = new Uint8Array(n);
  let denseCount = 0;
  let matchCount = 0;
  for (let h = 0; h < n; h++) {
    const v = order[h]!;
    if (matchFlag[v] === 1) matchCount++;
    else if (denseCount < maxDense) {
      isDense[v] = 1;
      id[v] = denseCount++ * width;
    }
  }
  const dead = denseCount * width;
  let nextMatch = dead + 1;
  let nextSparse = dead + 1 + matchCount;
  for (let h = 0; h < n; h++) {
    const v = order[h]!;
    if (matchFlag[v] === 1) id[v] = nextMatch++;
    else if (isDense[v] === 0) id[v] = nextSparse++;
  }
  const specialCount = nextSparse - dead; // DEAD, matches, sparse
  const root = id[0]!;
  const rootLoops = !anchored && !(leftmost && startIsMatch);
  const rootMissing = rootLoops ? root : dead;

  const lists = buildMatchLists(trie, order, out, matchFlag, id, dead, matchCount, patterns.length, firstEmpty);
  if (!leftmost && !anchored) {
    // Standard semantics report the whole failure chain: owner → next owner further down it.
    for (let v = 1; v < n; v++) {
      if (!trie.hasOwn(v)) continue;
      const f = fail[v]!;
      const o = f > 0 ? out[f]! : -1;
      lists.matchOutNext[id[v]! - dead] = o === -1 ? 0 : id[o]! - dead;
    }
  }

  // 6. Special states: failure links and sparse transitions (CSR, classes ascending).
  const specialState = new Int32Array(specialCount).fill(-1);
  let edges = 0;
  for (let v = 0; v < n; v++) {
    const i = id[v]!;
    if (i >= dead) {
      specialState[i - dead] = v;
      edges += trie.childCount[v]!;
    }
  }
  const specialFail = new Int32Array(specialCount);
  const sparseStart = new Int32Array(specialCount + 1);
  const sparseClass = new Uint16Array(edges);
  const sparseNext = new Int32Array(edges);
  specialFail[0] = dead;
  const links = { fail, id, rootMissing, dead };
  sparseRows(trie, specialState, 1, 0, links, {
    start: sparseStart,
    cls: sparseClass,
    next: sparseNext,
    fail: specialFail,
  });
  if (specialCount > 0) sparseStart[0] = 0;

  // 7. Narrow rows: each dense state's failure link and its children outside the columns.
  const rows = narrowRows ? denseCount : 0;
  const denseFail = new Int32Array(rows);
  const rareStart = new Int32Array(rows + 1);
  const denseState = new Int32Array(rows);
  let rareEdges = 0;
  if (narrowRows) {
    // v < n; a dense id is a multiple of width below dead, so r < denseCount
    for (let v = 0; v < n; v++) {
      const i = id[v]!;
      if (i >= dead) continue;
      denseState[i / width] = v;
      for (let w = trie.firstChild[v]!; w !== 0; w = trie.nextSibling[w]!)
        if (trie.edgeClass[w]! >= narrow) rareEdges++;
    }
  }
  const rareClass = new Uint16Array(rareEdges);
  const rareNext = new Int32Array(rareEdges);
  sparseRows(trie, denseState, 0, narrow, links, { start: rareStart, cls: rareClass, next: rareNext, fail: denseFail });
  let cols = classes;
  if (narrowRows) {
    cols = new Uint16Array(65536);
    // u < 65536 = classes.length = cols.length
    for (let u = 0; u < 65536; u++) {
      const c = classes[u]!;
      cols[u] = Math.min(c, narrow);
    }
  }

  const nonMatchTotal = n - matchCount;
  const tables: AutomatonTables = {
    kind: denseCount >= nonMatchTotal ? 'dfa' : denseCount <= 1 ? 'nfa' : 'hybrid',
    classes,
    stride,
    width,
    narrow,
    cols,
    esc: narrowRows ? nextSparse : 0x7fffffff,
    stateCount: n + 1,
    denseCount,
    start: root,
    dead,
    maxMatch: dead + matchCount,
    rootMissing,
    patternLengths,
    firstEmpty,
    startIsMatch,
    ...lists,
    listsEndWithEmpties,
    trans: new Int32Array(dead),
    fail: specialFail,
    sparseStart,
    sparseClass,
    sparseNext,
    denseFail,
    rareStart,
    rareClass,
    rareNext,
  };
  fillDenseRows(tables, trie, order, fail, id);
  return tables;
}

/** Where a state's failure link leads, by trie node: ids, DEAD, and the root's missing transitions. */
interface Links {
  fail: Int32Array;
  id: Int32Array;
  rootMissing: number;
  dead: number;
}

/** Sparse transitions in CSR form with a failure link per row (see {@link AutomatonTables}). */
interface SparseRows {
  start: Int32Array;
  cls: Uint16Array;
  next: Int32Array;
  fail: Int32Array;
}

/**
 * Fills `out` for the trie nodes `states[first..)`, row k for `states[k]`: its failure link and
 * its children of class `minClass` or more, classes ascending. `out.start` has one slot more than
 * `states`, and `out.cls` / `out.next` room for every such child.
 */
function sparseRows(trie: Trie, states: Int32Array, first: number, minClass: number, l: Links, out: SparseRows): void {
  let fill = 0;
  // k < states.length; v, f and w are node ids below the trie's size; e − 1 ≥ from ≥ 0
  for (let k = first; k < states.length; k++) {
    out.start[k] = fill;
    const v = states[k]!;
    const f = l.fail[v]!;
    out.fail[k] = v === 0 ? l.rootMissing : f === DEAD_P ? l.dead : l.id[f]!;
    const from = fill;
    for (let w = trie.firstChild[v]!; w !== 0; w = trie.nextSibling[w]!) {
      // Insertion into the sorted slice [from, fill): children lists are short.
      const c = trie.edgeClass[w]!;
      if (c < minClass) continue;
      let e = fill++;
      while (e > from && out.cls[e - 1]! > c) {
        out.cls[e] = out.cls[e - 1]!;
        out.next[e] = out.next[e - 1]!;
        e--;
      }
      out.cls[e] = c;
      out.next[e] = l.id[w]!;
    }
  }
  out.start[states.length] = fill;
}

/**
 * The transition from any state `s` on class `c`: a dense row lookup, or the sparse transitions of
 * a special state followed by its failure chain until a dense row (or the root) answers.
 */
export function step(t: AutomatonTables, s: number, c: number): number {
  const dead = t.dead;
  for (;;) {
    // A special state's row j = s − dead, or (narrow rows, a class without a column) a dense
    // state's row j = s / width: its sparse transitions, then its failure link.
    let j: number;
    let rows: Int32Array;
    let cls: Uint16Array;
    let next: Int32Array;
    let fail: Int32Array;
    if (s < dead) {
      // s < dead is a dense row start and c < stride
      if (c < t.narrow) return t.trans[s + c]!;
      j = s / t.width;
      rows = t.rareStart;
      cls = t.rareClass;
      next = t.rareNext;
      fail = t.denseFail;
    } else {
      j = s - dead;
      if (j === 0) return dead;
      rows = t.sparseStart;
      cls = t.sparseClass;
      next = t.sparseNext;
      fail = t.fail;
    }
    // j is a row of these CSR arrays, whose starts have one slot more than rows
    const stop = rows[j + 1]!;
    for (let e = rows[j]!; e < stop; e++) {
      const k = cls[e]!;
      if (k === c) return next[e]!;
      if (k > c) break;
    }
    if (s === t.start) return t.rootMissing;
    s = fail[j]!;
  }
}

/**
 * Dense rows, in breadth-first order: a row starts as its failure state's transitions (complete,
 * because failure states are shallower) and is then overwritten by the state's own children.
 * When the failure state is special, its row is assembled from the failure chain: the first dense
 * state (or DEAD, or the root) on the chain gives the base, then the special states' children are
 * laid over it from the shallowest to the deepest, so the deepest wins as `step` would decide.
 */
function fillDenseRows(t: AutomatonTables, trie: Trie, order: Int32Array, fail: Int32Array, id: Int32Array): void {
  const { trans, width: stride, dead, narrow } = t;
  const narrowRows = narrow < t.stride;
  const n = order.length;
  const chain: number[] = [];
  // Node ids are < n, the length of order, id and fail; a dense row has stride slots; k < chain.length.
  for (let h = 0; h < n; h++) {
    const u = order[h]!;
    const row = id[u]!;
    if (row >= dead) continue;
    if (u === 0) {
      trans.fill(t.rootMissing, row, row + stride);
    } else {
      let f = fail[u]!;
      chain.length = 0;
      // Walk special states on the failure chain down to a dense state, DEAD or the root.
      while (f !== DEAD_P && id[f]! >= dead && f !== 0) {
        chain.push(f);
        f = fail[f]!;
      }
      if (f === DEAD_P) {
        trans.fill(dead, row, row + stride);
      } else if (id[f]! < dead) {
        // A plain loop: TypedArray#copyWithin's per-call cost exceeds copying a short row.
        const from = id[f]!;
        for (let c = 0; c < stride; c++) trans[row + c] = trans[from + c]!;
      } else {
        trans.fill(t.rootMissing, row, row + stride); // the special root
        chain.push(0);
      }
      for (let k = chain.length - 1; k >= 0; k--) overlayChildren(trans, trie, chain[k]!, row, id, narrow);
    }
    overlayChildren(trans, trie, u, row, id, narrow);
    if (narrowRows) trans[row + narrow] = t.esc + row;
  }
}

// w is a node id below the trie's size; the classes laid are < narrow ≤ the row's width
function overlayChildren(trans: Int32Array, trie: Trie, v: number, row: number, id: Int32Array, narrow: number): void {
  for (let w = trie.firstChild[v]!; w !== 0; w = trie.nextSibling[w]!) {
    const c = trie.edgeClass[w]!;
    if (c < narrow) trans[row + c] = id[w]!;
  }
}

/** Match lists as chains of owners, indexed by match index k = id − dead (1..M). */
function buildMatchLists(
  trie: Trie,
  order: Int32Array,
  out: Int32Array,
  matchFlag: Uint8Array,
  id: Int32Array,
  dead: number,
  matchCount: number,
  patternCount: number,
  firstEmpty: number,
): Pick<AutomatonTables, 'matchFirst' | 'matchOut' | 'matchOutNext' | 'ownOffset' | 'ownCount' | 'ownPatterns'> {
  const matchFirst = new Int32Array(matchCount + 1).fill(-1);
  const matchOut = new Int32Array(matchCount + 1);
  const matchOutNext = new Int32Array(matchCount + 1);
  const ownOffset = new Int32Array(matchCount + 1);
  const ownCount = new Int32Array(matchCount + 1);
  const ownPatterns = new Int32Array(patternCount);
  let ownFill = 0;
  const n = order.length;
  // v < n; k = id − dead is a match index in 1..M; pid < patternCount = ownNext.length
  for (let h = 0; h < n; h++) {
    const v = order[h]!;
    if (matchFlag[v] === 0) continue;
    const k = id[v]! - dead;
    if (trie.hasOwn(v)) {
      ownOffset[k] = ownFill;
      for (let pid = trie.ownHead[v]!; pid !== -1; pid = trie.ownNext[pid]!) {
        ownPatterns[ownFill++] = pid;
      }
      ownCount[k] = ownFill - ownOffset[k]!;
    }
    if (v === 0) {
      // The start state owns the empty patterns.
      matchFirst[k] = firstEmpty;
      matchOut[k] = k;
      continue;
    }
    const o = out[v]!;
    if (o !== -1) {
      matchOut[k] = id[o]! - dead;
      matchFirst[k] = trie.ownHead[o]!;
    } else {
      matchFirst[k] = firstEmpty;
    }
  }
  return { matchFirst, matchOut, matchOutNext, ownOffset, ownCount, ownPatterns };
}
