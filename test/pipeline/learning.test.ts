import { describe, expect, it } from 'vitest';
import type { Aegis } from '../../src/index.js';
import { SCENARIOS, setup } from './_aegis.js';

/** Approves whatever is pending, then waits for `promise`. */
async function approved<T>(aegis: Aegis, promise: Promise<T>): Promise<T> {
  for (const r of aegis.hitl.pending()) aegis.hitl.approve(r.id, { responder: 'alice' });
  return promise;
}

/** `n` experiences of `actionType` that succeeded, each reported with a violation. */
function teach(aegis: Aegis, actionType: string, n: number, kind: 'ethics' | 'safety', concern: string) {
  for (let i = 0; i < n; i++) {
    const e = aegis.evolution.logExperience({ actionType, success: true, parameters: { n: i } });
    if (kind === 'ethics') aegis.evolution.learnFromEthics(e.id, 0.2, [concern]);
    else aegis.evolution.learnFromSafety(e.id, 0.2, [concern]);
  }
}

const benignCollect = {
  request: { id: 'new', content: 'Collect the usage counters' },
  action: {
    actionType: 'collect_data',
    parameters: { scope: 'counters' },
    expectedOutcome: 'Count page views to help the user',
  },
};
const listFiles = {
  request: { id: 'ls', content: 'List the files in the build directory' },
  action: {
    actionType: 'run_shell',
    parameters: { command: 'ls build' },
    expectedOutcome: 'Show the build output to the user',
  },
};

