/**
 * A POSIX sh / bash lexer for the shell detector: reads one line of text the way a shell would
 * before running it, and returns simple commands whose words are already unquoted and expanded as
 * far as can be done without running anything.
 *
 * Resolved statically: single and double quotes, backslash escapes, ANSI-C `$'…'` (hex, octal,
 * Unicode and letter escapes), `$"…"`, line continuations, empty quotes inside a word (`r""m`),
 * `$IFS` / `${IFS}` as a separator, locally assigned variables (`a=rm; $a -rf /`, also split on
 * spaces when unquoted), `$HOME` as `~`, positional parameters as empty, brace expansion
 * (`{rm,-rf,/}`, `/{etc,usr}`), and command substitutions that only print a constant
 * (`$(echo cm0= | base64 -d)`). What stays unknown is marked on the word (`dyn`), and the source of
 * every command substitution, backtick and process substitution is returned for the caller to
 * examine in turn.
 *
 * Every loop advances its index; matching brackets are found by one forward scan each, and a
 * scan that reaches the end marks the rest as consumed, so a line is read in time linear in its
 * length per nesting level, and nesting is bounded by the caller.
 *
 * @internal Not part of the public API.
 */
import { decodeBase64Loose } from '../../text/_base64.js';

/** Stands for an expansion whose value is unknown, inside a word's text. */
export const UNKNOWN = '\u0001';
/** Unquoted brace-expansion characters, kept apart from quoted ones until words are complete. */
const BR_OPEN = '\uE000';
const BR_COMMA = '\uE001';
const BR_CLOSE = '\uE002';
/** Words one brace expression may expand to, at most. */
const MAX_BRACE_WORDS = 32;
/** Decoded bytes of a statically evaluated substitution, at most. */
const MAX_EVAL = 4096;

/** One word of a command, unquoted. */
export interface Word {
  /** The text after quote removal and static expansion; {@link UNKNOWN} marks unknown parts. */
  t: string;
  /** Offsets of the word in the source line (end exclusive). */
  s: number;
  e: number;
  /** Some part of it was quoted. */
  q: boolean;
  /** Some part of it could not be resolved statically. */
  dyn: boolean;
  /** Some part came from a command substitution that could not be evaluated. */
  sub: boolean;
  /**
   * It begins with a variable never assigned on the line, read bare (`$v/*`, `"${v}/"`): where the
   * variable is unset, the word begins with what follows it.
   */
  unset: boolean;
}

/** A redirection: operator, source descriptor and target word. */
export interface Redir {
  op: string;
  fd: number;
  target: Word;
}

/** A simple command. `pipe` numbers its pipeline; `pipeIn` says it reads the previous command. */
export interface Cmd {
  words: Word[];
  redirs: Redir[];
  pipe: number;
  pipeIn: boolean;
  s: number;
  e: number;
}

/** Source text that the shell runs as commands of its own. */
export interface Sub {
  src: string;
  s: number;
  e: number;
  /** `$(`, a backtick, `<(` or `>(`. */
  kind: string;
}

/** A line, read. */
export interface Parsed {
  cmds: Cmd[];
  subs: Sub[];
}

/** Variables known at a point of the line: a value, or null when assigned something unknown. */
export type Vars = Map<string, string | null>;

/** The variables a fresh line starts with. */
export function initialVars(): Vars {
  // Set one by one: a map built from a list of pairs allocates an array per pair, on every line read.
  const vars: Vars = new Map<string, string | null>();
  vars.set('HOME', '~');
  vars.set('IFS', ' ');
  vars.set('PWD', '.');
  // What a login shell on a standard layout has, so that `${PATH:0:1}` is `/` and `| $SHELL` a shell.
  vars.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  vars.set('SHELL', '/bin/bash');
  vars.set('BASH', '/bin/bash');
  return vars;
}

/** A variable name in make's `$(NAME)` spelling: capitals, digits and `_`. */
const MAKE_NAME = /^[A-Z_][A-Z0-9_]{0,31}$/;

/** Longest value a parameter operator is applied to; longer ones stay unknown. */
const MAX_PARAM = 512;
/**
 * Prefix and suffix removal tries every cut with a glob match: values, patterns and the number of
 * such expansions per line are bounded so that a line of them costs a bounded amount per character.
 */
const MAX_CUT_VALUE = 64;
const MAX_CUT_PATTERN = 16;
const MAX_CUTS = 8;

/**
 * Applies a parameter-expansion operator (the part of `${name…}` after the name) to the variable's
 * value: `undefined` when unset, null when unknown. Defaults (`:-`, `-`, `:=`, `=`), alternatives
 * (`:+`, `+`) and checks (`:?`, `?`) follow sh; substrings (`:off:len`), prefix and suffix
 * removal (`#`, `##`, `%`, `%%`, glob patterns) and replacement of a literal (`/`, `//`) and case
 * changes (`^^`, `,,`, `^`, `,`) follow bash. Any other operator, one applied to an unknown value,
 * or a removal past the line's budget (`mayCut` false), gives null: unknown.
 */
