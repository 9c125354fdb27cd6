/**
 * Names and statements computed from string literals, read as written out: quoted pieces joined by
 * `+`, `||`, `.`, by `CONCAT(…)` or `''.join([…])` become one literal (`'ex'+'ec'` → `'exec'`);
 * names assigned a literal earlier on the line are replaced by it where they are used
 * (`DECLARE a text := 'DROP SCH'; … EXECUTE a || b` → `EXECUTE 'DROP SCH' || …`); a name looked up
 * by a literal becomes an attribute (`getattr(builtins, 'eval')` → `builtins.eval`,
 * `db[c]['deleteMany']` → `db[c].deleteMany`, Ruby's `send(:eval, x)` → `eval(x)`); and a name bound to an attribute path is replaced
 * by it where it is called (`f = builtins.eval; f(x)` → `builtins.eval(x)`). The detectors read
 * the result as a second reading of the line.
 *
 * Bounded: only lines up to {@link MAX_LINE} code units are read, every pass is one left-to-right
 * walk, a chain joins at most {@link MAX_PIECES} pieces, at most {@link MAX_NAMES} names are kept,
 * and the passes run a fixed number of times.
 *
 * @internal Not part of the public API.
 */

/** Longest line read. */
const MAX_LINE = 2048;
/** Pieces joined into one literal, at most. */
const MAX_PIECES = 32;
/** Names assigned a literal, kept at most. */
const MAX_NAMES = 12;
/** Rounds of joining and substituting (a name built from names needs two). */
const ROUNDS = 3;

function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function skip(s: string, i: number): number {
  let k = i;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  return k;
}

/**
 * The quoted literal starting at `i` (an optional `N`/`n` prefix, then `'` or `"`): its text and
 * the index after it, or null. A doubled quote inside is one quote; a backslash escapes.
 */
function literalAt(s: string, i: number): { text: string; end: number } | null {
  let k = i;
  let c = s.charCodeAt(k);
  if ((c === 78 || c === 110) && (s.charCodeAt(k + 1) === 39 || s.charCodeAt(k + 1) === 34)) {
    if (k > 0 && isWord(s.charCodeAt(k - 1))) return null;
    k++;
    c = s.charCodeAt(k);
  }
  if (c !== 39 && c !== 34) return null;
  let text = '';
  for (let j = k + 1; j < s.length && j < k + 1 + MAX_LINE; j++) {
    const d = s.charCodeAt(j);
    if (d === 92 && j + 1 < s.length && (s.charCodeAt(j + 1) === c || s.charCodeAt(j + 1) === 92)) {
      // Only an escaped quote or backslash: elsewhere (Windows paths) the backslash is a character.
      text += s[j + 1];
      j++;
    } else if (d === c) {
      if (s.charCodeAt(j + 1) === c) {
        text += s[j];
        j++;
      } else return { text, end: j + 1 };
    } else if (d === 10) return null;
    else text += s[j];
  }
  return null;
}

/** The join operator at `i` (`+`, `||`, `.` between literals): the index after it, or -1. */
function joinOp(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 43) return i + 1;
  if (c === 124 && s.charCodeAt(i + 1) === 124) return i + 2;
  if (c === 46 && s.charCodeAt(i + 1) !== 46) return i + 1;
  return -1;
}

/** A chain of literals joined by operators from `i`: the joined text, its piece count and end. */
function chainAt(s: string, i: number): { text: string; pieces: number; end: number } | null {
  const first = literalAt(s, i);
  if (first === null) return null;
  let text = first.text;
  let end = first.end;
  let pieces = 1;
  while (pieces < MAX_PIECES) {
    const op = joinOp(s, skip(s, end));
    let next: { text: string; end: number } | null = null;
    if (op >= 0) next = literalAt(s, skip(s, op));
    else {
      // Python's adjacent literals (`"e" "x" "e" "c"`): short pieces with spaces between.
      const k = skip(s, end);
      if (k > end && first.text.length <= 8) {
        const adj = literalAt(s, k);
        if (adj !== null && adj.text.length <= 8 && s.charCodeAt(k) === s.charCodeAt(i)) next = adj;
      }
    }
    if (next === null) break;
    text += next.text;
    end = next.end;
    pieces++;
  }
  return { text, pieces, end };
}

