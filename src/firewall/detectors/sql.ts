/**
 * The `sql` detector: destructive SQL and NoSQL statements and SQL injection, read by structure.
 * A statement counts only when it parses to its end (`DROP TABLE users;` does, "drop table support
 * from the roadmap" does not), so prose that shares the keywords stays quiet. SQL quoted inside a
 * command line (`psql -c "…"`, `mysql -e '…'`, a JSON value) is read from inside its quotes, two
 * levels deep at most.
 *
 * Severities: dropping a database or schema is critical, and so is dropping with CASCADE or PURGE
 * or several tables at once; a single `DROP … IF EXISTS` without CASCADE is medium, since migrations
 * write it to recreate tables (it still escalates). A DROP or TRUNCATE of tables whose names say
 * scratch or test data (`tmp_rows`, `orders_tmp`, `test_users`), nothing cascaded and nothing on
 * the line saying production, is low, and the phrase rules inside it are withdrawn (the sink's
 * `settle`). Each line is read on its own: a
 * statement broken over several lines is seen piece by piece, and left to the rule pack.
 *
 * Findings: `sql.drop-database`, `sql.drop-object`, `sql.truncate`, `sql.delete-all`,
 * `sql.update-all`, `sql.alter-drop-column`, `sql.alter-drop-constraint`, `sql.privilege-grant`,
 * `sql.privilege-revoke`,
 * `sql.os-command`, `sql.file-read`, `sql.file-write`, `sql.purge`, `sql.credential-dump`,
 * `sql.injection-tautology`, `sql.injection-stacked`, `sql.injection-union`,
 * `sql.injection-comment`, `sql.injection-blind`, `sql.nosql-flush`, `sql.nosql-drop`, `sql.nosql-delete-all`,
 * `sql.orm-delete-all`.
 *
 * @internal Not part of the public API.
 */

import type { Severity } from '../types.js';
import { type GateWord, nextWordIs, SHARED_GATE, SQL_BIT, skipSpaces, TABLES_BIT } from './_code-gate.js';
import { foldCase } from './_fold-case.js';
import { gateRead, joinGate } from './_gate.js';
import { queryWipe } from './_query-wipe.js';
import { ownedScope } from './_shell-owned.js';
import { sqlCanonical } from './_sql-canon.js';
import { scanInjection } from './_sql-inject.js';
import { innerRange, lexSql, NUMBER, OP, QIDENT, STRING, type Token, WORD } from './_sql-lex.js';
import { type StoreCommand, scanOrm, scanStoreCommands, storeCall, storeHttpDelete } from './_sql-orm.js';
import { scrubOnCopy } from './_sql-scrub.js';
import { sqlSlipReading, storeSlipReading } from './_sql-slips.js';
import type { Detector, FindingSink } from './types.js';

const CAT = 'destructive-sql';
/** Names in one DROP/TRUNCATE list, at most (bounds the work per keyword). */
const MAX_NAMES = 32;
/** Pieces of one concatenation read, at most, and the longest text they may join to. */
const MAX_PIECES = 256;
const MAX_JOINED = 4096;
/** Quoted strings are read from inside this many levels deep. */
const MAX_DEPTH = 2;

const CRED_WORDS = [
  'pass',
  'pwd',
  'hash',
  'secret',
  'api_key',
  'apikey',
  'ssn',
  'shadow',
  'pg_authid',
  'mysql.user',
  'logins',
  'dba_users',
  'credential',
  'authentication_string',
];
/** Whether only spaces, or a `;`, quote, `(` or `:`, come before `at` (a statement can start there). */
function statementStart(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && s.charCodeAt(i) <= 32) i--;
  if (i < 0) return true;
  const c = s.charCodeAt(i);
  return c === 59 || c === 39 || c === 34 || c === 40 || c === 58 || c === 96;
}
const DROP_WORDS = [
  'database',
  'schema',
  'keyspace',
  'tablespace',
  'owned',
  'table',
  'tables',
  'view',
  'index',
  'user',
  'role',
  'login',
  'sequence',
  'function',
  'procedure',
  'trigger',
  'collection',
  'materialized',
  'temporary',
  'foreign',
  'type',
  'extension',
];
const call = (s: string, _at: number, to: number): boolean => s.charCodeAt(skipSpaces(s, to)) === 40;

/**
 * What makes a segment worth tokenizing: a statement keyword in the shape it takes in SQL, a file
 * or command function, a database client, a tautology, or a block comment (which can split a
 * keyword).
 */
const GATE_WORDS: readonly GateWord[] = [
  {
    w: 'drop',
    end: true,
    check: (s, at, to) => s.charCodeAt(at - 1) === 46 || nextWordIs(s, to, DROP_WORDS),
  },
  { w: 'dropdb', start: true, end: true },
  { w: 'dropdatabase' },
  { w: 'dropcollection' },
  {
    w: 'truncate',
    start: true,
    end: true,
    check: (s, at, to) => nextWordIs(s, to, ['table']) || statementStart(s, at) || s.slice(at, to) === 'TRUNCATE',
  },
  {
    w: 'delete',
    check: (s, at, to) =>
      nextWordIs(s, to, ['from']) ||
      /^many/i.test(s.slice(to, to + 4)) ||
      DELETE_ALIASES.test(s.slice(to, to + 80)) ||
      CYPHER_BEFORE.test(s.slice(Math.max(0, at - 160), at)),
  },
  { w: 'backup', start: true, end: true, check: (s, _a, to) => nextWordIs(s, to, ['log', 'database']) },
  { w: 'update', start: true, end: true, check: (s, _a, to) => /\bset\b/i.test(s.slice(to, to + 100)) },
  { w: 'alter', start: true, end: true, check: (s, _a, to) => nextWordIs(s, to, ['table', 'user', 'role', 'login']) },
  { w: 'grant', start: true, end: true },
  { w: 'revoke', start: true, end: true, check: (s, _a, to) => nextWordIs(s, to, ['all']) },
  { w: 'create', start: true, end: true, check: (s, _a, to) => nextWordIs(s, to, ['user', 'role', 'login']) },
  { w: 'copy', start: true, end: true },
  { w: 'union', start: true, end: true, check: (s, _a, to) => nextWordIs(s, to, ['select', 'all', 'distinct']) },
  { w: 'purge', start: true, end: true },
  {
    w: 'select',
    start: true,
    end: true,
    check: (s, _a, to) => {
      const window = s.slice(to, to + 200).toLowerCase();
      return CRED_WORDS.some((c) => window.includes(c));
    },
  },
  {
    w: 'or',
    start: true,
    end: true,
    check: (s, _a, to) => {
      let i = skipSpaces(s, to);
      if (s.charCodeAt(i) === 40) i = skipSpaces(s, i + 1);
      const c = s.charCodeAt(i);
      return (c >= 48 && c <= 57) || c === 39 || c === 34 || /^true\b/i.test(s.slice(i, i + 5));
    },
  },
  { w: '/*' },
  { w: 'xp_cmdshell' },
  { w: 'sp_oa' },
  { w: 'sys_e' },
  { w: 'outfile' },
  { w: 'dumpfile' },
  { w: 'load_file' },
  { w: 'pg_read' },
  { w: 'pg_ls_dir' },
  { w: 'lo_import' },
  { w: 'lo_export' },
  { w: 'openrowset' },
  { w: 'flushall' },
  { w: '--scan' },
  { w: 'sequelize.drop(' },
  { w: '.sync({' },
  { w: 'flushdb' },
  { w: 'remove', check: call },
  // ORM and query-builder terminals (`_sql-orm.ts` reads their chains).
  { w: '.delete()' },
  { w: '.delete(synchronize_session' },
  { w: '->delete()' },
  { w: '.del()' },
  { w: 'deletemany()' },
  { w: 'destroy_all' },
  { w: 'delete_all' },
  { w: 'truncate()' },
  { w: 'repository.clear()' },
  { w: 'repo.clear()' },
  { w: '.destroy(' },
  { w: 'mysqladmin' },
  { w: 'pg_sleep' },
  { w: 'waitfor', start: true, end: true },
  { w: 'benchmark', end: true, check: call },
  { w: 'sleep', start: true, end: true, check: call },
  // Values spelled in pieces, which `concat` joins and examines again.
  { w: "'+" },
  { w: "' +" },
  { w: "'||" },
  { w: "' ||" },
  { w: 'char', start: true, end: true, check: call },
  { w: 'chr', start: true, end: true, check: call },
  { w: '0x', start: true, check: (s, _a, to) => /^[0-9a-f]{8}/i.test(s.slice(to, to + 8)) },
];

function gateMatches(s: string): boolean {
  return (SHARED_GATE.groups(s, SQL_BIT, GATE_WORDS) & SQL_BIT) !== 0;
}

const D = {
  dropDatabase: 'drops a whole database, schema or keyspace',
  dropChunks: 'drops every chunk of a time-series table (a cutoff at or after now)',
  dropMeasurement: 'drops a whole measurement or series of a time-series database',
  dropObject: 'drops tables, views, indexes, users or roles',
  truncate: 'empties a table with TRUNCATE',
  deleteAll: 'deletes every row of a table (no WHERE clause, or one that is always true)',
  updateAll: 'updates every row of a table (no WHERE clause, or one that is always true)',
  payeeRewrite: 'sets the bank account or payout address of many payees to one value',
  alterColumn: 'drops a column or partition from a table, destroying its data',
  alterConstraint: 'drops a constraint or key from a table, or disables its triggers',
  grant: 'grants sweeping privileges (ALL to PUBLIC, global wildcards, superuser roles)',
  revoke: 'revokes every privilege of a user or role (an application cut off its data)',
  osCommand: 'runs operating-system commands from the database (xp_cmdshell, COPY … PROGRAM, UDFs)',
  fileRead: 'reads server files through the database (LOAD_FILE, pg_read_file, OPENROWSET BULK)',
  fileWrite: 'writes server files through the database (INTO OUTFILE/DUMPFILE, lo_export)',
  purge: 'purges dropped objects or backups beyond recovery',
  blind: 'delays a query on purpose, the probe of a time-based blind injection',
  credentialDump: 'reads password or credential columns and tables',
  nosqlFlush: 'flushes every key of a Redis database',
  nosqlDrop: 'drops a MongoDB database or collection',
  nosqlDeleteAll: 'deletes every document of a MongoDB collection',
  ormDeleteAll: 'deletes or truncates every row of a table through an ORM or query builder (no filter)',
  storeCommand:
    'drops a database, empties a queue or key space, or rolls back every migration through a client or schema tool',
  storeHttp: 'deletes a whole index, database, collection, bucket or queue of a data store over its HTTP API',
  guarded: 'names a destructive statement as what a guard or a check keeps from running',
  storeCall: 'drops a whole table, index, database or collection through a client library call',
  queryDeleteAll: 'removes or rewrites every document of a collection, or every vertex of a graph (no filter)',
  dropAll: 'drops all the data of a store through its whole-data drop operation',
  historyPurge: 'expires every snapshot of a table or vacuums with no retention, so no earlier state remains',
} as const;

