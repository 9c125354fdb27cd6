/**
 * SQL keywords bent by a slip of the keyboard: `DELTE FORM orders;`, `DORP TABEL users;`,
 * `DROP KEYSAPCE IF EXSITS shop;`, `TRUNCTE TABLE audit_log`. A database rejects such a line, but
 * the model that acts on it fixes the spelling and runs it, so the statement is read as it was
 * meant: a destroying verb and the keyword that must follow it (`FROM` after `DELETE`, `TABLE` or
 * `DATABASE` after `DROP`), each as written or one slip away (a letter missing, extra or changed,
 * or two neighbours swapped, the first letter kept or swapped with the second), at least one of
 * them bent. The later keywords of the statement (`IF EXISTS`, `WHERE`, `CASCADE`) are read back
 * the same way. Only a statement that reads as code is read: it starts the line (after a prompt, a
 * label or a quote) and either its verb is in capitals or it ends in a `;`. The reading is
 * returned for the detectors to examine again, which then judge the statement by its structure.
 *
 * Linear in the line: each word is compared with the few keywords of its first letter.
 *
 * @internal Not part of the public API.
 */

/** Destroying verbs and the keywords that may follow each. */
const FOLLOW: ReadonlyMap<string, readonly string[]> = new Map([
  ['delete', ['from']],
  ['drop', ['table', 'database', 'schema', 'keyspace', 'collection', 'view', 'tablespace']],
  ['truncate', ['table']],
]);
/** Keywords later in a statement, read back from a slip. */
const LATER = ['exists', 'where', 'cascade', 'purge', 'table'];

/** Longest line read. */
const MAX_LINE = 400;

/** Whether `w` (lower case) is `k` or one slip from it, its first letter kept or swapped with the second. */
export function slipOf(w: string, k: string): boolean {
  if (w === k) return true;
  const n = w.length;
  const m = k.length;
  if (m < 4 || Math.abs(n - m) > 1) return false;
  if (w.charCodeAt(0) !== k.charCodeAt(0)) {
    // `rdop`: the first two letters swapped, the rest as written.
    return n === m && w[0] === k[1] && w[1] === k[0] && w.slice(2) === k.slice(2);
  }
  let i = 0;
  while (i < n && i < m && w.charCodeAt(i) === k.charCodeAt(i)) i++;
  if (n === m) {
    // One letter changed, or two neighbours swapped.
    if (w.slice(i + 1) === k.slice(i + 1)) return true;
    return i + 1 < n && w[i] === k[i + 1] && w[i + 1] === k[i] && w.slice(i + 2) === k.slice(i + 2);
  }
  // One letter extra or missing.
  return n > m ? w.slice(i + 1) === k.slice(i) : w.slice(i) === k.slice(i + 1);
}

/** The keyword among `keys` that `w` is, or is one slip from; null when none. */
function keyOf(w: string, keys: readonly string[]): string | null {
  for (const k of keys) if (slipOf(w, k)) return k;
  return null;
}

/** `k` written in the case `w` was written in (capitals, or lower case). */
function inCase(w: string, k: string): string {
  return w === w.toUpperCase() ? k.toUpperCase() : k;
}

/** A line start: spaces, a prompt (`>`, `$`, `=>`), a short label and `:`, or a quote. */
const LEAD = /^\s*(?:[\w.@-]{0,24}[=>$#]\s*|[\p{L}\w ,'’-]{0,60}:\s*)?["'`]?\s*/u;

/**
 * The line with the slipped keywords of its statement written as meant, or null when the line
 * holds no such statement (or nothing was bent).
 */
export function sqlSlipReading(line: string): string | null {
  if (line.length < 8 || line.length > MAX_LINE || !codeLike(line)) return null;
  const lead = LEAD.exec(line);
  const at = lead === null ? 0 : lead[0].length;
  const first = /^([A-Za-z]{3,9})\s+([A-Za-z]{3,11})\b/.exec(line.slice(at));
  if (first === null) return null;
  const w1 = first[1] as string;
  const w2 = first[2] as string;
  let verb: string | null = null;
  for (const v of FOLLOW.keys()) {
    if (slipOf(w1.toLowerCase(), v)) {
      verb = v;
      break;
    }
  }
  if (verb === null) return null;
  const key = keyOf(w2.toLowerCase(), FOLLOW.get(verb) as readonly string[]);
  if (key === null) return null;
  const bent = w1.toLowerCase() !== verb || w2.toLowerCase() !== key;
  if (!bent) return null;
  // The statement runs to the first `;` (or the line's end): code, not a sentence.
  const semi = line.indexOf(';', at);
  const stop = semi < 0 ? line.length : semi;
  if (!(w1.length > 1 && w1 === w1.toUpperCase()) && semi < 0) return null;
  let out = `${line.slice(0, at)}${inCase(w1, verb)} ${inCase(w2, key)}`;
  let i = at + first[0].length;
  // Later keywords of the statement, up to its end.
  const word = /[A-Za-z]{4,8}/g;
  word.lastIndex = i;
  for (let m = word.exec(line); m !== null && m.index < stop; m = word.exec(line)) {
    const w = m[0];
    const before = line.charCodeAt(m.index - 1);
    const after = line.charCodeAt(m.index + w.length);
    // Whole words only, outside names (`tbl_wehre`).
    if (isNamePart(before) || isNamePart(after)) continue;
    const k = keyOf(w.toLowerCase(), LATER);
    if (k === null || k === w.toLowerCase()) continue;
    out += line.slice(i, m.index) + inCase(w, k);
    i = m.index + w.length;
  }
  return out + line.slice(i);
}

function isNamePart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 96;
}

/**
 * The first look, without a regular expression: a `;` (a native search), or three capitals in a
 * row. Three in a row hold a code unit at an odd offset, so only those are read first, and a
 * capital there is read with its neighbours.
 */
function codeLike(line: string): boolean {
  if (line.indexOf(';') >= 0) return true;
  const n = line.length;
  for (let i = 1; i < n; i += 2) {
    if (!isCapital(line.charCodeAt(i))) continue;
    // charCodeAt is NaN past either end, which is no capital
    const before = isCapital(line.charCodeAt(i - 1));
    const after = isCapital(line.charCodeAt(i + 1));
    if (
      (before && after) ||
      (before && isCapital(line.charCodeAt(i - 2))) ||
      (after && isCapital(line.charCodeAt(i + 2)))
    )
      return true;
  }
  return false;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Key-value stores' commands that empty a database or every database. */
const STORE_VERBS = ['flushall', 'flushdb'];

/**
 * A key-value store's client line (`redis-cli`, `valkey-cli`, `keydb-cli`) whose emptying command a
 * slip bent (`FLUSHAL`, `FLUSHDBB`), with the command written as meant; null otherwise.
 */
export function storeSlipReading(line: string): string | null {
  if (line.length < 12 || line.length > MAX_LINE || line.indexOf('-cli') < 0) return null;
  if (!/\b(?:redis|valkey|keydb)-cli\b/i.test(line)) return null;
  const word = /\b[A-Za-z]{6,9}\b/g;
  for (let m = word.exec(line); m !== null; m = word.exec(line)) {
    const w = m[0].toLowerCase();
    if (w === 'flushall' || w === 'flushdb') return null;
    const k = keyOf(w, STORE_VERBS);
    if (k !== null) return line.slice(0, m.index) + inCase(m[0], k) + line.slice(m.index + m[0].length);
  }
  return null;
}