/** `CONCAT(lit, lit, …)` or `''.join([lit, …])` at `i` (lower-case `l`): joined text and end. */
function joinCallAt(s: string, l: string, i: number): { text: string; end: number } | null {
  let k: number;
  let close: number;
  if (l.startsWith('concat(', i) && (i === 0 || !isWord(l.charCodeAt(i - 1)))) {
    k = i + 7;
    close = 41;
  } else if ((l.startsWith("''.join([", i) || l.startsWith('"".join([', i)) && i >= 0) {
    k = i + 9;
    close = 93;
  } else return null;
  let text = '';
  for (let n = 0; n < MAX_PIECES; n++) {
    const lit = literalAt(s, skip(s, k));
    if (lit === null) return null;
    text += lit.text;
    k = skip(s, lit.end);
    const c = s.charCodeAt(k);
    if (c === 44) {
      k++;
      continue;
    }
    if (c !== close) return null;
    k++;
    if (close === 93) {
      if (s.charCodeAt(k) !== 41) return null;
      k++;
    }
    return { text, end: k };
  }
  return null;
}

/** `text` as a single-quoted literal. */
function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Template strings whose every placeholder holds a literal, as one literal: JavaScript's
 * `` `${'rm'} -rf ${'/'}` `` and Python's `f"{'rm'} -rf {'/'}"`; and PowerShell's
 * `@('a','b') -join ' '`.
 */