/** A Cypher `MATCH` or `DETACH` somewhere before a `DELETE` (Neo4j, Memgraph, other graph stores). */
const CYPHER_BEFORE = /\b(?:match|detach)\b/i;

/**
 * A Cypher deletion of whatever a pattern matched, with nothing that narrows the match: `MATCH (n)
 * DETACH DELETE n` (every node and relationship of the graph), `MATCH (n:Order) DELETE n` (every
 * node of a label), `MATCH ()-[r]->() DELETE r` (every relationship), also split across the two
 * statements of `apoc.periodic.iterate`. A `WHERE`, a property map or a `LIMIT` narrows it.
 */
const CYPHER_DELETE_ALL =
  /\bmatch\s*(?:\(\s*([a-z_]\w{0,30})\s*(:\s*`?[\w]{1,40}`?)?\s*\)|\(\s*\)\s*<?-\s*\[\s*([a-z_]\w{0,30})\s*(:\s*`?[\w]{1,40}`?)?\s*\]\s*->?\s*\(\s*\))\s*(?:return\s+(?:\1|\3)\b\s*)?["']?\s*,?\s*["']?\s*(?:detach\s+)?delete\s+(\w+)\b/i;

/** MySQL's multi-table form: `DELETE t FROM transactions t`, `DELETE a, b FROM …`. */
const DELETE_ALIASES = /^\s+[A-Za-z_]\w{0,30}(\s*,\s*[A-Za-z_]\w{0,30}){0,3}\s+from\b/i;

const DROP_DB = new Set(['database', 'schema', 'keyspace', 'tablespace', 'owned']);
const DROP_OBJ = new Set([
  'table',
  'tables',
  'view',
  'index',
  'user',
  'role',
  'login',
  'sequence',
  'function',
  'procedure',
  'trigger',
  'collection',
  'materialized',
  'temporary',
  'foreign',
  'type',
  'extension',
]);
const CRED_COLUMNS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'password_hash',
  'passwordhash',
  'hashed_password',
  'pass_hash',
  'passhash',
  'pw_hash',
  'secret',
  'api_key',
  'apikey',
  'authentication_string',
  'ssn',
]);
const CRED_TABLES = new Set([
  'pg_shadow',
  'pg_authid',
  'sql_logins',
  'syslogins',
  'dba_users',
  'credentials',
  'passwords',
  'shadow',
]);
/** Built-in administrator accounts of the common engines. */
const ADMIN_ACCOUNTS = new Set(['postgres', 'root', 'sa', 'sys', 'system', 'admin', 'rdsadmin', 'mysql.sys']);

const ROLE_GRANTS = new Set([
  'superuser',
  'rds_superuser',
  'sysadmin',
  'dba',
  'db_owner',
  'pg_execute_server_program',
  'pg_read_server_files',
  'pg_write_server_files',
]);

interface Ctx {
  s: string;
  sink: FindingSink;
}

/**
 * Whether the line's words say its statements work on one's own, local, development or test data
 * and nothing on it says production or shared data (see {@link ownedScope}); read only when a
 * statement is found.
 */
function owned(c: Ctx): boolean {
  return ownedScope(c.s);
}

/** Evidence: the source text of `[start, end)`, spaces collapsed, at most 96 characters. */
/** Words that go on in prose after a DROP statement's names (`and recreate it`, `e poi`, `puis`). */
const PROSE_NEXT = new Set([
  'and',
  'then',
  'e',
  'y',
  'et',
  'und',
  'en',
  've',
  'dan',
  'poi',
  'luego',
  'puis',
  'dann',
  'danach',
  'depois',
  'potem',
]);

/** Words after a table name that end a statement written in prose ("… from users on prod"). */
const PROSE_AFTER = new Set(['on', 'in', 'at', 'for', 'please', 'now', 'asap']);

function evidence(s: string, start: number, end: number): string {
  let t = s.slice(start, Math.min(end, start + 200)).replace(/\s+/g, ' ');
  if (t.length > 96) t = `${t.slice(0, 95)}…`;
  return t;
}

