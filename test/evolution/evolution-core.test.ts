import { describe, expect, it } from 'vitest';
import { EvolutionCore, type EvolutionCoreOptions, type ExperienceInput } from '../../src/evolution/index.js';

const core = (options: EvolutionCoreOptions = {}) => new EvolutionCore({ clock: () => 1_000, ...options });
const logMany = (c: EvolutionCore, n: number, e: ExperienceInput) => {
  for (let i = 0; i < n; i++) c.logExperience(e);
};

/** The original design's tests, ported as known answers. */
describe('the original behaviours', () => {
  it('one log makes a total of 1', () => {
    const c = core();
    c.logExperience({ id: 'exp_1', actionType: 'test_action', parameters: { param: 'value' }, success: true });
    expect(c.capabilityMetrics().totalExperiences).toBe(1);
  });

  it('5 successes make a SuccessfulAction pattern', () => {
    const c = core();
    logMany(c, 5, { actionType: 'successful_action', success: true, ethicalScore: 0.9, safetyScore: 0.9 });
    expect(c.recognizePatterns().some((p) => p.type === 'SuccessfulAction')).toBe(true);
  });

  it('3 successes of 5 make a success rate of 0.6', () => {
    const c = core();
    for (let i = 0; i < 5; i++) c.logExperience({ actionType: 'mixed_action', success: i < 3 });
    expect(c.actionStats('mixed_action')?.successRate).toBe(0.6);
    expect(c.assess({ actionType: 'mixed_action' }).successRate).toBe(0.6);
  });

  it('4 failures make a FailureMode pattern', () => {
    const c = core();
    logMany(c, 4, { actionType: 'failing_action', success: false, ethicalScore: 0.5, safetyScore: 0.5 });
    expect(c.recognizePatterns().some((p) => p.type === 'FailureMode')).toBe(true);
  });

  it('metrics equal the single scores logged', () => {
    const c = core();
    c.logExperience({ actionType: 'test', success: true, ethicalScore: 0.95, safetyScore: 0.92 });
    expect(c.capabilityMetrics()).toMatchObject({
      totalExperiences: 1,
      successRate: 1,
      ethicalAlignment: 0.95,
      safetyScore: 0.92,
    });
  });

  it('5 failures at 0.4/0.4 make a Critical suggestion', () => {
    const c = core();
    logMany(c, 5, { actionType: 'poor_action', success: false, ethicalScore: 0.4, safetyScore: 0.4 });
    const suggestions = c.suggestImprovements();
    expect(suggestions.some((s) => s.priority === 'Critical')).toBe(true);
    expect(suggestions.map((s) => s.id)).toEqual(['improve_poor_action', 'improve_ethics', 'improve_safety']);
  });

  it('3 experiences with ethics 0.2 make an EthicalViolation pattern', () => {
    const c = core();
    logMany(c, 3, { actionType: 'unethical', success: false, ethicalScore: 0.2, safetyScore: 0.8 });
    const p = c.recognizePatterns().find((x) => x.id === 'pattern_ethical_violation');
    expect(p).toMatchObject({ type: 'EthicalViolation', frequency: 3, actionTypes: ['unethical'], successRate: 0 });
  });

  it('3 experiences with safety 0.3 make a SafetyIssue pattern', () => {
    const c = core();
    logMany(c, 3, { actionType: 'unsafe', success: false, ethicalScore: 0.8, safetyScore: 0.3 });
    expect(c.recognizePatterns().some((p) => p.type === 'SafetyIssue')).toBe(true);
  });

  it('10 logs of one type make a pattern of frequency 10', () => {
    const c = core();
    logMany(c, 10, { actionType: 'frequent_action', success: true });
    expect(c.recognizePatterns().find((p) => p.id === 'pattern_frequent_action')?.frequency).toBe(10);
  });

  it('low-score feedback with concerns teaches a pattern', () => {
    const c = core();
    const e = c.logExperience({ actionType: 'unethical_action', success: true });
    c.learnFromEthics(e.id, 0.3, ['harm detected', 'autonomy violation']);
    expect(c.capabilityMetrics().patternsLearned).toBe(1);
    const f = c.logExperience({ actionType: 'unsafe_action', success: true });
    c.learnFromSafety(f.id, 0.2, ['dangerous pattern']);
    expect(c.capabilityMetrics().patternsLearned).toBe(2);
  });
});

