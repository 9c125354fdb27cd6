/**
 * A linear-time regular-expression engine for short windows of text read forwards or backwards
 * from a point (the firewall's rule contexts): a regular-expression subset run by a lazily built DFA
 * over its NFA, with a Pike VM (a breadth-first simulation of the NFA) as the reference twin, so a
 * match costs O(window × program) whatever the expression and the text. A backtracking engine
 * (JavaScript's RegExp) can take exponential time on an expression such as `(a|a)*$`; a rule pack is
 * configuration that attacker-controlled text is run against, so rule text never reaches RegExp.
 *
 * Syntax (JavaScript's, minus captures, lookaround and back-references): literals, `.`, classes
 * `[a-z0-9_]` and `[^…]`, `\d \w \s \D \W \S`, `\b \B`, groups `(…)` and `(?:…)`, `|`, quantifiers
 * `* + ? {n} {n,} {n,m}` (a trailing `?` is accepted; a boolean match does not care), and `$`
 * (after) or `^` (before) for the end or start of the whole text.
 *
 * @internal Not part of the public API.
 */
import {
  CHAR,
  type CharClass,
  type ContextProgram,
  type Dfa,
  EDGE,
  inClass,
  isWord,
  JMP,
  MATCH,
  type Scratch,
  SPLIT,
  scratchFor,
  WORD_BOUNDARY,
} from './_context-program.js';

export { compileContext } from './_context-compile.js';
export type { ContextProgram, ContextSide } from './_context-program.js';
export { MAX_PROGRAM } from './_context-program.js';

function dfaOf(p: ContextProgram): Dfa {
  p.dfa ??= newDfa(asciiClasses(p));
  return p.dfa;
}

/**
 * The program's ASCII alphabet in classes: two characters share a class when every character class
 * of the program holds both or neither and both are word characters or neither, so that reading
 * either from any state leads to the same state. A context reads a few dozen classes (letters,
 * digits, a space, some marks), so a DFA row is that wide rather than 128: the rows read for
 * every window take a fraction of the memory.
 *
 * The alphabet is refined one distinct character class at a time (each block of characters split
 * by membership), then numbered by each block's first character. The default pack's contexts hold up
 * to 1,300 character classes (one per literal); a key string per character over every class, the
 * naive way to group them, cost about ten times as much, and most of a fresh process's first
 * requests went to it.
 */
function asciiClasses(p: ContextProgram): { cls: Uint8Array; width: number } {
  const classCount = p.classes.length;
  const block = new Uint8Array(128);
  // Per (block, bit): the block it splits into, or 255 for none yet; at most 128 blocks.
  const split = new Uint8Array(256);
  for (let c = 0; c < 128; c++) block[c] = isWord(c) ? 1 : 0;
  let blocks = 2;
  // A class equal to one already applied splits nothing (most are literals, the same few letters).
  const applied = new Set<string>();
  for (let k = 0; k < classCount && blocks < 128; k++) {
    const b = p.bits;
    const bitsKey = `${b[k * 4]},${b[k * 4 + 1]},${b[k * 4 + 2]},${b[k * 4 + 3]}`;
    if (applied.has(bitsKey)) continue;
    applied.add(bitsKey);
    split.fill(255, 0, 2 * blocks);
    let next = 0;
    for (let c = 0; c < 128; c++) {
      // bits holds four 32-bit words per class; block[c] < blocks, so the key < 2 · blocks ≤ 256
      const key = 2 * (block[c] as number) + (((p.bits[k * 4 + (c >>> 5)] as number) >>> (c & 31)) & 1);
      if (split[key] === 255) split[key] = next++;
      block[c] = split[key] as number;
    }
    blocks = next;
  }
  // Numbered in order of first character: block ids are below 128, and so are the classes.
  const cls = new Uint8Array(128);
  const id = new Int16Array(128).fill(-1);
  let width = 0;
  for (let c = 0; c < 128; c++) {
    const b = block[c] as number;
    if (id[b] === -1) id[b] = width++;
    cls[c] = id[b] as number;
  }
  return { cls, width };
}

const UNKNOWN = -1;
const MATCHED = -2;
const DEAD = -3;
/**
 * Most DFA states kept per program: 2048 × (at most 128 ASCII classes) transitions × 2 bytes = 512 KiB
 * at most (a few dozen classes and KiB for nearly every program). State ids (below 2048) and the
 * markers UNKNOWN, MATCHED and DEAD fit in 16 bits. Contexts with counted repetitions
 * (`( [a-z0-9-]+){0,4}? (all|every|…)`, `[^;&]{0,60}\| *(curl|…)`) reach over a thousand states on
 * the test corpus: with 512, twenty-one of them filled the cache and started it over again and
 * again, and rebuilding their states took about a tenth of the time per corpus case. With 2048
 * none starts over (the largest holds 1,762 states), for about 6 MiB more in all.
 */