function paramOp(v: string | null | undefined, op: string, mayCut: boolean): string | null | undefined {
  const colon = op[0] === ':';
  const kind = colon ? op[1] : op[0];
  const word = op.slice(colon ? 2 : 1);
  if (kind === '-' || kind === '=') return v === undefined || (colon && v === '') ? word : v;
  if (kind === '+') return v === undefined || (colon && v === '') ? '' : v === null ? null : word;
  if (kind === '?') return v === undefined ? null : v;
  if (typeof v !== 'string' || v.length > MAX_PARAM) return null;
  if (colon) {
    // `${v:off}`, `${v:off:len}`, `${v: -off}`: bash substrings.
    // An empty offset is 0 (`${v::1}`).
    const m = /^\s*(-?[0-9]{0,4})(?::\s*(-?[0-9]{1,4}))?$/.exec(op.slice(1));
    if (m === null || (m[1] === '' && m[2] === undefined)) return null;
    let start = Number(m[1]);
    if (start < 0) start = Math.max(0, v.length + start);
    if (m[2] === undefined) return v.slice(start);
    const len = Number(m[2]);
    return len < 0 ? v.slice(start, Math.max(start, v.length + len)) : v.slice(start, start + len);
  }
  if (kind === '#' || kind === '%') {
    const longest = op[1] === kind;
    const pat = op.slice(longest ? 2 : 1);
    if (!mayCut || pat.length > MAX_CUT_PATTERN || v.length > MAX_CUT_VALUE) return null;
    // Shortest or longest prefix (`#`) or suffix (`%`) the pattern matches, removed.
    let cut = -1;
    for (let k = 0; k <= v.length; k++) {
      const n = longest ? v.length - k : k;
      if (kind === '#' ? globMatch(pat, v.slice(0, n)) : globMatch(pat, v.slice(v.length - n))) {
        cut = n;
        break;
      }
    }
    if (cut < 0) return v;
    return kind === '#' ? v.slice(cut) : v.slice(0, v.length - cut);
  }
  if (kind === '/') {
    const all = op[1] === '/';
    const rest = op.slice(all ? 2 : 1);
    const slash = rest.indexOf('/');
    const pat = slash < 0 ? rest : rest.slice(0, slash);
    const rep = slash < 0 ? '' : rest.slice(slash + 1);
    if (pat.length === 0 || /[*?[#%]/.test(pat[0] as string) || /[*?[]/.test(pat)) return null;
    return all ? v.split(pat).join(rep) : v.replace(pat, () => rep);
  }
  if (op === '^^') return v.toUpperCase();
  if (op === ',,') return v.toLowerCase();
  if (op === '^') return v.charAt(0).toUpperCase() + v.slice(1);
  if (op === ',') return v.charAt(0).toLowerCase() + v.slice(1);
  return null;
}

/** Operators on all positional parameters that only filler uses: case changes, removals, replacements. */
const FILLER_OP = /^(?:\^\^?|,,?|~~?|##?|%%?|\/\/?)/;

/**
 * The value of a `${…}` body on all positional parameters, none being set: `'empty'`, `'junk'`
 * (empty, with an operator only filler uses), `'shell'` (`${!#}`, which is `$0`), the default word
 * of `${@:-w}` and the like, or undefined when the body is not on all positional parameters.
 */
function positionalAll(body: string): string | undefined {
  const c0 = body.charCodeAt(0);
  if (c0 === 33) {
    if (body === '!#') return 'shell';
    return body === '!@' || body === '!*' ? 'junk' : undefined;
  }
  if (c0 !== 64 && c0 !== 42) return undefined;
  const op = body.slice(1);
  if (op === '') return 'empty';
  if (FILLER_OP.test(op)) return 'junk';
  const colon = op[0] === ':';
  const kind = colon ? op[1] : op[0];
  if (kind === '-' || kind === '=') return op.slice(colon ? 2 : 1) || 'empty';
  return 'empty';
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Characters that end an unquoted word. */
function isBreak(c: number): boolean {
  // space tab LF CR ; & | ( ) < >
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 59 ||
    c === 38 ||
    c === 124 ||
    c === 40 ||
    c === 41 ||
    c === 60 ||
    c === 62
  );
}

/**
 * The end of a `(`…`)` group opened just before `i`, honoring quotes, escapes and nesting; the
 * index of the closing parenthesis, or the source length when it never closes.
 */
export function matchParen(src: string, i: number): number {
  let depth = 1;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 39) {
      const j = src.indexOf("'", i + 1);
      i = j < 0 ? n : j + 1;
    } else if (c === 34) {
      i++;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else i++;
      }
      i++;
    } else if (c === 40) {
      depth++;
      i++;
    } else if (c === 41) {
      if (--depth === 0) return i;
      i++;
    } else i++;
  }
  return n;
}

/** Decodes the body of `$'…'` starting at `i` (after the quote); returns text and the next index. */
function ansiC(src: string, i: number): [string, number] {
  let out = '';
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 39) return [out, i + 1];
    if (c !== 92 || i + 1 >= n) {
      out += src[i];
      i++;
      continue;
    }
    // i + 1 < n = src.length
    const e = src[i + 1]!;
    i += 2;
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'e':
      case 'E':
        out += '\x1b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x':
      case 'u':
      case 'U': {
        const max = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        let v = 0;
        let k = 0;
        while (k < max && i < n) {
          const h = hexVal(src.charCodeAt(i));
          if (h < 0) break;
          v = v * 16 + h;
          i++;
          k++;
        }
        if (k === 0) out += `\\${e}`;
        else out += v <= 0x10ffff ? String.fromCodePoint(v) : '\ufffd';
        break;
      }
      case 'c':
        if (i < n) {
          out += String.fromCharCode(src.charCodeAt(i) & 31);
          i++;
        }
        break;
      default:
        if (e >= '0' && e <= '7') {
          let v = e.charCodeAt(0) - 48;
          let k = 1;
          while (k < 3 && i < n) {
            const d = src.charCodeAt(i);
            if (d < 48 || d > 55) break;
            v = v * 8 + d - 48;
            i++;
            k++;
          }
          out += String.fromCharCode(v & 255);
        } else out += e; // \\ \' \" \? and unknown letters stand for themselves
    }
  }
  return [out, n];
}

