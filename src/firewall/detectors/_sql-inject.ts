/**
 * SQL injection payloads read from raw text, where a value closes its quote and goes on as SQL:
 * `' OR '1'='1`, `" or ""="`, `1' OR 1=1 --`, `'; DROP TABLE …`, `admin'--`. Each quote is
 * examined through a bounded window after it, so the scan is linear in the segment.
 *
 * @internal Not part of the public API.
 */

import { foldCase } from './_fold-case.js';
import type { FindingSink } from './types.js';

const CAT = 'destructive-sql';
const TAUTOLOGY = 'an always-true condition injected into a query (OR 1=1 and its forms)';
const STACKED = 'a quoted value that closes and stacks a second, destructive statement';
const COMMENT = 'a quoted value that closes and comments out the rest of a query';
/** Quotes examined per segment, at most. */
const MAX_QUOTES = 256;
/** Verbs a stacked statement starts with, each with the words that may follow it (empty: any). */
const STACKED_VERBS: readonly (readonly [string, readonly string[]])[] = [
  ['drop', ['table', 'database', 'schema', 'user', 'view', 'login']],
  ['truncate', ['table', '']],
  ['delete', ['from']],
  ['update', ['']],
  ['insert', ['into']],
  ['alter', ['table', 'user', 'login', 'role', 'database']],
  ['create', ['user', 'login', 'table', 'role']],
  ['exec', ['xp_', 'sp_', 'master']],
  ['execute', ['xp_', 'sp_', 'master', 'immediate']],
  ['shutdown', ['']],
  ['declare', ['@']],
  ['waitfor', ['delay', 'time']],
  ['grant', ['all', 'dba', 'sysadmin']],
  ['select', ['pg_sleep', 'sleep', 'load_file', 'pg_read_file']],
];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 43; // `+` is a space in a URL-encoded value
}

function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** Reads an operand at `i` of lower-cased `s`: returns [value, end] or null. Unclosed quotes run to the end. */
function operand(s: string, i: number): [string, number] | null {
  // `N'text'`: a national-character literal is its text.
  if (s.charCodeAt(i) === 110 && s.charCodeAt(i + 1) === 39) i++;
  const c = s.charCodeAt(i);
  if (c === 39 || c === 34) {
    const close = s.indexOf(String.fromCharCode(c), i + 1);
    if (close < 0 || close - i > 40) {
      // The application's own closing quote ends it: `'1'='1`.
      const stop = Math.min(s.length, i + 40);
      let j = i + 1;
      while (j < stop && isWord(s.charCodeAt(j))) j++;
      return j > i + 1 || j >= s.length ? [`q${s.slice(i + 1, j)}`, j] : null;
    }
    return [`q${s.slice(i + 1, close)}`, close + 1];
  }
  let j = i;
  while (j < s.length && j < i + 40 && isWord(s.charCodeAt(j))) j++;
  if (j === i) return null;
  return [`w${s.slice(i, j)}`, j];
}

