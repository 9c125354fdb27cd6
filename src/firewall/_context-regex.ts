/**
 * Context expressions of firewall rules: a regular-expression subset run by a Pike VM (a breadth-
 * first simulation of the NFA), so a match costs O(window × program) whatever the expression and the
 * text. A backtracking engine (JavaScript's RegExp) can take exponential time on an expression such
 * as `(a|a)*$`; a rule pack is configuration that attacker-controlled text is run against, so the
 * firewall never hands rule text to RegExp.
 *
 * Syntax (JavaScript's, minus captures, lookaround and back-references): literals, `.`, classes
 * `[a-z0-9_]` and `[^…]`, `\d \w \s \D \W \S`, `\b \B`, groups `(…)` and `(?:…)`, `|`, quantifiers
 * `* + ? {n} {n,} {n,m}` (a trailing `?` is accepted; a boolean match does not care), and `$`
 * (after) or `^` (before) for the end or start of the whole text.
 *
 * @internal Not part of the public API.
 */
import { AegisError } from '../errors.js';
import { isWordCode } from '../text/index.js';

/** Which side of a phrase an expression reads. */
export type ContextSide = 'after' | 'before';

// Instructions.
const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const MATCH = 3;
const EDGE = 4; // the end of the window is the end (after) or start (before) of the whole text
const WORD_BOUNDARY = 5;
const NOT_WORD_BOUNDARY = 6;

/** Largest compiled program: bounds the per-character cost of one context check. */
export const MAX_PROGRAM = 4000;
/** Largest count in `{n,m}`. */
const MAX_REPEAT = 100;

type Node =
  | { t: 'set'; set: number }
  | { t: 'cat'; xs: Node[] }
  | { t: 'alt'; xs: Node[] }
  | { t: 'rep'; x: Node; min: number; max: number }
  | { t: 'edge' }
  | { t: 'wb'; negated: boolean };

/** What a class says about non-ASCII code units (ASCII membership lives in the program's `bits`). */
interface CharClass {
  /** Inclusive ranges of non-ASCII code units, as pairs. */
  ranges: number[];
  word: boolean;
  space: boolean;
  negated: boolean;
}

/** A compiled context expression. Runs share one scratch space (they never nest). */
export interface ContextProgram {
  readonly source: string;
  readonly side: ContextSide;
  readonly op: Uint8Array;
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly classes: readonly CharClass[];
  /** Class membership for ASCII, 4 × 32 bits per class, negation applied. */
  readonly bits: Uint32Array;
  /** The DFA built lazily over this program (see {@link matchContext}); null until first used. */
  dfa: Dfa | null;
}

interface Scratch {
  a: Int32Array;
  b: Int32Array;
  stack: Int32Array;
  mark: Uint32Array;
  gen: number;
}

/**
 * One scratch space for every program (a run never starts while another is in progress), grown to
 * the largest program run so far: per-program scratch arrays were a third of a context rule's memory.
 */
let shared: Scratch = {
  a: new Int32Array(0),
  b: new Int32Array(0),
  stack: new Int32Array(0),
  mark: new Uint32Array(0),
  gen: 0,
};

function scratchFor(p: ContextProgram): Scratch {
  const n = p.op.length;
  if (shared.a.length < n) {
    const size = Math.max(n, 2 * shared.a.length);
    shared = {
      a: new Int32Array(size),
      b: new Int32Array(size),
      stack: new Int32Array(size),
      mark: new Uint32Array(size),
      gen: 0,
    };
  }
  return shared;
}

function dfaOf(p: ContextProgram): Dfa {
  p.dfa ??= newDfa();
  return p.dfa;
}

/**
 * A DFA built one state at a time while matching. A state is the set of NFA instructions waiting
 * for the next character (before following splits and assertions) and whether the previous
 * character was a word character, which is all that `\b` needs. Transitions on ASCII characters
 * are cached in a table; the table is bounded and simply starts over when full, so memory stays
 * bounded and the worst case stays O(window × program).
 */
interface Dfa {
  index: Map<string, number>;
  pcs: Int32Array[];
  prevWord: number[];
  /** Per state × 128 ASCII codes: next state, or UNKNOWN, MATCHED, DEAD. */
  trans: Int32Array;
  /** Per state × (outside is a word character ? 2 : 0) + (edge ? 1 : 0): -1 unknown, 0 no, 1 match. */
  end: Int8Array;
  count: number;
  /** Bumped whenever the cache starts over, so a transition in flight is not stored under a stale id. */
  epoch: number;
  start: [number, number];
}