/** Brace-expands a word whose unquoted braces and commas are sentinels; bounded. */
function braceExpand(t: string): string[] {
  const open = t.indexOf(BR_OPEN);
  if (open < 0) return [t];
  // The matching close and the top-level commas.
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < t.length; i++) {
    const c = t[i];
    if (c === BR_OPEN) depth++;
    else if (c === BR_CLOSE) {
      if (--depth === 0) {
        close = i;
        break;
      }
    } else if (c === BR_COMMA && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    // Not an expression: the first brace is literal; expand what follows it.
    const rest = braceExpand(t.slice(open + 1));
    return rest.map((r) => `${t.slice(0, open)}{${r}`);
  }
  const pre = t.slice(0, open);
  const post = t.slice(close + 1);
  const out: string[] = [];
  let from = open + 1;
  const tails = braceExpand(post);
  for (let k = 0; k <= commas.length && out.length < MAX_BRACE_WORDS; k++) {
    // read only when k < commas.length
    const to = k < commas.length ? commas[k]! : close;
    for (const mid of braceExpand(t.slice(from, to))) {
      for (const tail of tails) {
        if (out.length < MAX_BRACE_WORDS) out.push(pre + mid + tail);
      }
    }
    from = to + 1;
  }
  return out;
}

/** Brace groups expanded per word, at most, and the longest word expanded. */
const MAX_BRACE_GROUPS = 8;
const MAX_BRACE_WORD = 512;

/** A word small enough to brace-expand: expansion copies the word once per alternative. */
function expandable(t: string): boolean {
  if (t.length > MAX_BRACE_WORD) return false;
  let groups = 0;
  for (let i = t.indexOf(BR_OPEN); i >= 0; i = t.indexOf(BR_OPEN, i + 1)) if (++groups > MAX_BRACE_GROUPS) return false;
  return groups > 0;
}

function literalBraces(t: string): string {
  if (t.indexOf(BR_OPEN) < 0 && t.indexOf(BR_COMMA) < 0 && t.indexOf(BR_CLOSE) < 0) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    // i < t.length
    const c = t[i]!;
    out += c === BR_OPEN ? '{' : c === BR_COMMA ? ',' : c === BR_CLOSE ? '}' : c;
  }
  return out;
}

/** Glob match of one component (`*`, `?`, `[…]`), iterative, O(pattern × text). */
export function globMatch(pat: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const pc = pat[p];
    if (pc === '[') {
      const close = pat.indexOf(']', p + 2);
      if (close > 0) {
        const set = pat.slice(p + 1, close);
        const neg = set[0] === '!' || set[0] === '^';
        const body = neg ? set.slice(1) : set;
        let hit = false;
        // t < text.length (the loop's condition); k < body.length, and k + 2 < body.length before body[k + 2]
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && k + 2 < body.length) {
            if (text[t]! >= body[k]! && text[t]! <= body[k + 2]!) hit = true;
            k += 2;
          } else if (body[k] === text[t]) hit = true;
        }
        if (hit !== neg) {
          p = close + 1;
          t++;
          continue;
        }
      }
    } else if (pc === '?' || (pc !== undefined && pc !== '*' && pc === text[t])) {
      p++;
      t++;
      continue;
    }
    if (pc === '*') {
      star = p++;
      mark = t;
      continue;
    }
    if (star >= 0) {
      p = star + 1;
      t = ++mark;
      continue;
    }
    return false;
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}

