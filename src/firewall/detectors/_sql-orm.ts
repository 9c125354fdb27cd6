/**
 * Unfiltered bulk deletes through an ORM or a query builder: the same `DELETE` without `WHERE`
 * or `TRUNCATE` that the SQL reader catches, written as a method chain. Every supported shape is
 * a terminal call (`.delete()`, `.deleteMany()`, `.destroy_all`, `->truncate()`, …) whose chain,
 * read back to the start of its expression, holds no filter (`.filter(…)`, `.where(…)`,
 * `.exclude(…)`, `find_by`, a `where:` with content). Shapes, by library:
 *
 * - Django: `Model.objects.all().delete()`, `Model.objects.delete()`;
 * - SQLAlchemy: `session.query(Model).delete()`, `Model.query.delete()`;
 * - Prisma: `prisma.model.deleteMany()` with no argument (`{}` is read by the MongoDB scanner);
 * - ActiveRecord: `Model.destroy_all`, `Model.delete_all`, `Model.all.delete_all`;
 * - Laravel, Knex, Sequelize, TypeORM: `->truncate()`, `::truncate()`, `.truncate()`,
 *   `knex('t').del()`, `DB::table('t')->delete()`, `Model.destroy({ where: {} })`,
 *   `Model.destroy({ truncate: true })`, `repository.clear()`.
 *
 * Linear: each terminal call is looked up by `indexOf`, and its chain is read back at most
 * {@link CHAIN_MAX} code units.
 *
 * @internal Not part of the public API.
 */

/** Longest chain read back from a terminal call. */
const CHAIN_MAX = 200;
/** Terminal calls examined per segment, at most. */
const MAX_CALLS = 16;

/** Terminal calls that delete or empty everything their chain selects; `bare` ones take no argument. */
const TERMINALS: readonly { call: string; bare: boolean }[] = [
  { call: '.delete()', bare: true },
  // SQLAlchemy's `Query.delete(synchronize_session=…)`: the argument changes nothing deleted.
  { call: '.delete(synchronize_session', bare: true },
  { call: '->delete()', bare: true },
  { call: '.del()', bare: true },
  { call: '.deletemany()', bare: true },
  { call: '.destroy_all', bare: true },
  { call: '.delete_all', bare: true },
  { call: '.truncate()', bare: true },
  { call: '->truncate()', bare: true },
  { call: '::truncate()', bare: true },
  { call: '.clear()', bare: true },
  { call: '.destroy(', bare: false },
];

/** What narrows a chain to some rows. */
const FILTERS = ['.filter(', '.filter_by(', '.where(', '->where(', '.exclude(', 'find_by', '.get(', '.wherein('];

/**
 * Receivers whose call empties a table rather than a map, a file or a cache. `capital`: the chain
 * starts with an upper-case letter as written (a model class).
 */
function tableChain(chain: string, call: string, capital: boolean): boolean {
  if (call === '.clear()') return /repo(?:sitory)?\b|getrepository\(/.test(chain);
  if (call === '.truncate()') {
    // Python's `file.truncate()` empties a file; a model, a builder or a table object empties a table.
    return capital || chain.startsWith('knex(') || chain.includes('.table(') || chain.includes('db.');
  }
  if (call === '.delete()' || call === '.delete(synchronize_session' || call === '->delete()' || call === '.del()') {
    return (
      chain.includes('.objects') ||
      chain.includes('.query(') ||
      chain.endsWith('.query') ||
      chain.startsWith('knex(') ||
      chain.includes('db::table(') ||
      chain.includes('.table(')
    );
  }
  return true;
}

/** The expression the call at `at` ends: read back over names, dots, `->`, `::` and balanced parentheses. */
function chainBefore(lower: string, at: number): string {
  let i = at;
  let depth = 0;
  const stop = Math.max(0, at - CHAIN_MAX);
  while (i > stop) {
    const c = lower.charCodeAt(i - 1);
    if (c === 41 || c === 93) depth++;
    else if (c === 40 || c === 91) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      const name = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
      const arrow = (c === 62 && lower.charCodeAt(i - 2) === 45) || (c === 58 && lower.charCodeAt(i - 2) === 58);
      if (arrow) {
        i -= 2;
        continue;
      }
      if (!name) break;
    }
    i--;
  }
  return lower.slice(i, at);
}

/** Whether a Sequelize `destroy(` at `open` (the parenthesis) selects every row. */
function destroysAll(lower: string, open: number): boolean {
  const args = lower.slice(open, open + 120);
  return /^\(\s*\{\s*(?:where\s*:\s*\{\s*\}|truncate\s*:\s*true)/.test(args);
}

/**
 * Reports `[start, end)` of the first unfiltered bulk delete in `text` (`lower` is `text`
 * lowercased, of the same length) through `report`.
 */
export function scanOrm(text: string, lower: string, report: (start: number, end: number) => void): void {
  let calls = 0;
  for (const { call, bare } of TERMINALS) {
    let at = lower.indexOf(call);
    while (at >= 0 && calls < MAX_CALLS) {
      calls++;
      const end = at + call.length;
      const chain = chainBefore(lower, at);
      const first = text.charCodeAt(at - chain.length);
      if (
        chain.length > 0 &&
        !FILTERS.some((f) => chain.includes(f)) &&
        tableChain(chain, call, first >= 65 && first <= 90)
      ) {
        if (bare || destroysAll(lower, end - 1)) {
          report(at - chain.length, end);
          return;
        }
      }
      at = lower.indexOf(call, end);
    }
  }
}