const EXTRA_SPACE = /\p{White_Space}/u;

/** Whether a code unit (or -1, nothing) is a word character, for `\b`. */
const isWord = (c: number) => c >= 0 && isWordCode(c);

function inClass(k: CharClass, c: number): boolean {
  let r = false;
  for (let i = 0; i < k.ranges.length; i += 2) {
    if (c >= (k.ranges[i] as number) && c <= (k.ranges[i + 1] as number)) {
      r = true;
      break;
    }
  }
  if (!r && k.word && isWordCode(c)) r = true;
  if (!r && k.space && EXTRA_SPACE.test(String.fromCharCode(c))) r = true;
  return k.negated ? !r : r;
}

class Parser {
  private i = 0;
  readonly classes: CharClass[] = [];
  /** ASCII membership of each class, 4 × 32 bits. */
  readonly ascii: Uint32Array[] = [];

  constructor(
    private readonly src: string,
    private readonly side: ContextSide,
    private readonly origin: string,
    private readonly field: string,
  ) {}

  fail(message: string): never {
    throw new AegisError('INVALID_ARGUMENT', this.origin, `${this.field}: ${message} (at offset ${this.i})`);
  }

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) this.fail('unmatched ")"');
    return node;
  }

  private alt(): Node {
    const xs = [this.cat()];
    while (this.src[this.i] === '|') {
      this.i++;
      xs.push(this.cat());
    }
    return xs.length === 1 ? (xs[0] as Node) : { t: 'alt', xs };
  }

  private cat(): Node {
    const xs: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      xs.push(this.quantified(this.atom()));
    }
    return xs.length === 1 ? (xs[0] as Node) : { t: 'cat', xs };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : -1;
    } else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.src.slice(this.i));
      if (!m) this.fail('a "{" must start a quantifier {n}, {n,} or {n,m}; write \\{ for a brace');
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
      if (min > MAX_REPEAT || max > MAX_REPEAT) this.fail(`repetition counts are limited to ${MAX_REPEAT}`);
      if (max !== -1 && max < min) this.fail(`{${min},${max}} has its bounds in the wrong order`);
    } else {
      return atom;
    }
    if (this.src[this.i] === '?') this.i++; // lazy: the same for a yes/no match
    const next = this.src[this.i];
    if (next === '*' || next === '+' || next === '?' || next === '{') this.fail('nothing to repeat');
    // A repeated assertion holds once or is optional: (?:\b)+ is \b, (?:\b)* always holds.
    if (atom.t === 'edge' || atom.t === 'wb') return min === 0 ? { t: 'cat', xs: [] } : atom;
    return { t: 'rep', x: atom, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i] as string;
    switch (c) {
      case '(': {
        this.i++;
        if (this.src[this.i] === '?') {
          if (this.src[this.i + 1] !== ':') this.fail('lookaround and named groups are not supported');
          this.i += 2;
        }
        const inner = this.alt();
        if (this.src[this.i] !== ')') this.fail('missing ")"');
        this.i++;
        return inner;
      }
      case '[':
        return this.bracket();
      case '.':
        this.i++;
        return this.set(this.makeClass([], [], false, false, true));
      case '^':
      case '$': {
        this.i++;
        const wanted = this.side === 'before' ? '^' : '$';
        if (c !== wanted) {
          this.fail(
            this.side === 'before'
              ? '"$" cannot occur in a before-context (it ends where the phrase starts); "^" is the start of the text'
              : '"^" cannot occur in an after-context (it starts where the phrase ends); "$" is the end of the text',
          );
        }
        return { t: 'edge' };
      }
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
        this.fail('nothing to repeat');
        break;
      case ')':
        this.fail('unmatched ")"');
        break;
      case ']':
      case '}':
        this.fail(`write \\${c} for a literal "${c}"`);
    }
    const code = this.src.charCodeAt(this.i);
    this.i++;
    return this.literal(code);
  }

  private literal(code: number): Node {
    if (code >= 65 && code <= 90) {
      this.fail(`uppercase "${String.fromCharCode(code)}" can never match: contexts read normalized (lowercase) text`);
    }
    return this.set(this.makeClass([code], [], false, false, false));
  }

  private escape(): Node {
    this.i++;
    const e = this.src[this.i];
    if (e === undefined) this.fail('a pattern cannot end with "\\"');
    this.i++;
    switch (e) {
      case 'b':
        return { t: 'wb', negated: false };
      case 'B':
        return { t: 'wb', negated: true };
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S': {
        const k = this.shorthand(e.toLowerCase());
        return this.set(this.makeClass(k.codes, [], k.word, k.space, e !== e.toLowerCase()));
      }
    }
    return this.literal(this.escapedCode(e));
  }

  private escapedCode(e: string): number {
    switch (e) {
      case 'n':
        return 10;
      case 't':
        return 9;
      case 'r':
        return 13;
      case 'f':
        return 12;
      case 'v':
        return 11;
    }
    if (/[A-Za-z0-9]/.test(e)) this.fail(`unknown escape \\${e}`);
    return e.charCodeAt(0);
  }

  private shorthand(e: string): { codes: number[]; word: boolean; space: boolean } {
    const codes: number[] = [];
    if (e === 'd') for (let c = 48; c <= 57; c++) codes.push(c);
    if (e === 'w') {
      for (let c = 48; c <= 57; c++) codes.push(c);
      for (let c = 97; c <= 122; c++) codes.push(c);
      for (let c = 65; c <= 90; c++) codes.push(c);
      codes.push(95);
    }
    if (e === 's') codes.push(9, 10, 11, 12, 13, 32);
    return { codes, word: e === 'w', space: e === 's' };
  }

  private bracket(): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const codes: number[] = [];
    const ranges: number[] = [];
    let word = false;
    let space = false;
    let first = true;
    while (this.src[this.i] !== ']' || first) {
      if (this.i >= this.src.length) this.fail('missing "]"');
      first = false;
      let lo: number;
      if (this.src[this.i] === '\\') {
        const e = this.src[this.i + 1];
        if (e === 'd' || e === 'w' || e === 's') {
          this.i += 2;
          const k = this.shorthand(e);
          codes.push(...k.codes);
          word ||= k.word;
          space ||= k.space;
          continue;
        }
        if (e === undefined || /[DWSbB]/.test(e)) this.fail(`\\${e ?? ''} is not supported inside a class`);
        this.i += 2;
        lo = this.escapedCode(e);
      } else {
        lo = this.src.charCodeAt(this.i);
        this.i++;
      }
      let hi = lo;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        if (this.src[this.i] === '\\') {
          const e = this.src[this.i + 1];
          if (e === undefined) this.fail('missing "]"');
          this.i += 2;
          hi = this.escapedCode(e);
        } else {
          hi = this.src.charCodeAt(this.i);
          this.i++;
        }
        if (hi < lo) this.fail('a class range has its bounds in the wrong order');
      }
      if (lo >= 65 && hi <= 90) {
        this.fail('uppercase letters in a class can never match: contexts read normalized (lowercase) text');
      }
      for (let c = lo; c <= Math.min(hi, 127); c++) codes.push(c);
      if (hi >= 128) ranges.push(Math.max(lo, 128), hi);
    }
    this.i++;
    return this.set(this.makeClass(codes, ranges, word, space, negated));
  }

  private makeClass(codes: number[], ranges: number[], word: boolean, space: boolean, negated: boolean): CharClass {
    const ascii = new Uint32Array(4);
    for (const c of codes) ascii[c >>> 5] = (ascii[c >>> 5] as number) | (1 << (c & 31));
    if (negated) for (let w = 0; w < 4; w++) ascii[w] = ~(ascii[w] as number) >>> 0;
    this.ascii.push(ascii);
    return { ranges, word, space, negated };
  }

  private set(k: CharClass): Node {
    this.classes.push(k);
    return { t: 'set', set: this.classes.length - 1 };
  }
}