const MAX_STATES = 2048;

function newDfa(alphabet: { cls: Uint8Array; width: number }): Dfa {
  return {
    cls: alphabet.cls,
    width: alphabet.width,
    index: new Map(),
    pcs: [],
    prevWord: [],
    trans: new Int16Array(0),
    end: new Int8Array(0),
    count: 0,
    epoch: 0,
    start: [UNKNOWN, UNKNOWN],
  };
}

function nextGen(s: Scratch): void {
  s.gen = (s.gen + 1) >>> 0;
  if (s.gen === 0) {
    s.mark.fill(0);
    s.gen = 1;
  }
}

/**
 * Follows splits, jumps and assertions from `pcs` with the given neighbourhood; the CHAR
 * instructions reached are left in `scratch.a[0, count)`. Returns -1 when MATCH is reached.
 */
function closure(p: ContextProgram, pcs: Int32Array, prevWord: boolean, curWord: boolean, atEnd: boolean): number {
  const { op, x, y } = p;
  const s = scratchFor(p);
  const out = s.a;
  const stack = s.stack;
  const mark = s.mark;
  nextGen(s);
  const gen = s.gen;
  let count = 0;
  let top = 0;
  // The casts drop `undefined` from in-range reads: i < pcs.length; every pc is < op.length (= x, y, mark lengths);
  // the stack gets each pc at most once per generation.
  for (let i = pcs.length - 1; i >= 0; i--) {
    const pc = pcs[i] as number;
    if (mark[pc] !== gen) {
      mark[pc] = gen;
      stack[top++] = pc;
    }
  }
  while (top > 0) {
    const pc = stack[--top] as number;
    const o = op[pc] as number;
    let next1 = -1;
    let next2 = -1;
    if (o === CHAR) out[count++] = pc;
    else if (o === MATCH) return -1;
    else if (o === JMP) next1 = x[pc] as number;
    else if (o === SPLIT) {
      next1 = x[pc] as number;
      next2 = y[pc] as number;
    } else if (o === EDGE) {
      if (atEnd) next1 = pc + 1;
    } else if ((prevWord !== curWord) === (o === WORD_BOUNDARY)) next1 = pc + 1;
    if (next2 >= 0 && mark[next2] !== gen) {
      mark[next2] = gen;
      stack[top++] = next2;
    }
    if (next1 >= 0 && mark[next1] !== gen) {
      mark[next1] = gen;
      stack[top++] = next1;
    }
  }
  return count;
}

function stateFor(p: ContextProgram, pcs: Int32Array, prevWord: boolean): number {
  const d = dfaOf(p);
  const key = `${prevWord ? 1 : 0}:${pcs.join(',')}`;
  const known = d.index.get(key);
  if (known !== undefined) return known;
  if (d.count === MAX_STATES) {
    const epoch = d.epoch + 1;
    Object.assign(d, newDfa(d), { epoch });
  }
  const id = d.count++;
  if (id * d.width >= d.trans.length) {
    const cap = Math.max(16, id * 2);
    const trans = new Int16Array(cap * d.width).fill(UNKNOWN);
    trans.set(d.trans);
    d.trans = trans;
    const end = new Int8Array(cap * 4).fill(-1);
    end.set(d.end);
    d.end = end;
  }
  d.index.set(key, id);
  d.pcs.push(pcs);
  d.prevWord.push(prevWord ? 1 : 0);
  return id;
}

/** The state after reading `c` in state `st` (or MATCHED before reading it, or DEAD). */
function step(p: ContextProgram, st: number, c: number): number {
  const d = dfaOf(p);
  const epoch = d.epoch;
  const curWord = isWord(c);
  // casts drop `undefined`: st is a state of this epoch, so it has its pcs
  const count = closure(p, d.pcs[st] as Int32Array, d.prevWord[st] === 1, curWord, false);
  let result: number;
  if (count < 0) result = MATCHED;
  else {
    const out = scratchFor(p).a;
    const next: number[] = [];
    // casts drop `undefined`: i < count ≤ out.length; a CHAR's x is a class index, and bits holds four words per class
    for (let i = 0; i < count; i++) {
      const pc = out[i] as number;
      const cls = p.x[pc] as number;
      const hit =
        c < 128
          ? ((p.bits[cls * 4 + (c >>> 5)] as number) >>> (c & 31)) & 1
          : inClass(p.classes[cls] as CharClass, c)
            ? 1
            : 0;
      if (hit) next.push(pc + 1);
    }
    if (next.length === 0) result = DEAD;
    else {
      next.sort((a, b) => a - b);
      let k = 0;
      // cast drops `undefined`: i < next.length
      for (let i = 0; i < next.length; i++) if (i === 0 || next[i] !== next[i - 1]) next[k++] = next[i] as number;
      next.length = k;
      result = stateFor(p, Int32Array.from(next), curWord);
    }
  }
  // c < 128 = cls.length
  if (c < 128 && d.epoch === epoch) d.trans[st * d.width + (d.cls[c] as number)] = result;
  return result;
}

