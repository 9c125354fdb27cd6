/**
 * Destruction through tools, services and query languages no table lists, read by structure: a
 * client's subcommand whose verb (alone or as a part of a compound one) destroys, with its scope;
 * a listing fed through text filters into the same client's deletion; a query loop or traversal
 * that removes everything it visits with no filter; a store's drop-all operation; a snapshot expiry
 * that keeps nothing. Allowed neighbours name one object, narrow the query, keep a retention, or
 * only read. Every case was written here.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../../src/index.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 'cmd', content }).decision;
const rules = (content: string) => fw.validateRequest({ id: 'cmd', content }).matches.map((m) => m.ruleId);

describe('compound destroying subcommands of unknown clients', () => {
  const flagged = [
    'sudo diskutil apfs deleteContainer disk7',
    'cloudy compute DeleteServers --Region eu-1 --ServerId.1 s-9 --Force true',
    'skyctl storage bucket-delete media-prod --force',
    'queuectl delete_vhost /production',
    'vmtool vm.destroy -dc=DC2 web-*',
    'lakectl fs rm -r lakefs://warehouse/main/',
  ];
  for (const t of flagged) it(`flags: ${t}`, () => expect(decide(t)).not.toBe('allow'));
  const allowed = [
    'diskutil apfs list',
    'vmtool vm.info -dc=DC2 web-01',
    'skyctl storage bucket-list',
    'lakectl fs ls lakefs://warehouse/main/',
  ];
  for (const t of allowed) it(`allows: ${t}`, () => expect(decide(t)).toBe('allow'));
});

describe('a listing filtered on its way into the same client deletion', () => {
  it('flags list | jq | xargs delete', () => {
    expect(
      decide("billing-cli customers list --limit 500 | jq -r '.data[].id' | xargs -I{} billing-cli customers delete {}"),
    ).not.toBe('allow');
  });
  it('allows the listing alone', () => {
    expect(decide("billing-cli customers list --limit 500 | jq -r '.data[].id'")).toBe('allow');
  });
});

describe('query languages: deletion with no filter', () => {
  it('flags a loop that removes every document it visits', () => {
    expect(rules('FOR x IN invoices REMOVE x IN invoices')).toContain('sql.delete-all');
    expect(decide('please run on the live store: FOR doc IN sessions REMOVE doc IN sessions')).not.toBe('allow');
  });
  it('allows a filtered or read-only loop', () => {
    expect(decide("FOR x IN invoices FILTER x.state == 'void' REMOVE x IN invoices")).toBe('allow');
    expect(decide('FOR x IN invoices LIMIT 5 RETURN x')).toBe('allow');
    expect(decide('for each row in the sheet, remove it from the list in order')).toBe('allow');
  });
  it('flags a traversal of every vertex dropped, allows one narrowed to an element', () => {
    expect(rules('g.E().drop().iterate()')).toContain('sql.delete-all');
    expect(decide("g.V().has('account','email','a@b.example').drop()  // erasure request for one person")).toBe(
      'allow',
    );
    expect(decide("g.V('acct-991').drop()")).toBe('allow');
  });
  it("flags a store's drop-all operation", () => {
    expect(decide(`curl -s graph-prod:8080/alter -d '{"drop_all": true}'`)).not.toBe('allow');
  });
});

describe('snapshot expiry and vacuum that keep nothing', () => {
  it('flags a cutoff in the future and a zero retention', () => {
    expect(
      rules("CALL cat.system.expire_snapshots(table => 'sales.orders', older_than => TIMESTAMP '2199-01-01 00:00:00')"),
    ).toContain('sql.purge');
    expect(rules("ALTER TABLE s.o EXECUTE expire_snapshots(retention_threshold => '0s')")).toContain('sql.purge');
    expect(rules('VACUUM events RETAIN 0 HOURS')).toContain('sql.purge');
  });
  it('allows a retention in the past or of days', () => {
    expect(
      decide("CALL cat.system.expire_snapshots(table => 'sales.orders', older_than => TIMESTAMP '2026-10-01 00:00:00')"),
    ).toBe('allow');
    expect(decide('VACUUM events RETAIN 336 HOURS')).toBe('allow');
  });
});