/** Name parts that say a table or database is scratch or test data, and parts that say it is kept. */
const SCRATCH_PART: ReadonlySet<string> = new Set([
  'tmp',
  'temp',
  'scratch',
  'test',
  'tests',
  'testing',
  'fixture',
  'fixtures',
  'sandbox',
  'throwaway',
  'disposable',
  'dummy',
  'e2e',
  // Load areas an ETL empties before every reload (`staging.events_load`, `stg_orders`).
  'load',
  'staging',
  'stg',
  'landing',
]);
const KEPT_PART: ReadonlySet<string> = new Set(['prod', 'production', 'live', 'shared', 'main', 'primary', 'master']);
/** A line that says the data is production or shared data. */
const KEPT_LINE = /\b(?:prod|production|live|shared|customers'?)\b/i;
/** Words of a DROP or TRUNCATE statement that are not names. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'if',
  'exists',
  'table',
  'only',
  'restrict',
  'temporary',
  'view',
  'database',
  'schema',
  'index',
  'on',
  'restart',
  'continue',
  'identity',
  'reuse',
  'storage',
  'immediate',
]);

/**
 * A statement read whole as ordinary work on scratch or test data: reported `low`, and the phrase
 * rules of its category that match only inside it are withdrawn.
 */
function settle(c: Ctx, id: string, desc: string, start: number, end: number): void {
  report(c, id, 'low', desc, start, end);
  c.sink.settle?.(CAT, start, end);
}

function report(c: Ctx, id: string, sev: Severity, desc: string, start: number, end: number): void {
  c.sink.report(id, CAT, sev, desc, start, end, evidence(c.s, start, end));
}
const reportFinding = report;

/**
 * Columns that say where a payment goes: a bank account number or IBAN, its routing or sort code,
 * SWIFT/BIC, a payout or wallet address. Written one value for many payees, every payment to
 * them goes to that account.
 */
const PAYEE_COLUMN =
  /^(?:[a-z0-9]+_)*(?:iban|acc_number|account_number|account_no|acct_number|bank_account(?:_number|_no)?|routing_number|sort_code|swift(?:_code)?|bic|payout_(?:account|address|email|iban)|payment_(?:account|address|email|iban)|wallet_address|paypal_email|beneficiary_(?:account|iban))$/;
/** Words of a WHERE condition that choose a set of rows rather than one by its key. */
const BROAD_WHERE: ReadonlySet<string> = new Set([
  'in',
  'select',
  'like',
  'ilike',
  'or',
  'not',
  'between',
  'is',
  'exists',
  'any',
  'all',
]);

/** The statement analysis over one token list. */
class Statements {
  // The casts in this class drop `undefined` from in-range reads: handlers get a token index i < t.length; name() and
  // alias() return positions ≤ t.length, and end and nextWhere hold t.length + 1 slots.
  private readonly end: Int32Array;
  private readonly nextWhere: Int32Array;
  /** The variables the line sets to literals, once read (see `strings`). */
  private vars: Map<string, string> | null = null;

  constructor(
    private readonly c: Ctx,
    private readonly t: Token[],
  ) {
    const n = t.length;
    this.end = new Int32Array(n + 1);
    this.nextWhere = new Int32Array(n + 1);
    this.end[n] = n;
    this.nextWhere[n] = -1;
    // casts drop `undefined`: 0 ≤ i < n, and i + 1 ≤ n
    for (let i = n - 1; i >= 0; i--) {
      const tok = t[i] as Token;
      const semi = tok.kind === OP && tok.v === ';';
      this.end[i] = semi ? i : (this.end[i + 1] as number);
      this.nextWhere[i] = semi ? -1 : tok.kind === WORD && tok.v === 'where' ? i : (this.nextWhere[i + 1] as number);
    }
  }

  private w(k: number): string {
    const tok = this.t[k];
    return tok !== undefined && tok.kind === WORD ? tok.v : '';
  }

  private op(k: number, v: string): boolean {
    const tok = this.t[k];
    return tok !== undefined && tok.kind === OP && tok.v === v;
  }

  /** Index after a (possibly qualified) name at `k`, or -1. */
  private name(k: number): number {
    let j = k;
    for (let parts = 0; parts < 4; parts++) {
      const tok = this.t[j];
      if (tok === undefined) return -1;
      if (tok.kind === WORD || tok.kind === QIDENT || (tok.kind === STRING && parts === 0)) j++;
      else if (tok.kind === OP && tok.v === '*' && parts > 0) j++;
      else return -1;
      if (!this.op(j, '.')) return j;
      j++;
    }
    return j;
  }

  /** Whether token `k` follows token `k - 1` with no space between (one word of the command line). */
  private touches(k: number): boolean {
    const a = this.t[k - 1];
    const b = this.t[k];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Whether `k` is the end of the statement, allowing a trailing SQL Server `GO`. */
  private atEnd(k: number, e: number): boolean {
    return k >= e || (k === e - 1 && this.w(k) === 'go');
  }

  /**
   * A value spelled in pieces: literals joined by `+` or `||`, `CHAR(68,82,…)` / `CHR(68)` codes, or
   * a `0x…` hex literal (`'DR'+'OP TABLE users'`, `CHAR(68)+CHAR(82)…`). When the pieces spell SQL,
   * the joined text is examined again. Returns the index after the chain, or -1.
   */
  /**
   * The variables the line sets to a string literal (`DECLARE a text := 'DROP ';`, `b := 'x';`),
   * by lowercase name: at most {@link MAX_PIECES}, read once per line, only when a concatenation
   * is examined and the line assigns with `:=`.
   */
  private strings(): ReadonlyMap<string, string> {
    if (this.vars !== null) return this.vars;
    const vars = new Map<string, string>();
    this.vars = vars;
    if (this.c.s.indexOf(':=') < 0) return vars;
    const re =
      /\b([a-z_][a-z0-9_]{0,30})\s*(?:(?:text|varchar|character varying|char)(?:\s*\(\s*\d+\s*\))?\s*)?:=\s*'((?:[^']|''){0,200})'/gi;
    for (let m = re.exec(this.c.s); m !== null && vars.size < MAX_PIECES; m = re.exec(this.c.s)) {
      vars.set((m[1] as string).toLowerCase(), (m[2] as string).replace(/''/g, "'"));
    }
    return vars;
  }

  private concat(i: number): number {
    let text = '';
    let pieces = 0;
    let coded = false;
    let k = i;
    for (; pieces < MAX_PIECES && text.length < MAX_JOINED; pieces++) {
      const tok = this.t[k];
      if (tok === undefined) break;
      if (tok.kind === STRING) {
        const [a, b] = innerRange(tok, this.c.s);
        text += this.c.s.slice(a, b).replace(/''/g, "'");
        k++;
      } else if (tok.kind === NUMBER && tok.v.startsWith('0x') && tok.v.length > 2) {
        const hex = tok.v.slice(2);
        for (let h = 0; h + 1 < hex.length; h += 2)
          text += String.fromCharCode(Number.parseInt(hex.slice(h, h + 2), 16) || 32);
        coded = true;
        k++;
      } else if (tok.kind === WORD && this.strings().has(tok.v)) {
        // A variable the line set to a literal (`a text := 'DROP '` … `EXECUTE a || b`).
        text += this.strings().get(tok.v) as string;
        k++;
      } else if (
        tok.kind === WORD &&
        (tok.v === 'char' || tok.v === 'chr' || tok.v === 'nchar') &&
        this.op(k + 1, '(')
      ) {
        let m = k + 2;
        for (let codes = 0; codes < MAX_PIECES; codes++) {
          const n = this.t[m];
          if (n === undefined || n.kind !== NUMBER) return -1;
          text += String.fromCharCode(Number(n.v) & 0xffff);
          m++;
          if (!this.op(m, ',')) break;
          m++;
        }
        if (!this.op(m, ')')) return -1;
        coded = true;
        k = m + 1;
      } else break;
      if (!(this.op(k, '+') || this.op(k, '||'))) {
        pieces++;
        break;
      }
      k++;
    }
    if (pieces < 2 && !coded) return -1;
    if (text.length < 4) return k;
    // A chain that spells nothing of interest is passed over whole, so it is read once.
    if ((SHARED_GATE.scan(text) & SQL_BIT) === 0) return k;
    const [a, b] = this.span(i, k);
    this.c.sink.rescan(text, a, b, 'sql concatenation');
    return k;
  }

  /**
   * Whether every name among tokens `[from, to)` says it is scratch or test data (`tmp_import`,
   * `orders_tmp`, `test_users`, `staging_events_tmp`) and neither they nor the line say it is kept
   * (`prod`, `production`, `live`, `shared`).
   */
  private scratch(from: number, to: number): boolean {
    let names = 0;
    // A schema that says scratch or load (`staging.events`, `tmp.x`) makes its tables so.
    let schema = false;
    for (let k = from; k < to; k++) {
      const tok = this.t[k] as Token;
      if (tok.kind !== WORD && tok.kind !== QIDENT) continue;
      if (tok.kind === WORD && NOT_NAMES.has(tok.v)) continue;
      const parts = this.c.s
        .slice(tok.start, tok.end)
        .toLowerCase()
        .split(/[^a-z0-9]+/);
      if (this.op(k + 1, '.')) {
        schema = parts.some((x) => SCRATCH_PART.has(x)) && !parts.some((x) => KEPT_PART.has(x));
        continue;
      }
      if (!(schema || parts.some((x) => SCRATCH_PART.has(x))) || parts.some((x) => KEPT_PART.has(x))) return false;
      schema = false;
      names++;
    }
    if (names === 0) return false;
    return !KEPT_LINE.test(this.c.s);
  }

  /** Whether the statement ending at `e` is closed by a `;`. */
  private terminated(e: number): boolean {
    return this.op(e, ';');
  }

  /** Scans every statement of the list. */
  run(depth: number): void {
    const t = this.t;
    let start = true;
    // casts drop `undefined`: i < t.length, and k < next ≤ t.length
    for (let i = 0; i < t.length; i++) {
      const tok = t[i] as Token;
      if (tok.kind === OP && tok.v === ';') {
        start = true;
        continue;
      }
      if (tok.kind === WORD) {
        this.anywhere(i);
        const next = this.statement(i, start);
        if (next > i) {
          // A whole statement: its words still count where they stand, its strings are values.
          for (let k = i + 1; k < next; k++) {
            const kind = (t[k] as Token).kind;
            if (kind === WORD) this.anywhere(k);
            if (kind === STRING || kind === WORD || kind === NUMBER) {
              const after = this.concat(k);
              if (after > k) k = after - 1;
            }
          }
          i = next - 1;
          start = false;
          continue;
        }
      }
      if (tok.kind === STRING || tok.kind === WORD || tok.kind === NUMBER) {
        const next = this.concat(i);
        if (next > i) {
          i = next - 1;
          start = false;
          continue;
        }
      }
      if ((tok.kind === QIDENT || tok.kind === STRING) && depth < MAX_DEPTH) {
        const [a, b] = innerRange(tok, this.c.s);
        if (b - a >= 4 && (SHARED_GATE.scan(this.c.s.slice(a, b)) & SQL_BIT) !== 0) scanRange(this.c, a, b, depth + 1);
      }
      start = false;
    }
  }

  /** Words that matter wherever they appear. */
  private anywhere(i: number): void {
    const t = this.t;
    const tok = t[i] as Token;
    const v = tok.v;
    const call = this.op(i + 1, '(');
    if (
      v === 'xp_cmdshell' ||
      v === 'sp_oacreate' ||
      v === 'sp_oamethod' ||
      ((v === 'sys_exec' || v === 'sys_eval') && call)
    ) {
      report(this.c, 'sql.os-command', 'critical', D.osCommand, tok.start, tok.end);
    } else if (
      call &&
      (v === 'load_file' ||
        v === 'pg_read_file' ||
        v === 'pg_read_binary_file' ||
        v === 'pg_ls_dir' ||
        v === 'lo_import')
    ) {
      report(this.c, 'sql.file-read', 'high', D.fileRead, tok.start, tok.end);
    } else if (v === 'openrowset' && call && this.w(i + 2) === 'bulk') {
      report(this.c, 'sql.file-read', 'high', D.fileRead, tok.start, tok.end);
    } else if ((v === 'outfile' || v === 'dumpfile') && this.w(i - 1) === 'into') {
      // cast drops `undefined`: w(i - 1) is 'into', so i - 1 is a token
      report(this.c, 'sql.file-write', 'high', D.fileWrite, (t[i - 1] as Token).start, tok.end);
    } else if (v === 'lo_export' && call) {
      report(this.c, 'sql.file-write', 'high', D.fileWrite, tok.start, tok.end);
    } else if (v === 'union') {
      this.union(i);
    } else if (
      (call && (v === 'pg_sleep' || v === 'benchmark')) ||
      (v === 'waitfor' && this.w(i + 1) === 'delay') ||
      (v === 'sleep' && call && (this.w(i - 1) === 'and' || this.w(i - 1) === 'or' || this.w(i - 1) === 'select'))
    ) {
      report(this.c, 'sql.injection-blind', 'medium', D.blind, tok.start, tok.end);
    }
  }

  /** Analyzes a statement starting at word `i`; returns the index after it, or -1 when it is not one. */
  private statement(i: number, start: boolean): number {
    // Mid-sentence ("describe how DROP TABLE works"), a statement must show more of its grammar.
    const prev = this.t[i - 1];
    const lead = start || prev === undefined || prev.kind !== WORD || LEADS.has(prev.v);
    switch (this.w(i)) {
      case 'drop':
        return this.drop(i, lead);
      case 'truncate':
        return this.truncate(i, start, lead);
      case 'delete':
        return this.del(i, lead);
      case 'update':
        return this.update(i, lead);
      case 'alter':
        return this.alter(i);
      case 'grant':
        return this.grant(i);
      case 'revoke':
        return this.revoke(i);
      case 'create':
        return this.create(i);
      case 'copy':
        return this.copy(i);
      case 'select':
        return this.select(i);
      case 'insert':
      case 'replace':
        return this.w(i + 1) === 'into' ? (this.end[i] as number) : -1;
      case 'purge':
        return this.purge(i, start);
      case 'backup':
        return this.backup(i);
      case 'flushall':
      case 'flushdb':
        return this.flush(i, start);
      case 'dropdb':
        return this.dropdb(i);
      case 'mysqladmin':
        return this.mysqladmin(i);
      default:
        return -1;
    }
  }

  private span(i: number, k: number): [number, number] {
    // casts drop `undefined`: i ≤ the index ≤ t.length - 1
    const last = this.t[Math.max(i, Math.min(k, this.t.length) - 1)] as Token;
    return [(this.t[i] as Token).start, last.end];
  }

  private drop(i: number, lead: boolean): number {
    const e = this.end[i] as number;
    let j = i + 1;
    let kind = this.w(j);
    const db = DROP_DB.has(kind);
    if (!db && !DROP_OBJ.has(kind)) return -1;
    j++;
    if (kind === 'owned') {
      if (this.w(j) !== 'by') return -1;
      j++;
    }
    if (kind === 'materialized' || kind === 'temporary' || kind === 'foreign') {
      kind = this.w(j);
      if (kind !== 'view' && kind !== 'table') return -1;
      j++;
    }
    let ifExists = false;
    if (this.w(j) === 'if' && this.w(j + 1) === 'exists') {
      ifExists = true;
      j += 2;
    }
    let names = 0;
    for (; names < MAX_NAMES; names++) {
      const after = this.name(j);
      if (after < 0) return -1;
      j = after;
      if (!this.op(j, ',')) break;
      j++;
    }
    names++;
    if (kind === 'index' && this.w(j) === 'on') {
      const after = this.name(j + 1);
      if (after < 0) return -1;
      j = after;
    }
    let cascade = false;
    for (let extra = 0; extra < 5; extra++) {
      const w = this.w(j);
      // `CASCADE`, `PURGE`, `FORCE`, Oracle's `INCLUDING CONTENTS AND DATAFILES`: more goes with it.
      if (w === 'cascade' || w === 'purge' || w === 'force' || w === 'including') cascade = true;
      else if (this.clusterTail(j) > j) {
        j = this.clusterTail(j);
        continue;
      } else if (
        w !== 'restrict' &&
        w !== 'constraints' &&
        w !== 'with' &&
        w !== 'nowait' &&
        w !== 'contents' &&
        w !== 'and' &&
        w !== 'datafiles'
      )
        break;
      j++;
    }
    // Prose going on after the statement (`… shop_dev and recreate it`, `…, poi ricrealo`) ends it.
    let prose = false;
    if (!this.atEnd(j, e)) {
      for (let k = i + 3; k <= j && k < e; k++) {
        if (PROSE_NEXT.has(this.w(k)) || (this.op(k, ',') && PROSE_NEXT.has(this.w(k + 1)))) {
          j = k;
          prose = true;
          break;
        }
      }
      if (!prose) return -1;
    }
    if (!lead && !prose && !this.terminated(e) && !cascade && !ifExists && names < 2 && j - i < 4) return -1;
    const [a, b] = this.span(i, j);
    // Scratch and test tables named as such (`DROP TABLE IF EXISTS tmp_rows`, `test_fixture`), a
    // test database only with IF EXISTS, nothing cascaded: ordinary work this reading owns.
    if (!cascade && (!db || ifExists) && this.scratch(i + 2, j)) {
      settle(this.c, 'sql.drop-object', D.dropObject, a, b);
      return e;
    }
    if (owned(this.c)) {
      if (db) settle(this.c, 'sql.drop-database', D.dropDatabase, a, b);
      else settle(this.c, 'sql.drop-object', D.dropObject, a, b);
    } else if (db) report(this.c, 'sql.drop-database', 'critical', D.dropDatabase, a, b);
    else {
      const sev: Severity = cascade || names > 1 ? 'critical' : ifExists ? 'medium' : 'high';
      report(this.c, 'sql.drop-object', sev, D.dropObject, a, b);
    }
    return e;
  }

  private truncate(i: number, start: boolean, lead: boolean): number {
    const e = this.end[i] as number;
    let j = i + 1;
    if (this.w(j) === 'table') j++;
    // A lowercase `truncate` without TABLE is a word (a CSS class, a string function) unless it
    // opens the line or a statement that ends with `;`.
    else if (!(this.t[i] as Token).upper && !(i === 0 || (start && this.terminated(e)))) return -1;
    if (this.w(j) === 'only') j++;
    if (this.w(j) === 'if' && this.w(j + 1) === 'exists') j += 2;
    for (let names = 0; names < MAX_NAMES; names++) {
      const after = this.name(j);
      if (after < 0) return -1;
      j = after;
      if (!this.op(j, ',')) break;
      j++;
    }
    for (let extra = 0; extra < 3; extra++) {
      const w = this.w(j);
      if (w === 'restart' || w === 'continue') {
        if (this.w(j + 1) !== 'identity') break;
        j += 2;
      } else if (w === 'cascade' || w === 'restrict' || w === 'immediate' || w === 'reuse' || w === 'drop') {
        j++;
        if (this.w(j) === 'storage') j++;
      } else if (this.clusterTail(j) > j) j = this.clusterTail(j);
      else break;
    }
    if (!this.atEnd(j, e)) return -1;
    if (!lead && !this.terminated(e)) return -1;
    const [a, b] = this.span(i, j);
    if (this.scratch(i + 1, j) || owned(this.c)) settle(this.c, 'sql.truncate', D.truncate, a, b);
    else report(this.c, 'sql.truncate', 'high', D.truncate, a, b);
    return e;
  }

  /**
   * ClickHouse's tails of DROP and TRUNCATE: `ON CLUSTER name` (every replica at once), `SYNC`,
   * `NO DELAY`, `PERMANENTLY`. Returns the index after the tail at `j`, or `j` when there is none.
   */
  private clusterTail(j: number): number {
    const w = this.w(j);
    if (w === 'on' && this.w(j + 1) === 'cluster') {
      const after = this.name(j + 2);
      return after < 0 ? j : after;
    }
    if (w === 'sync' || w === 'permanently') return j + 1;
    if (w === 'no' && this.w(j + 1) === 'delay') return j + 2;
    return j;
  }

  /** Skips an optional table alias (`AS x` or a bare word that is not a clause keyword). */
  private alias(j: number, stop: ReadonlySet<string>): number {
    if (this.w(j) === 'as') return this.w(j + 1) !== '' ? j + 2 : j;
    const w = this.w(j);
    return w !== '' && !stop.has(w) ? j + 1 : j;
  }

  private del(i: number, lead: boolean): number {
    const e = this.end[i] as number;
    let j = i + 1;
    if (this.w(j) === 'top' && this.op(j + 1, '(')) return -1;
    const direct = this.w(j) === 'from';
    if (!direct) {
      // `DELETE t FROM transactions t`, `DELETE a, b FROM …`: the targets are aliases.
      let k = j;
      while (k < e && k < j + 8 && this.w(k) !== 'from' && (this.t[k]?.kind === WORD || this.op(k, ','))) k++;
      if (this.w(k) !== 'from' || k === j) return -1;
      j = k;
    }
    j++;
    if (this.w(j) === 'only') j++;
    const after = this.name(j);
    if (after < 0) return -1;
    // "delete from customers on prod, all rows": a reserved word that cannot be an alias, read
    // as prose after the statement.
    const prose = direct && PROSE_AFTER.has(this.w(after));
    j = prose ? after : this.alias(after, DELETE_CLAUSES);
    const w = this.w(j);
    let all = false;
    if (prose || this.atEnd(j, e) || w === 'limit' || w === 'order' || w === 'returning') all = true;
    else if (w === 'where') all = this.whereIsTautology(j + 1, e);
    else if (w === 'using' || w === 'output') {
      const where = this.nextWhere[j] as number;
      all = where < 0 || where >= e ? true : this.whereIsTautology(where + 1, e);
    } else return -1;
    if (!lead && !this.terminated(e) && w !== 'where') return -1;
    if (all) {
      const [a, b] = this.span(i, e);
      if (owned(this.c)) settle(this.c, 'sql.delete-all', D.deleteAll, a, b);
      else report(this.c, 'sql.delete-all', 'high', D.deleteAll, a, b);
    }
    return e;
  }

  private update(i: number, lead: boolean): number {
    const e = this.end[i] as number;
    let j = i + 1;
    if (this.w(j) === 'only' || this.w(j) === 'low_priority' || this.w(j) === 'ignore') j++;
    const after = this.name(j);
    if (after < 0) return -1;
    j = this.alias(after, UPDATE_CLAUSES);
    if (this.w(j) !== 'set') return -1;
    j++;
    // SET must go on as `column =` (or `(a, b) =`): "update the set of tests" does not.
    const first = this.t[j];
    if (first === undefined) return -1;
    if (first.kind === OP && first.v === '(') {
      /* a tuple assignment */
    } else {
      const col = this.name(j);
      if (col < 0 || !this.op(col, '=')) return -1;
    }
    const where = this.nextWhere[j] as number;
    const hasWhere = where >= 0 && where < e;
    if (!lead && !this.terminated(e) && !hasWhere) return -1;
    const all = hasWhere ? this.whereIsTautology(where + 1, e) : true;
    if (all) {
      const [a, b] = this.span(i, e);
      const setEnd = hasWhere ? where : e;
      const clause = this.c.s.slice((this.t[j] as Token).start, this.span(j, setEnd)[1]);
      if (scrubOnCopy(clause, this.c.s)) settle(this.c, 'sql.update-all', D.updateAll, a, b);
      else report(this.c, 'sql.update-all', 'high', D.updateAll, a, b);
    } else if (this.payeeSet(j, hasWhere ? where : e) && !this.oneRowByKey(where + 1, e)) {
      // Where payments go, made one value across many payees.
      const [a, b] = this.span(i, e);
      report(this.c, 'sql.payee-rewrite', 'high', D.payeeRewrite, a, b);
    }
    return e;
  }

  /** Whether the SET list from `k` to `stop` gives a payment-destination column a literal. */
  private payeeSet(k: number, stop: number): boolean {
    for (let x = k; x + 2 < stop && x < k + 64; x++) {
      const tok = this.t[x] as Token;
      if ((tok.kind !== WORD && tok.kind !== QIDENT) || !this.op(x + 1, '=')) continue;
      const value = this.t[x + 2] as Token;
      if (value.kind !== STRING && value.kind !== NUMBER) continue;
      const col = tok.kind === WORD ? tok.v : this.c.s.slice(tok.start + 1, tok.end - 1).toLowerCase();
      if (PAYEE_COLUMN.test(col)) return true;
    }
    return false;
  }

  /**
   * Whether the WHERE condition from `k` to `e` picks rows only by equalities joined with AND
   * (`WHERE id = 42`, `WHERE partner_id = 7 AND currency = 'EUR'`): one payee's record, not a set
   * chosen by a range, a pattern, a list or a subquery.
   */
  private oneRowByKey(k: number, e: number): boolean {
    if (k <= 0 || k >= e) return false;
    let equal = false;
    for (let x = k; x < e && x < k + 64; x++) {
      const tok = this.t[x] as Token;
      if (tok.kind === OP) {
        if (tok.v === '=') equal = true;
        else if (tok.v !== '.' && tok.v !== ';' && tok.v !== '(' && tok.v !== ')') return false;
      } else if (tok.kind === WORD && BROAD_WHERE.has(tok.v)) return false;
    }
    return equal;
  }

  private alter(i: number): number {
    const e = this.end[i] as number;
    const what = this.w(i + 1);
    if (what === 'user' || what === 'role' || what === 'login') {
      for (let k = i + 2; k < e && k < i + 24; k++) {
        const w = this.w(k);
        if (w === 'superuser' || w === 'sysadmin' || w === 'createrole' || w === 'bypassrls') {
          const [a, b] = this.span(i, e);
          report(this.c, 'sql.privilege-grant', 'high', D.grant, a, b);
          return e;
        }
        // A new password for the built-in administrator takes the server's keys.
        if ((w === 'password' || w === 'identified') && ADMIN_ACCOUNTS.has(this.account(i + 2))) {
          const [a, b] = this.span(i, e);
          report(this.c, 'sql.privilege-grant', 'medium', D.grant, a, b);
          return e;
        }
      }
      return -1;
    }
    if (what !== 'table') return -1;
    let j = i + 2;
    if (this.w(j) === 'if' && this.w(j + 1) === 'exists') j += 2;
    if (this.w(j) === 'only') j++;
    const after = this.name(j);
    if (after < 0) return -1;
    let found = false;
    // ClickHouse mutations: `ALTER TABLE t [ON CLUSTER c] DELETE WHERE …` removes every row the
    // condition holds for, `UPDATE col = … WHERE …` rewrites them; a condition that always holds
    // (`WHERE 1 = 1`, `WHERE true`) takes the whole table.
    let m = after;
    if (this.w(m) === 'on' && this.w(m + 1) === 'cluster') {
      const cluster = this.name(m + 2);
      m = cluster < 0 ? m : cluster;
    }
    const mutation = this.w(m);
    if ((mutation === 'delete' || mutation === 'update') && m < e) {
      const where = this.nextWhere[m] as number;
      if (where >= 0 && where < e && this.whereIsTautology(where + 1, e)) {
        const [a, b] = this.span(i, e);
        const id = mutation === 'delete' ? 'sql.delete-all' : 'sql.update-all';
        const d = mutation === 'delete' ? D.deleteAll : D.updateAll;
        if (owned(this.c)) settle(this.c, id, d, a, b);
        else report(this.c, id, 'high', d, a, b);
      }
      return e;
    }
    if (this.w(after) === 'disable' && this.w(after + 1) === 'trigger' && this.w(after + 2) === 'all') {
      // Every trigger off, the constraints and audit trails they enforce included.
      const [a, b] = this.span(i, e);
      report(this.c, 'sql.alter-drop-constraint', 'medium', D.alterConstraint, a, b);
      return e;
    }
    for (let k = after; k < e && k < after + 64; k++) {
      if (this.w(k) !== 'drop') continue;
      const obj = this.w(k + 1);
      const [a, b] = this.span(i, e);
      if (
        obj === 'constraint' ||
        obj === 'primary' ||
        obj === 'foreign' ||
        obj === 'index' ||
        obj === 'key' ||
        obj === 'check'
      ) {
        report(this.c, 'sql.alter-drop-constraint', 'medium', D.alterConstraint, a, b);
      } else if (obj !== 'default' && obj !== 'not' && obj !== 'identity' && obj !== 'expression') {
        // A migration the line scopes to a development or test database.
        if (owned(this.c)) settle(this.c, 'sql.alter-drop-column', D.alterColumn, a, b);
        else report(this.c, 'sql.alter-drop-column', 'high', D.alterColumn, a, b);
      }
      found = true;
      break;
    }
    return found || this.atEnd(after, e) ? e : e;
  }

  private grant(i: number): number {
    const e = this.end[i] as number;
    let all = false;
    let to = -1;
    let wildcard = false;
    let role = false;
    for (let k = i + 1; k < e && k < i + 64; k++) {
      const w = this.w(k);
      if (w === 'all') all = true;
      else if (w === 'to' && to < 0) to = k;
      else if (ROLE_GRANTS.has(w) && to < 0) role = true;
      else if (w === 'on' && this.op(k + 1, '*') && this.op(k + 2, '.') && this.op(k + 3, '*')) wildcard = true;
    }
    if (to < 0) return -1;
    const toPublic = this.w(to + 1) === 'public';
    if ((all && (toPublic || wildcard)) || role) {
      const [a, b] = this.span(i, e);
      report(this.c, 'sql.privilege-grant', 'high', D.grant, a, b);
    }
    return e;
  }

  /** `REVOKE ALL [PRIVILEGES] ON … FROM …`: cuts a user or role off everything it could reach. */
  private revoke(i: number): number {
    const e = this.end[i] as number;
    if (this.w(i + 1) !== 'all') return -1;
    for (let k = i + 2; k < e && k < i + 64; k++) {
      if (this.w(k) !== 'from') continue;
      if (this.w(k + 1) === '' && this.t[k + 1]?.kind !== QIDENT) return -1;
      const [a, b] = this.span(i, e);
      report(this.c, 'sql.privilege-revoke', 'medium', D.revoke, a, b);
      return e;
    }
    return -1;
  }

  private create(i: number): number {
    const e = this.end[i] as number;
    const what = this.w(i + 1);
    if (what !== 'user' && what !== 'role' && what !== 'login') return -1;
    for (let k = i + 2; k < e && k < i + 24; k++) {
      const w = this.w(k);
      if (w === 'superuser' || w === 'sysadmin') {
        const [a, b] = this.span(i, e);
        report(this.c, 'sql.privilege-grant', 'high', D.grant, a, b);
        break;
      }
    }
    return e;
  }

  private copy(i: number): number {
    const e = this.end[i] as number;
    for (let k = i + 1; k < e && k < i + 64; k++) {
      const w = this.w(k);
      if (w === 'program' && (this.w(k - 1) === 'to' || this.w(k - 1) === 'from')) {
        const [a, b] = this.span(i, e);
        report(this.c, 'sql.os-command', 'critical', D.osCommand, a, b);
        return e;
      }
    }
    return -1;
  }

  private select(i: number): number {
    const e = this.end[i] as number;
    let from = -1;
    let cred = false;
    for (let k = i + 1; k < e && k < i + 64; k++) {
      const tok = this.t[k] as Token;
      if (tok.kind !== WORD) continue;
      if (tok.v === 'from') {
        from = k;
        break;
      }
      if (CRED_COLUMNS.has(tok.v)) cred = true;
    }
    if (from < 0) return -1;
    const table = this.name(from + 1);
    if (table < 0) return -1;
    // cast drops `undefined`: name() consumed at least one token before table
    const last = this.t[table - 1] as Token;
    const lastName = last.kind === WORD ? last.v : this.c.s.slice(last.start + 1, last.end - 1).toLowerCase();
    const mysqlUser = lastName === 'user' && this.w(from + 1) === 'mysql';
    if (cred || CRED_TABLES.has(lastName) || mysqlUser) {
      const [a, b] = this.span(i, table);
      report(this.c, 'sql.credential-dump', 'medium', D.credentialDump, a, b);
    }
    // A tautology joined by OR in a query's WHERE clause is an injection's mark.
    const where = this.nextWhere[table] as number;
    if (where >= 0 && where < e) {
      for (let k = where + 1; k < e && k < where + 128; k++) {
        if (this.w(k) === 'or' && this.tautologyAt(k + 1, e) > 0) {
          const [a, b] = this.span(k, e);
          this.c.sink.report(
            'sql.injection-tautology',
            CAT,
            'high',
            INJECTION_TAUTOLOGY,
            a,
            b,
            evidence(this.c.s, a, b),
          );
          break;
        }
      }
    }
    return e;
  }

  /** The account name at token `k`, unquoted and without its MySQL host (`'root'@'%'` → `root`). */
  private account(k: number): string {
    const tok = this.t[k];
    if (tok === undefined) return '';
    return this.c.s
      .slice(tok.start, tok.end)
      .replace(/["'`[\]]/g, '')
      .toLowerCase();
  }

  /** `BACKUP LOG … TO DISK = 'NUL'`: a backup thrown away, which breaks the recovery chain. */
  private backup(i: number): number {
    const e = this.end[i] as number;
    const [a, b] = this.span(i, e);
    if (!/disk\s*=\s*n?'nul:?'/i.test(this.c.s.slice(a, b))) return -1;
    report(this.c, 'sql.purge', 'high', D.purge, a, b);
    return e;
  }

  private purge(i: number, start: boolean): number {
    const what = this.w(i + 1);
    if (!start && !(this.t[i] as Token).upper) return -1;
    if (what !== 'recyclebin' && what !== 'dba_recyclebin' && what !== 'table' && what !== 'tablespace') return -1;
    const e = this.end[i] as number;
    const [a, b] = this.span(i, e);
    report(this.c, 'sql.purge', 'high', D.purge, a, b);
    return e;
  }

  private flush(i: number, start: boolean): number {
    const e = this.end[i] as number;
    let redis = start;
    for (let k = i - 1; k >= 0 && k >= i - 24 && !redis; k--) if (this.w(k) === 'redis') redis = true;
    if (!redis) return -1;
    const j = this.w(i + 1) === 'async' || this.w(i + 1) === 'sync' ? i + 2 : i + 1;
    // Prose after a comma ("FLUSHDB, it is the test database") ends the command.
    // A dash before a note ("FLUSHDB — it only holds test sessions") ends it too.
    if (
      !this.atEnd(j, e) &&
      !this.op(j, '&') &&
      !this.op(j, '|') &&
      !this.op(j, ',') &&
      this.w(j) !== '\u2014' &&
      this.w(j) !== '\u2013'
    )
      return -1;
    const [a, b] = this.span(i, j);
    // FLUSHALL empties every database of the server: no note about one of them scopes it.
    if (this.w(i) === 'flushdb' && owned(this.c)) settle(this.c, 'sql.nosql-flush', D.nosqlFlush, a, b);
    else report(this.c, 'sql.nosql-flush', 'critical', D.nosqlFlush, a, b);
    return j;
  }

  /** Options of a client program (`-U postgres`, `--if-exists`, `-h=db`), then a name, then the end. */
  private clientTarget(j: number, e: number): number {
    for (let guard = 0; guard < 16; guard++) {
      if (!this.op(j, '-')) break;
      j++;
      if (this.op(j, '-')) j++;
      const flag = this.t[j];
      if (flag === undefined || flag.kind !== WORD) return -1;
      j++;
      while (this.op(j, '-') && this.w(j + 1) !== '') j += 2;
      if (this.op(j, '=')) j += 2;
      else if (flag.v.length === 1 && 'uhpd'.includes(flag.v) && !this.op(j, '-')) {
        if (this.t[j]?.kind === NUMBER) j++;
        else j = this.name(j) < 0 ? j : this.name(j);
        // A host name goes on with hyphens and dots (`-h prod-db.internal`, `-h db-1.eu-west.internal`).
        while (
          (this.op(j, '-') || this.op(j, '.')) &&
          (this.w(j + 1) !== '' || this.t[j + 1]?.kind === NUMBER) &&
          this.touches(j) &&
          this.touches(j + 1)
        )
          j += 2;
      }
    }
    const after = this.name(j);
    if (after < 0) return -1;
    let k = after;
    while (this.op(k, '-') && this.w(k + 1) !== '') k += 2;
    return this.atEnd(k, e) || this.op(k, '&') || this.op(k, '|') ? k : -1;
  }

  private dropdb(i: number): number {
    const e = this.end[i] as number;
    const k = this.clientTarget(i + 1, e);
    if (k < 0) return -1;
    const [a, b] = this.span(i, k);
    if (owned(this.c)) settle(this.c, 'sql.drop-database', D.dropDatabase, a, b);
    else report(this.c, 'sql.drop-database', 'critical', D.dropDatabase, a, b);
    return k;
  }

  private mysqladmin(i: number): number {
    const e = this.end[i] as number;
    for (let k = i + 1; k < e && k < i + 24; k++) {
      if (this.w(k) !== 'drop' || this.op(k - 1, '-')) continue;
      const end = this.clientTarget(k + 1, e);
      if (end < 0) return -1;
      const [a, b] = this.span(i, end);
      report(this.c, 'sql.drop-database', 'critical', D.dropDatabase, a, b);
      return end;
    }
    return -1;
  }

  /** `UNION [ALL] SELECT` with the marks of an injection: after a literal, or reading metadata. */
  private union(i: number): void {
    let j = i + 1;
    if (this.w(j) === 'all' || this.w(j) === 'distinct') j++;
    if (this.w(j) !== 'select') return;
    const prev = this.t[i - 1];
    let marked = prev !== undefined && (prev.kind === STRING || (prev.kind === OP && prev.v === "'"));
    // cast drops `undefined`: w(j) is 'select', so j is a token
    const e = this.end[j] as number;
    let nulls = 0;
    for (let k = j + 1; k < e && k < j + 64 && !marked; k++) {
      const w = this.w(k);
      if (w === 'null') nulls++;
      if (
        nulls >= 2 ||
        CRED_COLUMNS.has(w) ||
        w === 'information_schema' ||
        w === '@@version' ||
        w === 'table_name' ||
        w === 'column_name' ||
        w === 'group_concat' ||
        w === 'sqlite_master' ||
        w === 'sysobjects' ||
        CRED_TABLES.has(w) ||
        ((w === 'user' || w === 'database' || w === 'version' || w === 'current_user') && this.op(k + 1, '('))
      )
        marked = true;
    }
    if (!marked) return;
    const [a, b] = this.span(i, e);
    this.c.sink.report('sql.injection-union', CAT, 'high', INJECTION_UNION, a, b, evidence(this.c.s, a, b));
  }

  /** Whether the WHERE condition `[k, e)` is always true. */
  private whereIsTautology(k: number, e: number): boolean {
    const first = this.tautologyAt(k, e);
    if (
      first > 0 &&
      (this.atEnd(first, e) || this.w(first) === 'or' || PROSE_AFTER.has(this.w(first)) || this.w(first) === 'to')
    )
      return true;
    for (let m = k; m < e && m < k + 128; m++) if (this.w(m) === 'or' && this.tautologyAt(m + 1, e) > 0) return true;
    return false;
  }

  /** If a tautology (`1=1`, `'a'='a'`, `true`, `not false`, `2>1`) starts at `k`, the index after it; else 0. */
  private tautologyAt(k: number, e: number): number {
    let j = k;
    while (this.op(j, '(')) j++;
    const a = this.t[j];
    if (a === undefined || j >= e) return 0;
    const closeParens = (m: number): number => {
      while (this.op(m, ')')) m++;
      return m;
    };
    if (a.kind === WORD && a.v === 'true') return closeParens(j + 1);
    if (a.kind === WORD && a.v === 'not' && (this.w(j + 1) === 'false' || this.lit(j + 1) === '0'))
      return closeParens(j + 2);
    const opTok = this.t[j + 1];
    const b = this.t[j + 2];
    if (opTok === undefined || b === undefined || j + 2 >= e) {
      return a.kind === NUMBER && a.v !== '0' && (opTok === undefined || j + 1 >= e) ? j + 1 : 0;
    }
    const op = opTok.kind === OP ? opTok.v : opTok.kind === WORD ? opTok.v : '';
    // `id > 0`, `id >= 1` on a key that counts from one.
    if (
      a.kind === WORD &&
      /^(?:id|\w+_id)$/.test(a.v) &&
      b.kind === NUMBER &&
      ((op === '>' && b.v === '0') || (op === '>=' && (b.v === '0' || b.v === '1')))
    )
      return closeParens(j + 3);
    const la = this.lit(j);
    const lb = this.lit(j + 2);
    if (la === null || lb === null) {
      return a.kind === NUMBER && a.v !== '0' && (this.w(j + 1) === 'or' || this.w(j + 1) === 'and') ? j + 1 : 0;
    }
    let holds = false;
    if (op === '=' || op === '==' || op === 'like' || op === 'is' || op === '<=' || op === '>=') holds = la === lb;
    else if (a.kind === NUMBER && b.kind === NUMBER && (op === '<' || op === '>' || op === '<>' || op === '!=')) {
      const x = Number(la);
      const y = Number(lb);
      holds = op === '<' ? x < y : op === '>' ? x > y : x !== y;
    }
    return holds ? closeParens(j + 3) : 0;
  }

  /** A literal's value (number text, string content, or a bare word compared with itself). */
  private lit(k: number): string | null {
    const tok = this.t[k];
    if (tok === undefined) return null;
    if (tok.kind === NUMBER) return tok.v;
    if (tok.kind === STRING || tok.kind === QIDENT) {
      const [a, b] = innerRange(tok, this.c.s);
      return `'${this.c.s.slice(a, b).toLowerCase()}`;
    }
    if (tok.kind === WORD && tok.v !== 'not' && tok.v !== 'null') return `w${tok.v}`;
    return null;
  }
}

/** Words after which a statement still starts at the head of an instruction ("please run DROP …"). */
const LEADS: ReadonlySet<string> = new Set([
  'run',
  'execute',
  'exec',
  'please',
  'then',
  'now',
  'just',
  'and',
  'go',
  'do',
  'also',
  'next',
  'first',
  'finally',
]);
const DELETE_CLAUSES: ReadonlySet<string> = new Set(['where', 'using', 'limit', 'order', 'returning', 'output', 'go']);
const UPDATE_CLAUSES: ReadonlySet<string> = new Set(['set']);
const INJECTION_TAUTOLOGY = 'an always-true condition injected into a query (OR 1=1 and its forms)';
const INJECTION_UNION = 'a UNION SELECT that reads another table or the schema through an injected query';

function scanRange(c: Ctx, from: number, to: number, depth: number): void {
  const tokens = lexSql(c.s, from, to);
  if (tokens.length === 0) return;
  new Statements(c, tokens).run(depth);
}

/** MongoDB shell calls, read from the raw text; on one's own, local or test data they are settled. */
function scanMongo(c: Ctx, lower: string): void {
  // One's own, local or test data (`# my local throwaway db`, `getSiblingDB('test_tmp')`): the call
  // is settled, not reported.
  const mine = owned(c) || (TEST_LINE.test(c.s) && !KEPT_LINE.test(c.s));
  const report = (cc: Ctx, id: string, sev: Severity, desc: string, start: number, end: number): void => {
    if (mine) settle(cc, id, desc, start, end);
    else reportFinding(cc, id, sev, desc, start, end);
  };
  let at = lower.indexOf('.dropdatabase(');
  if (at >= 0) report(c, 'sql.nosql-drop', 'critical', D.nosqlDrop, at, at + 14);
  at = lower.indexOf('.dropcollection(');
  if (at >= 0) report(c, 'sql.nosql-drop', 'high', D.nosqlDrop, at, at + 16);
  at = lower.indexOf('.drop()');
  if (at >= 0 && lower.lastIndexOf('db.', at) >= 0 && at - lower.lastIndexOf('db.', at) <= 80) {
    report(c, 'sql.nosql-drop', 'high', D.nosqlDrop, lower.lastIndexOf('db.', at), at + 7);
  }
  for (const call of ['.deletemany(', '.remove(']) {
    at = lower.indexOf(call);
    if (at < 0) continue;
    let k = at + call.length;
    while (k < lower.length && lower.charCodeAt(k) <= 32) k++;
    if (lower.charCodeAt(k) !== 123) continue;
    k++;
    while (k < lower.length && lower.charCodeAt(k) <= 32) k++;
    if (lower.charCodeAt(k) === 125) report(c, 'sql.nosql-delete-all', 'high', D.nosqlDeleteAll, at, k + 1);
  }
}

/**
 * Whole schemas dropped by an ORM (`sequelize.drop()`, `sequelize.sync({ force: true })`, which
 * drops every table before creating it again), and Redis keys deleted by a scan of every key
 * (`redis-cli --scan --pattern '*' | xargs redis-cli del`).
 */
function scanSchemaReset(c: Ctx, lower: string): void {
  let at = lower.indexOf('sequelize.drop(');
  if (at >= 0) report(c, 'sql.drop-object', 'critical', D.dropObject, at, at + 15);
  at = lower.indexOf('.sync({');
  if (at >= 0) {
    const close = lower.indexOf('}', at);
    const args = lower.slice(at + 7, close < 0 ? at + 80 : Math.min(close, at + 80));
    if (/\bforce\s*:\s*true\b/.test(args)) report(c, 'sql.drop-object', 'high', D.dropObject, at, at + 7 + args.length);
  }
  at = lower.indexOf('--scan');
  if (at >= 0 && lower.lastIndexOf('redis-cli', at) >= 0) {
    const pipe = lower.indexOf('|', at);
    const rest = pipe < 0 ? '' : lower.slice(pipe, pipe + 120);
    const pattern = /--pattern\s+(["']?)([^\s"']*)\1/.exec(lower.slice(at, pipe < 0 ? at + 120 : pipe));
    const everything = pattern === null || pattern[2] === '*';
    if (everything && /\bredis-cli\b[^|;&]*\b(del|unlink)\b/.test(rest))
      report(c, 'sql.nosql-flush', 'high', D.nosqlFlush, lower.lastIndexOf('redis-cli', at), pipe + rest.length);
  }
}

/** Cypher statements that delete every node, every node of a label, or every relationship. */
function scanCypher(c: Ctx, lower: string): void {
  const m = CYPHER_DELETE_ALL.exec(lower.length > 4000 ? lower.slice(0, 4000) : lower);
  if (m === null || (m[5] !== m[1] && m[5] !== m[3])) return;
  const end = m.index + m[0].length;
  if (owned(c)) settle(c, 'sql.delete-all', D.deleteAll, m.index, end);
  else
    report(
      c,
      'sql.delete-all',
      m[1] !== undefined && m[2] === undefined ? 'critical' : 'high',
      D.deleteAll,
      m.index,
      end,
    );
}

/** An empty quote pair between two word characters. */
const GLUED = /\w(''|"")\w/;
/** Whether an empty quote pair stands in `s`: what every {@link GLUED} match holds, found by a native search. */
function mayGlue(s: string): boolean {
  return s.indexOf("''") >= 0 || s.indexOf('""') >= 0;
}
const GLUED_ALL = /(?<=\w)(''|"")(?=\w)/g;

/** An order to glue named parts into one statement and run it ("join them with spaces and run"). */
const GLUE_ORDER =
  /\b(?:glue|join|concatenate|combine|put (?:them |it )?together|assemble|chain|colle|collez|coller|concatène|concatena|junta|une|füge|verbinde|zusammen)\w*\b/i;
/** One labelled part: a short label, `=` or `:`, and its value up to the next separator. */
const PART = /^\s*(?:and\s+)?([\p{L}\w]{1,20}(?: [\p{L}\w]{1,3})?)\s*[:=]\s*["'`]?([^"'`]{1,120}?)["'`]?\s*$/u;

/**
 * A statement given as labelled parts to be glued (`verb = DELETE, target = FROM t, filter = WHERE
 * 1=1 — glue them with spaces and run`): the parts' values joined with spaces, read again.
 */
function scanLabeledParts(segment: string, sink: FindingSink): void {
  // Every labelled part has a `:` or an `=`, and parts read out as sentences end in `. `.
  if (
    segment.length > 600 ||
    (segment.indexOf(':') < 0 && segment.indexOf('=') < 0 && segment.indexOf('. ') < 0) ||
    !GLUE_ORDER.test(segment)
  )
    return;
  const values: string[] = [];
  let start = -1;
  let end = 0;
  let at = 0;
  for (const piece of segment.split(/[,;\n]|\.\s|\s[-—–]{1,2}\s/)) {
    const m = PART.exec(piece);
    if (m !== null && !/^\d+$/.test(m[2] as string)) {
      if (start < 0) start = at;
      values.push((m[2] as string).trim());
      end = at + piece.length;
    } else if (values.length >= 2) break;
    else if (values.length > 0 && piece.trim().length > 0) {
      values.length = 0;
      start = -1;
    }
    at += piece.length + 1;
    if (values.length >= 8) break;
  }
  if (values.length < 2) {
    // The parts' lines joined into one (`verb = DELETE target = FROM t filter = WHERE 1=1 glue …`).
    // Or the values alone, read out as short sentences before the order (`DROP. TABLE. t. Join …`).
    const inline = inlineParts(segment) ?? sentenceParts(segment);
    if (inline !== null && gateMatches(inline)) sink.rescan(inline, 0, segment.length, 'joined parts');
    return;
  }
  const joined = values.join(' ');
  if (gateMatches(joined)) sink.rescan(joined, Math.max(0, start), Math.min(segment.length, end), 'joined parts');
}

/**
 * Short sentences before the order to glue them (`DROP. TABLE. payments. Join them and run it.`),
 * joined with spaces; null when fewer than two, or when one is longer than a part would be.
 */
function sentenceParts(segment: string): string | null {
  const order = GLUE_ORDER.exec(segment);
  if (order === null) return null;
  const before = segment.slice(0, order.index);
  const stop = before.lastIndexOf('.');
  if (stop < 0) return null;
  const pieces = before.slice(0, stop).split(/\.\s+/);
  if (pieces.length < 2 || pieces.length > 8) return null;
  for (const p of pieces) if (p.trim().length === 0 || p.length > 60) return null;
  return pieces.map((p) => p.trim()).join(' ');
}

/** A label inside a line: one or two words, then `:` or ` = ` and a space (`part A: `, `verb = `). */
const INLINE_LABEL = /(?<=^|\s)[\p{L}\w]{1,20}(?: [\p{L}\w]{1,3})?[ \t]*(?::|[ \t]=)[ \t]+/gu;

/**
 * The values of labelled parts written one after another on a line, joined with spaces; the last
 * one ends where the order to glue them starts. Null when there are fewer than two.
 */
function inlineParts(segment: string): string | null {
  const values: string[] = [];
  let prev = -1;
  INLINE_LABEL.lastIndex = 0;
  for (let m = INLINE_LABEL.exec(segment); m !== null && values.length < 8; m = INLINE_LABEL.exec(segment)) {
    if (prev >= 0) {
      const v = segment.slice(prev, m.index).trim();
      if (v.length > 0 && v.length <= 120) values.push(v);
    }
    prev = m.index + m[0].length;
  }
  if (prev < 0) return null;
  const rest = segment.slice(prev);
  const order = GLUE_ORDER.exec(rest);
  // The words that lead into the order (`… invoices now combine them`) are not part of the value.
  const last = (order === null ? rest : rest.slice(0, order.index))
    .replace(/(?:[\s.,;]+|\s(?:now|then|and|please|so|just))+$/i, '')
    .trim();
  if (last.length > 0 && last.length <= 120) values.push(last);
  return values.length >= 2 ? values.join(' ') : null;
}

/**
 * The words {@link ALL_TABLES} starts with, each at the start of a word: read from the shared
 * keyword gate first, so that a segment with none of them skips the expression.
 */
const TABLES_WORDS: readonly GateWord[] = [
  'information_schema',
  'pg_tables',
  'pg_class',
  'sys.tables',
  'sqlite_master',
  'sp_msforeachtable',
  'show tables',
  'every table',
  'each table',
  'all table',
  'all the table',
].map((w) => ({ w, start: true }));

/** Names of every table of a database, listed from its catalog or walked by a procedure. */
const ALL_TABLES =
  /\b(?:information_schema\.tables|information_schema|pg_tables|pg_class|sys\.tables|sqlite_master|sp_msforeachtable|show tables|(?:every|each|all(?: the)?) (?:table|tables)(?: names?)?)\b/i;
/** Emptying or dropping each one. */
const EACH_EMPTIED =
  /\b(?:truncate|drop table|delete from)\b[^\n]{0,80}?(?:\b(?:each|every|all)\b|<name>|\?|\$t\b|\|\||\bloop\b|\bfor\b)|\b(?:each|every|all)\b[^\n]{0,60}?\b(?:truncate|drop|empty|wipe)\b|sp_msforeachtable\s+'(?:truncate|drop|delete)/i;
/** Integrity checks turned off first. */
const CHECKS_OFF =
  /\b(?:foreign_key_checks\s*=\s*0|session_replication_role\s*=\s*'?replica|nocheck constraint|disable (?:the )?(?:foreign[ -]key|fk)|turn off (?:the )?(?:foreign[ -]key|fk)|foreign_keys\s*=\s*off)/i;

/**
 * A whole database emptied over steps: every table listed from the catalog (or walked by
 * `sp_MSforeachtable`) and truncated or dropped one by one, often with foreign-key checks off
 * first. Scratch and test schemas named as such are left alone.
 */
function scanWholeDatabase(c: Ctx, lower: string): void {
  // Every pattern below ignores case, so the line is read as written.
  if (
    lower.length > 4000 ||
    (SHARED_GATE.groups(lower, TABLES_BIT, TABLES_WORDS) & TABLES_BIT) === 0 ||
    !ALL_TABLES.test(lower)
  )
    return;
  const each = EACH_EMPTIED.exec(lower);
  if (each === null) return;
  if (
    !CHECKS_OFF.test(lower) &&
    !/\b(?:loop|for each|foreach|for \w+ in|each one|every one|step \d|\$\(|gexec|xargs)\b|sp_msforeachtable|\|\|/i.test(
      lower,
    )
  )
    return;
  if (/\b(?:test|tmp|temp|scratch|sandbox|e2e)(?:_\w*)?\b/i.test(lower) && !/\b(?:prod|production|live)/i.test(lower))
    return;
  report(c, 'sql.truncate', 'critical', D.truncate, each.index, each.index + each[0].length);
}

/**
 * A time-series store emptied: TimescaleDB `drop_chunks` with a cutoff in the future or at now (every
 * chunk is older), InfluxQL `DROP MEASUREMENT` / `DROP SERIES FROM` / `DELETE FROM` a measurement
 * without a time bound. A retention cutoff in the past (`older_than => INTERVAL '90 days'`) is
 * routine and left.
 */
function scanTimeSeries(c: Ctx, s: string): void {
  // One's own, local or test data (`on my dev Timescale`, `the test measurement`).
  if (owned(c)) return;
  const chunks = /\bdrop_chunks\s*\(([^;]{0,200})\)/i.exec(s);
  if (chunks !== null) {
    const args = chunks[1] as string;
    const everything =
      /older_than\s*=>\s*(?:now\s*\(\s*\)|current_timestamp|current_date)\s*(?:\+|[),]|$)/i.test(args) ||
      /older_than\s*=>\s*(?:interval\s*)?'\s*0+\s*(?:[a-z]+)?\s*'/i.test(args) ||
      /older_than\s*=>\s*(?:interval\s*)?'-/i.test(args) ||
      /'\s*(?:2[1-9]\d\d|[3-9]\d\d\d)-\d\d-\d\d/.test(args);
    if (everything)
      report(c, 'sql.drop-all-chunks', 'high', D.dropChunks, chunks.index, chunks.index + chunks[0].length);
  }
  const influx =
    /\b(?:drop\s+measurement\s+\S+|drop\s+series\s+from\s+[\w."-]+(?![\w."-])(?!\s*where)|drop\s+series\s*;|delete\s+from\s+"?[\w.-]+"?\s*(?:;|$)|delete\s+from\s+"?[\w.-]+"?\s+where\s+time\s*<=?\s*now\s*\(\s*\)\s*(?:;|$))/i.exec(
      s,
    );
  if (influx !== null)
    report(c, 'sql.drop-measurement', 'high', D.dropMeasurement, influx.index, influx.index + influx[0].length);
}

/**
 * Delete-everything forms of other query languages (see `_query-wipe.ts`): a loop that removes
 * every document it visits, a graph traversal of every vertex dropped, a store's drop-all
 * operation, a table format's snapshot expiry that keeps nothing. One's own or test data is settled.
 */
function scanQueryWipe(c: Ctx, s: string, lower: string): void {
  const w = queryWipe(s, lower);
  if (w === null) return;
  // A traversal narrowed to named elements drops those, not the graph: ordinary work.
  if (w.kind === 'narrowed') {
    c.sink.settle?.(CAT, w.start, w.end);
    return;
  }
  const id = w.kind === 'update-all' ? 'sql.update-all' : w.kind === 'history-purge' ? 'sql.purge' : 'sql.delete-all';
  const desc =
    w.kind === 'history-purge'
      ? D.historyPurge
      : w.kind === 'drop-all'
        ? D.dropAll
        : w.kind === 'update-all'
          ? D.updateAll
          : D.queryDeleteAll;
  if (owned(c) || (TEST_LINE.test(s) && !KEPT_LINE.test(s))) settle(c, id, desc, w.start, w.end);
  else report(c, id, 'high', desc, w.start, w.end);
}

/** `CALL SYSPROC.ADMIN_DROP_SCHEMA('PAYROLL', …)`: a schema and all its objects dropped. */
const ADMIN_DROP_SCHEMA = /\bcall\s+(?:sysproc\s*\.\s*)?admin_drop_schema\s*\(\s*'[^']+'/i;

/** Every table of a database emptied or dropped, said in words (`drop all tables`, `delete every collection`). */
const PROSE_ALL_TABLES =
  /\b(?:drop|delete|truncate|wipe|empty|clear|remove)\s+(?:all|every)(?:\s+of)?(?:\s+the)?\s+(?:tables|collections|schemas|table|collection|schema)\b/gi;
/** What {@link PROSE_ALL_TABLES} needs, found by a native scan first. */
const STORE_WORD = /table|collection|schema/i;

/**
 * Words the prose readings' expressions need, one bit each (see {@link looksOf}): every match of
 * an expression below holds one of the words its bits name, in some ASCII case.
 */
const LOOK_WORDS = [
  'table',
  'collection',
  'schema',
  'drop',
  'truncate',
  'delete',
  'measurement',
  'series',
  'now',
  'where',
  'set',
  'drop_schema',
];
const LOOK_STORE = 0b111;
const LOOK_GUARDED = 0b111000;
const LOOK_TIME_SERIES = 0b111000000;
const LOOK_WHERE = 1 << 9;
const LOOK_SET = 1 << 10;
const LOOK_DROP_SCHEMA = 1 << 11;
/** Every bit: no word is known missing. */
const LOOK_ALL = -1;
let lookBase = -1;

/**
 * The bits of the {@link LOOK_WORDS} that stand in `segment`, read from the shared gate's matches
 * when it has read the segment (the shell and persistence detectors scan each segment with it
 * before this one), else {@link LOOK_ALL}. The gate's search is ASCII case-insensitive, as an
 * expression's `i` flag is without `u`, so a word whose bit is clear cannot be matched by an
 * expression that needs it, and the expression is not run.
 */
function looksOf(segment: string): number {
  if (lookBase < 0) lookBase = joinGate('sql-prose', LOOK_WORDS);
  const m = gateRead(segment);
  if (m === null) return LOOK_ALL;
  let bits = 0;
  // cast drops `undefined`: k < m.count ≤ the match arrays' length
  for (let k = 0; k < m.count; k++) {
    const p = (m.pattern[k] as number) - lookBase;
    if (p >= 0 && p < LOOK_WORDS.length) bits |= 1 << p;
  }
  return bits;
}
/** Lines longer than this are not read for a scoped request in prose. */
const PROSE_LINE_MAX = 400;

/**
 * Every table dropped, said in a sentence whose words scope the database as one's own, local,
 * development or test data (`Drop all tables in my local test database before the migrations`):
 * ordinary work on data nobody keeps, settled like a statement on scratch data.
 */
function scanOwnedProse(c: Ctx, looks: number): void {
  if (c.s.length > PROSE_LINE_MAX || (looks & LOOK_STORE) === 0 || !STORE_WORD.test(c.s)) return;
  if (!/\b(?:all|every)\b/i.test(c.s) || !owned(c)) return;
  for (const m of c.s.matchAll(PROSE_ALL_TABLES))
    settle(c, 'sql.drop-object', D.dropObject, m.index, m.index + m[0].length);
}

/** Words on a line that say its data is a test's or a throwaway's (`conftest`, `:memory:`, `teardown`). */
const TEST_LINE =
  /\b(?:tests?|testing|fixtures?|conftest|pytest|setup_method|aftereach|afterall|beforeeach)\b|\b(?:teardown|tear_down)|:memory:|sqlite:\/\/\/?(?:test|tmp)|_test\b|\btest_/i;

/**
 * Destructive commands of data-store clients and schema tools, HTTP DELETEs of whole stores, and
 * client-library calls that drop a store object (see `_sql-orm.ts`). One's own or a test's data is
 * reported low and settled.
 */
function scanStores(c: Ctx, lower: string, line: string): void {
  const saved = storeLine;
  storeLine = c;
  scanStoreCommands(lower, onStoreCommand, line);
  storeLine = saved;
  const http = storeHttpDelete(lower);
  if (http !== null) {
    if (ownStore(c)) settle(c, 'sql.store-http-delete', D.storeHttp, http.start, http.end);
    else report(c, 'sql.store-http-delete', 'high', D.storeHttp, http.start, http.end);
  }
  const call = storeCall(lower);
  if (call !== null) {
    if (ownStore(c)) settle(c, 'sql.store-call', D.storeCall, call.start, call.end);
    else report(c, 'sql.store-call', 'high', D.storeCall, call.start, call.end);
  }
}

/**
 * The line {@link scanStores} reads, for {@link onStoreCommand}: a function made once rather than a
 * closure made per line (every line of every request reaches this reading).
 */
let storeLine: Ctx | null = null;

function onStoreCommand(cmd: StoreCommand): void {
  const c = storeLine;
  if (c === null) return;
  if (ownStore(c)) settle(c, 'sql.store-command', D.storeCommand, cmd.start, cmd.end);
  else report(c, 'sql.store-command', 'high', D.storeCommand, cmd.start, cmd.end);
}

/** Whether a store command on the line works on one's own or a test's data. */
const ownStore = (c: Ctx): boolean => owned(c) || (TEST_LINE.test(c.s) && !KEPT_LINE.test(c.s));

/**
 * A statement named as what a guard keeps from running (`so nobody can run DROP DATABASE`,
 * `block any TRUNCATE on prod`, `alert on DELETE without WHERE`): protective work about it, not an
 * order to run it. Settled, so the phrase rules inside it are withdrawn.
 */
const GUARDED =
  /\b(?:(?:nobody|no one|no-one)\s+(?:can|could|will|may|is able to)\s+(?:ever\s+)?(?:run|execute|issue)\s+|(?:prevent|block|forbid|deny|reject|detect|flag|refuse)(?:s|ing|ed)?\s+(?:any(?:one)?\s+(?:from\s+)?)?(?:(?:running|executing|issuing)\s+)?|(?:guard|alert)(?:s|ing)?\s+(?:against|on)\s+)(?:an?\s+|the\s+|any\s+)?(?:accidental\s+|unreviewed\s+|manual\s+)?`?(?:drop|truncate|delete)\s+(?:database|schema|table|from)\b[^.;\n`]{0,40}/i;

function scanGuarded(c: Ctx, looks: number): void {
  if (c.s.length > PROSE_LINE_MAX || (looks & LOOK_GUARDED) === 0) return;
  const m = GUARDED.exec(c.s);
  if (m !== null) settle(c, 'sql.guarded-statement', D.guarded, m.index, m.index + m[0].length);
}

/**
 * Every row of a column set to nothing, said in words (`set every account balance to zero in the
 * ledger table`, `set all passwords to null`): an UPDATE without WHERE, asked for in prose.
 */
const SET_ALL_WORDS =
  /\bset\s+(?:every|all(?:\s+of)?(?:\s+the)?|each)\s+([\w' -]{1,40}?)\s+(?:to|=)\s+(?:zero|0|null|nothing|empty|blank|''|"")(?=[\s.,;!]|$)/i;
/** The same asked with the rows first (`every employee's salary set to 0`, `all balances reset to zero`). */
const SET_ALL_PASSIVE =
  /\b(?:every|all(?:\s+of)?(?:\s+the)?|each)\s+([\w' -]{1,40}?)\s+(?:set|reset|changed|updated)\s+(?:to|=)\s+(?:zero|0|null|nothing|empty|blank|''|"")(?=[\s.,;!]|$)/i;
const STORE_SCOPE =
  /\b(?:table|tables|column|columns|database|db|rows?|records?|collection|ledger|users?|customers?|accounts?|passwords?|balances?)\b/i;

/** An order to run a DELETE or an UPDATE with no WHERE (`run DELETE without a WHERE on invoices`). */
const NO_WHERE_ORDER =
  /\b(?:run|execute|issue|do|fire off|send)\s+(?:an?\s+|the\s+)?`?(delete|update)`?\s+(?:statement\s+|query\s+)?(?:without|with no|minus)\s+(?:an?\s+|any\s+|the\s+)?`?where\b/i;

function scanSetAll(c: Ctx, looks: number): void {
  if (c.s.length > PROSE_LINE_MAX) return;
  const order = (looks & LOOK_WHERE) !== 0 && c.s.search(/where/i) >= 0 ? NO_WHERE_ORDER.exec(c.s) : null;
  // Advice and questions about it (`never run an UPDATE without a WHERE`, `why does … refuse to run …?`).
  const advice =
    order !== null &&
    (/\b(?:never|not|don'?t|avoid|refuse[sd]?|prevent|why|how|what|whether|shouldn'?t|can'?t|cannot|won'?t)\b/i.test(
      c.s.slice(0, order.index),
    ) ||
      /\?\s*$/.test(c.s));
  if (order !== null && !advice) {
    const id = (order[1] as string).toLowerCase() === 'delete' ? 'sql.delete-all' : 'sql.update-all';
    const desc = id === 'sql.delete-all' ? D.deleteAll : D.updateAll;
    if (owned(c)) settle(c, id, desc, order.index, order.index + order[0].length);
    else report(c, id, 'high', desc, order.index, order.index + order[0].length);
  }
  if ((looks & LOOK_SET) === 0 || c.s.search(/\bset\s/i) < 0) return;
  const m = SET_ALL_WORDS.exec(c.s) ?? SET_ALL_PASSIVE.exec(c.s);
  if (m === null || !STORE_SCOPE.test(c.s)) return;
  if (owned(c)) settle(c, 'sql.update-all', D.updateAll, m.index, m.index + m[0].length);
  else report(c, 'sql.update-all', 'high', D.updateAll, m.index, m.index + m[0].length);
}

/** The `sql` detector. */
export const sqlDetector: Detector = Object.freeze({
  name: 'sql',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < 4) return;
    scanInjection(segment, sink);
    const looks = looksOf(segment);
    scanOwnedProse({ s: segment, sink }, looks);
    scanGuarded({ s: segment, sink }, looks);
    scanSetAll({ s: segment, sink }, looks);
    scanLabeledParts(segment, sink);
    // A statement whose keywords a slip bent (`DELTE FORM t;`), read as it was meant.
    // A line scoped to scratch or test data is settled by the reading of the line as written: a
    // rescan cannot settle, so it is left to that.
    const slip = sqlSlipReading(segment) ?? storeSlipReading(segment);
    if (slip !== null && !owned({ s: segment, sink })) sink.rescan(slip, 0, segment.length, 'typos');
    // The statement as its engine reads it, when comments, blanks, encodings or rewritten
    // comparisons hide it from the readings of the text as written.
    for (const canon of sqlCanonical(segment)) if (sink.rescan(canon, 0, segment.length, 'SQL as read')) break;
    // The line lower-cased once, for the store readings and the statement readings below.
    const lower = foldCase(segment);
    if (segment.length >= 8) scanStores({ s: segment, sink }, lower, segment);
    if (segment.length > 24) scanWholeDatabase({ s: segment, sink }, segment);
    if (segment.length >= 12) scanQueryWipe({ s: segment, sink }, segment, lower);
    if (
      segment.indexOf('hunks') >= 0 ||
      segment.indexOf('HUNKS') >= 0 ||
      ((looks & LOOK_TIME_SERIES) !== 0 && /measurement|series|time\s*<=?\s*now\s*\(/i.test(segment))
    )
      scanTimeSeries({ s: segment, sink }, segment);
    // Db2's administrative procedure that drops a schema and every object in it.
    const procDrop =
      (looks & LOOK_DROP_SCHEMA) !== 0 && /drop_schema/i.test(segment) ? ADMIN_DROP_SCHEMA.exec(segment) : null;
    if (procDrop !== null && !owned({ s: segment, sink }))
      report(
        { s: segment, sink },
        'sql.drop-object',
        'high',
        D.dropObject,
        procDrop.index,
        procDrop.index + procDrop[0].length,
      );
    // Keywords split by empty quote pairs (`upd''ate`), which a shell removes, are gated as joined.
    if (
      !gateMatches(segment) &&
      !(mayGlue(segment) && GLUED.test(segment) && gateMatches(segment.replace(GLUED_ALL, '')))
    )
      return;
    const c: Ctx = { s: segment, sink };
    scanRange(c, 0, segment.length, 0);
    if (lower.includes('db.') || lower.includes('.drop')) scanMongo(c, lower);
    scanSchemaReset(c, lower);
    if (lower.includes('match')) scanCypher(c, lower);
    scanOrm(segment, lower, (a, b) => report(c, 'sql.orm-delete-all', 'high', D.ormDeleteAll, a, b));
  },
});