function reverse(n: Node): Node {
  switch (n.t) {
    case 'cat':
      return { t: 'cat', xs: n.xs.map(reverse).reverse() };
    case 'alt':
      return { t: 'alt', xs: n.xs.map(reverse) };
    case 'rep':
      return { t: 'rep', x: reverse(n.x), min: n.min, max: n.max };
    default:
      return n;
  }
}

class Emitter {
  op: number[] = [];
  x: number[] = [];
  y: number[] = [];

  constructor(private readonly fail: (message: string) => never) {}

  private push(op: number, x = 0, y = 0): number {
    if (this.op.length >= MAX_PROGRAM) this.fail(`the expression compiles to more than ${MAX_PROGRAM} instructions`);
    this.op.push(op);
    this.x.push(x);
    this.y.push(y);
    return this.op.length - 1;
  }

  emit(n: Node): void {
    switch (n.t) {
      case 'set':
        this.push(CHAR, n.set);
        return;
      case 'edge':
        this.push(EDGE);
        return;
      case 'wb':
        this.push(n.negated ? NOT_WORD_BOUNDARY : WORD_BOUNDARY);
        return;
      case 'cat':
        for (const x of n.xs) this.emit(x);
        return;
      case 'alt': {
        const jumps: number[] = [];
        for (let k = 0; k < n.xs.length; k++) {
          if (k < n.xs.length - 1) {
            const split = this.push(SPLIT);
            this.x[split] = split + 1;
            this.emit(n.xs[k] as Node);
            jumps.push(this.push(JMP));
            this.y[split] = this.op.length;
          } else {
            this.emit(n.xs[k] as Node);
          }
        }
        for (const j of jumps) this.x[j] = this.op.length;
        return;
      }
      case 'rep': {
        for (let k = 0; k < n.min; k++) this.emit(n.x);
        if (n.max === -1) {
          const split = this.push(SPLIT);
          this.x[split] = split + 1;
          this.emit(n.x);
          this.push(JMP, split);
          this.y[split] = this.op.length;
          return;
        }
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          const split = this.push(SPLIT);
          this.x[split] = split + 1;
          splits.push(split);
          this.emit(n.x);
        }
        for (const s of splits) this.y[s] = this.op.length;
        return;
      }
    }
  }
}

