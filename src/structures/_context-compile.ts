/**
 * The compiler of context expressions: parses the supported regular-expression subset (see
 * `context-regex.ts` for the syntax), reverses it for before-contexts, and emits an NFA program.
 *
 * @internal Not part of the public API.
 */
import { AegisError } from '../errors.js';
import {
  CHAR,
  type CharClass,
  type ContextProgram,
  type ContextSide,
  EDGE,
  JMP,
  MATCH,
  MAX_PROGRAM,
  NOT_WORD_BOUNDARY,
  SPLIT,
  WORD_BOUNDARY,
} from './_context-program.js';

/** Largest count in `{n,m}`. */
const MAX_REPEAT = 100;

type Node =
  | { t: 'set'; set: number }
  | { t: 'cat'; xs: Node[] }
  | { t: 'alt'; xs: Node[] }
  | { t: 'rep'; x: Node; min: number; max: number }
  | { t: 'edge' }
  | { t: 'wb'; negated: boolean };

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
    // xs.length === 1
    return xs.length === 1 ? xs[0]! : { t: 'alt', xs };
  }

  private cat(): Node {
    const xs: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      xs.push(this.quantified(this.atom()));
    }
    // xs.length === 1
    return xs.length === 1 ? xs[0]! : { t: 'cat', xs };
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
    // cat() calls atom() only while i < src.length
    const c = this.src[this.i]!;
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
    // A code unit beyond ASCII is a one-unit range: the ASCII table holds only 0–127.
    return this.set(
      code < 128
        ? this.makeClass([code], [], false, false, false)
        : this.makeClass([], [code, code], false, false, false),
    );
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
    // codes are ASCII (c ≤ 127), so c >>> 5 < 4 = ascii.length; w < 4
    for (const c of codes) ascii[c >>> 5] = ascii[c >>> 5]! | (1 << (c & 31));
    if (negated) for (let w = 0; w < 4; w++) ascii[w] = ~ascii[w]! >>> 0;
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
        // k < n.xs.length
        for (let k = 0; k < n.xs.length; k++) {
          if (k < n.xs.length - 1) {
            const split = this.push(SPLIT);
            this.x[split] = split + 1;
            this.emit(n.xs[k]!);
            jumps.push(this.push(JMP));
            this.y[split] = this.op.length;
          } else {
            this.emit(n.xs[k]!);
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
