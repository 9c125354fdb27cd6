import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { EvolutionCore, type EvolutionCoreOptions, type ExperienceInput } from '../../src/evolution/index.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AegisError ? error.code : 'not an AegisError';
  }
  return undefined;
};

function core(options: EvolutionCoreOptions = {}) {
  let now = 100;
  return new EvolutionCore({ clock: () => now++, ...options });
}

describe('logExperience', () => {
  it('stores the experience and returns it, with an id and a timestamp from the clock', () => {
    const c = core();
    const e = c.logExperience({
      actionType: 'file_read',
      parameters: { path: '/a' },
      success: true,
      ethicalScore: 0.75,
    });
    expect(e).toEqual({
      id: 'exp-0',
      seq: 0,
      actionType: 'file_read',
      parameters: { path: '/a' },
      success: true,
      ethicalScore: 0.75,
      timestamp: 100,
    });
    expect(c.getExperiences()).toEqual([e]);
  });

  it('keeps caller ids and timestamps, and refuses the id of a retained experience', () => {
    const c = core();
    c.logExperience({ id: 'exp_001', actionType: 'a', success: true, timestamp: 5 });
    expect(c.getExperiences()[0]).toMatchObject({ id: 'exp_001', timestamp: 5 });
    expect(codeOf(() => c.logExperience({ id: 'exp_001', actionType: 'a', success: false }))).toBe('CONFLICT');
    expect(c.totalExperiences).toBe(1);
  });

  it('never generates an id a caller already holds', () => {
    const c = core();
    c.logExperience({ id: 'exp-1', actionType: 'a', success: true });
    expect(c.logExperience({ actionType: 'a', success: true }).id).toBe('exp-1~1');
    expect(codeOf(() => c.logExperience({ id: 'exp-1~1', actionType: 'a', success: true }))).toBe('CONFLICT');
    expect(c.logExperience({ actionType: 'a', success: true }).id).toBe('exp-2');
    expect(codeOf(() => c.logExperience({ id: 'exp-2', actionType: 'a', success: true }))).toBe('CONFLICT');
  });

  it('copies and freezes the parameters: changing the input afterwards changes nothing stored', () => {
    const c = core();
    const parameters = { path: '/a', tags: ['x'] };
    const e = c.logExperience({ actionType: 'a', success: true, parameters });
    parameters.path = '/b';
    parameters.tags.push('y');
    expect(c.getExperiences()[0]?.parameters).toEqual({ path: '/a', tags: ['x'] });
    expect(Object.isFrozen(e.parameters)).toBe(true);
    expect(Object.isFrozen(e.parameters.tags)).toBe(true);
  });

  it('keeps a __proto__ key of the parameters as data', () => {
    const c = core();
    const parameters = JSON.parse('{"__proto__": {"admin": true}, "nested": {"__proto__": 1}}');
    const e = c.logExperience({ actionType: 'a', success: true, parameters });
    expect(Object.keys(e.parameters)).toEqual(['__proto__', 'nested']);
    expect(Object.getPrototypeOf(e.parameters)).toBe(Object.prototype);
    expect((e.parameters as { admin?: boolean }).admin).toBeUndefined();
  });

  const refused: [string, unknown, string][] = [
    ['a missing action type', { success: true }, 'INVALID_ARGUMENT'],
    ['an empty action type', { actionType: '', success: true }, 'INVALID_ARGUMENT'],
    ['a non-boolean success', { actionType: 'a', success: 1 }, 'INVALID_ARGUMENT'],
    ['a NaN score', { actionType: 'a', success: true, ethicalScore: Number.NaN }, 'INVALID_ARGUMENT'],
    ['a score above 1', { actionType: 'a', success: true, safetyScore: 1.01 }, 'INVALID_ARGUMENT'],
    ['an unknown field', { actionType: 'a', success: true, outcome: 'ok' }, 'INVALID_ARGUMENT'],
    ['a NaN timestamp', { actionType: 'a', success: true, timestamp: Number.NaN }, 'INVALID_ARGUMENT'],
    ['an id with a lone surrogate', { id: '\ud800', actionType: 'a', success: true }, 'INVALID_ARGUMENT'],
    ['parameters that are a string', { actionType: 'a', success: true, parameters: 'x' }, 'INVALID_ARGUMENT'],
    ['parameters with a Map', { actionType: 'a', success: true, parameters: { m: new Map() } }, 'INVALID_ARGUMENT'],
    ['parameters with a BigInt', { actionType: 'a', success: true, parameters: { n: 1n } }, 'INVALID_ARGUMENT'],
    ['parameters with undefined', { actionType: 'a', success: true, parameters: { u: undefined } }, 'INVALID_ARGUMENT'],
    [
      'parameters with a sparse array',
      // biome-ignore lint/suspicious/noSparseArray: the hole is what is being refused
      { actionType: 'a', success: true, parameters: { a: [1, , 3] } },
      'INVALID_ARGUMENT',
    ],
    [
      'parameters with a 300-character key',
      { actionType: 'a', success: true, parameters: { ['k'.repeat(300)]: 1 } },
      'LIMIT_EXCEEDED',
    ],
    ['an array instead of an experience', [], 'INVALID_ARGUMENT'],
  ];
  for (const [name, input, code] of refused) {
    it(`refuses ${name}, changing nothing`, () => {
      const c = core();
      expect(codeOf(() => c.logExperience(input as ExperienceInput))).toBe(code);
      expect(c.capabilityMetrics().totalExperiences).toBe(0);
      expect(c.actionTypes()).toEqual([]);
    });
  }

  it('refuses the parameters under the key `context` instead of dropping them, and names the key to use', () => {
    const c = core();
    const old = { actionType: 'file_read', success: false, context: { path: '/etc/shadow' } };
    expect(() => c.logExperience(old as unknown as ExperienceInput)).toThrow(
      'EvolutionCore.logExperience: experience has an unknown field "context"; known fields are id, actionType, parameters,',
    );
    expect(codeOf(() => c.logExperience(old as unknown as ExperienceInput))).toBe('INVALID_ARGUMENT');
    expect(c.capabilityMetrics().totalExperiences).toBe(0);
  });

  it('refuses an assessment whose parameters come under the key `context`', () => {
    const c = core();
    const old = { actionType: 'file_read', context: { path: '/etc/shadow' } };
    expect(() => c.assess(old as unknown as { actionType: string })).toThrow(
      'EvolutionCore.assess: input has an unknown field "context"; known fields are actionType, parameters',
    );
  });

  it('names the function and the path of the culprit', () => {
    expect(() =>
      core().logExperience({ actionType: 'a', success: true, parameters: { a: { b: [0, Number.NaN] } } }),
    ).toThrow('EvolutionCore.logExperience: experience.parameters.a.b[1] is NaN, which JSON cannot represent');
  });

  it('refuses one action type too many, but keeps logging the known ones', () => {
    const c = core({ maxActionTypes: 2 });
    c.logExperience({ actionType: 'a', success: true });
    c.logExperience({ actionType: 'b', success: true });
    expect(codeOf(() => c.logExperience({ actionType: 'c', success: true }))).toBe('LIMIT_EXCEEDED');
    c.logExperience({ actionType: 'a', success: true });
    expect(c.actionTypes()).toEqual(['a', 'b']);
  });

  it('tells how many action types it tracks and how many it may', () => {
    const c = core({ maxActionTypes: 2 });
    expect([c.actionTypeCount, c.maxActionTypes]).toEqual([0, 2]);
    c.logExperience({ actionType: 'a', success: true });
    c.logExperience({ actionType: 'a', success: false });
    expect(c.actionTypeCount).toBe(1);
    expect(core().maxActionTypes).toBe(10_000);
  });

  it('refuses a clock that returns something other than a finite number', () => {
    const c = new EvolutionCore({ clock: () => Number.NaN });
    expect(codeOf(() => c.logExperience({ actionType: 'a', success: true }))).toBe('INVALID_ARGUMENT');
    c.logExperience({ actionType: 'a', success: true, timestamp: 1 });
    expect(c.totalExperiences).toBe(1);
  });
});

