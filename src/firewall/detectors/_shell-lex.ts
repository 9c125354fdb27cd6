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
  return new Map<string, string | null>([
    ['HOME', '~'],
    ['IFS', ' '],
    ['PWD', '.'],
  ]);
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
    const e = src[i + 1] as string;
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
    const to = k < commas.length ? (commas[k] as number) : close;
    for (const mid of braceExpand(t.slice(from, to))) {
      for (const tail of tails) {
        if (out.length < MAX_BRACE_WORDS) out.push(pre + mid + tail);
      }
    }
    from = to + 1;
  }
  return out;
}

function literalBraces(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i] as string;
    out += c === BR_OPEN ? '{' : c === BR_COMMA ? ',' : c === BR_CLOSE ? '}' : c;
  }
  return out;
}

/**
 * Evaluates, without running anything, a pipeline that only prints a constant: `echo`/`printf` of
 * literal text, then any of `base64 -d`, `xxd -r -p`, `rev`, `tr` ROT13. Null when it does
 * something else.
 */
export function evalPrinter(cmds: readonly Cmd[], from: number, to = cmds.length): string | null {
  const first = cmds[from];
  if (first === undefined || first.redirs.length > 0) return null;
  const w = first.words;
  const prog = w[0]?.t;
  let out: string;
  let k = 1;
  if (prog === 'echo') {
    while (k < w.length && /^-[neE]+$/.test((w[k] as Word).t)) k++;
    out = w
      .slice(k)
      .map((x) => x.t)
      .join(' ');
  } else if (prog === 'printf') {
    const fmt = w[1]?.t;
    if (fmt === undefined) return null;
    out = fmt === '%s' ? (w[2]?.t ?? '') : printfUnescape(fmt);
  } else return null;
  if (out.indexOf(UNKNOWN) >= 0 || w.some((x) => x.dyn)) return null;
  for (let j = from + 1; j < to; j++) {
    const c = cmds[j] as Cmd;
    if (!c.pipeIn || c.pipe !== first.pipe) break;
    const f = filter(c, out);
    if (f === null) return null;
    out = f;
  }
  return out.length > MAX_EVAL ? null : out;
}

function printfUnescape(fmt: string): string {
  if (fmt.indexOf('\\') < 0) return fmt;
  const [s] = ansiC(`${fmt}'`, 0);
  return s;
}

/** Applies one decoding filter of a printed constant; null when `c` is not one. */
export function filter(c: Cmd, input: string): string | null {
  const w = c.words.map((x) => x.t);
  const p = w[0];
  const flags = w.slice(1).join(' ');
  if ((p === 'base64' || p === 'openssl') && /(^| )(-d|--decode|-D)( |$)/.test(flags)) return base64(input.trim());
  if (p === 'base32' && /(^| )(-d|--decode)( |$)/.test(flags)) return null;
  if (p === 'xxd' && flags.indexOf('-r') >= 0) return hex(input);
  if (p === 'rev') return input.split('\n').map(reverse).join('\n');
  if (p === 'tr' && w.length === 3 && /^(a-z|A-Za-z|a-zA-Z)$/.test(w[1] as string)) {
    if (/^(n-za-m|N-ZA-Mn-za-m|n-za-mN-ZA-M)$/.test(w[2] as string)) return rot13(input);
  }
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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 (standard or URL alphabet) to a Latin-1 string; null when it is not base64. */
export function base64(s: string): string | null {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length && out.length < MAX_EVAL; i++) {
    const ch = s[i] as string;
    if (ch === '=' || ch === '\n' || ch === ' ') continue;
    let v = B64.indexOf(ch);
    if (ch === '-') v = 62;
    else if (ch === '_') v = 63;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 255);
    }
  }
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

/**
 * Reads `src` as a shell line. `vars` is updated with the line's assignments; `depth` counts the
 * nesting of substitutions being evaluated (none past `maxDepth`).
 */
