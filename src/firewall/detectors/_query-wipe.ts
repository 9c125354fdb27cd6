/**
 * Delete-everything forms of query languages beyond SQL, read by their structure: a deletion whose
 * filter is missing or matches everything, and a retention whose cutoff keeps nothing.
 *
 * - A loop over a whole collection that removes what it visits, with no filter between
 *   (ArangoDB's `FOR d IN orders REMOVE d IN orders`; `UPDATE`/`REPLACE` the same way).
 * - A graph traversal of every vertex or edge, dropped with no step that narrows it
 *   (Gremlin's `g.V().drop()`, `g.E().drop().iterate()`).
 * - A store's whole-data drop operation (Dgraph's `{"drop_all": true}`, `DropAll: true`,
 *   `"drop_op": "DATA"`).
 * - A table format's snapshot expiry or vacuum that keeps nothing back: Iceberg's
 *   `expire_snapshots` with a cutoff at or after now, or a retention of zero; Delta's
 *   `VACUUM … RETAIN 0 HOURS`. After it, no earlier state of the table can be read again.
 *
 * Each reading is bounded: a native search for its keyword first, then one expression over a
 * bounded window after it.
 *
 * @internal Not part of the public API.
 */

/** A match: its span in the line and which kind of act it is. */
export interface QueryWipe {
  readonly start: number;
  readonly end: number;
  readonly kind: 'delete-all' | 'update-all' | 'drop-all' | 'history-purge' | 'narrowed';
}

/** How far after a keyword each reading looks. */
const WINDOW = 240;

/** `FOR d IN coll` then the act on the same variable in the same collection, nothing between. */
const AQL_LOOP =
  /\bfor\s+([a-z_]\w{0,30})\s+in\s+([a-z_][\w-]{0,62})\s+(remove|update|replace)\s+(?:\1|\{\s*_key\s*:\s*\1\._key\s*\})(?:\s+with\s+\{[^}]{0,120}\})?\s+in\s+\2\b/i;

/** `g.V()` or `g.E()` with no argument, straight to `.drop()` (a `.hasLabel(…)` keeps a label's all). */
const GREMLIN_ALL =
  /\bg\s*\.\s*([ve])\s*\(\s*\)\s*(?:\.\s*haslabel\s*\(\s*['"][^'"]{1,60}['"]\s*\)\s*)?\.\s*drop\s*\(\s*\)/i;

/**
 * A traversal narrowed to named elements before its drop: a vertex by id or by a property's value
 * (`has('user', 'id', 'u-123')`, `hasId(…)`, `V('id')`), or a bounded number (`limit(…)`).
 */
const GREMLIN_NARROWED =
  /\bg\s*\.\s*[ve]\s*\((?:\s*['"\d][^)]{0,60}\)|\s*\)(?:\s*\.\s*\w{1,20}\s*\([^)]{0,80}\)){0,4}?\s*\.\s*(?:has\s*\(\s*['"][^'"]{1,40}['"]\s*,\s*['"][^'"]{1,40}['"]\s*,|hasid\s*\(|limit\s*\())[^\n]{0,160}?\.\s*drop\s*\(\s*\)/i;

/** Dgraph's operation that drops all data (and the schema), as JSON, a client struct or HTTP body. */
const DGRAPH_DROP = /["']?drop_all["']?\s*:\s*true\b|\bdropall\s*:\s*true\b|["']?drop_op["']?\s*:\s*["']?data\b/i;

/** A date past the present decade's end, read as a cutoff in the future. */
const FAR_DATE = /'\s*(?:20[4-9]\d|2[1-9]\d\d|[3-9]\d\d\d)-\d\d-\d\d/;

/** Iceberg's snapshot expiry, and its arguments up to the closing parenthesis (bounded). */
const EXPIRE = /\bexpire_snapshots\s*\(([^;)]{0,240})\)?/i;

/** Delta's `VACUUM … RETAIN 0 HOURS`. */
const VACUUM_ZERO = /\bvacuum\s+[^;\n]{1,160}?\bretain\s+0+(?:\.0+)?\s+hours?\b/i;

/** Whether the expiry's arguments keep nothing: a cutoff at or after now, a retention of zero. */
function keepsNothing(args: string): boolean {
  return (
    /older_than\s*=>\s*(?:now\s*\(\s*\)|current_timestamp|current_date)\s*(?:\+|[),]|$)/i.test(args) ||
    /retention_threshold\s*=>\s*'\s*0+\s*[a-z]*\s*'/i.test(args) ||
    /older_than\s*=>\s*timestamp\s*'\s*(?:20[4-9]\d|2[1-9]\d\d|[3-9]\d\d\d)-/i.test(args) ||
    FAR_DATE.test(args)
  );
}

/**
 * The first delete-everything form in `s` (`lower` is `s` folded to lower case, the same length),
 * or null. Looks at a keyword's neighbourhood only when the keyword stands in the line.
 */
export function queryWipe(s: string, lower: string): QueryWipe | null {
  let at = lower.indexOf('for ');
  const firstIn = at < 0 ? -1 : lower.indexOf(' in ', at);
  for (let k = 0; firstIn >= 0 && at >= 0 && at < 4000 && k < 8; k++) {
    const next = lower.indexOf(' in ', at);
    if (next < 0) break;
    if (next - at > 40) {
      at = lower.indexOf('for ', at + 4);
      continue;
    }
    const w = s.slice(at, at + WINDOW);
    const m = AQL_LOOP.exec(w);
    if (m !== null && m.index === 0) {
      const kind = (m[3] as string).toLowerCase() === 'remove' ? 'delete-all' : 'update-all';
      return { start: at, end: at + m[0].length, kind };
    }
    at = lower.indexOf('for ', at + 4);
  }
  at = lower.indexOf('.drop');
  if (at >= 0) {
    const from = Math.max(0, at - 80);
    const m = GREMLIN_ALL.exec(s.slice(from, at + 12));
    if (m !== null) return { start: from + m.index, end: from + m.index + m[0].length, kind: 'drop-all' };
    const back = Math.max(0, at - 240);
    const n = GREMLIN_NARROWED.exec(s.slice(back, at + 12));
    if (n !== null) return { start: back + n.index, end: back + n.index + n[0].length, kind: 'narrowed' };
  }
  at = lower.indexOf('drop');
  if (at >= 0 && (lower.indexOf('drop_all') >= 0 || lower.indexOf('dropall') >= 0 || lower.indexOf('drop_op') >= 0)) {
    const m = DGRAPH_DROP.exec(s);
    if (m !== null) return { start: m.index, end: m.index + m[0].length, kind: 'drop-all' };
  }
  at = lower.indexOf('expire_snapshots');
  if (at >= 0) {
    const m = EXPIRE.exec(s.slice(at, at + WINDOW + 20));
    if (m !== null && keepsNothing(m[1] as string)) return { start: at, end: at + m[0].length, kind: 'history-purge' };
  }
  at = lower.indexOf('vacuum');
  if (at >= 0 && lower.indexOf('retain', at) > 0) {
    const m = VACUUM_ZERO.exec(s.slice(at, at + WINDOW));
    if (m !== null) return { start: at + m.index, end: at + m.index + m[0].length, kind: 'history-purge' };
  }
  return null;
}
