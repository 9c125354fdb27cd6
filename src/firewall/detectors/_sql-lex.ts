/**
 * A small SQL tokenizer for the `sql` detector: words (keywords and identifiers, lower-cased),
 * quoted identifiers (`"x"`, `` `x` ``, `[x]`), string literals (`'…'` with `''` escapes), numbers
 * and operators. Comments are dropped; a `/* … *\/` comment glued between two pieces of a keyword
 * (`DR/**\/OP`) is read as nothing, so the pieces join, while one between two whole words
 * (`DROP/**\/TABLE`) separates them. MySQL's executable comments (`/*!50000 DROP *\/`) keep their
 * content. One pass, no backtracking; total on every string.
 *
 * @internal Not part of the public API.
 */

/** Token kinds. */
export const WORD = 0;
export const QIDENT = 1;
export const STRING = 2;
export const NUMBER = 3;
export const OP = 4;

/** One token. `v` is the lower-cased word, the number's text or the operator; empty for quoted tokens. */
export interface Token {
  kind: number;
  v: string;
  /** Offsets in the segment, end exclusive (quotes included for quoted tokens). */
  start: number;
  end: number;
  /** Whether the token was written all in upper case (words only). */
  upper: boolean;
}

/** Most tokens one call produces; the rest of a longer range is not read. */
export const MAX_TOKENS = 4096;
/** Pieces of one word joined across empty quote pairs, at most. */
const MAX_GLUED = 32;

/** Keywords after which a table, schema or database name follows. */
const NAMES_FOLLOW: ReadonlySet<string> = new Set([
  'table',
  'tables',
  'from',
  'into',
  'update',
  'join',
  'exists',
  'schema',
  'database',
  'dataset',
  'view',
  'truncate',
]);

/** Keywords the comment-glue rule may rebuild from pieces. */
const GLUE_WORDS = [
  'drop',
  'table',
  'database',
  'schema',
  'delete',
  'from',
  'truncate',
  'update',
  'set',
  'where',
  'alter',
  'grant',
  'union',
  'select',
  'xp_cmdshell',
  'exec',
  'execute',
  'into',
  'outfile',
  'dumpfile',
  'load_file',
  'view',
  'user',
  'column',
];
const CLI_OPTIONS = new Set([
  'eval',
  'host',
  'user',
  'username',
  'port',
  'command',
  'execute',
  'password',
  'dbname',
  'quiet',
  'force',
  'file',
  'database',
]);
let gluePrefixes: Set<string> | null = null;

function isGluePrefix(w: string): boolean {
  if (gluePrefixes === null) {
    const s = new Set<string>();
    for (const k of GLUE_WORDS) for (let i = 1; i <= k.length; i++) s.add(k.slice(0, i));
    gluePrefixes = s;
  }
  return gluePrefixes.has(w);
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 64 || c > 127
  );
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0;
}

/**
 * Skips a comment starting at `i` (`--` or a block comment); returns where it ends, or `i` when
 * no comment starts there. `exec` receives true for an executable comment whose content is code.
 */