/** Whether an always-true comparison starts at `i` of lower-cased `s`. */
function tautology(s: string, i: number): boolean {
  let k = i;
  while (s.charCodeAt(k) === 40) k++;
  const a = operand(s, k);
  if (a === null) return false;
  const [va, ea] = a;
  let j = ea;
  // `('q')=('q`: the operand's own brackets.
  while (s.charCodeAt(j) === 41) j++;
  j = skipBlanks(s, j);
  // `' or true --`, `' or 1 #`
  const ended = j >= s.length || s.startsWith('--', j) || s.charCodeAt(j) === 35 || s.charCodeAt(j) === 59;
  if ((va === 'wtrue' || (/^w[1-9][0-9]*$/.test(va) && va.length < 12)) && (ended || s.charCodeAt(j) === 41)) {
    return true;
  }
  // `' or ''*'`, `" or ""&"`: an empty string in arithmetic with the application's own next quote.
  if (va === 'q' && EMPTY_ARITH.includes(s[j] ?? ' ')) return true;
  let op = '';
  if (s.charCodeAt(j) === 61) op = s.charCodeAt(j + 1) === 61 ? '==' : '=';
  else if (s.startsWith('like', j)) {
    // `like '%`: a pattern that matches everything.
    let m = j + 4;
    while (isSpace(s.charCodeAt(m))) m++;
    if ((s.charCodeAt(m) === 39 || s.charCodeAt(m) === 34) && s.charCodeAt(m + 1) === 37) return true;
    op = 'like';
  } else if (s.startsWith('in', j) && !isWord(s.charCodeAt(j + 2))) {
    // `'x' in ('x')`
    let m = j + 2;
    while (isSpace(s.charCodeAt(m)) || s.charCodeAt(m) === 40) m++;
    const b = operand(s, m);
    return b !== null && sameValue(va, b[0]);
  } else if (s.startsWith('between', j) && !isWord(s.charCodeAt(j + 7))) {
    // `2 between 1 and 3`
    const m = /^between\s+([0-9]{1,9})\s+and\s+([0-9]{1,9})\b/.exec(s.slice(j, j + 40));
    if (m === null || !/^w[0-9]{1,9}$/.test(va)) return false;
    const x = Number(va.slice(1));
    return Number(m[1]) <= x && x <= Number(m[2]);
  }
  // charCodeAt(j) is a character, so j < s.length
  else if (s.charCodeAt(j) === 60 || s.charCodeAt(j) === 62) op = s[j]!;
  if (op === '') return false;
  j += op.length;
  j = skipBlanks(s, j);
  while (s.charCodeAt(j) === 40) j++;
  const b = operand(s, j);
  if (b === null) return false;
  const vb = b[0];
  if (op === '<' || op === '>') {
    if (!/^w[0-9]{1,9}$/.test(va) || !/^w[0-9]{1,9}$/.test(vb)) return false;
    const x = Number(va.slice(1));
    const y = Number(vb.slice(1));
    return op === '<' ? x < y : x > y;
  }
  return sameValue(va, vb);
}

/** Operators an empty string meets in a tautology written without a comparison. */
const EMPTY_ARITH = '*&^-|';

/** Whether two operands are the same value: equal, or the same number quoted or not (`'1'` and `1`). */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.slice(1);
  return x === b.slice(1) && /^[0-9]{1,9}$/.test(x);
}

/**
 * Whether some quote is followed (after spaces and `)`) by `or`, `||`, `;`, `--` or `#`: the only
 * starts of a payload. Most quotes in prose are apostrophes followed by a letter.
 */
function candidate(segment: string): boolean {
  for (const q of ["'", '"']) {
    let i = segment.indexOf(q);
    for (let seen = 0; i >= 0 && seen < MAX_QUOTES; seen++) {
      let j = i + 1;
      let c = segment.charCodeAt(j);
      while (c === 41 || isSpace(c)) c = segment.charCodeAt(++j);
      const d = segment.charCodeAt(j + 1);
      if (
        ((c | 32) === 111 && (d | 32) === 114 && !isWord(segment.charCodeAt(j + 2) | 32)) ||
        ((c | 32) === 97 &&
          (d | 32) === 110 &&
          (segment.charCodeAt(j + 2) | 32) === 100 &&
          !isWord(segment.charCodeAt(j + 3) | 32)) ||
        (c === 47 && d === 42) ||
        (c === 124 && d === 124) ||
        c === 59 ||
        (c === 45 && d === 45) ||
        c === 35
      )
        return true;
      i = segment.indexOf(q, i + 1);
    }
  }
  return false;
}

