import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { EvolutionCore, type EvolutionCoreOptions } from '../../src/evolution/index.js';

/** 20 file reads: the 4 of /etc/shadow all fail, 2 of the 16 others fail. */
function fileReads(options: EvolutionCoreOptions = {}): EvolutionCore {
  const c = new EvolutionCore({ clock: () => 0, ...options });
  for (let i = 0; i < 20; i++) {
    const shadow = i % 5 === 0;
    c.logExperience({
      id: `r${i}`,
      actionType: 'file_read',
      parameters: { path: shadow ? '/etc/shadow' : `/home/u/${i % 3}.txt`, user: 'agent', retries: i % 2 },
      success: !shadow && i !== 7 && i !== 9,
    });
  }
  return c;
}

describe('failure features', () => {
  it('report the parameter value that goes with failure, with its counts', () => {
    expect(fileReads().failureFeatures()).toEqual([
      {
        actionType: 'file_read',
        key: 'path',
        value: '/etc/shadow',
        failures: 4,
        occurrences: 4,
        failureRate: 1,
        lift: 20 / 6,
        exact: true,
      },
    ]);
  });

  it('leave out values as common among successes as among failures', () => {
    const features = fileReads().failureFeatures();
    expect(features.some((f) => f.key === 'user' || f.key === 'retries')).toBe(false);
  });

  it('leave out every value of an action type that always fails (its FailureMode says it all)', () => {
    const c = new EvolutionCore();
    for (let i = 0; i < 10; i++)
      c.logExperience({ actionType: 'broken', success: false, parameters: { mode: 'x' }, timestamp: 0 });
    expect(c.failureFeatures()).toEqual([]);
    expect(c.recognizePatterns().map((p) => p.type)).toEqual(['FailureMode']);
  });

  it('count violations reported later as failures', () => {
    const c = new EvolutionCore({ clock: () => 0 });
    for (let i = 0; i < 10; i++)
      c.logExperience({
        id: `s${i}`,
        actionType: 'send',
        success: true,
        parameters: { to: i < 3 ? 'all-users' : `u${i}` },
      });
    for (let i = 0; i < 3; i++) c.learnFromEthics(`s${i}`, 0.2, ['spam']);
    c.learnFromEthics('s0', 0.1, ['spam']);
    expect(c.failureFeatures()).toMatchObject([{ key: 'to', value: 'all-users', failures: 3, occurrences: 3 }]);
  });

  it('follow the configured thresholds', () => {
    const c = fileReads({ thresholds: { featureMinFailures: 5 } });
    expect(c.failureFeatures()).toEqual([]);
    const d = fileReads({ thresholds: { featureMinLift: 0, featureMinRate: 0.1, featureMinFailures: 1 } });
    expect(d.failureFeatures().map((f) => `${f.key}=${String(f.value)}`)).toEqual([
      'user=agent',
      'path=/etc/shadow',
      'retries=1',
      'retries=0',
      'path=/home/u/0.txt',
      'path=/home/u/1.txt',
    ]);
  });

  it('still find a frequent failing value among hundreds of one-off values with 8 counters', () => {
    const c = new EvolutionCore({ clock: () => 0, featureCapacity: 8 });
    for (let i = 0; i < 400; i++) {
      const bad = i % 3 === 0;
      c.logExperience({ actionType: 'net', success: !bad, parameters: { host: bad ? 'evil.example' : `h${i}` } });
    }
    const features = c.failureFeatures();
    expect(features.map((f) => f.value)).toEqual(['evil.example']);
    expect(features[0]?.failures).toBeLessThanOrEqual(134);
    expect(features[0]?.occurrences).toBeGreaterThanOrEqual(134);
  });
});

describe('assess', () => {
  it('says what history holds for an action before it runs', () => {
    const c = fileReads();
    c.learnFromSafety('r0', 0.1, ['reads a password hash']);
    const a = c.assess({ actionType: 'file_read', parameters: { path: '/etc/shadow', user: 'agent' } });
    expect(a).toMatchObject({
      actionType: 'file_read',
      sampleSize: 20,
      successRate: 0.7,
      recentSuccessRate: 0.7,
      ethicalViolations: 0,
      safetyViolations: 1,
      failureRisk: 1,
    });
    expect(a.matchedFeatures.map((f) => f.value)).toEqual(['/etc/shadow']);
    expect(a.learnedViolations.map((p) => [p.id, p.contexts])).toEqual([
      ['safety_violation_file_read', ['reads a password hash']],
    ]);
  });

  it('falls back to the type failure rate for harmless parameters', () => {
    const a = fileReads().assess({
      actionType: 'file_read',
      parameters: { path: '/home/u/1.txt', extra: { nested: true } },
    });
    expect(a.matchedFeatures).toEqual([]);
    expect(a.failureRisk).toBeCloseTo(0.3, 12);
  });

  it('knows nothing of a type never logged', () => {
    expect(fileReads().assess({ actionType: 'rm_rf' })).toEqual({
      actionType: 'rm_rf',
      sampleSize: 0,
      successRate: null,
      recentSuccessRate: null,
      ethicalViolations: 0,
      safetyViolations: 0,
      matchedFeatures: [],
      learnedViolations: [],
      failureRisk: 0,
    });
  });

  it('refuses bad input', () => {
    const c = fileReads();
    for (const input of [
      null,
      {},
      { actionType: '' },
      { actionType: 'a', parameters: [] },
      { actionType: 'a', extra: 1 },
    ]) {
      expect(() => c.assess(input as never)).toThrow(AegisError);
    }
  });
});
