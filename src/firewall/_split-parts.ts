/**
 * Requests cut into parts and put back together: string literals joined by an operator or a join
 * call (`'sh' + 'adow'`, `'DROP ' || 'TABLE'`, `-join ('Remove', '-Item')`, `''.join(['r', 'm'])`),
 * names defined on earlier lines or earlier in the line and used in later text (`$k`, `${k}`,
 * `%k%`, `$(K)`, `$$K`, `#{k}`, `@k`, `{k}`, `db[c][m]`, `a & b`), and definitions written the way
 * Make, CI files, AppleScript, SQL and PowerShell write them. Each function is one pass over a line
 * of bounded length, with a cheap look for the characters it needs first.
 *
 * @internal Not part of the public API.
 */

/** Longest line read for parts. */
const MAX_LINE = 1200;
/** Longest value put in for one name. */
const MAX_VALUE = 400;

/** One string literal in single or double quotes, on one line. */
const LITERAL = `(?:'[^'\\n]{0,300}'|"[^"\\n]{0,300}")`;
/** Literals joined by `+`, `||`, `&`, `..` (Lua) or a spaced `.` (PHP, Perl), two or more. */
const CHAIN = new RegExp(`${LITERAL}(?:(?:[ \\t]*(?:\\+|\\|\\||&|\\.\\.)[ \\t]*|[ \\t]+\\.[ \\t]+)${LITERAL})+`, 'g');
/** A join call over literals only: `-join (…)`, `''.join([…])`, `[…].join('')`, `concat(…)`. */
const JOIN_CALL = new RegExp(
  `-join\\s*\\(\\s*(${LITERAL}(?:\\s*,\\s*${LITERAL})*)\\s*\\)` +
    `|(?:''|"")\\.join\\(\\s*[[(]\\s*(${LITERAL}(?:\\s*,\\s*${LITERAL})*)\\s*,?\\s*[\\])]\\s*\\)` +
    `|\\[\\s*(${LITERAL}(?:\\s*,\\s*${LITERAL})*)\\s*\\]\\.join\\(\\s*(?:''|"")\\s*\\)` +
    `|\\bconcat(?:_ws)?\\s*\\(\\s*(${LITERAL}(?:\\s*,\\s*${LITERAL})*)\\s*\\)`,
  'gi',
);
const ONE_LITERAL = new RegExp(LITERAL, 'g');

/** The text inside each literal of `list`, joined. */
function joined(list: string): string {
  let out = '';
  for (const m of list.matchAll(ONE_LITERAL)) out += m[0].slice(1, -1);
  return out;
}

/** `body` in quotes that it does not contain. */
function quote(body: string, like = "'"): string {
  // The quote the parts were written with, so that a run inside a string of the other quote
  // (`ruby -e 'm = "sys" + "tem"'`) stays inside it.
  if (like === '"' && !body.includes('"')) return `"${body}"`;
  if (!body.includes("'")) return `'${body}'`;
  if (!body.includes('"')) return `"${body}"`;
  return `'${body.replace(/'/g, '')}'`;
}

/**
 * `line` with each run of joined literals written as the one literal it makes, or `line` itself
 * when it joins none. A line without a quote, or without `+`, `|`, `&`, `..`, ` . ` or `join`, is
 * returned at once.
 */
export function foldLiterals(line: string): string {
  if (line.length > MAX_LINE) return line;
  if (line.indexOf("'") < 0 && line.indexOf('"') < 0) return line;
  let out = line;
  if (/join|concat/i.test(out)) {
    out = out.replace(JOIN_CALL, (all, a?: string, b?: string, c?: string, d?: string) => {
      const list = a ?? b ?? c ?? d;
      return list === undefined ? all : quote(joined(list), list.trimStart()[0]);
    });
  }
  // The joiners of `CHAIN`: `+`, `||`, `&`, `..`, and ` . ` between spaces.
  if (/[+|&]|\.\.|\s\.\s/.test(out)) {
    out = out.replace(CHAIN, (run) => quote(joined(run), run[0]));
  }
  return out;
}