export function lex(src: string, vars: Vars, depth = 0, maxDepth = 3): Parsed {
  const cmds: Cmd[] = [];
  const subs: Sub[] = [];
  const n = src.length;
  let pipe = 0;
  let pipeIn = false;
  let cur: Cmd = { words: [], redirs: [], pipe, pipeIn, s: -1, e: 0 };
  // The word being built.
  let buf = '';
  let inWord = false;
  let ws = 0;
  let wq = false;
  let wdyn = false;
  let wsub = false;
  // Where a finished word goes: the command's words, or the target of a pending redirection.
  let pendingRedir: { op: string; fd: number } | null = null;

  const startWord = (at: number): void => {
    if (!inWord) {
      inWord = true;
      ws = at;
      buf = '';
      wq = false;
      wdyn = false;
      wsub = false;
    }
  };
  const endWord = (at: number): void => {
    if (!inWord) return;
    inWord = false;
    const texts = buf.indexOf(BR_OPEN) >= 0 ? braceExpand(buf) : [buf];
    if (cur.s < 0) cur.s = ws;
    cur.e = at;
    for (const raw of texts) {
      const t = literalBraces(raw);
      const w: Word = { t, s: ws, e: at, q: wq, dyn: wdyn, sub: wsub };
      if (pendingRedir !== null) {
        cur.redirs.push({ op: pendingRedir.op, fd: pendingRedir.fd, target: w });
        pendingRedir = null;
      } else cur.words.push(w);
    }
  };
  const endCmd = (op: string): void => {
    if (cur.words.length > 0 || cur.redirs.length > 0) {
      assignments(cur, vars);
      cmds.push(cur);
    }
    if (op === '|' || op === '|&') pipeIn = true;
    else {
      pipeIn = false;
      pipe++;
    }
    cur = { words: [], redirs: [], pipe, pipeIn, s: -1, e: 0 };
    pendingRedir = null;
  };
  /** Appends an expansion's value; unquoted, its spaces split words. */
  const appendValue = (v: string, quoted: boolean, at: number, next: number): void => {
    if (quoted) {
      buf += v;
      return;
    }
    for (let k = 0; k < v.length; k++) {
      const ch = v[k] as string;
      if (ch === ' ' || ch === '\t' || ch === '\n') {
        endWord(at);
      } else {
        startWord(at);
        buf += ch;
      }
    }
    void next;
  };
  /** A substitution whose source is `inner`: evaluated when it only prints, else unknown. */
  const substitute = (inner: string, kind: string, s: number, e: number, quoted: boolean): void => {
    subs.push({ src: inner, s, e, kind });
    let v: string | null = null;
    if (depth < maxDepth && inner.length <= MAX_EVAL) {
      const p = lex(inner, new Map(vars), depth + 1, maxDepth);
      if (p.cmds.length > 0) {
        const c0 = p.cmds[0] as Cmd;
        const last = p.cmds[p.cmds.length - 1] as Cmd;
        if (c0.pipe === last.pipe) v = evalPrinter(p.cmds, 0);
      }
    }
    startWord(s);
    if (v === null) {
      buf += UNKNOWN;
      wdyn = true;
      wsub = true;
    } else appendValue(v.replace(/\n+$/, ''), quoted, s, e);
  };
  /** Reads `$…` at `i` (the dollar); returns the next index. */
  const dollar = (i: number, quoted: boolean): number => {
    const c = src.charCodeAt(i + 1);
    if (c === 40) {
      // $( … ) or $(( … ))
      if (src.charCodeAt(i + 2) === 40) {
        const end = matchParen(src, i + 3);
        startWord(i);
        buf += UNKNOWN;
        wdyn = true;
        const close = src.charCodeAt(end + 1) === 41 ? end + 2 : end + 1;
        return Math.min(n, close);
      }
      const end = matchParen(src, i + 2);
      substitute(src.slice(i + 2, end), '$(', i, Math.min(n, end + 1), quoted);
      return Math.min(n, end + 1);
    }
    if (c === 123) {
      // ${ … }
      const end = src.indexOf('}', i + 2);
      const body = src.slice(i + 2, end < 0 ? n : end);
      const next = end < 0 ? n : end + 1;
      startWord(i);
      let k = 0;
      while (k < body.length && isNameChar(body.charCodeAt(k))) k++;
      const name = body.slice(0, k);
      const op = body.slice(k);
      let v: string | null | undefined;
      if (name.length === 0) v = null;
      else if (/^[0-9]+$/.test(name)) v = '';
      else v = vars.get(name);
      if (op.length > 0) {
        if ((op.startsWith(':-') || op.startsWith('-')) && (v === undefined || v === ''))
          v = op.slice(op[0] === ':' ? 2 : 1);
        else if (op.startsWith(':-') || op.startsWith('-') || op.startsWith(':+') || op.startsWith('+')) {
          if (op[1] === '+' || op[0] === '+') v = v === undefined || v === '' ? '' : op.slice(op[0] === ':' ? 2 : 1);
        } else v = null;
      }
      if (v === undefined || v === null) {
        buf += UNKNOWN;
        wdyn = true;
      } else appendValue(v, quoted, i, next);
      return next;
    }
    if (c === 39 && !quoted) {
      startWord(i);
      const [s, next] = ansiC(src, i + 2);
      wq = true;
      buf += s;
      return next;
    }
    if (c === 34 && !quoted) {
      startWord(i);
      return dquote(i + 1);
    }
    if (c >= 48 && c <= 57) {
      startWord(i);
      return i + 2; // positional parameters: empty
    }
    if (c === 64 || c === 42) {
      startWord(i);
      return i + 2; // $@ $*
    }
    if (c === 36 || c === 33 || c === 63 || c === 35 || c === 45) {
      startWord(i);
      buf += UNKNOWN;
      wdyn = true;
      return i + 2;
    }
    if (isNameStart(c)) {
      let k = i + 1;
      while (k < n && isNameChar(src.charCodeAt(k))) k++;
      const v = vars.get(src.slice(i + 1, k));
      startWord(i);
      if (v === undefined || v === null) {
        buf += UNKNOWN;
        wdyn = true;
      } else appendValue(v, quoted, i, k);
      return k;
    }
    startWord(i);
    buf += '$';
    return i + 1;
  };
  /** Reads a backtick substitution at `i`; returns the next index. */
  const backtick = (i: number, quoted: boolean): number => {
    let k = i + 1;
    let inner = '';
    while (k < n) {
      const c = src.charCodeAt(k);
      if (c === 96) break;
      if (c === 92 && k + 1 < n) {
        const d = src[k + 1] as string;
        inner += d === '`' || d === '\\' || d === '$' ? d : `\\${d}`;
        k += 2;
        continue;
      }
      inner += src[k];
      k++;
    }
    substitute(inner, '`', i, Math.min(n, k + 1), quoted);
    return Math.min(n, k + 1);
  };
  /** Reads a double-quoted string whose opening quote is at `i`; returns the next index. */
  const dquote = (i: number): number => {
    wq = true;
    let k = i + 1;
    while (k < n) {
      const c = src.charCodeAt(k);
      if (c === 34) return k + 1;
      if (c === 92 && k + 1 < n) {
        const d = src.charCodeAt(k + 1);
        if (d === 10) {
          k += 2;
          continue;
        }
        if (d === 36 || d === 96 || d === 34 || d === 92) {
          buf += src[k + 1];
          k += 2;
          continue;
        }
        buf += '\\';
        k++;
        continue;
      }
      if (c === 36) {
        k = dollar(k, true);
        continue;
      }
      if (c === 96) {
        k = backtick(k, true);
        continue;
      }
      buf += src[k];
      k++;
    }
    return n;
  };

  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9) {
      endWord(i);
      i++;
      continue;
    }
    if (c === 92) {
      if (i + 1 >= n) {
        i++;
        continue;
      }
      const d = src.charCodeAt(i + 1);
      if (d === 10 || (d === 13 && src.charCodeAt(i + 2) === 10)) {
        i += d === 13 ? 3 : 2;
        continue;
      }
      startWord(i);
      wq = true;
      buf += src[i + 1];
      i += 2;
      continue;
    }
    if (c === 10 || c === 13) {
      endWord(i);
      endCmd(';');
      i++;
      continue;
    }
    if (c === 35 && !inWord) {
      // A comment runs to the end of the line.
      const lf = src.indexOf('\n', i);
      i = lf < 0 ? n : lf;
      continue;
    }
    if (c === 59 || c === 38 || c === 124) {
      const d = src.charCodeAt(i + 1);
      if (c === 38 && d === 62) {
        // &> and &>>: both streams to a file.
        endWord(i);
        const two = src.charCodeAt(i + 2) === 62;
        pendingRedir = { op: two ? '>>' : '>', fd: -1 };
        i += two ? 3 : 2;
        continue;
      }
      endWord(i);
      let op = String.fromCharCode(c);
      if (d === c || (c === 124 && d === 38)) {
        op += String.fromCharCode(d);
        i += 2;
      } else i++;
      endCmd(op);
      continue;
    }
    if (c === 40 || c === 41) {
      if (c === 40 && inWord) {
        // name( … ): a function definition or an array assignment; the name ends here.
        endWord(i);
      }
      endWord(i);
      endCmd(';');
      i++;
      continue;
    }
    if (c === 60 || c === 62) {
      const d = src.charCodeAt(i + 1);
      if (d === 40) {
        // <( … ) or >( … ): a process substitution, a word of its own.
        const end = matchParen(src, i + 2);
        subs.push({ src: src.slice(i + 2, end), s: i, e: Math.min(n, end + 1), kind: c === 60 ? '<(' : '>(' });
        startWord(i);
        buf += `/dev/fd/${c === 60 ? '<' : '>'}`;
        wdyn = true;
        i = Math.min(n, end + 1);
        continue;
      }
      // An fd number written just before the operator.
      let fd = c === 60 ? 0 : 1;
      if (inWord && /^[0-9]$/.test(buf) && !wq) {
        fd = buf.charCodeAt(0) - 48;
        inWord = false;
      } else endWord(i);
      let op = String.fromCharCode(c);
      let k = i + 1;
      while (k < n && k < i + 3) {
        const e = src.charCodeAt(k);
        if (e === 62 || e === 60 || e === 38 || e === 124 || (e === 45 && op === '<<')) {
          op += String.fromCharCode(e);
          k++;
        } else break;
      }
      if (op.endsWith('&')) {
        // 2>&1, >&2, <&0: a descriptor, not a file (but >& file is both streams to a file).
        let m = k;
        while (m < n && src.charCodeAt(m) >= 48 && src.charCodeAt(m) <= 57) m++;
        if (m < n && src.charCodeAt(m) === 45) m++;
        if (m > k) {
          if (cur.s < 0) cur.s = i;
          cur.e = m;
          i = m;
          continue;
        }
        op = op.slice(0, -1);
      }
      if (cur.s < 0) cur.s = i;
      pendingRedir = { op, fd };
      i = k;
      continue;
    }
    // Word characters.
    if (c === 39) {
      startWord(i);
      wq = true;
      const j = src.indexOf("'", i + 1);
      const end = j < 0 ? n : j;
      buf += src.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === 34) {
      startWord(i);
      i = dquote(i);
      continue;
    }
    if (c === 36) {
      i = dollar(i, false);
      continue;
    }
    if (c === 96) {
      i = backtick(i, false);
      continue;
    }
    startWord(i);
    if (c === 123) buf += BR_OPEN;
    else if (c === 125) buf += BR_CLOSE;
    else if (c === 44) buf += BR_COMMA;
    else {
      // A run of ordinary characters at once.
      let k = i + 1;
      while (k < n) {
        const e = src.charCodeAt(k);
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
      buf += src.slice(i, k);
      i = k;
      continue;
    }
    i++;
  }
  endWord(n);
  endCmd(';');
  return { cmds, subs };
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
    const x = w[k] as Word;
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