/**
 * Feeds the window to the program's DFA from its start state: the state reached, or MATCHED / DEAD
 * as soon as the answer no longer depends on what follows.
 */
function advance(p: ContextProgram, text: string, from: number, length: number, inside: number): number {
  return advanceFrom(p, startState(p, inside), text, from, 0, length);
}

function startState(p: ContextProgram, inside: number): number {
  const d = dfaOf(p);
  const insideWord = isWord(inside) ? 1 : 0;
  // cast drops `undefined`: start has one slot per insideWord ∈ {0, 1}
  let st = d.start[insideWord] as number;
  if (st === UNKNOWN || st >= d.count) {
    st = stateFor(p, Int32Array.of(0), insideWord === 1);
    d.start[insideWord] = st;
  }
  return st;
}

/**
 * Characters read by context programs since the process started: lets a test check that a stream
 * reads each character of a pending window once, whatever the chunking, without timing anything.
 */
export const contextReads = { characters: 0 };

/** {@link advance} from state `st` at window position `k0` (a state of the DFA's current epoch). */
function advanceFrom(p: ContextProgram, st: number, text: string, from: number, k0: number, length: number): number {
  const d = dfaOf(p);
  if (length > k0) contextReads.characters += length - k0;
  const forward = p.side === 'after';
  const cls = d.cls;
  const width = d.width;
  // A step may grow the table or start the cache over (same alphabet): the table is read again after one.
  let trans = d.trans;
  for (let k = k0; k < length; k++) {
    const c = forward ? text.charCodeAt(from + k) : text.charCodeAt(from - 1 - k);
    let t: number;
    if (c < 128) {
      // casts drop `undefined`: c < 128 = cls.length; st < d.count, and trans has width slots per state
      t = trans[st * width + (cls[c] as number)] as number;
      if (t === UNKNOWN) {
        t = step(p, st, c);
        trans = d.trans;
      }
    } else {
      t = step(p, st, c);
      trans = d.trans;
    }
    if (t < 0) return t;
    st = t;
  }
  return st;
}

/**
 * Runs an after-context over the first `length` characters of its window when the rest of the
 * window has not arrived yet: 1 when it has already matched (no later text can undo a match of a
 * prefix), 0 when no continuation can match, -1 when the answer depends on what follows.
 */
export function matchContextSoFar(
  p: ContextProgram,
  text: string,
  from: number,
  length: number,
  inside: number,
): number {
  const t = advance(p, text, from, length, inside);
  return t === MATCHED ? 1 : t === DEAD ? 0 : -1;
}

/**
 * Where a pending after-context has got to: the DFA state after `read` characters of its window,
 * valid while the program's DFA keeps the same `epoch` (the cache is rebuilt when it grows too
 * large). A stream keeps one per pending match, so that each new character is read once.
 */
export interface ContextCursor {
  state: number;
  read: number;
  epoch: number;
}

/** A cursor before the first character of a window. */
export function newContextCursor(): ContextCursor {
  return { state: UNKNOWN, read: 0, epoch: -1 };
}

/**
 * {@link matchContextSoFar} that reads only what `cursor` has not read yet and moves it on: over a
 * stream, a pending context costs O(1) per new character instead of its whole window again.
 */
export function matchContextSoFarFrom(
  p: ContextProgram,
  text: string,
  from: number,
  length: number,
  inside: number,
  cursor: ContextCursor,
): number {
  const d = dfaOf(p);
  let st: number;
  let k0: number;
  if (cursor.state >= 0 && cursor.epoch === d.epoch && cursor.read <= length) {
    st = cursor.state;
    k0 = cursor.read;
  } else {
    st = startState(p, inside);
    k0 = 0;
  }
  const t = advanceFrom(p, st, text, from, k0, length);
  // A state returned after a rebuild of the cache belongs to the new epoch.
  cursor.state = t >= 0 ? t : UNKNOWN;
  cursor.read = length;
  cursor.epoch = d.epoch;
  return t === MATCHED ? 1 : t === DEAD ? 0 : -1;
}

/**
 * Same contract and answers as {@link matchContextNfa}, through the program's lazily built DFA:
 * one table read per ASCII character once the states involved exist. Worst case
 * O(length × program), like the NFA simulation it caches.
 */