/**
 * Evaluates, without running anything, a pipeline that only prints a constant: `echo`/`printf` of
 * literal text, then any of `base64 -d`, `xxd -r -p`, `rev`, `tr` ROT13. Null when it does
 * something else.
 */
export function evalPrinter(cmds: readonly Cmd[], from: number, to = cmds.length): string | null {
  const first = cmds[from];
  if (first === undefined) return null;
  const w = first.words;
  const prog = w[0]?.t;
  let out: string;
  let k = 1;
  const r0 = first.redirs[0];
  if (first.redirs.length > 0) {
    // `tr … <<< 'text'`, `base64 -d <<< …`: a decoding filter reading a here-string.
    if (first.redirs.length > 1 || r0 === undefined || r0.op !== '<<<' || r0.target.dyn) return null;
    const f = filter(first, `${r0.target.t}\n`);
    if (f === null) return null;
    out = f;
  } else if (prog === 'echo') {
    // k < w.length
    while (k < w.length && /^-[neE]+$/.test(w[k]!.t)) k++;
    out = w
      .slice(k)
      .map((x) => x.t)
      .join(' ');
  } else if (prog === 'printf') {
    const fmt = w[1]?.t;
    if (fmt === undefined) return null;
    const formatted = printfFormat(
      printfUnescape(fmt),
      w.slice(2).map((x) => x.t),
    );
    if (formatted === null) return null;
    out = formatted;
  } else return null;
  if (out.indexOf(UNKNOWN) >= 0 || w.some((x) => x.dyn)) return null;
  for (let j = from + 1; j < to; j++) {
    // j < to ≤ cmds.length
    const c = cmds[j]!;
    if (!c.pipeIn || c.pipe !== first.pipe) break;
    const f = filter(c, out);
    if (f === null) return null;
    out = f;
  }
  return out.length > MAX_EVAL ? null : out;
}

/**
 * `printf`'s output for an already unescaped format and its arguments: `%s`, `%b`, `%c`, `%d`,
 * `%i` and `%%`, the format reused while arguments remain, as in sh. Null for any other
 * conversion (widths, precisions, floats): the output is then unknown.
 */
function printfFormat(fmt: string, args: readonly string[]): string | null {
  let out = '';
  let a = 0;
  // Each round consumes at least one argument or ends, so rounds ≤ args.length + 1.
  for (;;) {
    const before = a;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i];
      if (c !== '%') {
        out += c;
        continue;
      }
      const conv = fmt[++i];
      if (conv === '%') out += '%';
      else if (conv === 's') out += args[a++] ?? '';
      else if (conv === 'b') out += printfUnescape(args[a++] ?? '');
      else if (conv === 'c') out += (args[a++] ?? '').charAt(0);
      else if (conv === 'd' || conv === 'i') {
        const n = Number.parseInt(args[a++] ?? '0', 10);
        out += Number.isNaN(n) ? '0' : String(n);
      } else return null;
      if (out.length > MAX_EVAL) return null;
    }
    if (a >= args.length || a === before) return out;
  }
}

function printfUnescape(fmt: string): string {
  if (fmt.indexOf('\\') < 0) return fmt;
  const [s] = ansiC(`${fmt}'`, 0);
  return s;
}

/** `tr` operands that spell ROT13, in either order. */
const ROT_SETS =
  /^(?:(?:a-z|A-Za-z|a-zA-Z) (?:n-za-m|N-ZA-Mn-za-m|n-za-mN-ZA-M)|(?:n-za-m|N-ZA-Mn-za-m|n-za-mN-ZA-M) (?:a-z|A-Za-z|a-zA-Z))$/;

/** Applies one decoding filter of a printed constant; null when `c` is not one. */
export function filter(c: Cmd, input: string): string | null {
  const w = c.words.map((x) => x.t);
  const p = w[0];
  const flags = w.slice(1).join(' ');
  if ((p === 'base64' || p === 'openssl') && /(^| )(-d|--decode|-D)( |$)/.test(flags)) return base64(input.trim());
  if (p === 'base32' && /(^| )(-d|--decode)( |$)/.test(flags)) return null;
  if (p === 'xxd' && flags.indexOf('-r') >= 0) return hex(input);
  if (p === 'rev') return input.split('\n').map(reverse).join('\n');
  // w.length === 3
  // ROT13 is its own inverse: either set may come first. w.length === 3
  if (p === 'tr' && w.length === 3 && ROT_SETS.test(`${w[1]!} ${w[2]!}`)) return rot13(input);
  return null;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function rot13(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 84) % 26) + 97);
    else if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 52) % 26) + 65);
    else out += s[i];
  }
  return out;
}

