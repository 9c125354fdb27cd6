/**
 * First looks answered from the shared gate's matches (when it has read the line) against the
 * expressions they stand for (when it has not): the client-deletion look, the store-command look,
 * and the SQL detector's prose readings, on lines of their words in any ASCII case, the words cut,
 * run together or bounded by other characters, and the letters that lower-casing makes ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_LOOK } from '../src/firewall/detectors/_cli-destroy.js';
import { foldCase } from '../src/firewall/detectors/_fold-case.js';
import { gateMatches, gateRead } from '../src/firewall/detectors/_gate.js';
import { scanStoreCommands } from '../src/firewall/detectors/_sql-orm.js';
import { sqlDetector } from '../src/firewall/detectors/sql.js';
import type { FindingSink } from '../src/firewall/detectors/types.js';
import { runs } from './_config.js';

const WORDS = [
  'delete',
  'DELETE',
  'Destroy',
  'rm',
  'RB',
  'del',
  'dEl',
  'rsync',
  'sync',
  'azcopy',
  'nuke',
  'purge',
  'remove',
  'decommission',
  'rclone',
  'robocopy',
  'alembic',
  'downgrade',
  'flyway',
  'kafka-topics',
  'KAFKA-topics',
  'db:drop',
  'schema:load',
  'doctrine:',
  'ecto.',
  'flush_all',
  'etcdctl',
  'consul',
  'nats',
  'migrate',
  'table',
  'TABLES',
  'collection',
  'schema',
  'drop',
  'DROP',
  'truncate',
  'measurement',
  'series',
  'now',
  'time <= now(',
  'where',
  'WHERE',
  'set',
  'SET',
  'drop_schema',
  'database',
  'from',
  'nobody can run',
  'block any',
  'all',
  'every',
  'my local',
  'to zero',
  'run DELETE without a WHERE',
  "call admin_drop_schema('s'",
  'users',
  'ledger',
  'k',
  '\u212a',
  '\u0130',
  'İ',
  'colİection',
  'seRİES',
  'kafka',
  '\u212aafka-topics',
  'alembic downgrade base',
  'flyway clean',
  'kafka-topics --delete --topic t',
  'mix ecto.drop',
  'set every balance to zero',
  'SET all passwords to null',
  'so nobody can run DROP DATABASE',
  'prevent any delete from',
  'Drop all tables',
  'run DELETE without a where',
  'drop measurement cpu',
  'DROP SERIES FROM m',
  'x',
  '_',
  '-',
  ':',
  '.',
  '`',
  ';',
  "'",
  '0',
  'é',
];
const SEPARATORS = [' ', '', ' ', '  ', '\n', '-', '_', '.', ' ', ';'];
const line = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Makes the gate forget `text`: it keeps the last two texts it read. */
function flushGate(): void {
  gateMatches('first other line');
  gateMatches('second other line');
}

type Call = [string, ...unknown[]];
function sqlCalls(text: string): Call[] {
  const calls: Call[] = [];
  const sink: FindingSink = {
    report: (...a) => {
      calls.push(['report', ...a]);
    },
    rescan: (...a) => {
      calls.push(['rescan', ...a]);
    },
    settle: (...a) => {
      calls.push(['settle', ...a]);
    },
  };
  sqlDetector.scan(text, sink);
  return calls;
}

function storeCommands(text: string, withLine: boolean): unknown[] {
  const found: unknown[] = [];
  scanStoreCommands(foldCase(text), (c) => found.push(c), withLine ? text : undefined);
  return found;
}

describe('first looks read from the shared gate', () => {
  it('the client-deletion look answers the same with the gate at hand and without', () => {
    CLIENT_LOOK.test('join the gate first');
    fc.assert(
      fc.property(line, (t) => {
        flushGate();
        expect(gateRead(t)).toBeNull();
        const bare = CLIENT_LOOK.test(t);
        gateMatches(t);
        expect(gateRead(t)).not.toBeNull();
        expect(CLIENT_LOOK.test(t)).toBe(bare);
      }),
      { numRuns: runs(600) },
    );
  });

  it('the store-command look answers the same with the gate at hand and without', () => {
    storeCommands('join the gate first', true);
    fc.assert(
      fc.property(line, (t) => {
        flushGate();
        const bare = storeCommands(t, false);
        gateMatches(t);
        expect(storeCommands(t, true)).toEqual(bare);
      }),
      { numRuns: runs(600) },
    );
  });

  it('the SQL detector reports, settles and rescans the same with the gate at hand and without', () => {
    sqlCalls('join the gate first');
    fc.assert(
      fc.property(line, (t) => {
        flushGate();
        const bare = sqlCalls(t);
        gateMatches(t);
        expect(sqlCalls(t)).toEqual(bare);
      }),
      { numRuns: runs(600) },
    );
  });

  it('each look finds its words at hand', () => {
    for (const t of ['rclone purge remote:bucket', 'Please RM it', 'robocopy a b /MIR']) {
      gateMatches(t);
      expect(CLIENT_LOOK.test(t)).toBe(true);
    }
    for (const t of ['format the chart', 'a farm of ideas', 'delrm', 'sync'.slice(1)]) {
      gateMatches(t);
      expect(CLIENT_LOOK.test(t)).toBe(false);
    }
    gateMatches('alembic downgrade base');
    expect(storeCommands('alembic downgrade base', true).length).toBe(1);
  });
});