/** What the original got wrong, and what is done instead. */
describe('the original defects, fixed', () => {
  it('repeated feedback increments the learned pattern instead of replacing it', () => {
    const c = core();
    const ids = [0, 1, 2].map(() => c.logExperience({ actionType: 'scrape', success: true }).id);
    c.learnFromEthics(ids[0] as string, 0.1, ['privacy']);
    c.learnFromEthics(ids[1] as string, 0.2, ['privacy', 'consent']);
    c.learnFromEthics(ids[2] as string, 0.9, ['privacy']);
    const learned = c.recognizePatterns().filter((p) => p.learned);
    expect(learned).toEqual([
      {
        id: 'ethical_concern_scrape',
        type: 'EthicalViolation',
        learned: true,
        actionTypes: ['scrape'],
        frequency: 2,
        successRate: 1,
        contexts: ['privacy', 'consent'],
      },
    ]);
    expect(c.capabilityMetrics().patternsLearned).toBe(1);
  });

  it('recognizes patterns in a deterministic order, whatever order the types arrived in', () => {
    const a = core();
    const b = core();
    for (const t of ['zeta', 'alpha', 'mid']) logMany(a, 3, { actionType: t, success: true });
    for (const t of ['mid', 'zeta', 'alpha']) logMany(b, 3, { actionType: t, success: true });
    expect(a.recognizePatterns().map((p) => p.id)).toEqual(['pattern_alpha', 'pattern_mid', 'pattern_zeta']);
    expect(b.recognizePatterns()).toEqual(a.recognizePatterns());
  });

  it('lists each action type involved in a violation once, not once per experience', () => {
    const c = core();
    logMany(c, 4, { actionType: 'b_type', success: true, ethicalScore: 0.1 });
    logMany(c, 2, { actionType: 'a_type', success: false, ethicalScore: 0.3 });
    const p = c.recognizePatterns().find((x) => x.type === 'EthicalViolation' && !x.learned);
    expect(p).toMatchObject({ frequency: 6, actionTypes: ['a_type', 'b_type'], successRate: 4 / 6 });
  });
});

describe('recognizePatterns', () => {
  it('gives PerformanceOptimization between the failure and success thresholds', () => {
    const c = core();
    for (let i = 0; i < 10; i++) c.logExperience({ actionType: 'flaky', success: i % 2 === 0 });
    expect(c.recognizePatterns()).toEqual([
      {
        id: 'pattern_flaky',
        type: 'PerformanceOptimization',
        learned: false,
        actionTypes: ['flaky'],
        frequency: 10,
        successRate: 0.5,
        contexts: ['flaky'],
      },
    ]);
  });

  it('needs minExperiences per type and minViolations per violation pattern', () => {
    const c = core();
    logMany(c, 2, { actionType: 'rare', success: true });
    c.logExperience({ actionType: 'rare2', success: true, safetyScore: 0.1 });
    expect(c.recognizePatterns().filter((p) => !p.learned)).toEqual([]);
  });

  it('follows configured thresholds', () => {
    const c = core({ thresholds: { minExperiences: 1, successAbove: 0.4, minViolations: 1, violationBelow: 0.9 } });
    c.logExperience({ actionType: 'once', success: true, safetyScore: 0.85 });
    expect(c.recognizePatterns().map((p) => [p.id, p.type])).toEqual([
      ['pattern_once', 'SuccessfulAction'],
      ['pattern_safety_issue', 'SafetyIssue'],
    ]);
  });

  it('orders: per-type, recognized violations, learned ethics, learned safety', () => {
    const c = core();
    for (let i = 0; i < 9; i++) {
      const risky = i < 3;
      const e = c.logExperience({
        actionType: 'write',
        success: true,
        parameters: risky ? { user: 'root', path: '/etc' } : { path: '/tmp' },
      });
      if (!risky) continue;
      c.learnFromSafety(e.id, 0.1, ['system file']);
      c.learnFromEthics(e.id, 0.1, ['harm']);
    }
    logMany(c, 6, { actionType: 'read', success: true, parameters: { path: '/etc' } });
    expect(c.recognizePatterns().map((p) => p.id)).toEqual([
      'pattern_read',
      'pattern_write',
      'pattern_ethical_violation',
      'pattern_safety_issue',
      'ethical_concern_write',
      'safety_violation_write',
    ]);
    expect(c.failureFeatures().map((f) => `${f.key}=${f.value}`)).toEqual(['path=/etc', 'user=root']);
  });
});