export function matchContext(
  p: ContextProgram,
  text: string,
  from: number,
  length: number,
  inside: number,
  outside: number,
  edge: boolean,
): boolean {
  const st = advance(p, text, from, length, inside);
  if (st < 0) return st === MATCHED;
  const d = dfaOf(p);
  const slot = st * 4 + (isWord(outside) ? 2 : 0) + (edge ? 1 : 0);
  // casts drop `undefined`: st < d.count, and end has 4 slots and pcs one entry per state
  let e = d.end[slot] as number;
  if (e < 0) {
    const epoch = d.epoch;
    e = closure(p, d.pcs[st] as Int32Array, d.prevWord[st] === 1, isWord(outside), edge) < 0 ? 1 : 0;
    if (d.epoch === epoch) d.end[slot] = e;
  }
  return e === 1;
}

/**
 * Whether `p` matches the window of `text` next to a phrase: for `after`, the window is
 * `text[from, from + length)` read forwards from the phrase end `from`; for `before`, it is
 * `text[from - length, from)` read backwards from the phrase start `from`. The expression must match
 * starting at the phrase (a prefix of the window read in its direction). `outside` is the code unit
 * just beyond the far end of the window (-1 if none), `inside` the one on the phrase side (the
 * phrase's own edge character), both for `\b`. `edge` says whether the far end of the window is the
 * end (after) or start (before) of the whole text, where `$` / `^` hold. O(length × program).
 *
 * The reference simulation; {@link matchContext} gives the same answers through a cached DFA.
 */
export function matchContextNfa(
  p: ContextProgram,
  text: string,
  from: number,
  length: number,
  inside: number,
  outside: number,
  edge: boolean,
): boolean {
  const op = p.op;
  const px = p.x;
  const py = p.y;
  const bits = p.bits;
  const s = scratchFor(p);
  const forward = p.side === 'after';
  let clist = s.a;
  let nlist = s.b;
  const stack = s.stack;
  const mark = s.mark;
  const codeAt = (k: number): number =>
    k < 0 ? inside : k >= length ? outside : text.charCodeAt(forward ? from + k : from - 1 - k);

  // Adds the epsilon closure of `pc` at window position k to `list`; returns -1 on MATCH.
  const add = (list: Int32Array, count: number, pc0: number, k: number): number => {
    let top = 0;
    if (mark[pc0] === s.gen) return count;
    mark[pc0] = s.gen;
    stack[top++] = pc0;
    // casts drop `undefined`: a pc on the stack is < op.length = px.length = py.length
    while (top > 0) {
      const pc = stack[--top] as number;
      switch (op[pc]) {
        case CHAR:
          list[count++] = pc;
          break;
        case MATCH:
          return -1;
        case JMP: {
          const t = px[pc] as number;
          if (mark[t] !== s.gen) {
            mark[t] = s.gen;
            stack[top++] = t;
          }
          break;
        }
        case SPLIT: {
          // Push y first so x is explored first (order does not change a yes/no answer).
          const b = py[pc] as number;
          const a = px[pc] as number;
          if (mark[b] !== s.gen) {
            mark[b] = s.gen;
            stack[top++] = b;
          }
          if (mark[a] !== s.gen) {
            mark[a] = s.gen;
            stack[top++] = a;
          }
          break;
        }
        default: {
          let pass: boolean;
          if (op[pc] === EDGE) pass = k === length && edge;
          else {
            const boundary = isWord(codeAt(k - 1)) !== isWord(codeAt(k));
            pass = op[pc] === WORD_BOUNDARY ? boundary : !boundary;
          }
          if (pass && mark[pc + 1] !== s.gen) {
            mark[pc + 1] = s.gen;
            stack[top++] = pc + 1;
          }
        }
      }
    }
    return count;
  };

  const nextGen = () => {
    s.gen = (s.gen + 1) >>> 0;
    if (s.gen === 0) {
      mark.fill(0);
      s.gen = 1;
    }
  };

  nextGen();
  let ccount = add(clist, 0, 0, 0);
  if (ccount < 0) return true;
  for (let k = 0; k < length && ccount > 0; k++) {
    const c = forward ? text.charCodeAt(from + k) : text.charCodeAt(from - 1 - k);
    nextGen();
    let ncount = 0;
    // casts drop `undefined`: t < ccount ≤ clist.length; a CHAR's x is a class index, and bits holds four words per
    // class
    for (let t = 0; t < ccount; t++) {
      const pc = clist[t] as number;
      const cls = px[pc] as number;
      const hit =
        c < 128
          ? ((bits[cls * 4 + (c >>> 5)] as number) >>> (c & 31)) & 1
          : inClass(p.classes[cls] as CharClass, c)
            ? 1
            : 0;
      if (hit) {
        ncount = add(nlist, ncount, pc + 1, k + 1);
        if (ncount < 0) return true;
      }
    }
    const tmp = clist;
    clist = nlist;
    nlist = tmp;
    ccount = ncount;
  }
  return false;
}
