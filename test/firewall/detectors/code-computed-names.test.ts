/**
 * Names and statements computed from string literals, read written out: dynamic SQL assembled
 * from variables (PL/pgSQL, T-SQL, MySQL), MongoDB collection and method names joined from
 * strings, and Python execution sinks reached by `getattr`, `__dict__` or `vars` with a joined
 * name. Every line was written here.
 */
import { describe, expect, it } from 'vitest';
import { resolveComputedNames } from '../../../src/firewall/detectors/_code-names.js';
import { codeDetector } from '../../../src/firewall/detectors/code.js';
import { sqlDetector } from '../../../src/firewall/detectors/sql.js';
import { reportedIds, rescanTables } from './_scan.js';

describe('resolveComputedNames', () => {
  it.each([
    ["x := 'DR' || 'OP'", "x := 'DROP'"],
    ["n = 'a' + 'b' + 'c'", "n = 'abc'"],
    ["CONCAT('TRUNC', 'ATE t')", "'TRUNCATE t'"],
    ["''.join(['e','v','a','l'])", "'eval'"],
    ['getattr(builtins, "exec")(x)', 'builtins.exec(x)'],
    ["d['remove']({})", 'd.remove({})'],
    [
      "DECLARE @s NVARCHAR(50) = N'DROP ' + N'TABLE t'; EXEC(@s)",
      "DECLARE @s NVARCHAR(50) = 'DROP TABLE t'; EXEC('DROP TABLE t')",
    ],
    ["f = getattr(builtins, 'eval'); f(src)", 'f = builtins.eval; builtins.eval(src)'],
  ])('%s → %s', (line, out) => {
    expect(resolveComputedNames(line)).toBe(out);
  });

  it.each(['npm run build', "print('hello')", "x = 'a'", 'total = price + tax', "SELECT * FROM t WHERE name = 'x'"])(
    'leaves %s alone',
    (line) => {
      expect(resolveComputedNames(line)).toBeNull();
    },
  );

  it('keeps a backslash that escapes no quote (a Windows path)', () => {
    expect(resolveComputedNames("$d = 'C:\\src' + '\\dist'; exec($d)")).toContain("'C:\\src\\dist'");
  });

  it('reads no line longer than its bound', () => {
    expect(resolveComputedNames(`${"'a' + ".repeat(400)}'b'`)).toBeNull();
  });

  it('prose before a name is not taken for a declared type', () => {
    expect(resolveComputedNames("db[x + y].find() where x='us', y='ers'")).toContain('db.users.find()');
  });
});

rescanTables(
  'computed names',
  'near misses keep the rule-pack decision',
  codeDetector,
  [
    [
      'plpgsql',
      "DO $$ DECLARE p1 text := 'DROP SCH'; p2 text := 'EMA billing CASCADE'; BEGIN EXECUTE p1 || p2; END $$;",
      'drop schema billing',
    ],
    [
      'plpgsql',
      "DO $$ DECLARE v text := 'TRUNC'; w text := 'ATE TABLE ledger'; BEGIN EXECUTE v || w; END $$;",
      'truncate table ledger',
    ],
    [
      't-sql',
      "DECLARE @a varchar(20) = 'DROP DA'; DECLARE @b varchar(40) = 'TABASE Sales'; EXEC(@a + @b);",
      'drop database sales',
    ],
    [
      't-sql',
      "DECLARE @q nvarchar(max) = N'DEL' + N'ETE FROM dbo.Members'; EXEC sp_executesql @q",
      'delete from dbo.members',
    ],
    [
      'mysql',
      "SET @p = 'DROP TAB'; SET @r = CONCAT(@p, 'LE invoices'); PREPARE s FROM @r; EXECUTE s;",
      'drop table invoices',
    ],
    ['mongo', "const verb = 'delete' + 'Many'; db.getCollection('pay' + 'ments')[verb]({})", 'deletemany({})'],
    ['mongo', "db[a + b]['remove']({}) with a = 'cli', b = 'ents'", 'db.clients.remove({})'],
    ['python', "getattr(__builtins__, 'ev' + 'al')(request.args['expr'])", "__builtins__.eval(request.args['expr'])"],
    ['python', "getattr(builtins, ''.join(['e','x','e','c']))(request.form['src'])", 'builtins.exec('],
    ['python', "run = getattr(__builtins__, 'ex' 'ec'); run(request.data)", '__builtins__.exec(request.data)'],
    ['python', "__builtins__.__dict__['e' + 'val'](flask.request.values['q'])", '__dict__.eval('],
  ],
  [
    "DO $$ DECLARE a text := 'SELECT co'; b text := 'unt(*) FROM users'; BEGIN EXECUTE a || b; END $$;",
    "DECLARE @s NVARCHAR(200) = 'SELECT ' + 'TOP 10 * FROM dbo.Payments'; EXEC(@s);",
    "SET @s = CONCAT('SELECT * FROM ', 'orders'); PREPARE st FROM @s; EXECUTE st;",
    "db['us' + 'ers'].find({})",
    "getattr(math, 'sq' + 'rt')(2)",
    "__import__('js' + 'on').dumps(data)",
    "handler = getattr(self, 'on_' + event_name)",
  ],
);

describe('a script running its own declared statement is not a stacked injection', () => {
  it.each([
    "DECLARE @q nvarchar(max) = N'SELECT name FROM sys.tables'; EXEC sp_executesql @q;",
    "DECLARE @sql NVARCHAR(200) = N'SELECT COUNT(*) ' + N'FROM dbo.Orders'; EXEC sp_executesql @sql;",
  ])('%s', (text) => {
    expect(reportedIds(sqlDetector, text)).not.toContain('sql.injection-stacked');
  });
  it('a value that breaks out into sp_executesql still is', () => {
    expect(reportedIds(sqlDetector, "name=x'; EXEC sp_executesql @cmd --")).toContain('sql.injection-stacked');
  });
});
