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

import { gateFinds, gateRead, joinGate } from './_gate.js';

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

/** One destructive command of a data-store client or a schema tool, as read from a line. */
export interface StoreCommand {
  start: number;
  end: number;
  /** `whole`: a database, index, queue or keyspace removed or emptied; `schema`: every table dropped. */
  kind: 'whole' | 'schema';
}

/** The cheap first look: a program, a subcommand or an HTTP method that {@link scanStoreCommands} reads. */
export const STORE_LOOK =
  /alembic|downgrade|flyway|liquibase|sqlx|diesel|schema:load|schema:drop|sqlflush|doctrine:|kafka-topics|rabbitmq|etcdctl|consul|nats|pulsar-admin|flush_all|delete|purge|ecto\.|migrate|db:wipe|db:drop|db:reset|db:purge|db:truncate/i;
/** The words of {@link STORE_LOOK}, for the shared gate. */
const STORE_LOOK_WORDS = [
  'alembic',
  'downgrade',
  'flyway',
  'liquibase',
  'sqlx',
  'diesel',
  'schema:load',
  'schema:drop',
  'sqlflush',
  'doctrine:',
  'kafka-topics',
  'rabbitmq',
  'etcdctl',
  'consul',
  'nats',
  'pulsar-admin',
  'flush_all',
  'delete',
  'purge',
  'ecto.',
  'migrate',
  'db:wipe',
  'db:drop',
  'db:reset',
  'db:purge',
  'db:truncate',
];
let storeBase = -1;

/**
 * {@link STORE_LOOK} on `lower`, `line` lower-cased by `foldCase`. When the shared gate has read
 * `line` (the shell detector scans each segment with it) its matches answer: the gate's search is
 * ASCII case-insensitive, so a word stands in `line` exactly where it stands in `lower`, unless
 * lower-casing made a letter ASCII (`İ`, the Kelvin sign), when the expression answers.
 */
function storeLook(lower: string, line: string | undefined): boolean {
  if (line !== undefined) {
    if (storeBase < 0) storeBase = joinGate('sql-store', STORE_LOOK_WORDS);
    const m = gateRead(line);
    if (m !== null && line.indexOf('\u0130') < 0 && line.indexOf('\u212a') < 0)
      return gateFinds(m, line, storeBase, STORE_LOOK_WORDS.length);
  }
  return STORE_LOOK.test(lower);
}

/** Words a command may follow in the same line: environment settings and programs that run another. */
const RUNNERS = new Set([
  'sudo',
  'env',
  'npx',
  'pnpx',
  'bunx',
  'exec',
  'bundle',
  'poetry',
  'run',
  'pipenv',
  'uv',
  'python',
  'python3',
  'php',
  'pnpm',
  'yarn',
  'mvn',
  './mvnw',
  'gradle',
  './gradlew',
  'time',
  'dotenv',
  '--',
]);

/** Where a command can start: after these characters, with only settings and runners between. */
function commandStart(lower: string, at: number): boolean {
  let i = at;
  const stop = Math.max(0, at - 80);
  while (i > stop) {
    const c = lower.charCodeAt(i - 1);
    // newline ; & | ` " ' ( $ > :
    if (c === 10 || c === 59 || c === 38 || c === 124 || c === 96 || c === 34 || c === 39 || c === 40) break;
    if (c === 36 || c === 62 || c === 58) break;
    i--;
  }
  if (i === stop && stop > 0) return false;
  const head = lower.slice(i, at).trim();
  if (head.length === 0 || head === '-') return true;
  for (const w of head.split(/\s+/)) {
    if (w === '-' || RUNNERS.has(w) || /^[a-z_][a-z0-9_]*=\S*$/.test(w)) continue;
    return false;
  }
  return true;
}

/** The words of the command that starts at `at`, to the end of its line or its pipe, at most 12. */
function commandWords(lower: string, at: number): { words: string[]; end: number } {
  let end = at;
  const stop = Math.min(lower.length, at + 240);
  while (end < stop) {
    const c = lower.charCodeAt(end);
    if (c === 10 || c === 59 || c === 124 || c === 38 || c === 96 || c === 34) break;
    end++;
  }
  const words = lower.slice(at, end).trim().split(/\s+/).slice(0, 12);
  return { words, end };
}

/**
 * Destructive subcommands of schema tools and data-store clients, by program: the words that must
 * follow the program (any order, each a whole word), and what the command destroys.
 */