/**
 * Compiles a context expression for one side of a phrase.
 * @throws AegisError `INVALID_ARGUMENT` (naming `origin` and `field`) for a syntax error, an
 *   unsupported construct, an uppercase literal, or a program over {@link MAX_PROGRAM} instructions
 */
export function compileContext(source: string, side: ContextSide, origin: string, field: string): ContextProgram {
  const parser = new Parser(source, side, origin, field);
  let ast = parser.parse();
  if (side === 'before') ast = reverse(ast);
  const em = new Emitter((m) => parser.fail(m));
  em.emit(ast);
  em.op.push(MATCH);
  em.x.push(0);
  em.y.push(0);
  const bits = new Uint32Array(parser.classes.length * 4);
  parser.ascii.forEach((a, i) => {
    bits.set(a, i * 4);
  });
  return {
    source,
    side,
    op: Uint8Array.from(em.op),
    x: Int32Array.from(em.x),
    y: Int32Array.from(em.y),
    classes: parser.classes,
    bits,
    dfa: null,
  };
}

const UNKNOWN = -1;
const MATCHED = -2;
const DEAD = -3;
/** Most DFA states kept per program: 512 × 128 transitions × 4 bytes = 256 KiB at most. */
const MAX_STATES = 512;

function newDfa(): Dfa {
  return {
    index: new Map(),
    pcs: [],
    prevWord: [],
    trans: new Int32Array(0),
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
    Object.assign(d, newDfa(), { epoch });
  }
  const id = d.count++;
  if (id * 128 >= d.trans.length) {
    const cap = Math.max(16, id * 2);
    const trans = new Int32Array(cap * 128).fill(UNKNOWN);
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
  const count = closure(p, d.pcs[st] as Int32Array, d.prevWord[st] === 1, curWord, false);
  let result: number;
  if (count < 0) result = MATCHED;
  else {
    const out = scratchFor(p).a;
    const next: number[] = [];
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
      for (let i = 0; i < next.length; i++) if (i === 0 || next[i] !== next[i - 1]) next[k++] = next[i] as number;
      next.length = k;
      result = stateFor(p, Int32Array.from(next), curWord);
    }
  }
  if (c < 128 && d.epoch === epoch) d.trans[st * 128 + c] = result;
  return result;
}

/**
 * Feeds the window to the program's DFA from its start state: the state reached, or MATCHED / DEAD
 * as soon as the answer no longer depends on what follows.
 */
function advance(p: ContextProgram, text: string, from: number, length: number, inside: number): number {
  const d = dfaOf(p);
  const insideWord = isWord(inside) ? 1 : 0;
  let st = d.start[insideWord] as number;
  if (st === UNKNOWN || st >= d.count) {
    st = stateFor(p, Int32Array.of(0), insideWord === 1);
    d.start[insideWord] = st;
  }
  const forward = p.side === 'after';
  for (let k = 0; k < length; k++) {
    const c = forward ? text.charCodeAt(from + k) : text.charCodeAt(from - 1 - k);
    let t: number;
    if (c < 128) {
      t = d.trans[st * 128 + c] as number;
      if (t === UNKNOWN) t = step(p, st, c);
    } else t = step(p, st, c);
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
