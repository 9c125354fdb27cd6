/**
 * Canonical form of a Windows command line for the `windows` detector: lower case, cmd's `^`
 * escapes and `"` splits removed (`d^e^l`, `r"e"g` read as `del`, `reg`), PowerShell's backtick
 * escapes removed (`I`E`X` reads as `iex`), and string concatenations joined (`'Down'+'load'`).
 * Keeps a map from each canonical code unit to its offset in the segment. Also splits the line
 * into commands and words, and decodes base64 for `-EncodedCommand`.
 *
 * @internal Not part of the public API.
 */
import { decodeBase64Loose } from '../../text/_base64.js';
import { foldCase } from './_fold-case.js';

/** A canonical line and where each of its code units came from. */
export interface Canon {
  text: string;
  /** `at[i]` is the segment offset of `text[i]`; `at[text.length]` is the segment's length. */
  at: Int32Array | null;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether `s` needs more than lower-casing: escapes, or quotes inside a word. */
export function needsUnescape(s: string): boolean {
  if (s.indexOf('^') >= 0 || s.indexOf('`') >= 0 || s.indexOf("'+'") >= 0) return true;
  if (s.indexOf('{0}') >= 0 || s.indexOf('{1}') >= 0) return true;
  for (let i = s.indexOf('"'); i > 0 && i < s.length - 1; i = s.indexOf('"', i + 1)) {
    if (isAlnum(s.charCodeAt(i - 1)) && isAlnum(s.charCodeAt(i + 1))) return true;
    if (i > 1 && s.charCodeAt(i - 1) === 34) return true;
  }
  return false;
}

/** The canonical form of `s`. */
export function canon(s: string): Canon {
  if (!needsUnescape(s)) return { text: foldCase(s), at: null };
  const n = s.length;
  const at = new Int32Array(n + 1);
  let out = '';
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 34) {
      // "{1}{0}" -f 'x','ie' → iex
      const f = formatOperator(s, i);
      if (f !== null) {
        for (let k = 0; k < f.text.length; k++) at[out.length + k] = i;
        out += f.text;
        i = f.end;
        continue;
      }
      // 'a'+'b' → ab
      let j = i + 1;
      while (j < n && s.charCodeAt(j) === 32) j++;
      if (s.charCodeAt(j) === 43) {
        let k = j + 1;
        while (k < n && s.charCodeAt(k) === 32) k++;
        if (s.charCodeAt(k) === 39 || s.charCodeAt(k) === 34) {
          i = k + 1;
          continue;
        }
      }
    }
    if (c === 94 || c === 96 || c === 34) {
      // `^x` and `` `x `` keep x; a bare `"` disappears.
      i++;
      continue;
    }
    at[out.length] = i;
    // i < n = s.length
    out += s[i]!;
    i++;
  }
  at[out.length] = n;
  return { text: foldCase(out), at: at.subarray(0, out.length + 1) };
}

/** Arguments of one PowerShell format operator read, at most. */
const MAX_FORMAT_ARGS = 16;

/** A quoted string at `i` (`'…'` or `"…"`): its content and the index after it, or null. */
function quoted(s: string, i: number): { text: string; end: number } | null {
  const q = s[i];
  if (q !== "'" && q !== '"') return null;
  const close = s.indexOf(q, i + 1);
  return close < 0 ? null : { text: s.slice(i + 1, close), end: close + 1 };
}

function skipSpaces(s: string, i: number): number {
  let k = i;
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  return k;
}

/**
 * PowerShell's format operator at `i`: a quoted format with `{n}` placeholders, `-f`, and a comma
 * list of quoted arguments (`"{1}{0}" -f 'x','ie'`), evaluated to the string it builds. Null when
 * the text there is not one, or when the result would be longer than its source (the canonical
 * line never outgrows the segment).
 */
function formatOperator(s: string, i: number): { text: string; end: number } | null {
  const fmt = quoted(s, i);
  if (fmt === null || fmt.text.indexOf('{') < 0) return null;
  let k = skipSpaces(s, fmt.end);
  if (s[k] !== '-' || (s[k + 1] !== 'f' && s[k + 1] !== 'F') || s.charCodeAt(k + 2) !== 32) return null;
  k = skipSpaces(s, k + 3);
  const args: string[] = [];
  for (;;) {
    const a = quoted(s, k);
    if (a === null || args.length >= MAX_FORMAT_ARGS) break;
    args.push(a.text);
    k = a.end;
    const comma = skipSpaces(s, k);
    if (s[comma] !== ',') break;
    k = skipSpaces(s, comma + 1);
  }
  if (args.length === 0) return null;
  let text = '';
  for (let j = 0; j < fmt.text.length; j++) {
    const m = fmt.text[j] === '{' ? /^\{(\d{1,2})\}/.exec(fmt.text.slice(j, j + 4)) : null;
    if (m === null) {
      text += fmt.text[j];
      continue;
    }
    const arg = args[Number(m[1])];
    if (arg === undefined) return null;
    text += arg;
    j += m[0].length - 1;
  }
  return text.length > k - i ? null : { text, end: k };
}

