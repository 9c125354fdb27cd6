/** `EvolutionCore.reset`: forgetting one action type, or everything. Cases written here. */
import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { EvolutionCore } from '../../src/evolution/index.js';

function failing(core: EvolutionCore, type: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = core.logExperience({
      actionType: type,
      success: false,
      parameters: { path: '/srv/flaky' },
      timestamp: i,
    });
    core.learnFromSafety(e.id, 0.1, ['destructive']);
    ids.push(e.id);
  }
  return ids;
}

describe('EvolutionCore.reset', () => {
  it('reset(type) forgets the type: no risk, no learned pattern, no failure feature; others kept', () => {
    const core = new EvolutionCore();
    const ids = failing(core, 'sync_dir', 10);
    for (let i = 0; i < 10; i++)
      core.logExperience({ actionType: 'sync_dir', success: true, parameters: { path: `/ok/${i}` } });
    failing(core, 'other', 5);
    const before = core.assess({ actionType: 'sync_dir', parameters: { path: '/srv/flaky' } });
    expect(before.matchedFeatures.length).toBe(1);
    expect(before.learnedViolations.length).toBe(1);
    expect(core.reset('sync_dir')).toBe(true);
    const after = core.assess({ actionType: 'sync_dir', parameters: { path: '/srv/flaky' } });
    expect(after).toMatchObject({ sampleSize: 0, failureRisk: 0, matchedFeatures: [], learnedViolations: [] });
    expect(core.failureFeatures()).toEqual([]);
    expect(
      core
        .recognizePatterns()
        .filter((p) => p.learned)
        .map((p) => p.id),
    ).toEqual(['safety_violation_other']);
    expect(core.capabilityMetrics().patternsLearned).toBe(1);
    expect(core.assess({ actionType: 'other' }).sampleSize).toBe(5);
    // Older experiences stay readable but take no feedback: their type's counters no longer hold them.
    expect(core.getExperiences({ actionType: 'sync_dir' }).length).toBe(20);
    let code: string | undefined;
    try {
      core.learnFromEthics(ids[0] as string, 0.1, ['x']);
    } catch (error) {
      code = (error as AegisError).code;
    }
    expect(code).toBe('NOT_FOUND');
    // New evidence counts from zero.
    const e = core.logExperience({ actionType: 'sync_dir', success: true });
    core.learnFromSafety(e.id, 0.9, []);
    expect(core.actionStats('sync_dir')).toMatchObject({ experiences: 1, successes: 1, flagged: 0 });
    expect(core.reset('never-seen')).toBe(false);
  });

  it('a forgotten feature that comes back is counted afresh', () => {
    const core = new EvolutionCore({ featureCapacity: 4 });
    failing(core, 'sync_dir', 6);
    core.reset('sync_dir');
    for (let i = 0; i < 6; i++)
      core.logExperience({ actionType: 'sync_dir', success: i > 0, parameters: { path: '/srv/flaky' } });
    for (let i = 0; i < 30; i++)
      core.logExperience({ actionType: 'sync_dir', success: true, parameters: { path: `/x/${i}` } });
    expect(core.assess({ actionType: 'sync_dir', parameters: { path: '/srv/flaky' } }).matchedFeatures).toEqual([]);
  });

  it('reset() empties the core', () => {
    const core = new EvolutionCore();
    failing(core, 'a', 3);
    expect(core.reset()).toBe(true);
    expect(core.capabilityMetrics()).toMatchObject({ totalExperiences: 0, actionTypes: 0, patternsLearned: 0 });
    expect(core.actionTypes()).toEqual([]);
    expect(core.reset()).toBe(false);
    expect(() => core.reset(3 as unknown as string)).toThrow(AegisError);
  });
});