describe('learnFromEthics and learnFromSafety', () => {
  it('refuse an unknown id as NOT_FOUND instead of ignoring it', () => {
    const c = core();
    expect(codeOf(() => c.learnFromEthics('missing', 0.1, ['harm']))).toBe('NOT_FOUND');
    expect(codeOf(() => c.learnFromSafety('missing', 0.1, ['harm']))).toBe('NOT_FOUND');
  });

  it('refuse bad scores and concerns, changing nothing', () => {
    const c = core();
    const { id } = c.logExperience({ actionType: 'a', success: true });
    for (const [score, concerns] of [
      [Number.NaN, []],
      [-1, []],
      [0.1, [3]],
      [0.1, ['']],
      [0.1, null],
      [0.1, ['x'.repeat(1025)]],
    ] as [number, string[]][]) {
      expect(codeOf(() => c.learnFromEthics(id, score, concerns))).toMatch(/INVALID_ARGUMENT|LIMIT_EXCEEDED/);
    }
    expect(c.getExperiences()[0]?.ethicalScore).toBeUndefined();
    expect(c.capabilityMetrics().patternsLearned).toBe(0);
  });

  it('record the score on the experience; without concerns no pattern is learned', () => {
    const c = core();
    const { id } = c.logExperience({ actionType: 'a', success: true });
    c.learnFromSafety(id, 0.25, []);
    expect(c.getExperiences()[0]?.safetyScore).toBe(0.25);
    expect(c.capabilityMetrics().patternsLearned).toBe(0);
    expect(c.actionStats('a')?.safetyViolations).toBe(1);
  });
});