/** Segment offset of canonical offset `i`. */
export function origin(c: Canon, i: number): number {
  // the index is clamped below c.at.length, which is at least 1
  return c.at === null ? i : c.at[Math.min(i, c.at.length - 1)]!;
}

/** A word of a command: its text (quotes stripped) and canonical offsets. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

/** Most words read per line. */
const MAX_WORDS = 2048;

/**
 * Splits a canonical line into commands (at `&`, `|`, `;` and parentheses outside quotes) and
 * each command into words separated by whitespace outside quotes.
 */
export function commands(t: string): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  let total = 0;
  let i = 0;
  const n = t.length;
  while (i < n && total < MAX_WORDS) {
    const c = t.charCodeAt(i);
    if (c === 38 || c === 124 || c === 59 || c === 40 || c === 41) {
      if (cur.length > 0) out.push(cur);
      cur = [];
      i++;
      continue;
    }
    if (c <= 32) {
      i++;
      continue;
    }
    const s = i;
    while (i < n) {
      const d = t.charCodeAt(i);
      if (d <= 32 || d === 38 || d === 124 || d === 59 || d === 40 || d === 41) break;
      // A quoted part that opens the word (or a value after `=`) is one piece of it, spaces and
      // separators included ('C:\Program Files'); an apostrophe inside a word (`it's`) is not.
      const opens = (d === 39 || d === 34) && (i === s || t.charCodeAt(i - 1) === 61);
      const close = opens ? t.indexOf(d === 39 ? "'" : '"', i + 1) : -1;
      i = close > 0 ? close + 1 : i + 1;
    }
    let a = s;
    let b = i;
    while (a < b && (t.charCodeAt(a) === 39 || t.charCodeAt(a) === 34)) a++;
    while (b > a && (t.charCodeAt(b - 1) === 39 || t.charCodeAt(b - 1) === 34)) b--;
    cur.push({ w: t.slice(a, b), start: s, end: i });
    total++;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** A program's name from a word: no directory, no `.exe`, no call operator. */
export function programName(w: string): string {
  let s = w;
  const slash = Math.max(s.lastIndexOf('\\'), s.lastIndexOf('/'));
  if (slash >= 0) s = s.slice(slash + 1);
  if (s.endsWith('.exe') || s.endsWith('.com')) s = s.slice(0, -4);
  while (s.startsWith('@') || s.startsWith('.') || s.startsWith('&') || s.startsWith('{')) s = s.slice(1);
  return s;
}

/** Most base64 characters decoded. */
export const MAX_B64 = 32768;

/**
 * Decodes base64 (standard or URL-safe, padding optional) into text: UTF-16LE when every other
 * byte is mostly zero (how PowerShell's `-EncodedCommand` is written), Latin-1 otherwise. Returns
 * null for anything that is not base64 or decodes to binary.
 */
export function decodeBase64Text(s: string): string | null {
  if (s.length < 8 || s.length > MAX_B64) return null;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--;
  const bytes = decodeBase64Loose(s, 0, end, end, 'fail');
  if (bytes === null) return null;
  const k = bytes.length;
  let zeros = 0;
  for (let i = 1; i < k; i += 2) if (bytes[i] === 0) zeros++;
  let out = '';
  let bad = 0;
  if (k >= 4 && zeros * 2 >= k / 2) {
    // i + 1 < k = bytes.length
    for (let i = 0; i + 1 < k; i += 2) {
      const u = bytes[i]! | (bytes[i + 1]! << 8);
      if (u < 9 || (u > 13 && u < 32)) bad++;
      out += String.fromCharCode(u);
    }
  } else {
    // i < k = bytes.length
    for (let i = 0; i < k; i++) {
      const u = bytes[i]!;
      if (u < 9 || (u > 13 && u < 32) || u === 127) bad++;
      out += String.fromCharCode(u);
    }
  }
  return bad * 10 > out.length ? null : out;
}

/** PowerShell variables remembered per line, at most. */
const MAX_VARS = 64;
/** `$name = 'text'` as one to three words (`$p='c:\x'`, `$p = 'c:\x'`, `$p= c:\x`). */
const ASSIGN = /^\$([a-z_][a-z0-9_]{0,63})(=(.*))?$/;

/** cmd's `name=value` after `set`, the value a literal or made of names already set. */
const SET = /^([a-z_][a-z0-9_]{0,63})=([^$]{1,256})$/;

/**
 * cmd's variable reads: `%name%`, a substring `%name:~start%` / `%name:~start,length%` (negative
 * numbers count from the end), and a replacement `%name:old=new%` / `%name:*old=new%` (the first
 * form replaces every `old`, the second everything up to and including the first `old`).
 */
const CMD_VAR = /%([a-z_][a-z0-9_]{0,63})(?::(?:~(-?\d{1,4})(?:,(-?\d{1,4}))?|(\*?)([^%=]{1,64})=([^%]{0,64})))?%/g;

/**
 * `text` with cmd's variable reads of {@link CMD_VAR} expanded from `vars`. A name not set stays as
 * written, or, when `strict`, makes the whole answer `null`.
 */
function expandCmd(text: string, vars: ReadonlyMap<string, string>, strict: boolean): string | null {
  let unknown = false;
  const out = text.replace(
    CMD_VAR,
    (all, name: string, from?: string, length?: string, star?: string, old?: string, put?: string) => {
      const v = vars.get(name);
      if (v === undefined) {
        unknown = true;
        return strict ? '' : all;
      }
      if (from !== undefined) {
        const n = v.length;
        const f = Number(from);
        const s = f < 0 ? Math.max(0, n + f) : Math.min(f, n);
        if (length === undefined) return v.slice(s);
        const l = Number(length);
        return l >= 0 ? v.slice(s, s + l) : v.slice(s, Math.max(s, n + l));
      }
      if (old === undefined) return v;
      if (star === '*') {
        const at = v.indexOf(old);
        return at < 0 ? v : (put ?? '') + v.slice(at + old.length);
      }
      return v.split(old).join(put ?? '');
    },
  );
  return strict && unknown ? null : out;
}

/**
 * Records a PowerShell assignment of a literal (`$c = "Remove-Item"`, `$p='C:\Windows'`) in
 * `vars` and returns true, or returns false when the command is not one. A value that itself
 * reads a variable is not recorded: only literals resolve.
 */
export function assignment(cmd: readonly Word[], vars: Map<string, string>): boolean {
  // cmd's `set name=value` (`set a=cert`, `set "a=cert"`), read back later as `%a%`.
  if (cmd.length >= 2 && cmd[0]!.w === 'set') {
    // cmd keeps the whole rest of the command as the value, spaces included (`set a=vssadmin
    // delete`): the words after the first are joined back with the spaces that stood between them.
    let text = cmd[1]!.w;
    for (let k = 2; k < cmd.length; k++) text += `${cmd[k]!.start > cmd[k - 1]!.end ? ' ' : ''}${cmd[k]!.w}`;
    const set = SET.exec(text);
    if (set === null) return false;
    // A value built from names already set, its own included (`set k=%k%un` appends to k).
    let value = set[2]!;
    if (value.indexOf('%') >= 0) {
      const expanded = expandCmd(value, vars, true);
      if (expanded === null || expanded.indexOf('%') >= 0 || expanded.length > 512) return false;
      value = expanded;
    }
    if (vars.size < MAX_VARS || vars.has(set[1]!)) vars.set(set[1]!, value);
    return true;
  }
  // cmd[0] exists whenever cmd is not empty
  const m = cmd.length === 0 || cmd.length > 3 ? null : ASSIGN.exec(cmd[0]!.w);
  if (m === null) return false;
  let value: string | undefined;
  if (m[2] !== undefined) value = cmd.length === 1 ? m[3] : undefined;
  else if (cmd.length === 3 && cmd[1]!.w === '=') value = cmd[2]!.w;
  else if (cmd.length === 2 && cmd[1]!.w.startsWith('=')) value = cmd[1]!.w.slice(1);
  if (value === undefined) return false;
  value = value.replace(/^["']+|["']+$/g, '');
  if (value.length === 0 || value.indexOf('$') >= 0) return false;
  if (vars.size < MAX_VARS || vars.has(m[1]!)) vars.set(m[1]!, value);
  return true;
}

/**
 * The command with every word that starts with a remembered variable (`$c`, `${c}`, `$p\*`)
 * given the variable's value; the words' offsets stay those of the source.
 */
export function substitute(cmd: readonly Word[], vars: ReadonlyMap<string, string>): Word[] {
  return cmd.flatMap((word): Word | Word[] => {
    if (word.w.indexOf('%') >= 0) {
      // cmd expands `%name%` anywhere in a word (`%a%%b%` is two names glued), before it splits the
      // command into words: a value with spaces (`set a=vssadmin delete`) becomes several words.
      const w = expandCmd(word.w, vars, false) as string;
      if (w !== word.w) {
        const parts = w.split(' ').filter((x) => x !== '');
        return parts.length <= 1
          ? { w, start: word.start, end: word.end }
          : parts.map((x) => ({ w: x, start: word.start, end: word.end }));
      }
    }
    if (word.w.charCodeAt(0) !== 36) return word;
    const braced = word.w.charCodeAt(1) === 123;
    let k = braced ? 2 : 1;
    while (k < word.w.length && /[a-z0-9_]/.test(word.w[k]!)) k++;
    const value = vars.get(word.w.slice(braced ? 2 : 1, k));
    if (value === undefined || (braced && word.w[k] !== '}')) return word;
    return { w: value + word.w.slice(braced ? k + 1 : k), start: word.start, end: word.end };
  });
}
