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
  while (isSpace(s.charCodeAt(j))) j++;
  // `' or true --`, `' or 1 #`
  const ended = j >= s.length || s.startsWith('--', j) || s.charCodeAt(j) === 35 || s.charCodeAt(j) === 59;
  if ((va === 'wtrue' || (/^w[1-9][0-9]*$/.test(va) && va.length < 12)) && (ended || s.charCodeAt(j) === 41)) {
    return true;
  }
  let op = '';
  if (s.charCodeAt(j) === 61) op = s.charCodeAt(j + 1) === 61 ? '==' : '=';
  else if (s.startsWith('like', j)) op = 'like';
  // charCodeAt(j) is a character, so j < s.length
  else if (s.charCodeAt(j) === 60 || s.charCodeAt(j) === 62) op = s[j]!;
  if (op === '') return false;
  j += op.length;
  while (isSpace(s.charCodeAt(j))) j++;
  const b = operand(s, j);
  if (b === null) return false;
  const vb = b[0];
  if (op === '<' || op === '>') {
    if (!/^w[0-9]{1,9}$/.test(va) || !/^w[0-9]{1,9}$/.test(vb)) return false;
    const x = Number(va.slice(1));
    const y = Number(vb.slice(1));
    return op === '<' ? x < y : x > y;
  }
  return va === vb;
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

/**
 * Whether the quote at `q` closes a literal its own line opened (`WHERE schema = 'APP' -- run on
 * dev`) and the `--` comment at `at` holds no quote to its line's end: a whole statement with a note
 * after it. A payload's quote closes a literal the line never opened (`admin'--`), and a statement
 * shown with its injection leaves quotes in what the comment cuts off (`'admin'--' AND pw = ''`).
 */
function closedLiteralNote(s: string, q: number, at: number): boolean {
  let quotes = 0;
  for (let k = q - 1; k >= 0 && s.charCodeAt(k) !== 10; k--) if (s.charCodeAt(k) === 39) quotes++;
  if (quotes % 2 === 0) return false;
  const end = s.indexOf('\n', at);
  return s.slice(at, end < 0 ? s.length : end).indexOf("'") < 0;
}

/** Scans `segment` for injection payloads and reports them. */
/**
 * A weakness reported and its fix asked for (`Our pen-test report says the admin panel allowed SQL
 * injection with ' OR 1=1 --. How do we fix it?`): the payload is the finding being fixed.
 */
const FIX_ASKED =
  /\b(?:pen-?test\w*|audit|scanner|report|bug bounty|researcher)\b[^\n]{0,120}\b(?:allowed|found|showed|flagged|reported|accepted|was vulnerable|is vulnerable)\b[^\n]*\b(?:fix|fixed|patch|patched|prevent|remediate|remediated|sanitize|parameteri[sz]e|bound\s+parameters)\b/i;

export function scanInjection(segment: string, sink: FindingSink): void {
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
    while (s.charCodeAt(j) === 41 || isSpace(s.charCodeAt(j))) j++;
    // `' or …` / `'or …` / `' || …`
    if (!tautologyFound) {
      let k = -1;
      if (s.startsWith('or', j) && !isWord(s.charCodeAt(j + 2))) k = j + 2;
      else if (s.startsWith('||', j)) k = j + 2;
      if (k > 0) {
        while (isSpace(s.charCodeAt(k))) k++;
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
    // `admin'--`, `admin') -- `, `admin'#`: a word, its closing quote, then a comment.
    if (!commentFound && i > 0 && isWord(s.charCodeAt(i - 1)) && c === 39) {
      if (
        (s.startsWith('--', j) && (j + 2 >= s.length || isSpace(s.charCodeAt(j + 2))) && !closedLiteralNote(s, i, j)) ||
        (s.charCodeAt(j) === 35 && !annotation(s, j))
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
