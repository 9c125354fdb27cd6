/**
 * SQL written with comments in place of spaces, as injection tampers and MySQL's versioned comments
 * write it: `DELETE/**\/FROM/**\/t`, `/*!SELECT*\/id/*!FROM*\/t`, `/*!50000UNION*\/`. Read as a shell
 * word it is a path pattern (`/`, `*`) in command position, which the shell reader takes for a
 * computed command name; it is a SQL statement, and the SQL reader judges it.
 *
 * @internal Not part of the public API.
 */

/** Words that open a SQL statement or a clause a tamper hides between comments. */
const SQL_OPENERS: ReadonlySet<string> = new Set([
  'select',
  'insert',
  'update',
  'delete',
  'create',
  'alter',
  'drop',
  'truncate',
  'replace',
  'merge',
  'with',
  'begin',
  'commit',
  'rollback',
  'grant',
  'revoke',
  'union',
  'show',
  'describe',
  'explain',
  'call',
  'exec',
  'execute',
  'rename',
  'lock',
  'unlock',
  'set',
  'use',
  'load',
  'handler',
  'declare',
]);

/** Longest word read. */
const MAX_WORD = 2048;

/**
 * Whether a shell word is SQL with comments for spaces: it holds a `/*` comment opener and the
 * first piece between the comment marks (a versioned comment's `!` and version digits dropped, empty
 * comments inside a keyword joined) is a word that opens a SQL statement. A pattern of directories
 * (`/*\/b*\/rm`, `/???/?m`) is not.
 */
export function isCommentedSql(word: string): boolean {
  if (word.length > MAX_WORD || word.indexOf('/*') < 0) return false;
  // Empty comments inside a keyword (`A/**/LTER`, `DEL/**/ETE`) join its halves: the first one,
  // two or three pieces make the keyword.
  const halves = word.split('/**/', 3);
  let joined = '';
  for (const h of halves) {
    joined += h.toLowerCase();
    if (SQL_OPENERS.has(joined)) return true;
  }
  for (const piece of word.split(/\/\*|\*\//, 8)) {
    const w = piece.replace(/[(;,].*$/s, '').toLowerCase();
    if (w.length === 0) continue;
    if (w.charCodeAt(0) !== 33) return SQL_OPENERS.has(w);
    // A versioned comment's `!` and version (`!50000`, also as a typo reading bends its digits).
    const rest = w.slice(1);
    for (let k = 0; k <= 6 && k < rest.length; k++) if (SQL_OPENERS.has(rest.slice(k))) return true;
    return false;
  }
  return false;
}

/** Whether the first word of `line` is SQL with comments for spaces: the whole line is that SQL. */
export function isCommentedSqlLine(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  let j = i;
  while (j < line.length && j - i < MAX_WORD && line.charCodeAt(j) > 32) j++;
  return isCommentedSql(line.slice(i, j));
}