const TOOLS: ReadonlyArray<{
  prog: RegExp;
  needs: readonly (readonly string[])[];
  kind: 'whole' | 'schema';
  /** Read only on a line that names production (everyday setup work elsewhere). */
  prod?: true;
}> = [
  {
    prog: /^(?:rake|rails)$/,
    needs: [['db:drop'], ['db:reset'], ['db:purge'], ['db:truncate_all'], ['db:schema:load'], ['db:structure:load']],
    kind: 'schema',
    prod: true,
  },
  // Migrations rolled back to before the first: every table the migrations made is dropped.
  { prog: /^alembic$/, needs: [['downgrade', 'base']], kind: 'schema' },
  { prog: /^flask$/, needs: [['db', 'downgrade', 'base']], kind: 'schema' },
  { prog: /^(?:flyway|flyway:clean|flywayclean)$/, needs: [['clean'], []], kind: 'schema' },
  { prog: /^liquibase$/, needs: [['dropall'], ['drop-all']], kind: 'schema' },
  {
    prog: /^sqlx$/,
    needs: [
      ['database', 'drop'],
      ['database', 'reset'],
    ],
    kind: 'whole',
  },
  { prog: /^diesel$/, needs: [['database', 'reset']], kind: 'whole' },
  { prog: /^(?:doctrine:schema:drop|doctrine:database:drop)$/, needs: [['--force']], kind: 'schema' },
  { prog: /^(?:bin\/console|console)$/, needs: [['doctrine:schema:drop'], ['doctrine:database:drop']], kind: 'schema' },
  { prog: /^(?:manage\.py|\.\/manage\.py|django-admin)$/, needs: [['flush'], ['reset_db']], kind: 'schema' },
  {
    prog: /^(?:prisma)$/,
    needs: [
      ['migrate', 'reset'],
      ['db', 'push', '--force-reset'],
    ],
    kind: 'schema',
  },
  { prog: /^(?:knex)$/, needs: [['migrate:rollback', '--all']], kind: 'schema' },
  { prog: /^(?:typeorm|typeorm-ts-node-commonjs|typeorm-ts-node-esm)$/, needs: [['schema:drop']], kind: 'schema' },
  { prog: /^(?:sequelize|sequelize-cli)$/, needs: [['db:drop']], kind: 'whole' },
  { prog: /^(?:mix)$/, needs: [['ecto.drop'], ['ecto.reset']], kind: 'whole' },
  { prog: /^dotnet$/, needs: [['ef', 'database', 'drop']], kind: 'whole' },
  { prog: /^(?:artisan)$/, needs: [['migrate:fresh'], ['migrate:reset'], ['db:wipe']], kind: 'schema' },
  // Queues, streams, and key-value stores.
  { prog: /^kafka-topics(?:\.sh)?$/, needs: [['--delete']], kind: 'whole' },
  {
    prog: /^rabbitmqctl$/,
    needs: [['delete_queue'], ['purge_queue'], ['delete_vhost'], ['reset'], ['force_reset']],
    kind: 'whole',
  },
  {
    prog: /^rabbitmqadmin$/,
    needs: [
      ['delete', 'queue'],
      ['purge', 'queue'],
      ['delete', 'vhost'],
    ],
    kind: 'whole',
  },
  {
    prog: /^etcdctl$/,
    needs: [
      ['del', '--prefix'],
      ['del', '--from-key'],
    ],
    kind: 'whole',
  },
  { prog: /^consul$/, needs: [['kv', 'delete', '-recurse']], kind: 'whole' },
  {
    prog: /^nats$/,
    needs: [
      ['stream', 'rm'],
      ['stream', 'purge'],
      ['stream', 'delete'],
    ],
    kind: 'whole',
  },
  {
    prog: /^pulsar-admin$/,
    needs: [
      ['topics', 'delete'],
      ['namespaces', 'delete'],
      ['tenants', 'delete'],
    ],
    kind: 'whole',
  },
  {
    prog: /^aws$/,
    needs: [
      ['sqs', 'purge-queue'],
      ['sqs', 'delete-queue'],
      ['elasticache', 'delete-replication-group'],
      ['elasticache', 'delete-cache-cluster'],
      ['elasticache', 'delete-serverless-cache'],
      ['memorydb', 'delete-cluster'],
      ['kinesis', 'delete-stream'],
      ['docdb', 'delete-db-cluster'],
      ['neptune', 'delete-db-cluster'],
      ['keyspaces', 'delete-keyspace'],
      ['timestream-write', 'delete-database'],
      ['opensearch', 'delete-domain'],
      ['es', 'delete-elasticsearch-domain'],
    ],
    kind: 'whole',
  },
];