/** Decodes base64 (standard or URL alphabet) to a Latin-1 string; null when it is not base64. */
export function base64(s: string): string | null {
  const bytes = decodeBase64Loose(s, 0, s.length, MAX_EVAL, 'fail', '=\n ');
  if (bytes === null) return null;
  let out = '';
  // i < bytes.length
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

function hex(s: string): string | null {
  let out = '';
  let hi = -1;
  for (let i = 0; i < s.length && out.length < MAX_EVAL; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 58) continue;
    const h = hexVal(c);
    if (h < 0) return null;
    if (hi < 0) hi = h;
    else {
      out += String.fromCharCode(hi * 16 + h);
      hi = -1;
    }
  }
  return out;
}

/** The lexer's state over one line; see {@link lex}. */
class Lexer {
  readonly cmds: Cmd[] = [];
  readonly subs: Sub[] = [];
  readonly n: number;
  pipe = 0;
  pipeIn = false;
  cur: Cmd = { words: [], redirs: [], pipe: 0, pipeIn: false, s: -1, e: 0 };
  /** The word being built. */
  buf = '';
  inWord = false;
  ws = 0;
  wq = false;
  wdyn = false;
  wsub = false;
  wunset = false;
  /** The word holds brace sentinels. */
  wbr = false;
  /**
   * The word so far is only expansions that vanish when empty: unquoted ones, and `"$@"` or
   * `"${@…}"` (all positional parameters, none at the top of a line).
   */
  wnull = false;
  /** The word holds a positional-parameter expansion with a case, removal or replacement operator. */
  wjunk = false;
  /** The expansion just read was all positional parameters (`$@`, `${@…}`). */
  atExp = false;
  /** A redirection waiting for its target word. */
  pendingRedir: { op: string; fd: number } | null = null;
  /** Parameter expansions with an operator read so far (prefix and suffix removal is budgeted). */
  cuts = 0;

  constructor(
    readonly src: string,
    readonly vars: Vars,
    readonly depth: number,
    readonly maxDepth: number,
  ) {
    this.n = src.length;
  }

