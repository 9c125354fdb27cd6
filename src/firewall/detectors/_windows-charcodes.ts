/**
 * Internal: the text spelled by a PowerShell expression made only of character codes.
 *
 * `iex (-join (71,101,116 | % {[char]$_}))`, `iex (-join [char[]](71,101,116))`,
 * `iex ([string]::join('', [char[]](71,101,116)))` and `iex ([char]71+[char]101+[char]116)` run a
 * string built from literal codes: nothing in it comes from elsewhere, so the string can be written
 * out and read as the command it is. The reading accepts an expression only when, once its codes
 * are taken out, what is left is the joining syntax alone (parentheses, commas, `-join`, the
 * `[char]` casts, a `ForEach-Object` of `[char]$_`); any other operator (`-bxor`, a variable, a
 * method call) leaves it unread.
 */

/** Codes spelled out at most: a longer payload stays unread. */
const MAX_CODES = 1024;

/** The joining syntax, in lower case, that may surround the codes. */
const SYNTAX =
  /\s+|\(|\)|,|\+|-join\b|\[char\[\]\]|\[char\]|\[string\]::join\s*\(\s*(?:''|"")\s*,|\|\s*(?:%|foreach-object|foreach)\s*\{\s*\[char\]\s*\$_\s*\}/y;
const CODE = /0x[0-9a-f]{1,4}|\d{1,5}/y;

/**
 * The text spelled by `expr` (the lower-cased text after `iex`, up to the statement's end), or
 * null when it is anything but character codes and their joining syntax. Linear: each position is
 * consumed once by a sticky pattern.
 */
export function charCodeText(expr: string): string | null {
  let out = '';
  let codes = 0;
  let joined = false;
  let i = 0;
  while (i < expr.length) {
    const ch = expr.charCodeAt(i);
    if (ch === 59 || ch === 10) break; // `;` or a line end closes the statement
    SYNTAX.lastIndex = i;
    const s = SYNTAX.exec(expr);
    if (s !== null && s[0].length > 0) {
      if (s[0].indexOf('char') >= 0) joined = true;
      i += s[0].length;
      continue;
    }
    CODE.lastIndex = i;
    const c = CODE.exec(expr);
    if (c === null) return null;
    const v = c[0].startsWith('0x') ? Number.parseInt(c[0].slice(2), 16) : Number.parseInt(c[0], 10);
    if (v < 9 || v > 0xffff || ++codes > MAX_CODES) return null;
    out += String.fromCharCode(v);
    i += c[0].length;
  }
  if (!joined || codes < 2) return null;
  // Whatever follows the statement is read on its own by the line's other readings.
  return /^[\x20-\x7e\t\r\n]+$/.test(out) ? out : null;
}