/**
 * A definition in a form the line reader of plain `name=value` does not take: Make's `NAME =
 * value` and `NAME := value` (a name in capitals, the value the rest of the line, `$(shell cmd)`
 * read as the command's output `$(cmd)`), a CI map's `  NAME: several words`, AppleScript's `set
 * name to "…"`, SQL's `SET @name = '…'` and `DECLARE @name … = '…'`, and a literal built of joined
 * literals (`h = '198.51.' + '100.23'`, after {@link foldLiterals}). Returns the name and value,
 * or null.
 */
export function otherDefinition(line: string): [string, string] | null {
  if (line.length > MAX_VALUE) return null;
  let m = MAKE_DEFINITION.exec(line);
  if (m !== null) return [m[1] as string, (m[2] as string).replace(MAKE_SHELL, '$(').trim()];
  m = YAML_WORDS.exec(line);
  if (m !== null) return [m[1] as string, (m[2] as string).trim()];
  m = APPLESCRIPT_SET.exec(line);
  if (m !== null) return [m[1] as string, m[3] as string];
  m = SQL_SET.exec(line);
  if (m !== null) return [m[1] as string, (m[3] as string).replace(/''/g, "'")];
  return null;
}

const MAKE_DEFINITION = /^([A-Z][A-Z0-9_]{0,31})[ \t]*(?::=|\?=|::=|=)[ \t]*([^\s=][^\n]{0,300})$/;
const MAKE_SHELL = /\$\(shell\s+/g;
/** `  NAME: words with spaces` under a CI file's environment; a comment after ` #` is left out. */
const YAML_WORDS = /^\s+([A-Z][A-Z0-9_]{0,31}):[ \t]+([^\s'"#|>&*!%@`{[][^#\n]{0,300}?)[ \t]*(?:#.*)?$/;
const APPLESCRIPT_SET = /^\s*set\s+([A-Za-z_]\w{0,31})\s+to\s+(["'])(.{0,300})\2\s*$/i;
const SQL_SET =
  /^\s*(?:set|declare)\s+(@[A-Za-z_]\w{0,31})(?:\s+n?(?:var)?char\s*\(\s*(?:\d+|max)\s*\)|\s+text)?\s*=\s*N?(')((?:[^']|''){0,300})'\s*;?\s*$/i;

/** `$name += '…'` or `name += "…"`: an addition to a string defined before. */
export function appended(line: string): [string, string] | null {
  if (line.length > MAX_VALUE || line.indexOf('+=') < 0) return null;
  const m = APPEND.exec(line);
  return m === null ? null : [m[1] as string, m[3] as string];
}
const APPEND = /^\s*\$?([A-Za-z_]\w{0,31})\s*\+=\s*(["'])(.{0,300})\2\s*;?\s*$/;

/**
 * Definitions earlier in the same line: `const c = "orders"; let m = 'x';`, `$a='…';`, and the first
 * statement of code handed over in quotes (`ruby -e 'm = "x"; …'`). The `;` after each is looked
 * at, not taken, so definitions in a row (`a='x'; b='y';`) are all read.
 */
const INLINE_DEFINITION = new RegExp(
  `(?:^|[;{]|(?<=\\s-[a-zA-Z][ \\t]*)['"]|\\b(?:const|let|var|local|my)\\b)\\s*\\$?([A-Za-z_]\\w{0,31})\\s*=\\s*(${LITERAL})(?=\\s*;)`,
  'g',
);

/** A name's definitions in one line: its value after the last (null when none holds), where each is. */
interface InlineDefinition {
  value: string | null;
  end: number;
  spans: [number, number][];
  /** Whether a definition used the name's earlier value. */
  builds: boolean;
}

/**
 * The literal definitions of `text` (see {@link INLINE_DEFINITION}) read in order. A definition
 * that uses the name's own earlier value (`f="$f/settings.xml"`, `x="${x}c"`) builds on it, the
 * earlier value coming from the line or from `names` carried before it; any other second
 * definition leaves the name with no one value. Values stay within {@link MAX_VALUE}.
 */
function inOrder(text: string, names: readonly string[], values: readonly string[]): Map<string, InlineDefinition> {
  const defs = new Map<string, InlineDefinition>();
  for (const m of text.matchAll(INLINE_DEFINITION)) {
    const name = m[1] as string;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let value: string | null = (m[2] as string).slice(1, -1);
    const seen = defs.get(name);
    const own = ownUse(name);
    const builds = value.search(own) >= 0;
    if (builds) {
      const carried = names.lastIndexOf(name);
      const before = seen !== undefined ? seen.value : carried >= 0 ? (values[carried] as string) : undefined;
      // With no earlier value the definition is taken as written.
      if (before === null) value = null;
      else if (before !== undefined) value = value.replace(own, () => before).slice(0, MAX_VALUE);
    } else if (seen !== undefined) value = null;
    if (seen === undefined) defs.set(name, { value, end, spans: [[at, end]], builds });
    else {
      seen.value = value;
      seen.builds ||= builds;
      seen.end = end;
      if (seen.spans.length < 8) seen.spans.push([at, end]);
      else seen.value = null;
    }
  }
  return defs;
}

/** `$name` or `${name}` in a value. */
function ownUse(name: string): RegExp {
  return new RegExp(`\\$(?:\\{${name}\\}|${name}(?![A-Za-z0-9_]))`, 'g');
}

/** Whether `name` is assigned (`=`, `+=`, `.=`, …, not `==`) in `text` from `from` on. */
function assignedAgain(text: string, name: string, from: number): boolean {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(end))) continue;
    if (ASSIGNS.test(text.slice(end, end + 4))) return true;
  }
  return false;
}
const ASSIGNS = /^\s*(?:[-+*/.|&]|\?\?)?=(?!=)/;

/**
 * The name `line` gives a value in a form not read as a definition (`d += chunk`, `cmd = build()`),
 * or null: a name carried before has no known value after it.
 */
export function reassigned(line: string): string | null {
  if (line.length > MAX_LINE || line.indexOf('=') < 0) return null;
  const m = REASSIGN.exec(line);
  return m === null ? null : (m[1] as string);
}
const REASSIGN = /^\s*(?:export\s+|set\s+|let\s+|local\s+|\$)?([A-Za-z_]\w{0,31})\s*(?:[-+*/.|&]|\?\?)?=(?!=)/;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * `line` with each name it uses given its value, and the literals that makes joined; null when it
 * uses none of `names` and joins no literals. Inside text (`$k`, `${k}`, `$(K)`, `$$K`, `%k%`,
 * `#{k}`, `{k}`, `@k`) the value is put in as it is; a bare name joined by an operator, passed as
 * an argument or used as a key (`a + b`, `(cmd, …)`, `db[c]`) becomes a literal, or `.value`
 * after a bracketed key. Names defined earlier in the line count too.
 */
export function expandParts(line: string, names: readonly string[], values: readonly string[]): string | null {
  if (line.length > MAX_LINE) return null;
  const folded = foldLiterals(line);
  let ns = names;
  let vs = values;
  let selfBuilt: Map<string, [number, number][]> | undefined;
  // Definitions made in the line itself (`const c = "ord" + "ers"; … db[c]`).
  if (folded.indexOf('=') >= 0 && folded.indexOf(';') >= 0) {
    let more: string[] | null = null;
    let moreValues: string[] | null = null;
    const built = inOrder(folded, names, values);
    for (const [name, def] of built) {
      // A name given another value later in the line (`d=''; … d+=c`) has no one value.
      if (def.value === null || assignedAgain(folded, name, def.end)) continue;
      more ??= names.slice();
      moreValues ??= values.slice();
      // The line's own definition stands for a name carried from before it.
      const carried = more.indexOf(name);
      if (carried >= 0) {
        more.splice(carried, 1);
        moreValues.splice(carried, 1);
      }
      more.push(name);
      moreValues.push(def.value);
      if (def.builds) {
        selfBuilt ??= new Map();
        selfBuilt.set(name, def.spans);
      }
    }
    if (more !== null && moreValues !== null) {
      ns = more;
      vs = moreValues;
    }
  }
  let out = folded;
  if (ns.length > 0) {
    // Every use of every name is found in the same text, so that one value put in never joins
    // the next name's sign to other letters (`$d$f`).
    const edits: Edit[] = [];
    for (let k = 0; k < ns.length; k++) {
      const name = ns[k] as string;
      const from = edits.length;
      usesOf(folded, name, (vs[k] as string).slice(0, MAX_VALUE), edits);
      // The definitions a name is built up by keep their text: its final value is put in after them.
      const spans = selfBuilt?.get(name);
      if (spans !== undefined) {
        const kept = edits.splice(from).filter((d) => !spans.some(([a, b]) => d.s >= a && d.s < b));
        edits.push(...kept);
      }
    }
    if (edits.length > 0) {
      edits.sort((x, y) => x.s - y.s);
      out = '';
      let last = 0;
      for (const d of edits) {
        if (d.s < last) continue;
        out += folded.slice(last, d.s) + d.put;
        last = d.e;
      }
      out = foldLiterals(out + folded.slice(last));
    }
  }
  return out === line ? null : out;
}

interface Edit {
  s: number;
  e: number;
  put: string;
}

/**
 * The quote a literal put in at `at` is written with: a double quote inside a single-quoted string
 * (`ruby -e 'm = "x"; send(m)'`), which a single quote would end; a single quote elsewhere.
 */
function quoteAt(text: string, at: number, value: string): string {
  let inside = false;
  for (let i = text.indexOf("'"); i >= 0 && i < at; i = text.indexOf("'", i + 1)) inside = !inside;
  return quote(value, inside ? '"' : "'");
}

/** The uses of `name` in `text` (see {@link expandParts}), each with what is put in its place. */
function usesOf(text: string, name: string, value: string, edits: Edit[]): void {
  if (name.length === 0) return;
  const sigil = name.charCodeAt(0) === 64; // `@name` of SQL
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const b = at > 0 ? text.charCodeAt(at - 1) : 32;
    const a = end < text.length ? text.charCodeAt(end) : 32;
    if (isWordChar(a) || (!sigil && isWordChar(b))) continue;
    let s = at;
    let e = end;
    let put: string | null = null;
    if (sigil) put = bare(text, s, e) ? quoteAt(text, s, value) : value;
    else if (b === 36) {
      // `$name`, `$$name`: a literal when joined by an operator (PowerShell's `$a + $b`)
      s = at >= 2 && text.charCodeAt(at - 2) === 36 ? at - 2 : at - 1;
      put = bare(text, s, e) ? quoteAt(text, s, value) : value;
    } else if (b === 123 && a === 125) {
      // `${name}`, `#{name}`, `{name}`
      const c = at >= 2 ? text.charCodeAt(at - 2) : 32;
      s = c === 36 || c === 35 ? at - 2 : at - 1;
      e = end + 1;
      put = value;
    } else if (b === 40 && a === 41 && at >= 2 && text.charCodeAt(at - 2) === 36) {
      // Make's `$(NAME)`
      s = at - 2;
      e = end + 1;
      put = value;
    } else if (b === 37 && a === 37) {
      s = at - 1;
      e = end + 1;
      put = value;
    } else if (b === 91 && a === 93) {
      // A key: `db[c]` reads as `db.value`
      s = at - 1;
      e = end + 1;
      put = /^[A-Za-z_$][\w$]*$/.test(value) ? `.${value}` : `[${quoteAt(text, s, value)}]`;
    } else if (b !== 46 && bare(text, s, e)) put = quoteAt(text, s, value);
    if (put !== null) edits.push({ s, e, put });
  }
}

/** Whether the name at `s`–`e` stands bare where a value goes: joined by an operator, or as an argument. */
function bare(text: string, s: number, e: number): boolean {
  let i = s - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let j = e;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  const before = i >= 0 ? text.charCodeAt(i) : 0;
  const after = j < text.length ? text.charCodeAt(j) : 0;
  // `+`, `||`, a single `&` (AppleScript, VB)
  if (before === 43 || after === 43) return true;
  if ((before === 124 && text.charCodeAt(i - 1) === 124) || (after === 124 && text.charCodeAt(j + 1) === 124))
    return true;
  if ((before === 38 && text.charCodeAt(i - 1) !== 38) || (after === 38 && text.charCodeAt(j + 1) !== 38)) return true;
  // `(name)`, `(name, …)`, `(…, name)`
  return (before === 40 || before === 44) && (after === 41 || after === 44);
}