describe('getExperiences', () => {
  function sample() {
    const c = core();
    const rows: [string, boolean, number][] = [
      ['read', true, 10],
      ['read', false, 20],
      ['write', false, 30],
      ['read', true, 40],
      ['write', true, 50],
    ];
    for (const [actionType, success, timestamp] of rows) c.logExperience({ actionType, success, timestamp });
    return c;
  }
  const times = (c: EvolutionCore, f: Parameters<EvolutionCore['getExperiences']>[0]) =>
    c.getExperiences(f).map((e) => e.timestamp);

  it('selects failures with success: false, and successes with success: true', () => {
    const c = sample();
    expect(times(c, { success: false })).toEqual([30, 20]);
    expect(times(c, { success: true })).toEqual([50, 40, 10]);
    expect(times(c, {})).toEqual([50, 40, 30, 20, 10]);
  });

  it('filters by action type, time range and limit, newest or oldest first', () => {
    const c = sample();
    expect(times(c, { actionType: 'read' })).toEqual([40, 20, 10]);
    expect(times(c, { actionType: 'read', order: 'oldest', limit: 2 })).toEqual([10, 20]);
    expect(times(c, { since: 20, until: 40 })).toEqual([40, 30, 20]);
    expect(times(c, { actionType: 'write', success: false, since: 25 })).toEqual([30]);
    expect(times(c, { actionType: 'unknown' })).toEqual([]);
    expect(times(c, { limit: 0 })).toEqual([]);
  });

  it('orders by timestamp even when timestamps arrive out of order (ties in logging order)', () => {
    const c = core();
    for (const t of [5, 3, 9, 3, 1]) c.logExperience({ actionType: 'x', success: true, timestamp: t });
    expect(c.getExperiences({ order: 'oldest' }).map((e) => [e.timestamp, e.seq])).toEqual([
      [1, 4],
      [3, 1],
      [3, 3],
      [5, 0],
      [9, 2],
    ]);
    expect(c.getExperiences({ since: 3, until: 5, limit: 2 }).map((e) => e.seq)).toEqual([0, 3]);
  });
});

describe('maxExperiences', () => {
  it('evicts the oldest raw experiences while every aggregate keeps counting them', () => {
    const c = core({ maxExperiences: 3 });
    for (let i = 0; i < 5; i++) c.logExperience({ id: `e${i}`, actionType: 'a', success: i === 0, ethicalScore: 0.5 });
    expect(c.getExperiences({ order: 'oldest' }).map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
    expect(c.capabilityMetrics()).toMatchObject({ totalExperiences: 5, retainedExperiences: 3, successRate: 0.2 });
    expect(c.recognizePatterns()[0]).toMatchObject({ id: 'pattern_a', type: 'FailureMode', frequency: 5 });
  });

  it('refuses feedback on an evicted experience, and frees its id', () => {
    const c = core({ maxExperiences: 2 });
    for (const id of ['x', 'y', 'z']) c.logExperience({ id, actionType: 'a', success: true });
    expect(codeOf(() => c.learnFromEthics('x', 0.1, ['harm']))).toBe('NOT_FOUND');
    c.logExperience({ id: 'x', actionType: 'a', success: true });
    expect(c.getExperiences().map((e) => e.id)).toEqual(['x', 'z']);
  });

  it('works with a capacity of one and across the growth of the columns', () => {
    const one = core({ maxExperiences: 1 });
    for (let i = 0; i < 3; i++) one.logExperience({ actionType: 'a', success: true });
    expect(one.getExperiences().map((e) => e.id)).toEqual(['exp-2']);
    const c = core({ maxExperiences: 1000 });
    for (let i = 0; i < 2500; i++) c.logExperience({ actionType: i % 2 ? 'odd' : 'even', success: true, timestamp: i });
    expect(c.retainedExperiences).toBe(1000);
    expect(c.getExperiences({ order: 'oldest', limit: 1 })[0]).toMatchObject({ seq: 1500, timestamp: 1500 });
    expect(c.getExperiences({ actionType: 'odd' })).toHaveLength(500);
    expect(c.getExperiences({ actionType: 'odd', limit: 1 })[0]?.seq).toBe(2499);
  });
});

describe('options', () => {
  const refused: [string, unknown][] = [
    ['an unknown option', { size: 1 }],
    ['maxExperiences 0', { maxExperiences: 0 }],
    ['a fractional window', { window: 1.5 }],
    ['a clock that is not a function', { clock: 5 }],
    ['an unknown threshold', { thresholds: { nope: 1 } }],
    ['a rate threshold above 1', { thresholds: { successAbove: 1.5 } }],
    ['a count threshold of 0', { thresholds: { minExperiences: 0 } }],
    ['highBelow below criticalBelow', { thresholds: { highBelow: 0.2, criticalBelow: 0.3 } }],
    ['more than 65,536 action types', { maxActionTypes: 70_000 }],
    ['a feature capacity of 0', { featureCapacity: 0 }],
  ];
  for (const [name, options] of refused) {
    it(`refuse ${name}`, () => {
      expect(codeOf(() => new EvolutionCore(options as EvolutionCoreOptions))).toBe('INVALID_ARGUMENT');
    });
  }
});