/** Whether `sp_executesql @name` at `at` runs a variable the line itself declares or sets. */
function ownVariable(s: string, at: number): boolean {
  const m = /^sp_executesql\s+(@\w{1,40}|n?')/.exec(s.slice(at, at + 60));
  if (m === null) return false;
  const name = m[1] as string;
  // The statement written out in the variable's place (the line read with its names resolved).
  if (!name.startsWith('@')) return s.includes('declare @');
  return s.includes(`declare ${name} `) || s.includes(`set ${name} `) || s.includes(`set ${name}=`);
}

/** Three words or more of prose after a `#`, on its line: a note in a shell line or a script. */
const NOTE = /^#[ \t]+[a-z][a-z'’-]*(?:[ \t,]+[a-z][a-z'’-]*){2}/;

/**
 * Whether the `#` at `at` starts no MySQL comment of a payload: a ticket or issue number (`'…'
 * #5102`), or a note of words set off after a quoted argument (`printf 'Hello\n'   # prints Hello`).
 */
function annotation(s: string, at: number): boolean {
  const d = s.charCodeAt(at + 1);
  if (d >= 48 && d <= 57) return true;
  // A code comment set off by two blanks or a tab, as code is written, not one typed in prose.
  const set = s.charCodeAt(at - 1) === 9 || (at > 1 && isSpace(s.charCodeAt(at - 1)) && isSpace(s.charCodeAt(at - 2)));
  return set && NOTE.test(s.slice(at, at + 80));
}

/** Longest value a fragment may open with before its SQL (`1`, `admin`, `x`, `-1`, `<username>`). */
const FRAGMENT_VALUE = 40;
const FRAGMENT = 'a fragment of SQL written to be appended to a query: a condition, union or statement after a value';

/**
 * Where the SQL of a payload written alone starts in lower-cased `s`: after an optional value
 * (`1`, `admin`, `-1`, `<username>`), its closing quotes and brackets and blanks; -1 when the text
 * does not open that way. `%20` and empty comments (`/＊＊/`) read as blanks.
 */
function fragmentStart(s: string): number {
  let i = skipBlanks(s, 0);
  const v = i;
  while (i < s.length && i - v < FRAGMENT_VALUE) {
    const c = s.charCodeAt(i);
    if (isWord(c) || c === 45 || c === 46 || c === 37 || c === 60 || c === 62) i++;
    else break;
  }
  // The value must end where the SQL begins: a quote, a bracket or a blank.
  let k = i;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === 39 || c === 34 || c === 41 || c === 8242) k++;
    else if (isSpace(c) || blankAt(s, k) > 0) k = skipBlanks(s, k);
    else break;
  }
  // A value glued to a keyword (`1and`) is one word, not a fragment.
  if (k === i && i > v) return -1;
  return k;
}

/** Length of a blank written as `%20` or an empty comment `/＊＊/` at `k`, else 0. */
function blankAt(s: string, k: number): number {
  if (s.charCodeAt(k) === 37 && s.startsWith('%20', k)) return 3;
  if (s.charCodeAt(k) === 47 && s.startsWith('/**/', k)) return 4;
  return 0;
}

/** The index after blanks (spaces, `+`, `%20`, empty comments) from `k`. */
function skipBlanks(s: string, k: number): number {
  for (;;) {
    if (isSpace(s.charCodeAt(k))) k++;
    else {
      const b = blankAt(s, k);
      if (b === 0) return k;
      k += b;
    }
  }
}

/** First letters (lower-cased) of the keywords and marks a fragment opens with, as pairs. */
const HEAD_PAIRS: ReadonlySet<number> = new Set(
  ['or', 'an', '||', '&&', 'ha', 'wh', 'un', 'gr', 'co', 'de', 'be', '--'].map(
    (p) => p.charCodeAt(0) * 128 + p.charCodeAt(1),
  ),
);

/** Whether two code units at `i` of `s` may open a fragment's keyword (any non-ASCII: maybe). */
function headAt(s: string, i: number): boolean {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (a === 59 || a >= 128 || b >= 128) return true;
  return HEAD_PAIRS.has((a < 65 || a > 90 ? a : a | 32) * 128 + (b < 65 || b > 90 ? b : b | 32));
}