/** Whether every word of `need` is among `words` (an empty `need` never matches alone). */
function hasAll(words: readonly string[], need: readonly string[]): boolean {
  if (need.length === 0) return false;
  return need.every((n) => words.includes(n));
}

/** The program part of a word: `./bin/console` → `bin/console`, `artisan` stays, `mvn`'s `flyway:clean` stays. */
function program(word: string): string {
  const w = word.replace(/^["'`]+|["'`]+$/g, '');
  if (w.endsWith('bin/console')) return 'bin/console';
  if (w.endsWith('manage.py')) return 'manage.py';
  const slash = w.lastIndexOf('/');
  return slash >= 0 ? w.slice(slash + 1) : w;
}

/**
 * The destructive commands of schema tools and data-store clients in `lower` (a lowercased line):
 * `alembic downgrade base`, `flyway clean`, `mvn flyway:clean`, `rabbitmqctl purge_queue q`,
 * `kafka-topics --delete --topic t`, `etcdctl del "" --prefix`, `consul kv delete -recurse p/`,
 * `aws sqs purge-queue …`. The program must open a command (the line, or after `;`, `&&`, `|`, a
 * quote or a backtick, with only settings like `RAILS_ENV=production` and runners like `npx` or
 * `bundle exec` before it). Each line's words are read once per program found, at most 8.
 */
export function scanStoreCommands(lower: string, found: (cmd: StoreCommand) => void, line?: string): void {
  if (lower.length > 4000 || !storeLook(lower, line)) return;
  // Memcached's text protocol: `flush_all` sent over a raw socket empties every key of the server.
  const flush = lower.indexOf('flush_all');
  if (flush >= 0 && /\|\s*(?:nc|ncat|netcat|telnet|socat)\b|\b11211\b/.test(lower.slice(flush, flush + 200))) {
    found({ start: flush, end: Math.min(lower.length, flush + 60), kind: 'whole' });
    return;
  }
  // Django's `sqlflush` prints the statements that empty every table; piped to `dbshell` it runs them.
  const sqlflush = lower.indexOf('sqlflush');
  if (sqlflush >= 0 && /\|\s*(?:\S*\s+)?\S*manage\.py\s+dbshell\b/.test(lower.slice(sqlflush, sqlflush + 120))) {
    found({ start: sqlflush, end: lower.indexOf('dbshell', sqlflush) + 7, kind: 'schema' });
    return;
  }
  const prod = /\b(?:prod|production|live)\b|disable_database_environment_check/.test(lower);
  const re = /[a-z0-9_./:-]+/g;
  let seen = 0;
  for (let m = re.exec(lower); m !== null && seen < 400; m = re.exec(lower)) {
    seen++;
    const prog = program(m[0]);
    for (const tool of TOOLS) {
      if (!tool.prog.test(prog) || (tool.prod === true && !prod)) continue;
      if (!commandStart(lower, m.index)) continue;
      const { words, end } = commandWords(lower, m.index + m[0].length);
      const all = [prog, ...words];
      if (all.includes('--dry-run') || all.includes('--help')) continue;
      // `flyway:clean` and `flywayClean` name the act in the program word itself.
      const self = prog === 'flyway:clean' || prog === 'flywayclean';
      if (self || tool.needs.some((n) => hasAll(all, n))) {
        found({ start: m.index, end, kind: tool.kind });
        return;
      }
    }
  }
}

/** Ports of data stores served over HTTP (search engines, document and vector stores, queues, KV). */
const STORE_PORTS = new Set([
  '9200',
  '9201',
  '5984',
  '7700',
  '8108',
  '6333',
  '8086',
  '8500',
  '15672',
  '8983',
  '2379',
  '8529',
  '7474',
  '19530',
  '8000',
  '8529',
]);
/** Host or path words that name a data store served over HTTP. */
const STORE_HOST =
  /(?:elastic|opensearch|(?:^|[./-])es\d*(?:[.:/-]|$)|couch|solr|meili|typesense|qdrant|pinecone|weaviate|chroma|milvus|influx|consul|rabbit|arango|neo4j|etcd|vespa|marqo)/;
/** Path words after which one name is a whole container (`/indexes/movies`, `/api/queues/%2F/jobs`). */
const CONTAINERS = new Set([
  'indexes',
  'indices',
  'index',
  'collections',
  'buckets',
  'databases',
  'keyspaces',
  'queues',
  'topics',
  'exchanges',
  'vhosts',
  'schema',
  'classes',
  'namespaces',
  'streams',
  'tables',
]);

/** An HTTP DELETE in a command line or a call: `curl -X DELETE`, `--request DELETE`, `-Method Delete`, `http DELETE`. */
const HTTP_DELETE =
  /(?:\bcurl\b[^\n|;]{0,80}?(?:-x\s*|--request[\s=]+)["']?delete\b|\binvoke-(?:restmethod|webrequest)\b[^\n|;]{0,80}?-method\s+["']?delete\b|\bhttps?\s+delete\b|\bwget\b[^\n|;]{0,40}?--method[=\s]+delete\b)/;

/**
 * An HTTP DELETE that removes a whole index, database, collection, bucket or queue of a data store:
 * the URL names a store (by its port or its host) and its path stops at the container
 * (`http://es:9200/orders`, `/indexes/movies`, `/_all`, `/v1/kv/?recurse`), not at one document
 * (`/orders/_doc/17`). Returns the span of the command, or null.
 */
export function storeHttpDelete(lower: string): { start: number; end: number } | null {
  if (lower.length > 4000 || lower.indexOf('delete') < 0) return null;
  const m = HTTP_DELETE.exec(lower);
  if (m === null) return null;
  let end = m.index;
  while (end < lower.length && end < m.index + 400 && lower.charCodeAt(end) !== 10) end++;
  const rest = lower.slice(m.index, end);
  const url = /(?:https?:\/\/)?((?:[a-z0-9_$.{}-]+)(?::(\d{2,5}))?)(\/[^\s"'<>]*)/.exec(
    rest.slice(rest.search(/\s(?:["']?https?:|["']?[a-z0-9_.$-]+:\d{2,5}\/)/) + 1 || 0),
  );
  if (url === null) return null;
  const host = url[1] as string;
  const port = url[2];
  const path = url[3] as string;
  const known = (port !== undefined && STORE_PORTS.has(port)) || STORE_HOST.test(host) || STORE_HOST.test(path);
  if (!known) return null;
  const q = path.indexOf('?');
  const query = q < 0 ? '' : path.slice(q + 1);
  const parts = (q < 0 ? path : path.slice(0, q))
    .split('/')
    .filter((p) => p.length > 0 && !/^(?:api|v\d+|solr|admin)$/.test(p));
  if (/\brecurse\b|deleteindex=true|deletedatadir=true/.test(query)) return { start: m.index, end };
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1] as string;
  if (last === '_all' || last.includes('*') || last === 'documents') return { start: m.index, end };
  // One name alone is the store's index or database (`/orders`, `/customer-*`).
  if (parts.length === 1 && !last.startsWith('_')) return { start: m.index, end };
  // A container word and the container's name (a vhost may come between).
  for (let i = 0; i < parts.length - 1; i++) {
    if (CONTAINERS.has(parts[i] as string) && parts.length - i - 1 <= 2) {
      const after = parts.slice(i + 1);
      if (!after.some((p) => /^(?:points|documents|docs|_doc|objects|vectors|messages|keys)$/.test(p)))
        return { start: m.index, end };
    }
  }
  return null;
}

/**
 * Client-library calls that remove a whole store object: `dynamodb.delete_table(TableName=…)`,
 * `es.indices.delete(index='*')`, `mongo.drop_database('shop')`, `qdrant.delete_collection(…)`,
 * `pc.delete_index('prod')`. Returns the span of the first, or null.
 */
const STORE_CALLS =
  /\b(?:delete_table|deletetable|drop_database|drop_collection|delete_collection|deletecollection|delete_index|deleteindex|delete_keyspace|delete_stream|purge_queue|flush_all|drop_all)\s*\(|\bindices\s*\.\s*delete\s*\(/;
export function storeCall(lower: string): { start: number; end: number } | null {
  if (lower.length > 4000 || lower.indexOf('(') < 0) return null;
  const m = STORE_CALLS.exec(lower);
  if (m === null) return null;
  // A method of a client object (`client.`, `db.`), not a function defined here (`def delete_index(`).
  const before = lower.slice(Math.max(0, m.index - 12), m.index);
  if (!/[\w)\]]\s*\.\s*$/.test(before) && !m[0].startsWith('indices')) return null;
  if (/\b(?:def|function|fn|func)\s+[\w.]*$/.test(before)) return null;
  const close = lower.indexOf(')', m.index);
  return { start: m.index, end: close < 0 ? m.index + m[0].length : close + 1 };
}