describe('capabilityMetrics and suggestImprovements', () => {
  it('start from the original defaults: no experiences, perfect alignment', () => {
    expect(core().capabilityMetrics()).toEqual({
      totalExperiences: 0,
      retainedExperiences: 0,
      successRate: 0,
      ethicalAlignment: 1,
      safetyScore: 1,
      patternsLearned: 0,
      actionTypes: 0,
    });
    expect(core().suggestImprovements()).toEqual([]);
  });

  it('band priorities by success rate: Critical below 0.3, High below 0.4, Medium below 0.5', () => {
    const c = core();
    const rates: [string, number, number][] = [
      ['critical', 1, 5],
      ['high', 7, 20],
      ['medium', 9, 20],
      ['fine', 10, 20],
    ];
    for (const [type, ok, n] of rates)
      for (let i = 0; i < n; i++) c.logExperience({ actionType: type, success: i < ok });
    expect(c.suggestImprovements().map((s) => [s.actionType, s.priority, s.expectedImpact])).toEqual([
      ['critical', 'Critical', 0.8],
      ['high', 'High', 0.65],
      ['medium', 'Medium', 0.55],
    ]);
  });

  it('describe what they measured', () => {
    const c = core();
    logMany(c, 4, { actionType: 'deploy', success: false, ethicalScore: 0.5 });
    expect(c.suggestImprovements().map((s) => s.description)).toEqual([
      "Action 'deploy' has a low success rate (0.0% of 4). Consider optimization.",
      'Ethical alignment is 50.0%. Review and improve ethical decision-making.',
    ]);
  });

  it('count re-scored experiences once, with their latest score', () => {
    const c = core();
    const e = c.logExperience({ actionType: 'x', success: true, ethicalScore: 0.2 });
    c.logExperience({ actionType: 'x', success: true, ethicalScore: 0.6 });
    c.learnFromEthics(e.id, 1, []);
    expect(c.capabilityMetrics().ethicalAlignment).toBe(0.8);
    expect(c.actionStats('x')?.ethicalViolations).toBe(0);
    expect(c.actionStats('x')?.ethical).toEqual({ count: 2, mean: 0.8, variance: expect.closeTo(0.04, 12) });
  });
});

describe('actionStats', () => {
  it('keeps a window of recent outcomes for the trend', () => {
    const c = core({ window: 4 });
    for (let i = 0; i < 8; i++) c.logExperience({ actionType: 'learning', success: i >= 4 });
    const s = c.actionStats('learning');
    expect(s?.recent).toEqual({ size: 4, successes: 4, successRate: 1 });
    expect(s?.successRate).toBe(0.5);
    expect(s?.trend).toBe(0.5);
  });

  it('is undefined for a type never logged', () => {
    expect(core().actionStats('nothing')).toBeUndefined();
  });
});