/**
 * A first look without allocation: the text, or what follows its first run of value characters
 * and the quotes, brackets and blanks after it, opens with a fragment keyword's first letters.
 */
function headLooks(s: string): boolean {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  // A fragment opens with a value, a quote, a bracket, a `;` or one of its keywords.
  const c0 = s.charCodeAt(skipBlanks(s, 0)) | 32;
  if (
    !(
      isWord(c0) ||
      c0 === 39 ||
      c0 === 34 ||
      c0 === 41 ||
      c0 === 59 ||
      c0 === 60 ||
      c0 === 37 ||
      c0 === 45 ||
      c0 === 124
    )
  )
    return false;
  if (headAt(s, i)) return true;
  const v = i;
  while (i - v < FRAGMENT_VALUE) {
    const c = s.charCodeAt(i) | 32;
    if (isWord(c) || c === 45 || c === 46 || c === 37 || c === 60 || c === 62) i++;
    else break;
  }
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 34 || c === 41 || isSpace(c)) i++;
    else break;
  }
  return i < s.length && headAt(s, i);
}

/** The opening of a fragment: an optional value, then one of its keywords or marks. */
const FRAGMENT_HEAD =
  /^\s*(?:[\w.%<>-]{0,40}['"\u2032)\s]*)?(?:or\b|and\b|\|\||&&|having\b|where\b|union\b|uni\/|order\b|group\b|copy\b|declare\b|begin\b|;|--sp_)/;

/** Calls a blind or error-based probe makes after its `and`/`or` (time, a subquery, a conversion). */
const PROBES = [
  'sleep(',
  'benchmark(',
  'pg_sleep(',
  '(select',
  'exists',
  '(exists',
  'substring(',
  'convert(',
  'case when',
  'elt(',
  'user_name()',
  'ascii(',
  'extractvalue(',
  'updatexml(',
  'utl_http.request',
  'utl_inaddr.get_host',
  'dbms_pipe.receive_message',
];

/** A call (or parenthesis) opening a condition, with a delay called inside it further on. */
const DELAY_CALL = /^(?:[a-z_]{2,20}\s*)?\([^;]{0,160}?\b(?:sleep|benchmark|pg_sleep)\s*\(/;

/**
 * A payload written alone, as it is pasted into a value: its text opens with the rest of a
 * condition, a union or a second statement (`or a = a`, `AND 1083=1083 AND ('x'='x`, `UNION ALL
 * SELECT NULL--`, `ORDER BY 1,SLEEP(5)#`, `HAVING 1=1--`, `; execute immediate 'sel' || 'ect'`),
 * after at most a value. Returns whether it reported. Reads only the text's opening, so linear.
 */
function scanFragment(segment: string, sink: FindingSink): boolean {
  // Second look (the first is `headLooks`, at the call): a fragment's keyword in the opening.
  if (!FRAGMENT_HEAD.test(foldCase(segment.length > 48 ? segment.slice(0, 48) : segment))) return false;
  const s = foldCase(segment.length > 400 ? segment.slice(0, 400) : segment);
  // A payload holds no sentence: three words of prose in a row make the text a question or a
  // note about SQL (`And 1=1 in this sheet means it passed?`, `UNION ALL SELECT is used to …`).
  if (proseRun(s)) return false;
  // The SQL starts the text, or follows a value.
  const first = skipBlanks(s, 0);
  if (fragmentAt(segment, s, first, sink)) return true;
  const k = fragmentStart(s);
  return k > first && k < s.length && fragmentAt(segment, s, k, sink);
}

/** Words of SQL and of its payloads, which a run of prose does not count. */
const SQL_WORDS: ReadonlySet<string> = new Set(
  `or and not union all select from where order by group having like between null true false
insert into values update delete drop table exec execute declare begin case char nchar varchar
nvarchar convert cast limit offset concat substring ascii exists version database desc asc distinct
rlike regexp procedure analyse load_file outfile dumpfile information_schema sleep benchmark waitfor
delay`.split(/\s+/),
);

/** Whether lower-cased `s` holds three words of prose in a row (letters only, none of them SQL's). */
function proseRun(s: string): boolean {
  let run = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const a = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    let e = i;
    const last = s.charCodeAt(e - 1);
    if (last === 44 || last === 46 || last === 63 || last === 33 || last === 58) e--;
    let letters = e - a >= 2;
    for (let k = a; k < e && letters; k++) {
      const c = s.charCodeAt(k);
      if (c < 97 || c > 122) letters = false;
    }
    if (letters && !SQL_WORDS.has(s.slice(a, e))) {
      if (++run >= 3) return true;
    } else run = 0;
  }
  return false;
}

/** Whether the SQL of a payload written alone starts at `k` of lower-cased `s`; reports it. */
function fragmentAt(segment: string, s: string, k: number, sink: FindingSink): boolean {
  const at = (w: string): number => {
    if (!s.startsWith(w, k) || isWord(s.charCodeAt(k + w.length))) return -1;
    return skipBlanks(s, k + w.length);
  };
  const hit = (id: string, desc: string, end: number): boolean => {
    const e = Math.min(segment.length, Math.max(end, k + 8));
    sink.report(id, CAT, 'high', desc, k, e, segment.slice(k, e));
    return true;
  };
  for (const w of ['or', 'and', '||', '&&', 'having', 'where 1=1 and']) {
    let j = w === '||' || w === '&&' ? (s.startsWith(w, k) ? skipBlanks(s, k + 2) : -1) : at(w);
    if (j < 0) continue;
    if (w === 'where 1=1 and') return hit('sql.injection-tautology', TAUTOLOGY, j);
    if (tautology(s, j) || s.startsWith('true', j)) return hit('sql.injection-tautology', TAUTOLOGY, j + 6);
    while (s.charCodeAt(j) === 40 && s.charCodeAt(j + 1) === 40) j++;
    for (const p of PROBES) if (s.startsWith(p, j)) return hit('sql.injection-blind', FRAGMENT, j + p.length);
    // `AND IF(ORD(MID(DATABASE(),1,1))>100,SLEEP(3),0)`, `AND GREATEST(IF(…),…)`: a condition
    // whose call, within a bounded window, waits on a delay to leak a bit at a time.
    if (DELAY_CALL.test(s.slice(j, j + 200))) return hit('sql.injection-blind', FRAGMENT, j + 3);
    // `and 1 in (select …)`, `or 1 in (select @@version)`
    if (/^[0-9]{1,6}\s+in\s*\(\s*select\b/.test(s.slice(j, j + 30)))
      return hit('sql.injection-blind', FRAGMENT, j + 12);
    // `AND 5650=CONVERT(…)`: a number compared with a conversion or subquery
    const m = /^[0-9]{1,6}\s*=\s*(?:convert|cast|\(\s*select)\b/.exec(s.slice(j, j + 40));
    if (m !== null) return hit('sql.injection-blind', FRAGMENT, j + m[0].length);
    // `AND 1=0 UNION ALL SELECT …`: a condition that ends the query's rows, then a union.
    const u = /^[^;'"]{0,30}?\bunion\s+(?:all\s+)?select\b/.exec(s.slice(j, j + 60));
    if (u !== null) return hit('sql.injection-union', FRAGMENT, j + u[0].length);
    return false;
  }
  // `--sp_password`: a comment that names it keeps SQL Server from tracing the statement.
  if (s.startsWith('--sp_password', k)) return hit('sql.injection-comment', COMMENT, k + 13);
  // `declare @s varchar(200) select @s = 0x…`: a statement kept as hex in a variable, to be run.
  if (
    /^(?:begin\s+)?declare\s+@\w{1,30}\s+n?varchar\s*\(\s*\d{1,5}\s*\)\s*(?:select|set)\s+@\w{1,30}\s*=\s*0x[0-9a-f]{8}/.test(
      s.slice(k, k + 120),
    )
  )
    return hit('sql.injection-stacked', STACKED, k + 8);
  // `COPY t FROM '/etc/passwd'`: a system file read into a table.
  const cp = /^copy\s+\w{1,40}\s+from\s+'(?:\/etc\/|\/root\/|\/proc\/|[^']{0,60}\/\.ssh\/)/.exec(s.slice(k, k + 120));
  if (cp !== null)
    return hit('sql.file-read', 'reads a system file into a table (COPY … FROM a system path)', k + cp[0].length);
  // `UNION [ALL] SELECT …` with nothing of a statement before it.
  const u = at('union');
  if (u >= 0) {
    const all = s.startsWith('all', u) && !isWord(s.charCodeAt(u + 3)) ? skipBlanks(s, u + 3) : u;
    if (
      s.startsWith('select', all) &&
      !isWord(s.charCodeAt(all + 6)) &&
      !/^union\s+select\s+(?:is|was|does|statement)\b/.test(s.slice(k, k + 40))
    )
      return hit('sql.injection-union', FRAGMENT, all + 6);
  }
  // `ORDER BY 1,SLEEP(5)`, `ORDER BY 1--`, `GROUP BY userid HAVING 1=1--`: a column probe.
  for (const w of ['order by', 'group by']) {
    const j = at(w);
    if (j < 0) continue;
    const rest = s.slice(j, j + 80);
    if (/^[0-9a-z_]{1,30}\s*(?:,\s*(?:sleep|benchmark|pg_sleep)\(|(?:--|#)|having\s)/.test(rest))
      return hit('sql.injection-blind', FRAGMENT, j + 8);
  }
  // `; exec (…)`, `; execute immediate 'sel' || 'ect'`: a second statement run from built text.
  if (s.charCodeAt(k) === 59) {
    const j = skipBlanks(s, k + 1);
    if (
      /^(?:exec(?:ute)?\s*\(|execute\s+immediate\b|exec(?:ute)?\s+(?:xp_|sp_|master)|begin\s+declare\s+@)/.test(
        s.slice(j, j + 24),
      )
    )
      return hit('sql.injection-stacked', STACKED, j + 8);
  }
  return false;
}

/**
 * Whether the quote at `q` closes a literal its own line opened (`WHERE schema = 'APP' -- run on
 * dev`) and the `--` comment at `at` holds no quote to its line's end: a whole statement with a note
 * after it. A payload's quote closes a literal the line never opened (`admin'--`), and a statement
 * shown with its injection leaves quotes in what the comment cuts off (`'admin'--' AND pw = ''`).
 */
function closedLiteralNote(s: string, q: number, at: number): boolean {
  if (quotesBefore(s, q, 39) % 2 === 0) return false;
  // The literal it closes reads as a value, not as SQL (`' select … where name = x'`).
  const open = s.lastIndexOf("'", q - 1);
  const literal = s.slice(open + 1, q);
  if (literal.length > 60 || /[()=;]/.test(literal)) return false;
  const end = s.indexOf('\n', at);
  return s.slice(at, end < 0 ? s.length : end).indexOf("'") < 0;
}

/** How many quotes `quote` the line of `q` holds before it. */
function quotesBefore(s: string, q: number, quote: number): number {
  let n = 0;
  for (let k = q - 1; k >= 0 && s.charCodeAt(k) !== 10; k--) if (s.charCodeAt(k) === quote) n++;
  return n;
}

/** Scans `segment` for injection payloads and reports them. */
/**
 * A weakness reported and its fix asked for (`Our pen-test report says the admin panel allowed SQL
 * injection with ' OR 1=1 --. How do we fix it?`): the payload is the finding being fixed.
 */
const FIX_ASKED =
  /\b(?:pen-?test\w*|audit|scanner|report|bug bounty|researcher)\b[^\n]{0,120}\b(?:allowed|found|showed|flagged|reported|accepted|was vulnerable|is vulnerable)\b[^\n]*\b(?:fix|fixed|patch|patched|prevent|remediate|remediated|sanitize|parameteri[sz]e|bound\s+parameters)\b/i;

export function scanInjection(segment: string, sink: FindingSink): void {
  if (headLooks(segment) && scanFragment(segment, sink)) return;
  if (!candidate(segment) || FIX_ASKED.test(segment)) return;
  const s = foldCase(segment);
  let tautologyFound = false;
  let stackedFound = false;
  let commentFound = false;
  let seen = 0;
  for (let i = 0; i < s.length && seen < MAX_QUOTES; i++) {
    const c = s.charCodeAt(i);
    if (c !== 39 && c !== 34) continue;
    seen++;
    let j = i + 1;
    while (s.charCodeAt(j) === 41 || isSpace(s.charCodeAt(j)) || blankAt(s, j) > 0)
      j = s.charCodeAt(j) === 41 ? j + 1 : skipBlanks(s, j);
    // `' or …` / `'or …` / `' || …`
    if (!tautologyFound) {
      let k = -1;
      if (s.startsWith('or', j) && !isWord(s.charCodeAt(j + 2))) k = j + 2;
      else if (s.startsWith('||', j)) k = j + 2;
      else if (s.startsWith('and', j) && !isWord(s.charCodeAt(j + 3))) k = j + 3;
      if (k > 0) {
        k = skipBlanks(s, k);
        if (tautology(s, k)) {
          tautologyFound = true;
          sink.report(
            'sql.injection-tautology',
            CAT,
            'high',
            TAUTOLOGY,
            i,
            Math.min(s.length, k + 12),
            segment.slice(i, Math.min(s.length, k + 12)),
          );
        }
      }
    }
    // `'; DROP TABLE …`
    if (!stackedFound && s.charCodeAt(j) === 59) {
      let k = j + 1;
      while (isSpace(s.charCodeAt(k))) k++;
      for (const [verb, follows] of STACKED_VERBS) {
        if (!s.startsWith(verb, k) || isWord(s.charCodeAt(k + verb.length))) continue;
        let m = k + verb.length;
        while (isSpace(s.charCodeAt(m))) m++;
        // `update` needs `<table> set`; the others a word from their list.
        const ok =
          verb === 'update'
            ? /^[a-z0-9_.`"[\]]{1,64}\s+set\s/.test(s.slice(m, m + 80))
            : follows.some((w) => (w === '' ? m >= s.length || s.charCodeAt(m) === 59 : s.startsWith(w, m)));
        if (!ok) continue;
        // `…'; EXEC sp_executesql @q` where the line declares `@q`: a script running its own
        // statement, not a value breaking out of one.
        if (verb.startsWith('exec') && ownVariable(s, m)) continue;
        stackedFound = true;
        sink.report('sql.injection-stacked', CAT, 'high', STACKED, i, m, segment.slice(i, Math.min(s.length, m + 24)));
        break;
      }
    }
    // `admin'--`, `admin') -- `, `admin'#`, `<username>'/*`: a value, its closing quote, then a
    // comment. A double quote counts only where its line opened none before it (`admin" #`).
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (
      !commentFound &&
      (isWord(prev) || prev === 62) &&
      (c === 39 || (c === 34 && quotesBefore(s, i, 34) % 2 === 0))
    ) {
      if (
        (s.startsWith('--', j) && (j + 2 >= s.length || isSpace(s.charCodeAt(j + 2))) && !closedLiteralNote(s, i, j)) ||
        (s.charCodeAt(j) === 35 && !annotation(s, j)) ||
        (s.charCodeAt(j) === 47 && s.charCodeAt(j + 1) === 42 && quotesBefore(s, i, c) % 2 === 0)
      ) {
        commentFound = true;
        sink.report(
          'sql.injection-comment',
          CAT,
          'medium',
          COMMENT,
          Math.max(0, i - 16),
          Math.min(s.length, j + 2),
          segment.slice(Math.max(0, i - 16), j + 2),
        );
      }
    }
  }
}