describe('the learning loop (Benchmark 2.3: after 100 violations, a new action of that type is treated accordingly)', () => {
  it('a benign action of a fresh type runs', async () => {
    const { aegis } = setup();
    const r = await aegis.process(benignCollect.request, benignCollect.action, () => 1);
    expect(r.decision).toBe('executed');
  });

  it('after 100 reported ethical violations of its type, the same action fails ethics and goes to a human', async () => {
    const { aegis } = setup();
    teach(aegis, 'collect_data', 100, 'ethics', 'autonomyRespect');
    const p = aegis.process(benignCollect.request, benignCollect.action, () => 1);
    const [pending] = aegis.hitl.pending();
    expect(pending?.priority).toBe('critical');
    aegis.hitl.reject(pending?.id as string, { responder: 'bob' });
    const r = await p;
    expect(r.decision).toBe('rejected');
    // The adjustment alone (autonomy weighs 0.2) leaves the score above 0.6: the history decides.
    expect(r.ethics.passes).toBe(true);
    expect(r.reasons).toContain(
      'learned risk: 100 of 100 past experiences were ethical violations (autonomyRespect) → treated as unethical',
    );
    expect(r.ethics.reasons).toContainEqual(
      expect.objectContaining({ entry: 'adjustment', dimension: 'autonomyRespect', delta: -0.5 }),
    );
    expect(r.reasons).toContain(
      'ethics adjusted for collect_data: autonomyRespect -0.50 (100 of 100 past experiences were ethical violations, 100 reported)',
    );
    expect(aegis.ethics.adjustments()).toEqual([
      expect.objectContaining({ actionType: 'collect_data', dimension: 'autonomyRespect', delta: -0.5 }),
    ]);
    const entry = aegis.audit.entry(r.audit.seqs[1] as number);
    expect(entry.data).toMatchObject({ adjusted: { autonomyRespect: -0.5 } });
  });

  it('after 100 reported safety violations of its type, an action the firewall allows goes to a human', async () => {
    const { aegis } = setup();
    teach(aegis, 'run_shell', 100, 'safety', 'destructive.rm-recursive-root');
    const p = aegis.process(listFiles.request, listFiles.action, () => 1);
    const [pending] = aegis.hitl.pending();
    expect(pending?.priority).toBe('high');
    aegis.hitl.approve(pending?.id as string, { responder: 'alice' });
    const r = await p;
    expect(r.firewall.decision).toBe('allow');
    expect(r.decision).toBe('executed');
    const why = '100 of 100 past experiences were safety violations (destructive.rm-recursive-root)';
    expect(r.reasons).toContain(`learned risk: ${why} → treated as unsafe`);
    expect(aegis.audit.entry(r.audit.seqs[0] as number).data).toMatchObject({ safe: false, learnedRisk: why });
  });

  it('learns the same through the pipeline itself: 100 blocked rm -rf runs make run_shell risky', async () => {
    const { aegis } = setup();
    for (let i = 0; i < 100; i++) {
      const r = await aegis.process(
        { id: `rm-${i}`, content: 'rm -rf / --no-preserve-root' },
        { actionType: 'run_shell', parameters: { command: 'rm -rf /' } },
        () => 1,
      );
      expect(r.decision).toBe('blocked');
    }
    const safetyIssue = aegis.evolution.recognizePatterns().find((p) => p.id === 'safety_violation_run_shell');
    expect(safetyIssue?.frequency).toBe(100);
    const p = aegis.process(listFiles.request, listFiles.action, () => 1);
    expect(aegis.hitl.pendingCount).toBe(1);
    aegis.hitl.reject(aegis.hitl.pending()[0]?.id as string, { responder: 'bob' });
    const r = await p;
    expect(r.decision).toBe('rejected');
    expect(r.assessment).toMatchObject({ sampleSize: 100, successRate: 0, failureRisk: 1 });
  });

  it('escalates an allowed action whose matched failure feature carries a high failure risk', async () => {
    const { aegis } = setup();
    for (let i = 0; i < 40; i++) {
      const path = i % 2 === 0 ? '/srv/flaky' : `/srv/ok-${i}`;
      aegis.evolution.logExperience({ actionType: 'sync_dir', success: i % 2 !== 0, parameters: { path } });
    }
    const request = { id: 'sync', content: 'Synchronize the directory' };
    const risky = aegis.process(request, { actionType: 'sync_dir', parameters: { path: '/srv/flaky' } }, () => 1);
    expect(aegis.hitl.pendingCount).toBe(1);
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'a' });
    const r = await risky;
    expect(r.assessment.matchedFeatures).toEqual([expect.objectContaining({ key: 'path', value: '/srv/flaky' })]);
    const fine = await aegis.process(
      { ...request, id: 'sync-2' },
      { actionType: 'sync_dir', parameters: { path: '/srv/x' } },
      () => 1,
    );
    expect(fine.decision).toBe('executed');
  });

  it('follows the evidence back down: benign experiences dilute the adjustment, then withdraw it', async () => {
    const { aegis } = setup();
    teach(aegis, 'collect_data', 10, 'ethics', 'fairness');
    const first = await approved(
      aegis,
      aegis.process(benignCollect.request, benignCollect.action, () => 1),
    );
    expect(aegis.ethics.adjustments()).toEqual([expect.objectContaining({ dimension: 'fairness', delta: -0.5 })]);
    expect(first.hitl?.priority).toBe('critical');
    // 10 violations among 10 + 29 + the first call: a rate of 0.25, −0.125, to the 0.05 step: −0.15.
    for (let i = 0; i < 29; i++) aegis.evolution.logExperience({ actionType: 'collect_data', success: true });
    const second = await aegis.process({ ...benignCollect.request, id: 'b' }, benignCollect.action, () => 1);
    expect(aegis.ethics.adjustments()).toEqual([expect.objectContaining({ dimension: 'fairness', delta: -0.15 })]);
    expect(second.reasons.some((line) => line.startsWith('ethics adjusted for collect_data: fairness -0.15'))).toBe(
      true,
    );
    expect(second.decision).toBe('executed'); // a rate of 0.25 is below violationRateAbove
    // 10 of 10 + 29 + 2 + 200: the rate falls below half a step and the adjustment is withdrawn.
    for (let i = 0; i < 200; i++) aegis.evolution.logExperience({ actionType: 'collect_data', success: true });
    const third = await aegis.process({ ...benignCollect.request, id: 'c' }, benignCollect.action, () => 1);
    expect(aegis.ethics.adjustments()).toEqual([]);
    expect(third.reasons.some((line) => line.includes('fairness withdrawn'))).toBe(true);
  });

  it('needs minViolations reports before a pattern counts', async () => {
    const { aegis } = setup({ learning: { minViolations: 50 } });
    teach(aegis, 'collect_data', 10, 'ethics', 'fairness');
    const r = await aegis.process(benignCollect.request, benignCollect.action, () => 1);
    expect(r.decision).toBe('executed');
    expect(aegis.ethics.adjustments()).toEqual([]);
  });

  it('adds its adjustment to one of your own; taking its share back leaves yours as it was', async () => {
    const { aegis } = setup();
    aegis.ethics.adjust('collect_data', 'fairness', -0.1);
    teach(aegis, 'collect_data', 4, 'ethics', 'fairness');
    await approved(
      aegis,
      aegis.process(benignCollect.request, benignCollect.action, () => 1),
    );
    expect(aegis.ethics.adjustments()[0]?.delta).toBe(-0.5); // −0.1 − 0.5, clamped by the engine
    for (let i = 0; i < 200; i++) aegis.evolution.logExperience({ actionType: 'collect_data', success: true });
    await aegis.process({ ...benignCollect.request, id: 'again' }, benignCollect.action, () => 1);
    // The engine kept only 0.4 of the 0.5 asked for; the pipeline takes back those 0.4.
    expect(aegis.ethics.adjustments()).toMatchObject([
      { actionType: 'collect_data', dimension: 'fairness', delta: -0.1 },
    ]);
  });

  it('learns nothing from rate-limited calls: one noisy source cannot make a type look failing', async () => {
    const { aegis, clock } = setup({ firewall: { rateLimit: { capacity: 2, refillPerSecond: 0 } } });
    const read = (id: string, source: string) =>
      aegis.process(
        { id, content: 'Read the configuration file', metadata: { source } },
        { actionType: 'read_file', parameters: { path: 'config.yaml' } },
        () => 'ok',
      );
    expect((await read('g1', 'good')).decision).toBe('executed');
    for (let i = 0; i < 30; i++) {
      const r = await read(`s${i}`, 'spammer');
      if (i >= 2) {
        expect(r.decision).toBe('blocked');
        expect(r.experience).toBeUndefined();
        expect(r.reasons.some((x) => x.includes('rate-limited'))).toBe(true);
      }
    }
    expect(aegis.evolution.totalExperiences).toBe(3); // the good call and the spammer's two allowed ones
    expect(aegis.audit.queryHistory({ types: ['action.blocked'] })).toHaveLength(28);
    clock.now += 60_000;
    const after = await read('g2', 'good');
    expect(after.decision).toBe('executed');
    expect(after.reasons.some((x) => x.includes('learned risk'))).toBe(false);
  });

  it('with learning off, history changes no decision (experiences are still logged)', async () => {
    const { aegis } = setup({ learning: false });
    teach(aegis, 'run_shell', 100, 'safety', 'destructive.rm-recursive-root');
    teach(aegis, 'collect_data', 100, 'ethics', 'autonomyRespect');
    expect((await aegis.process(listFiles.request, listFiles.action, () => 1)).decision).toBe('executed');
    expect((await aegis.process(benignCollect.request, benignCollect.action, () => 1)).decision).toBe('executed');
    expect(aegis.ethics.adjustments()).toEqual([]);
    expect(aegis.evolution.totalExperiences).toBe(202);
  });

  it('tells the Love Engine what a human judged, for its alignment report', async () => {
    const { aegis } = setup();
    const s = SCENARIOS.spam;
    const p = aegis.process({ ...s.request, id: 'x1' }, { ...s.action, id: 'act-1' }, () => 1);
    aegis.hitl.reject(aegis.hitl.pending()[0]?.id as string, { responder: 'bob' });
    await p;
    const q = aegis.process(SCENARIOS.etcHosts.request, { ...SCENARIOS.etcHosts.action, id: 'act-2' }, () => 1);
    aegis.hitl.reject(aegis.hitl.pending()[0]?.id as string, { responder: 'bob' });
    await q;
    const report = aegis.ethics.evaluateAlignment();
    expect(report).toMatchObject({ evaluations: 2, outcomes: 2, harmfulPassed: 1, agreement: 0.5 });
  });
});
