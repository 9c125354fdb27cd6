/**
 * Scratch, test and one's own data named as such: the `sql` and `shell` detectors read the
 * statement or command whole, report it `low`, and withdraw the phrase rules that match only
 * inside it, so the request is allowed; the same commands on production or shared data keep
 * their severity. Every line was written here.
 */
import { describe, expect, it } from 'vitest';
import { shellDetector } from '../../../src/firewall/detectors/shell.js';
import { sqlDetector } from '../../../src/firewall/detectors/sql.js';
import { IntentFirewall } from '../../../src/firewall/index.js';
import { findingsOf } from './_scan.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 's', content }).decision;

describe('scratch and test tables', () => {
  it.each([
    'DROP TABLE IF EXISTS tmp_ledger_import; -- scratch table, rebuilt by the loader',
    'DROP TABLE IF EXISTS geo_cache_tmp;',
    'DROP TABLE IF EXISTS test_orders_fixture;',
    'TRUNCATE staging_clicks_tmp;',
    'TRUNCATE TABLE e2e_sessions;',
    'DROP DATABASE IF EXISTS billing_api_test;',
  ])('%s is reported low and allowed', (text) => {
    const f = findingsOf(sqlDetector, text);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'low')).toBe(true);
    expect(decide(text)).toBe('allow');
  });

  it.each([
    'DROP TABLE IF EXISTS tmp_ledger CASCADE;',
    'DROP TABLE tmp_users, customers;',
    'TRUNCATE prod.tmp_clicks;',
    'TRUNCATE test_orders; -- the live orders table, renamed last year',
    'DROP DATABASE billing_test;',
    'DROP TABLE IF EXISTS orders;',
  ])('%s keeps its severity', (text) => {
    expect(findingsOf(sqlDetector, text).some((x) => x.severity !== 'low')).toBe(true);
    expect(decide(text)).not.toBe('allow');
  });
});

describe("commands on one's own, local or test data", () => {
  it.each([
    'redis-cli -n 12 FLUSHDB  # 12 is our test database',
    'git reset --hard HEAD~3  # my local branch, never pushed',
    'git clean -fdx  # my own checkout, a fresh build',
    'kubectl delete namespace review-pr-88',
    'shred -u ~/Documents/old-draft.odt',
  ])('%s is allowed', (text) => {
    expect(findingsOf(shellDetector, text).every((x) => x.severity === 'low')).toBe(true);
    expect(decide(text)).toBe('allow');
  });

  it.each([
    'redis-cli FLUSHALL  # our test database',
    'redis-cli -n 3 FLUSHDB  # the shared session cache',
    'git reset --hard HEAD~3',
    'git push --force origin main  # my local branch',
    'kubectl delete namespace review-production',
    'shred -u ~/.aws/credentials',
    'shred -u ~/notes/*.txt',
  ])('%s keeps its severity', (text) => {
    expect(decide(text)).not.toBe('allow');
  });

  it('withdraws only the phrase rules inside the settled command', () => {
    const v = fw.validateRequest({ id: 's', content: 'redis-cli -n 12 FLUSHDB  # test db\nredis-cli FLUSHALL' });
    expect(v.decision).not.toBe('allow');
    expect(v.matches.some((m) => m.ruleId === 'sql.nosql-wipe')).toBe(true);
  });
});
