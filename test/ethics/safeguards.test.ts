/**
 * Safeguards, counters and negations passed on, judged by what they do to the verdict: what an
 * action does to a backup, an audit log or a smoke detector decides, not the mention of one.
 */
import { describe, expect, it } from 'vitest';
import { LoveEngine } from '../../src/index.js';

const engine = new LoveEngine({ clock: () => 0 });
const check = (actionType: string, expectedOutcome?: string, parameters?: unknown) =>
  engine.checkEthics({
    id: 'a',
    actionType,
    ...(expectedOutcome === undefined ? {} : { expectedOutcome }),
    ...(parameters === undefined ? {} : { parameters }),
  });

describe('LoveEngine: a safeguard costs nothing to name, and harm to lose', () => {
  const pairs: [string, string, string][] = [
    ['backups', 'Verify last night backups completed', 'Delete the snapshots to free space'],
    ['audit records', 'enable_audit_log', 'disableAuditLog'],
    ['oversight', 'Send the change for code review', 'Merge without code review'],
    ['security controls', 'Enable MFA on the laptops', 'Turn off MFA on the laptops'],
    ['safety controls', 'Test the smoke detectors', 'Disable the smoke detectors'],
  ];
  for (const [name, kept, lost] of pairs) {
    it(`${name}: "${kept}" passes, "${lost}" fails`, () => {
      expect(check(kept).passes).toBe(true);
      expect(check(kept).dimensions.harmPrevention).toBe(1);
      expect(check(lost).passes).toBe(false);
    });
  }

  it('reads a status value as the negation of its key: { audit_logging: "off" }', () => {
    const v = check('configure_agent', undefined, { audit_logging: 'off' });
    expect(v.passes).toBe(false);
    expect(v.reasons.find((r) => r.entry === 'audit-records')?.path).toBe('/audit_logging');
  });

  it('raises the penalty of what is done to recovery copies: delete is mild, delete the snapshots is not', () => {
    expect(check('delete_file', 'Remove a temporary file').passes).toBe(true);
    const v = check('delete_snapshots', 'Remove every snapshot');
    expect(v.passes).toBe(false);
    expect(v.reasons.some((r) => r.entry === 'recovery-copies' && r.message.includes('raises the penalty'))).toBe(true);
  });

  it('treats pruning old copies under a policy as routine', () => {
    expect(check('prune_snapshots', 'Remove expired snapshots under our retention policy').passes).toBe(true);
  });
});

describe('LoveEngine: a negation passed on', () => {
  it('"never delete the snapshots" leaves them alone: it does not mean "no snapshots"', () => {
    const v = check('maintenance', 'Never delete the snapshots');
    expect(v.dimensions.harmPrevention).toBe(1);
    expect(v.passes).toBe(true);
  });

  it('"no user data is deleted" negates the deletion, through the scope word', () => {
    const v = check('migrate', 'Move the service; no user data is deleted');
    expect(v.reasons.find((r) => r.entry === 'destruction')?.negated).toBe(true);
    expect(v.dimensions.harmPrevention).toBe(1);
  });

  it('"no backups are deleted" is not "no backups"', () => {
    expect(check('migrate', 'no backups are deleted').dimensions.harmPrevention).toBe(1);
    expect(check('migrate', 'Run the migration without backups').passes).toBe(false);
  });

  it('"no personal data is shared" no longer costs what sharing personal data costs', () => {
    const shared = check('sync', 'personal data is shared');
    const notShared = check('sync', 'no personal data is shared');
    expect(notShared.dimensions.harmPrevention).toBe(1);
    expect(notShared.score).toBeGreaterThan(shared.score);
  });
});

describe('LoveEngine: counters act against harm, never against a safeguard', () => {
  it('reporting abuse, quarantining ransomware, refunding an overcharge pass', () => {
    expect(check('report_abuse', 'Report abuse on the forum').passes).toBe(true);
    expect(check('scan_downloads', 'Find and quarantine the ransomware samples').passes).toBe(true);
    expect(check('issue_refund', 'Refund the customer we overcharged').passes).toBe(true);
  });

  it('the same words without the counter fail', () => {
    expect(check('post', 'Abuse the new moderator on the forum').passes).toBe(false);
    expect(check('push_update', 'Ship the ransomware samples to users').passes).toBe(false);
    expect(check('invoice', 'Overcharge the customer').passes).toBe(false);
  });

  it('flagging the backups that failed costs nothing', () => {
    expect(check('flag_backups', 'Flag the failed backups for the on-call engineer').dimensions.harmPrevention).toBe(1);
  });
});