  startWord(at: number): void {
    if (!this.inWord) {
      this.inWord = true;
      this.ws = at;
      this.buf = '';
      this.wq = false;
      this.wdyn = false;
      this.wsub = false;
      this.wunset = false;
      this.wbr = false;
      this.wnull = true;
      this.wjunk = false;
    }
  }
  endWord(at: number): void {
    if (!this.inWord) return;
    this.inWord = false;
    // An expansion that is empty leaves no word: in command position always (`$@ rm`, `"${@^}" rm`
    // run `rm`), elsewhere where the expansion is one only filler would write (`${*//x}`, `${@,}`).
    if (this.buf === '' && this.wnull && this.pendingRedir === null && (this.cur.words.length === 0 || this.wjunk))
      return;
    const texts = this.wbr && expandable(this.buf) ? braceExpand(this.buf) : [this.buf];
    if (this.cur.s < 0) this.cur.s = this.ws;
    this.cur.e = at;
    for (const raw of texts) {
      const t = this.wbr ? literalBraces(raw) : raw;
      const w: Word = { t, s: this.ws, e: at, q: this.wq, dyn: this.wdyn, sub: this.wsub, unset: this.wunset };
      if (this.pendingRedir !== null) {
        this.cur.redirs.push({ op: this.pendingRedir.op, fd: this.pendingRedir.fd, target: w });
        this.pendingRedir = null;
      } else this.cur.words.push(w);
    }
  }
  endCmd(op: string): void {
    if (this.cur.words.length > 0 || this.cur.redirs.length > 0) {
      assignments(this.cur, this.vars);
      this.cmds.push(this.cur);
    }
    if (op === '|' || op === '|&') this.pipeIn = true;
    else {
      this.pipeIn = false;
      this.pipe++;
    }
    this.cur = { words: [], redirs: [], pipe: this.pipe, pipeIn: this.pipeIn, s: -1, e: 0 };
    this.pendingRedir = null;
  }
  /** Appends an expansion's value; unquoted, its spaces split words. */
  appendValue(v: string, quoted: boolean, at: number, next: number): void {
    if (quoted) {
      this.buf += v;
      return;
    }
    for (let k = 0; k < v.length; k++) {
      // k < v.length
      const ch = v[k]!;
      if (ch === ' ' || ch === '\t' || ch === '\n') {
        this.endWord(at);
      } else {
        this.startWord(at);
        this.buf += ch;
      }
    }
    void next;
  }
  /** A substitution whose source is `inner`: evaluated when it only prints, else unknown. */
  substitute(inner: string, kind: string, s: number, e: number, quoted: boolean): void {
    this.subs.push({ src: inner, s, e, kind });
    let v: string | null = null;
    if (this.depth < this.maxDepth && inner.length <= MAX_EVAL) {
      const p = lex(inner, new Map(this.vars), this.depth + 1, this.maxDepth);
      if (p.cmds.length > 0) {
        // p.cmds is not empty
        const c0 = p.cmds[0]!;
        const last = p.cmds[p.cmds.length - 1]!;
        if (c0.pipe === last.pipe) v = evalPrinter(p.cmds, 0);
      }
    }
    this.startWord(s);
    if (v === null) {
      this.buf += UNKNOWN;
      this.wdyn = true;
      this.wsub = true;
    } else this.appendValue(v.replace(/\n+$/, ''), quoted, s, e);
  }
  /** Reads `$…` at `i` (the this.dollar); returns the next index. */
  dollar(i: number, quoted: boolean): number {
    const c = this.src.charCodeAt(i + 1);
    this.atExp = false;
    if (c === 40) {
      // $( … ) or $(( … ))
      if (this.src.charCodeAt(i + 2) === 40) {
        const end = matchParen(this.src, i + 3);
        this.startWord(i);
        this.buf += UNKNOWN;
        this.wdyn = true;
        const close = this.src.charCodeAt(end + 1) === 41 ? end + 2 : end + 1;
        return Math.min(this.n, close);
      }
      const end = matchParen(this.src, i + 2);
      const inner = this.src.slice(i + 2, end);
      // `$(HOME)` in a Makefile recipe is make's spelling of `${HOME}`: a name of capitals that
      // the shell knows as a variable is read as one (no program is named `HOME`).
      const makeVar = end - i <= 34 && MAKE_NAME.test(inner) ? this.vars.get(inner) : undefined;
      if (typeof makeVar === 'string') {
        this.startWord(i);
        this.appendValue(makeVar, quoted, i, Math.min(this.n, end + 1));
        return Math.min(this.n, end + 1);
      }
      this.substitute(inner, '$(', i, Math.min(this.n, end + 1), quoted);
      return Math.min(this.n, end + 1);
    }
    if (c === 123) {
      // ${ … }, whose operator's pattern may hold an escaped brace (`${v//a\}/b}`).
      let end = i + 2;
      while (end < this.n) {
        const d = this.src.charCodeAt(end);
        if (d === 125) break;
        end += d === 92 ? 2 : 1;
      }
      if (end >= this.n) end = -1;
      const body = this.src.slice(i + 2, end < 0 ? this.n : end);
      const next = end < 0 ? this.n : end + 1;
      this.startWord(i);
      const all = positionalAll(body);
      if (all !== undefined) {
        // All positional parameters, none at the top of a line: `${@}`, `${*^^}`, `${@//x/y}`,
        // `${!@}` are empty; `${@:-w}` is `w`. `${!#}` names the last one, or `$0`, the shell.
        this.atExp = body.charCodeAt(body[0] === '!' ? 1 : 0) === 64;
        if (all === 'junk' || !quoted) this.wjunk = true;
        if (all === 'shell') this.appendValue(this.vars.get('BASH') ?? 'bash', quoted, i, next);
        else if (all !== 'empty' && all !== 'junk') this.appendValue(all, quoted, i, next);
        return next;
      }
      let k = 0;
      while (k < body.length && isNameChar(body.charCodeAt(k))) k++;
      const name = body.slice(0, k);
      const op = body.slice(k);
      let v: string | null | undefined;
      if (name.length === 0) {
        // `${#name}`: the length of a known value.
        const len = /^#([A-Za-z_][A-Za-z0-9_]*)$/.exec(body);
        const known = len === null ? undefined : this.vars.get(len[1] as string);
        v = typeof known === 'string' ? String(known.length) : null;
      } else if (/^[0-9]+$/.test(name)) v = '';
      else v = this.vars.get(name);
      if (op.length > 0 && name.length > 0) v = paramOp(v, op, this.cuts++ < MAX_CUTS);
      else if (v === undefined && name.length > 0 && this.buf.length === 0) this.wunset = true;
      if (v === undefined || v === null) {
        this.buf += UNKNOWN;
        this.wdyn = true;
      } else this.appendValue(v, quoted, i, next);
      return next;
    }
    if (c === 39 && !quoted) {
      this.startWord(i);
      const [s, next] = ansiC(this.src, i + 2);
      this.wq = true;
      this.wnull = false;
      this.buf += s;
      return next;
    }
    if (c === 34 && !quoted) {
      this.startWord(i);
      return this.dquote(i + 1);
    }
    if (c >= 48 && c <= 57) {
      this.startWord(i);
      return i + 2; // positional parameters: empty
    }
    if (c === 64 || c === 42) {
      this.startWord(i);
      this.atExp = c === 64;
      // Unquoted, an empty expansion leaves no word wherever it stands.
      if (!quoted) this.wjunk = true;
      return i + 2; // $@ $*
    }
    if (c === 36 || c === 33 || c === 63 || c === 35 || c === 45) {
      this.startWord(i);
      this.buf += UNKNOWN;
      this.wdyn = true;
      return i + 2;
    }
    if (isNameStart(c)) {
      let k = i + 1;
      while (k < this.n && isNameChar(this.src.charCodeAt(k))) k++;
      const v = this.vars.get(this.src.slice(i + 1, k));
      this.startWord(i);
      if (v === undefined && this.buf.length === 0) this.wunset = true;
      if (v === undefined || v === null) {
        this.buf += UNKNOWN;
        this.wdyn = true;
      } else this.appendValue(v, quoted, i, k);
      return k;
    }
    this.startWord(i);
    this.buf += '$';
    return i + 1;
  }
  /** Reads a this.backtick substitution at `i`; returns the next index. */
  backtick(i: number, quoted: boolean): number {
    let k = i + 1;
    let inner = '';
    while (k < this.n) {
      const c = this.src.charCodeAt(k);
      if (c === 96) break;
      if (c === 92 && k + 1 < this.n) {
        // k + 1 < this.n = this.src.length
        const d = this.src[k + 1]!;
        inner += d === '`' || d === '\\' || d === '$' ? d : `\\${d}`;
        k += 2;
        continue;
      }
      inner += this.src[k];
      k++;
    }
    this.substitute(inner, '`', i, Math.min(this.n, k + 1), quoted);
    return Math.min(this.n, k + 1);
  }
  /** Reads a double-quoted string whose opening quote is at `i`; returns the next index. */
  dquote(i: number): number {
    this.wq = true;
    // Only `$@` forms inside (`"$@"`, `"${@,}"`): with no parameters the quotes make no word.
    let onlyAll = true;
    let sawAll = false;
    let k = i + 1;
    while (k < this.n) {
      const c = this.src.charCodeAt(k);
      if (c === 34) {
        if (!onlyAll || !sawAll) this.wnull = false;
        return k + 1;
      }
      if (c === 36) {
        k = this.dollar(k, true);
        if (this.atExp) sawAll = true;
        else onlyAll = false;
        continue;
      }
      onlyAll = false;
      if (c === 92 && k + 1 < this.n) {
        const d = this.src.charCodeAt(k + 1);
        if (d === 10) {
          k += 2;
          continue;
        }
        if (d === 36 || d === 96 || d === 34 || d === 92) {
          this.buf += this.src[k + 1];
          k += 2;
          continue;
        }
        this.buf += '\\';
        k++;
        continue;
      }
      if (c === 96) {
        k = this.backtick(k, true);
        continue;
      }
      this.buf += this.src[k];
      k++;
    }
    return this.n;
  }