function skipComment(s: string, i: number, to: number, state: { execDepth: number }): number {
  const c = s.charCodeAt(i);
  const d = i + 1 < to ? s.charCodeAt(i + 1) : 0;
  if (c === 45 && d === 45) {
    // `--if-exists`, `--host=db`, `--eval` are command-line options, not comments.
    let j = i + 2;
    while (j < to && j < i + 24 && (s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122) j++;
    if (j === i + 2) return to;
    const word = s.slice(i + 2, j).toLowerCase();
    const next = j < to ? s.charCodeAt(j) : 32;
    return next === 45 || next === 61 || CLI_OPTIONS.has(word) ? i : to;
  }
  if (c === 47 && d === 42) {
    if (i + 2 < to && s.charCodeAt(i + 2) === 33) {
      // `/*!` or `/*!50000`: the content runs as code; only the closing `*/` is dropped.
      let j = i + 3;
      while (j < to && j < i + 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      state.execDepth++;
      return j;
    }
    const close = s.indexOf('*/', i + 2);
    return close < 0 || close + 2 > to ? to : close + 2;
  }
  if (c === 42 && d === 47 && state.execDepth > 0) {
    state.execDepth--;
    return i + 2;
  }
  return i;
}

/** Tokenizes `s[from, to)`. */
export function lexSql(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const state = { execDepth: 0 };
  let i = from;
  while (i < to && out.length < MAX_TOKENS) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const skipped = skipComment(s, i, to, state);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (isWordChar(c) && !(c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < to && isWordChar(s.charCodeAt(j))) j++;
      const raw = s.slice(i, j);
      let v = raw.toLowerCase();
      let upper = v !== raw && raw.toUpperCase() === raw;
      // A block comment glued between two pieces of a keyword joins them.
      while (j + 1 < to && s.charCodeAt(j) === 47 && s.charCodeAt(j + 1) === 42 && isGluePrefix(v)) {
        const close = s.indexOf('*/', j + 2);
        if (close < 0 || close + 2 >= to) break;
        const k = close + 2;
        if (!isWordChar(s.charCodeAt(k))) break;
        let m = k + 1;
        while (m < to && isWordChar(s.charCodeAt(m))) m++;
        const joined = v + s.slice(k, m).toLowerCase();
        if (!isGluePrefix(joined)) break;
        v = joined;
        upper = upper && s.slice(k, m).toUpperCase() === s.slice(k, m);
        j = m;
      }
      // An empty quote pair glued between two pieces of a word (`upd''ate`, `s""et`) is what a
      // shell removes before the client reads the statement: the pieces are one word.
      for (let pieces = 0; pieces < MAX_GLUED && j + 2 < to; pieces++) {
        const q = s.charCodeAt(j);
        if ((q !== 39 && q !== 34) || s.charCodeAt(j + 1) !== q || !isWordChar(s.charCodeAt(j + 2))) break;
        let m = j + 3;
        while (m < to && isWordChar(s.charCodeAt(m))) m++;
        const piece = s.slice(j + 2, m);
        v += piece.toLowerCase();
        upper = upper && piece.toUpperCase() === piece;
        j = m;
      }
      // A project id with hyphens that opens a dotted name where a table is named
      // (`DROP TABLE acme-dev.tmp.events`, as BigQuery reads it) is one word.
      if (j < to && s.charCodeAt(j) === 45 && NAMES_FOLLOW.has(out[out.length - 1]?.v ?? '')) {
        let m = j;
        while (m + 1 < to && s.charCodeAt(m) === 45 && isWordChar(s.charCodeAt(m + 1))) {
          m += 2;
          while (m < to && isWordChar(s.charCodeAt(m))) m++;
        }
        if (m > j && s.charCodeAt(m) === 46) {
          v += s.slice(j, m).toLowerCase();
          upper = false;
          j = m;
        }
      }
      out.push({ kind: WORD, v, start: i, end: j, upper });
      i = j;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < to && (isWordChar(s.charCodeAt(j)) || s.charCodeAt(j) === 46)) j++;
      out.push({ kind: NUMBER, v: s.slice(i, j).toLowerCase(), start: i, end: j, upper: false });
      i = j;
      continue;
    }
    if (c === 39) {
      // '…' with '' as an escaped quote (and a backslash escape, as MySQL reads it).
      let j = i + 1;
      while (j < to) {
        const d = s.charCodeAt(j);
        if (d === 92) {
          j += 2;
          continue;
        }
        if (d === 39) {
          if (j + 1 < to && s.charCodeAt(j + 1) === 39) {
            j += 2;
            continue;
          }
          j++;
          break;
        }
        j++;
      }
      if (j > to) j = to;
      out.push({ kind: STRING, v: '', start: i, end: j, upper: false });
      i = j;
      continue;
    }
    if (c === 34 || c === 96 || c === 91) {
      const close = c === 91 ? 93 : c;
      let j = i + 1;
      while (j < to && s.charCodeAt(j) !== close) j++;
      j = Math.min(to, j + 1);
      out.push({ kind: QIDENT, v: '', start: i, end: j, upper: false });
      i = j;
      continue;
    }
    // Operators: two-character ones first.
    const d = i + 1 < to ? s.charCodeAt(i + 1) : 0;
    let len = 1;
    if (
      ((c === 60 || c === 62 || c === 33) && d === 61) ||
      (c === 60 && d === 62) ||
      (c === 61 && d === 61) ||
      (c === 124 && d === 124)
    )
      len = 2;
    out.push({ kind: OP, v: s.slice(i, i + len), start: i, end: i + len, upper: false });
    i += len;
  }
  return out;
}

/** The content of a quoted token (without its quotes), as offsets in the segment. */
export function innerRange(t: Token, s: string): [number, number] {
  const closed =
    t.end - t.start >= 2 &&
    (s.charCodeAt(t.end - 1) === s.charCodeAt(t.start) ||
      (s.charCodeAt(t.start) === 91 && s.charCodeAt(t.end - 1) === 93));
  return [t.start + 1, closed ? t.end - 1 : t.end];
}