function templatePass(s: string): string {
  let r = s;
  if (r.includes('${')) {
    r = r.replace(/`((?:[^`$\\]|\$(?!\{)|\$\{\s*(['"])[^'"`\n]{0,200}\2\s*\})*)`/g, (all, body: string) =>
      body.includes('${') ? quote(body.replace(/\$\{\s*(['"])([^'"`\n]*)\1\s*\}/g, '$2')) : all,
    );
  }
  if (r.includes('{')) {
    r = r.replace(
      /(?<![\w])[fF]([rR]?)(['"])((?:(?!\2)[^{}\n]|\{\s*(['"])[^'"{}\n]{0,200}\4\s*\})*)\2/g,
      (all, _r, _q, body: string) =>
        body.includes('{') ? quote(body.replace(/\{\s*(['"])([^'"{}\n]*)\1\s*\}/g, '$2')) : all,
    );
  }
  if (r.includes('-join')) {
    r = r.replace(
      /@\(\s*((?:(['"])[^'"\n]{0,200}\2\s*,\s*){0,31}(['"])[^'"\n]{0,200}\3)\s*\)\s*-join\s*(['"])([^'"\n]{0,8})\4/gi,
      (_all, items: string, _a, _b, _c, sep: string) =>
        quote((items.match(/(['"])[^'"\n]*\1/g) ?? []).map((x) => x.slice(1, -1)).join(sep)),
    );
  }
  return r;
}

/** Joins every chain of two or more literals and every literal-only join call in `s`. */
function joinPass(s: string): string {
  const l = s.toLowerCase();
  let out = '';
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 99 || c === 67 || c === 39 || c === 34) {
      const call = joinCallAt(s, l, i);
      if (call !== null) {
        out += s.slice(from, i) + quote(call.text);
        i = from = call.end;
        continue;
      }
    }
    if (c === 39 || c === 34 || ((c === 78 || c === 110) && i + 1 < s.length)) {
      const chain = chainAt(s, i);
      if (chain !== null) {
        if (chain.pieces > 1) {
          out += s.slice(from, i) + quote(chain.text);
          from = chain.end;
        }
        i = chain.end;
        continue;
      }
    }
    i++;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Names assigned one literal (`x = 'a'`, `$x = "a"`, `@x = 'a'`, `set @x := 'a'`,
 * `a text := 'a'`, `DECLARE @s NVARCHAR(200) = 'a'`): name → literal text.
 */
const ASSIGN =
  /(?<![\w$@.])([$@]?[A-Za-z_]\w{0,30})([ \t]+[A-Za-z]\w{0,15}(?:\([ \t]*(?:\d{1,5}|max)[ \t]*\))?)?[ \t]*(:?)=[ \t]*(?=[Nn]?['"])/g;
/** A name bound to an attribute path (`f = builtins.eval`), ending the statement. */
const ALIAS =
  /(?<![\w$@.])([A-Za-z_]\w{0,30})[ \t]*=[ \t]*([A-Za-z_][\w]{0,40}(?:\.[A-Za-z_]\w{0,40}){1,4})[ \t]*(?=;|$)/g;

/** A PowerShell array of literals assigned to a name (`$parts = @('a', 'b')`). */
const ARRAY_ASSIGN = /(?<![\w$@.])(\$[A-Za-z_]\w{0,30})[ \t]*=[ \t]*(@\([^()\n]{0,400}\))/g;

function assignments(s: string, names: Map<string, string>, aliases: Map<string, string>): void {
  ARRAY_ASSIGN.lastIndex = 0;
  for (let m = ARRAY_ASSIGN.exec(s); m !== null && aliases.size < MAX_NAMES; m = ARRAY_ASSIGN.exec(s)) {
    // both groups always take part in a match
    if (/^@\(\s*(?:(['"])[^'"]*\1\s*,?\s*)+\)$/.test(m[2] as string))
      aliases.set((m[1] as string).toLowerCase(), m[2] as string);
  }
  ASSIGN.lastIndex = 0;
  for (let m = ASSIGN.exec(s); m !== null && names.size < MAX_NAMES; m = ASSIGN.exec(s)) {
    // group 1 always takes part in a match
    const name = m[1] as string;
    // A type between name and `=` only in a declaration (`@s NVARCHAR(200) =`, `a text :=`); else
    // the first word is prose (`where x = 'a'`) and the reading resumes at the second.
    if (m[2] !== undefined && !name.startsWith('@') && m[3] !== ':') {
      ASSIGN.lastIndex = m.index + name.length + 1;
      continue;
    }
    const lit = literalAt(s, ASSIGN.lastIndex);
    if (lit === null) continue;
    // Only a whole value: the literal ends the statement or the clause.
    const after = s.charCodeAt(skip(s, lit.end));
    if (!(Number.isNaN(after) || after === 59 || after === 44 || after === 41 || after === 10)) continue;
    if (/^(?:if|while|and|or|not|where|when|case|set|declare)$/i.test(name)) continue;
    names.set(name.toLowerCase(), lit.text);
  }
  ALIAS.lastIndex = 0;
  for (let m = ALIAS.exec(s); m !== null && aliases.size < MAX_NAMES; m = ALIAS.exec(s)) {
    // both groups always take part in a match
    aliases.set((m[1] as string).toLowerCase(), m[2] as string);
  }
}

/**
 * Replaces uses of the names in `names` by their literals and calls of the names in `aliases` by
 * their paths. A name being assigned (followed by `=`/`:=`, or a type and then one) or read as an
 * attribute (after `.`) is left as it is.
 */
function substitutePass(s: string, names: Map<string, string>, aliases: Map<string, string>): string {
  let out = '';
  let from = 0;
  let quoteCh = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quoteCh !== 0) {
      if (c === 92) i++;
      else if (c === quoteCh) quoteCh = 0;
      continue;
    }
    if (c === 39 || c === 34) {
      quoteCh = c;
      continue;
    }
    const sigil = c === 36 || c === 64;
    if (!(sigil || (isWord(c) && !(c >= 48 && c <= 57)))) continue;
    if (i > 0 && (isWord(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 46)) continue;
    // The name declared (`DECLARE @cmd varchar(100);`) stays a name.
    if (i >= 8 && /declare\s$/i.test(s.slice(i - 8, i))) continue;
    let j = i + 1;
    while (j < s.length && isWord(s.charCodeAt(j))) j++;
    const key = s.slice(i, j).toLowerCase();
    const k = skip(s, j);
    const next = s.charCodeAt(k);
    const assigned = next === 61 ? s.charCodeAt(k + 1) !== 61 : next === 58 && s.charCodeAt(k + 1) === 61;
    const lit = names.get(key);
    if (lit !== undefined && !assigned && !/^\s+[A-Za-z]\w*(?:\([^)]{0,8}\))?\s*:?=/.test(s.slice(j, j + 40))) {
      out += s.slice(from, i) + quote(lit);
      from = j;
    } else if (
      !assigned &&
      key.startsWith('$') &&
      aliases.get(key)?.startsWith('@(') &&
      /^\s*-join\b/i.test(s.slice(j, j + 12))
    ) {
      out += s.slice(from, i) + (aliases.get(key) as string);
      from = j;
    } else if (next === 40 && !assigned) {
      const path = aliases.get(key);
      if (path !== undefined) {
        out += s.slice(from, i) + path;
        from = j;
      }
    }
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `getattr(X, 'n')` → `X.n`, and a subscript by a name-like literal (`['n']`) → `.n`. */
function lookupPass(s: string): string {
  let r = s;
  if (r.includes('getattr')) {
    r = r.replace(
      /\bgetattr\([ \t]*((?:[\w.]{1,60}(?:\([^()]{0,80}\))?){1,2})[ \t]*,[ \t]*['"]([A-Za-z_]\w{0,40})['"][ \t]*\)/g,
      '$1.$2',
    );
  }
  if (r.includes('[')) r = r.replace(/\[[ \t]*['"]([A-Za-z_]\w{0,40})['"][ \t]*\](?=[ \t]*[.([])/g, '.$1');
  // Ruby's dynamic dispatch: `send(:eval, src)`, `Kernel.public_send("system", c)`, `__send__`,
  // and `method(:eval).call(src)` call the method they name.
  if (r.includes('send(')) r = r.replace(SEND, '$1$2(');
  if (r.includes('method(')) r = r.replace(METHOD_CALL, '$1$2(');
  return r;
}

/** `send(:name, `, `x.public_send("name", `: the receiver (with its dot) and the name. */
const SEND =
  /(?<![\w.])((?:[A-Za-z_]\w{0,40}\.)?)(?:public_send|__send__|send)\([ \t]*(?::|['"])([A-Za-z_]\w{0,40}[!?]?)['"]?[ \t]*,[ \t]*/g;
/** `method(:name).call(`, `x.method("name").call(`. */
const METHOD_CALL =
  /(?<![\w.])((?:[A-Za-z_]\w{0,40}\.)?)method\([ \t]*(?::|['"])([A-Za-z_]\w{0,40})['"]?[ \t]*\)\.call\(/g;

/** Literals joined by an operator (`'a' + 'b'`, `'a' || 'b'`, `N'a' + N'b'`). */
const JOINED = /['"]\s{0,8}(?:\+|\|\|)\s{0,8}[Nn]?['"]/;
/** A lookup by a literal name that is then called or chained (`['remove'](`, `]['x']`, `db[c]`). */
const LOOKUP = /\]\s{0,4}\[|\[\s{0,4}['"][A-Za-z_]\w{0,40}['"]\s{0,4}\]\s{0,4}\(|\bdb\[/;
/** A runner of a statement or code held in a name (`EXECUTE a`, `EXEC(@s)`, `PREPARE s FROM @q`). */
const RUNNER =
  /\b(?:execute|exec|eval|prepare|sp_executesql|execSync|system|popen|spawn|spawnSync|check_output|check_call|iex|invoke-expression)\b/i;

/** Whether `s` could hold anything this reading changes. */
function mayCompute(s: string): boolean {
  // A method named by a symbol needs no quote (`Kernel.send(:eval, src)`).
  if (s.indexOf('send(') >= 0 || s.indexOf('method(:') >= 0) return true;
  if (s.indexOf("'") < 0 && s.indexOf('"') < 0) return false;
  return (
    JOINED.test(s) ||
    s.includes('${') ||
    /(?<!\w)[fF][rR]?['"][^'"\n]*\{/.test(s) ||
    s.includes('-join') ||
    s.includes('getattr') ||
    s.includes('.join(') ||
    /concat\s{0,4}\(/i.test(s) ||
    LOOKUP.test(s) ||
    (RUNNER.test(s) && /[:=]\s{0,8}[Nn]?['"]/.test(s))
  );
}

/**
 * The line `s` with its computed names and statements written out, or null when there is nothing
 * to write out (or the line is longer than {@link MAX_LINE}).
 */
export function resolveComputedNames(s: string): string | null {
  if (s.length > MAX_LINE || !mayCompute(s)) return null;
  let r = s;
  const names = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++) {
    const before = r;
    r = lookupPass(joinPass(templatePass(r)));
    names.clear();
    aliases.clear();
    assignments(r, names, aliases);
    if (names.size > 0 || aliases.size > 0) r = substitutePass(r, names, aliases);
    if (r.length > 2 * MAX_LINE) return null;
    if (r === before) break;
  }
  r = lookupPass(joinPass(r));
  return r === s ? null : r;
}