  run(): Parsed {
    let i = 0;
    while (i < this.n) {
      const c = this.src.charCodeAt(i);
      if (c === 32 || c === 9) {
        this.endWord(i);
        i++;
        continue;
      }
      if (c === 92) {
        if (i + 1 >= this.n) {
          i++;
          continue;
        }
        const d = this.src.charCodeAt(i + 1);
        if (d === 10 || (d === 13 && this.src.charCodeAt(i + 2) === 10)) {
          i += d === 13 ? 3 : 2;
          continue;
        }
        this.startWord(i);
        this.wq = true;
        this.buf += this.src[i + 1];
        i += 2;
        continue;
      }
      if (c === 10 || c === 13) {
        this.endWord(i);
        this.endCmd(';');
        i++;
        continue;
      }
      if (c === 35 && !this.inWord) {
        // A comment runs to the end of the line.
        const lf = this.src.indexOf('\n', i);
        i = lf < 0 ? this.n : lf;
        continue;
      }
      if (c === 59 || c === 38 || c === 124) {
        const d = this.src.charCodeAt(i + 1);
        if (c === 38 && d === 62) {
          // &> and &>>: both streams to a file.
          this.endWord(i);
          const two = this.src.charCodeAt(i + 2) === 62;
          this.pendingRedir = { op: two ? '>>' : '>', fd: -1 };
          i += two ? 3 : 2;
          continue;
        }
        this.endWord(i);
        let op = String.fromCharCode(c);
        if (d === c || (c === 124 && d === 38)) {
          op += String.fromCharCode(d);
          i += 2;
        } else i++;
        this.endCmd(op);
        continue;
      }
      if (c === 40 || c === 41) {
        if (c === 40 && this.inWord) {
          // name( … ): a function definition or an array assignment; the name ends here.
          this.endWord(i);
        }
        this.endWord(i);
        this.endCmd(';');
        i++;
        continue;
      }
      if (c === 60 || c === 62) {
        const d = this.src.charCodeAt(i + 1);
        if (d === 40) {
          // <( … ) or >( … ): a process substitution, a word of its own.
          const end = matchParen(this.src, i + 2);
          this.subs.push({
            src: this.src.slice(i + 2, end),
            s: i,
            e: Math.min(this.n, end + 1),
            kind: c === 60 ? '<(' : '>(',
          });
          this.startWord(i);
          this.buf += `/dev/fd/${c === 60 ? '<' : '>'}`;
          this.wdyn = true;
          i = Math.min(this.n, end + 1);
          continue;
        }
        // An fd number written just before the operator.
        let fd = c === 60 ? 0 : 1;
        if (this.inWord && /^[0-9]$/.test(this.buf) && !this.wq) {
          fd = this.buf.charCodeAt(0) - 48;
          this.inWord = false;
        } else this.endWord(i);
        let op = String.fromCharCode(c);
        let k = i + 1;
        while (k < this.n && k < i + 3) {
          const e = this.src.charCodeAt(k);
          if (e === 62 || e === 60 || e === 38 || e === 124 || (e === 45 && op === '<<')) {
            op += String.fromCharCode(e);
            k++;
          } else break;
        }
        if (op.endsWith('&')) {
          // 2>&1, >&2, <&0: a descriptor, not a file (but >& file is both streams to a file).
          let m = k;
          while (m < this.n && this.src.charCodeAt(m) >= 48 && this.src.charCodeAt(m) <= 57) m++;
          if (m < this.n && this.src.charCodeAt(m) === 45) m++;
          if (m > k) {
            if (this.cur.s < 0) this.cur.s = i;
            this.cur.e = m;
            i = m;
            continue;
          }
          op = op.slice(0, -1);
        }
        if (this.cur.s < 0) this.cur.s = i;
        this.pendingRedir = { op, fd };
        i = k;
        continue;
      }
      // Word characters.
      if (c === 39) {
        this.startWord(i);
        this.wq = true;
        this.wnull = false;
        const j = this.src.indexOf("'", i + 1);
        const end = j < 0 ? this.n : j;
        this.buf += this.src.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (c === 34) {
        this.startWord(i);
        i = this.dquote(i);
        continue;
      }
      if (c === 36) {
        i = this.dollar(i, false);
        continue;
      }
      if (c === 96) {
        i = this.backtick(i, false);
        continue;
      }
      this.startWord(i);
      if (c === 123 || c === 125 || c === 44) {
        this.wbr = true;
        this.buf += c === 123 ? BR_OPEN : c === 125 ? BR_CLOSE : BR_COMMA;
      } else {
        // A run of ordinary characters at once.
        let k = i + 1;
        while (k < this.n) {
          const e = this.src.charCodeAt(k);
          if (
            isBreak(e) ||
            e === 39 ||
            e === 34 ||
            e === 36 ||
            e === 96 ||
            e === 92 ||
            e === 123 ||
            e === 125 ||
            e === 44 ||
            e === 35
          )
            break;
          k++;
        }
        this.buf += this.src.slice(i, k);
        i = k;
        continue;
      }
      i++;
    }
    this.endWord(this.n);
    this.endCmd(';');
    return { cmds: this.cmds, subs: this.subs };
  }
}

/**
 * Reads `src` as a shell line. `vars` is updated with the line's assignments; `depth` counts the
 * nesting of substitutions being evaluated (none past `maxDepth`).
 */
export function lex(src: string, vars: Vars, depth = 0, maxDepth = 3): Parsed {
  return new Lexer(src, vars, depth, maxDepth).run();
}

/**
 * Records a command's leading `NAME=value` words as variables (and those of `export`, `local`,
 * `declare`, `readonly`, `typeset`); a value with an unknown part is recorded as unknown. A
 * command that is only assignments keeps no words, so the caller sees an empty command.
 */
function assignments(c: Cmd, vars: Vars): void {
  const w = c.words;
  let k = 0;
  const decl = w[0] !== undefined && /^(export|local|declare|readonly|typeset)$/.test(w[0].t);
  if (decl) k = 1;
  const start = k;
  for (; k < w.length; k++) {
    // k < w.length
    const x = w[k]!;
    const eq = x.t.indexOf('=');
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(x.t.slice(0, eq))) {
      if (decl && x.t.startsWith('-')) continue;
      break;
    }
    const value = x.t.slice(eq + 1);
    if (vars.size < 256) vars.set(x.t.slice(0, eq), x.dyn || value.indexOf(UNKNOWN) >= 0 ? null : value);
  }
  if (k === w.length && (k > start || decl)) {
    // Only assignments: keep them as the command's words for rules that read them (HISTFILE=…).
    return;
  }
}
