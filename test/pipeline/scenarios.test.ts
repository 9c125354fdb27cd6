import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '../../src/index.js';
import { entryTypes, expectAccounted, PATHS, run, SCENARIOS, type ScenarioName, START, setup } from './_aegis.js';

describe('the original integration scenarios', () => {
  it('a safe read passes end to end: executed, experienced, audited in three entries', async () => {
    const { aegis } = setup();
    const { promise, calls } = run(aegis, 'read', 'read', 'config contents');
    const r = await promise;
    expect(r.decision).toBe('executed');
    expect(calls.count).toBe(1);
    expect(r.outcome).toEqual({ ok: true, value: 'config contents' });
    expect(r.firewall.decision).toBe('allow');
    expect(r.ethics.passes).toBe(true);
    expect(r.hitl).toBeUndefined();
    expect(r.experience).toMatchObject({ actionType: 'read_file', success: true, parameters: { path: 'config.yaml' } });
    expect(entryTypes(aegis, r)).toEqual(PATHS.executed);
    expect(r.audit.seqs).toEqual([0, 1, 2]);
    expectAccounted(aegis, [r], ['read']);
  });

  it('flags an rm -rf system command: the firewall blocks it without asking anyone', async () => {
    const { aegis } = setup();
    const { promise, calls } = run(aegis, 'rmRf');
    const r = await promise;
    expect(r.decision).toBe('blocked');
    expect(calls.count).toBe(0);
    expect(r.firewall.matches.map((m) => m.ruleId)).toContain('destructive.rm-recursive-root');
    expect(r.hitl).toBeUndefined();
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(entryTypes(aegis, r)).toEqual(PATHS.blocked);
    expect(aegis.audit.entry(r.audit.seqs[2] as number).data).toMatchObject({ by: 'firewall' });
    expectAccounted(aegis, [r]);
  });

  it('blocks an innocent-sounding request whose action carries the dangerous command', async () => {
    const { aegis } = setup();
    let calls = 0;
    const r = await aegis.process(
      { id: 'tidy', content: 'Tidy up the server' },
      { actionType: 'run_shell', parameters: { command: 'rm -rf / --no-preserve-root' } },
      () => calls++,
    );
    expect(r.firewall.decision).toBe('allow');
    expect(r.actionSafety).toMatchObject({ decision: 'block', safetyScore: 0 });
    expect(r.decision).toBe('blocked');
    expect(calls).toBe(0);
    expect(aegis.audit.entry(r.audit.seqs[0] as number).data).toMatchObject({
      decision: 'allow',
      actionDecision: 'block',
      actionScore: 0,
      safe: false,
      rules: ['destructive.rm-recursive-root', 'shell.rm-recursive-root', 'destructive.no-preserve-root'],
    });
    expect(r.reasons[0]).toBe(
      'safety: firewall allow (score 1.000); the action itself: block (score 0.000); rules destructive.rm-recursive-root, shell.rm-recursive-root, destructive.no-preserve-root',
    );
    expect(r.experience?.safetyScore).toBe(0);
  });

  it('flags an /etc/hosts modification: unsafe but ethical, so a human decides at high priority', async () => {
    const { aegis } = setup();
    const { promise, calls } = run(aegis, 'etcHosts');
    const [pending] = aegis.hitl.pending();
    expect(pending).toMatchObject({ priority: 'high', deadline: START + 300_000, requester: 'agent' });
    expect(pending?.description).toBe(
      'modify_file: the firewall said escalate (safety 0.650; rules system.hosts-file-edit)',
    );
    expect(pending?.context).toEqual({
      actionType: 'modify_file',
      content: 'Modify /etc/hosts to add an entry',
      contentLength: 33,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      parameters: { path: '/etc/hosts' },
      safety: 0.65,
      ethics: expect.any(Number),
      rules: ['system.hosts-file-edit'],
    });
    aegis.hitl.approve(pending?.id as string, { responder: 'alice' });
    const r = await promise;
    expect(r.decision).toBe('executed');
    expect(calls.count).toBe(1);
    expect(r.hitl).toMatchObject({ status: 'approved', decision: { by: 'human', responder: 'alice' } });
    expect(entryTypes(aegis, r)).toEqual(PATHS.approved);
    expectAccounted(aegis, [r]);
  });

  it('blocks delete_database at the firewall, where two readings agree, without asking anyone', async () => {
    const { aegis } = setup();
    const { promise, calls } = run(aegis, 'deleteDatabase');
    const r = await promise;
    expect([r.firewall.decision, r.ethics.passes]).toEqual(['block', false]);
    expect(r.decision).toBe('blocked');
    expect(calls.count).toBe(0);
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(aegis.audit.entry(r.audit.seqs[2] as number).data).toMatchObject({ by: 'firewall' });
    expect(r.reasons).toContain('route: the firewall blocked it → block');
    expectAccounted(aegis, [r]);
  });

  it('flags a database instance dropped: unsafe and unethical, so it is blocked without asking anyone', async () => {
    const { aegis } = setup();
    const { promise, calls } = run(aegis, 'dropInstance');
    const r = await promise;
    expect([r.firewall.decision, r.ethics.passes]).toEqual(['escalate', false]);
    expect(r.decision).toBe('blocked');
    expect(calls.count).toBe(0);
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(aegis.audit.entry(r.audit.seqs[2] as number).data).toMatchObject({ by: 'policy' });
    expect(r.reasons).toContain('route: unsafe and unethical → block');
    expectAccounted(aegis, [r]);
  });

  const unethical: [ScenarioName, string][] = [
    ['passwords', '"user_passwords" exposure'],
    ['spam', '"spam all users"'],
    ['dataLoss', '"data loss"'],
    ['consent', '"without consent"'],
  ];
  for (const [name, what] of unethical) {
    it(`fails ${what} on ethics, and sends it to a human at critical priority for 10 minutes`, async () => {
      const { aegis } = setup();
      const { promise, calls } = run(aegis, name);
      const [pending] = aegis.hitl.pending();
      expect(pending).toMatchObject({ priority: 'critical', deadline: START + 600_000 });
      aegis.hitl.reject(pending?.id as string, { responder: 'bob', reasoning: 'no' });
      const r = await promise;
      expect(r.firewall.decision).toBe('allow');
      expect(r.ethics.passes).toBe(false);
      expect(r.decision).toBe('rejected');
      expect(calls.count).toBe(0);
      expect(entryTypes(aegis, r)).toEqual(PATHS.rejected);
      expectAccounted(aegis, [r]);
    });
  }

  it('records the human decision in the audit log: who, how, when', async () => {
    const { aegis, clock } = setup();
    const { promise } = run(aegis, 'spam');
    const [pending] = aegis.hitl.pending();
    clock.now += 1234;
    aegis.hitl.reject(pending?.id as string, { responder: 'bob' });
    const r = await promise;
    const [request, decision] = r.audit.seqs.slice(2).map((seq) => aegis.audit.entry(seq));
    expect(request?.data).toEqual({
      request: 'spam',
      id: pending?.id,
      priority: 'critical',
      deadline: START + 600_000,
      reason: 'unethical',
    });
    expect(decision?.data).toEqual({
      request: 'spam',
      id: pending?.id,
      outcome: 'rejected',
      by: 'human',
      at: START + 1234,
      responder: 'bob',
    });
  });

  it('blocks a decision that timed out, and audits the expiry at the deadline', async () => {
    const { aegis, clock } = setup();
    const { promise, calls } = run(aegis, 'etcHosts');
    clock.now += 299_999;
    expect(aegis.hitl.expire()).toEqual([]);
    clock.now += 1;
    expect(aegis.hitl.expire()).toHaveLength(1);
    const r = await promise;
    expect(r.decision).toBe('expired');
    expect(calls.count).toBe(0);
    expect(r.hitl).toMatchObject({ status: 'expired', decision: { by: 'timeout', at: START + 300_000 } });
    expect(entryTypes(aegis, r)).toEqual(PATHS.expired);
    expect(aegis.audit.entry(r.audit.seqs[3] as number).data).toMatchObject({ outcome: 'expired', by: 'timeout' });
    // An expiry says nothing of the action itself, which matched no rule: nothing is learned.
    expect(r.experience).toBeUndefined();
    expect(aegis.evolution.totalExperiences).toBe(0);
    expectAccounted(aegis, [r]);
  });

  it('learns from repeated failures: FailureMode, EthicalViolation and a Critical improve_ethics suggestion', async () => {
    const { aegis } = setup();
    const results: ProcessResult<unknown>[] = [];
    for (let i = 0; i < 6; i++) {
      const s = SCENARIOS.spam;
      const p = aegis.process({ ...s.request, id: `spam-${i}` }, s.action, () => {
        throw new Error('mail server refused the batch');
      });
      for (const pending of aegis.hitl.pending()) aegis.hitl.approve(pending.id, { responder: 'alice' });
      results.push(await p);
    }
    // Three approved runs that failed, then the history itself makes the type too risky to try.
    expect(results.map((r) => r.decision)).toEqual(['failed', 'failed', 'failed', 'blocked', 'blocked', 'blocked']);
    // The blocks rest on that history (and the ethics adjustment it brought): they add no evidence.
    expect(results.map((r) => r.experience !== undefined)).toEqual([true, true, true, false, false, false]);
    const patterns = aegis.evolution.recognizePatterns();
    expect(patterns).toContainEqual(
      expect.objectContaining({ id: 'pattern_send_email', type: 'FailureMode', frequency: 3, successRate: 0 }),
    );
    expect(patterns).toContainEqual(
      expect.objectContaining({ type: 'EthicalViolation', learned: false, frequency: 3 }),
    );
    expect(patterns).toContainEqual(
      expect.objectContaining({
        id: 'ethical_concern_send_email',
        type: 'EthicalViolation',
        learned: true,
        frequency: 3,
      }),
    );
    const suggestions = aegis.evolution.suggestImprovements();
    expect(suggestions).toContainEqual(expect.objectContaining({ id: 'improve_ethics', priority: 'Critical' }));
    expect(suggestions).toContainEqual(expect.objectContaining({ id: 'improve_send_email', priority: 'Critical' }));
    expect(results[3]?.reasons.some((line) => line.startsWith('learned risk: failure risk 1.000'))).toBe(true);
    expectAccounted(aegis, results);
  });

  it('logs an experience for every outcome, with both scores and what the checks found', async () => {
    const { aegis } = setup();
    const names: ScenarioName[] = ['read', 'rmRf', 'deleteDatabase'];
    const results: ProcessResult<unknown>[] = [];
    for (const name of names) results.push(await run(aegis, name).promise);
    expect(aegis.evolution.totalExperiences).toBe(3);
    const [read, rm, db] = results.map((r) => r.experience);
    expect(read).toMatchObject({ success: true, safetyScore: 1 });
    expect(rm).toMatchObject({ success: false, safetyScore: 0, actionType: 'execute_command' });
    // 0.598 fails the Love Engine's 0.6 but is no violation for the Evolution Core (below 0.5).
    expect(db?.ethicalScore).toBeCloseTo(0.598, 3);
    // What is learned is what each action matched itself: the rule the request's words matched
    // (destructive.mass-data-deletion, "Delete the production database") is not held against
    // delete_database, whose own parameters match nothing.
    expect(db?.safetyScore).toBe(1);
    expect(aegis.evolution.recognizePatterns().filter((p) => p.learned)).toEqual([
      expect.objectContaining({
        id: 'safety_violation_execute_command',
        contexts: ['destructive.rm-recursive-root', 'shell.rm-recursive-root'],
      }),
    ]);
  });

  it('shares one clock: audit timestamps, deadlines and experience times all read it', async () => {
    const { aegis, clock } = setup();
    clock.now = 5_000_000;
    const { promise } = run(aegis, 'etcHosts');
    clock.now += 10;
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'a' });
    const r = await promise;
    expect(r.audit.seqs.map((s) => aegis.audit.entry(s).timestamp)).toEqual([
      5_000_000, 5_000_000, 5_000_000, 5_000_010, 5_000_010,
    ]);
    expect(r.hitl?.deadline).toBe(5_300_000);
    expect(r.experience?.timestamp).toBe(5_000_010);
  });

  it('answers forensic questions from the audit indexes: every blocked action, by type', async () => {
    const { aegis } = setup();
    for (const name of ['read', 'rmRf', 'read', 'deleteDatabase'] as ScenarioName[]) {
      await run(aegis, name, `${name}-${aegis.audit.size}`).promise;
    }
    const blocked = aegis.audit.queryHistory({ types: ['action.blocked'] });
    expect(blocked.map((e) => (e.data as { request: string }).request)).toEqual(['rmRf-3', 'deleteDatabase-9']);
    expect(aegis.audit.queryHistory({ types: ['safety.check'] })).toHaveLength(4);
  });

  it('names the request source as the audit actor and HITL requester', async () => {
    const { aegis } = setup({ actor: 'pipeline' });
    const s = SCENARIOS.etcHosts;
    const p = aegis.process({ ...s.request, metadata: { source: 'agent-7' } }, s.action, () => 1);
    expect(aegis.hitl.pending()[0]?.requester).toBe('agent-7');
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'a' });
    const r = await p;
    expect(new Set(r.audit.seqs.map((seq) => aegis.audit.entry(seq).actor))).toEqual(new Set(['agent-7']));
    const other = await run(aegis, 'read', 'r2').promise;
    expect(aegis.audit.entry(other.audit.seqs[0] as number).actor).toBe('pipeline');
    expect(aegis.audit.queryHistory({ actor: 'agent-7' })).toHaveLength(5);
  });

  it('keeps audit entries compact: ids, scores and rule ids, never the content or parameters', async () => {
    const { aegis } = setup();
    const secret = 'the-secret-parameter-value';
    const r = await aegis.process(
      { id: 'c', content: `Read the file ${secret}` },
      { actionType: 'read_file', parameters: { path: secret } },
      () => 1,
    );
    const lines = [...aegis.audit.exportLog()];
    expect(lines.some((line) => line.includes(secret))).toBe(false);
    expect(aegis.audit.entry(r.audit.seqs[0] as number).data).toEqual({
      request: 'c',
      action: 'c',
      actionType: 'read_file',
      decision: 'allow',
      score: 1,
      safe: true,
    });
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
  });

  it('gives reasons stage by stage', async () => {
    const { aegis } = setup();
    const r = await run(aegis, 'read').promise;
    expect(r.reasons).toEqual([
      'safety: firewall allow (score 1.000)',
      `ethics: passes (score ${r.ethics.score.toFixed(3)} ≥ 0.600)`,
      'route: safe and ethical → execute',
      'outcome: executed',
    ]);
  });
});
