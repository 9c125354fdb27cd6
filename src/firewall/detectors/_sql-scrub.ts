/**
 * Internal: an anonymising UPDATE on a copy named as development or staging data.
 *
 * `UPDATE customers SET email = concat('user', id, '@example.invalid'), phone = NULL`, said to run
 * on `shop_dev` or "the staging copy", overwrites personal columns with placeholders on data the
 * line names as a copy: a scrub, not a wipe. Both must hold: every assigned value is a placeholder
 * (NULL, a literal, or a concatenation of literals and the row's own id), and the line names a dev
 * or staging target while nothing on it says production or live data.
 */

/** One assignment whose value is a placeholder: NULL, a literal, or concat of literals and `id`. */
const PLACEHOLDER =
  /^\s*[\w."`[\]]+\s*=\s*(?:null|'[^']{0,80}'|-?\d+(?:\.\d+)?|(?:concat|format)\s*\(\s*(?:(?:'[^']{0,40}'|id|[\w.]+\.id|\d+)\s*,?\s*){1,6}\)|(?:'[^']{0,40}'|id)(?:\s*\|\|\s*(?:'[^']{0,40}'|id|\(?\s*id\s*::\s*\w+\s*\)?)){1,5})\s*$/i;

/** A target the line names as a development, test or staging copy. */
const COPY_TARGET =
  /\b(?:dev|development|staging|stage|test|qa|sandbox)\s+(?:copy|clone|replica|snapshot|database|db|instance|environment)\b|\b\w+_(?:dev|staging|stg|test|qa|sandbox)\b|\b(?:dev|staging|stg|qa|sandbox)_\w+\b/i;

/** Words that name production or live data anywhere on the line. */
const LIVE = /\b(?:prod|production|live|primary|master|customer-facing)\b|_prod\b|\bprod_/i;

/**
 * Whether the SET clause text `set` (between SET and WHERE or the statement's end) only writes
 * placeholders, and the whole line `line` names a dev or staging copy and no live data.
 * Linear: the clause is split on top-level commas once; each part is matched by a bounded pattern.
 */
export function scrubOnCopy(set: string, line: string): boolean {
  if (set.length > 600 || !COPY_TARGET.test(line) || LIVE.test(line)) return false;
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let k = 0; k < set.length; k++) {
    const ch = set[k];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(set.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(set.slice(from));
  return parts.every((p) => PLACEHOLDER.test(p));
}
