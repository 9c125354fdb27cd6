/**
 * The Evolution Core against a naive model that keeps every experience in a list and recomputes
 * every answer by scanning it (`_naive-evolution.ts`): after any sequence of logs, feedback, clock
 * moves and bad input, every metric, pattern, suggestion, statistic, assessment and query agrees,
 * with and without eviction of raw experiences; bad input changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import {
  type ActionTypeStats,
  EvolutionCore,
  type EvolutionThresholds,
  type ExperienceFilter,
  type ExperienceInput,
  type ExperienceParameters,
} from '../src/evolution/index.js';
import { runs } from './_config.js';
import {
  type NaiveEvolution as Model,
  NAIVE_DEFAULTS,
  NaiveEvolution,
  type NaiveThresholds,
} from './_naive-evolution.js';

interface Real {
  core: EvolutionCore;
  clock: { now: number };
}

const TYPES = ['read', 'write', 'exec', 'net', '__proto__'];
const IDS = ['a', 'b', 'c', 'exp-0', 'exp-1', 'exp-2', 'exp-4', 'exp-1~1'];
/** Multiples of 1/16 in [0, 1]: every sum is exact, so means must agree bit for bit. */
const score = fc.integer({ min: 0, max: 16 }).map((k) => k / 16);
const featureValue = fc.constantFrom<unknown>(
  '/etc/passwd',
  '/tmp/x',
  'root',
  1,
  2,
  -0,
  true,
  false,
  null,
  'x'.repeat(129),
);
const nestedValue = fc.constantFrom<unknown>({ a: 1 }, [1, 'two'], { deep: { er: [null] } }, '');
const parametersKey = fc.constantFrom('path', 'user', 'n', 'ok', '__proto__', '10', 'k'.repeat(65));

/** A plain object; `__proto__` is defined as an own data key, as JSON.parse would make it. */
const parameters = fc
  .array(
    fc.tuple(parametersKey, fc.oneof({ weight: 4, arbitrary: featureValue }, { weight: 1, arbitrary: nestedValue })),
    {
      maxLength: 5,
    },
  )
  .map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
  });

const validInput: fc.Arbitrary<ExperienceInput> = fc
  .record(
    {
      id: fc.option(fc.constantFrom(...IDS), { nil: undefined, freq: 2 }),
      actionType: fc.constantFrom(...TYPES),
      parameters: fc.option(parameters, { nil: undefined, freq: 4 }),
      success: fc.boolean(),
      ethicalScore: fc.option(score, { nil: undefined }),
      safetyScore: fc.option(score, { nil: undefined }),
      timestamp: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined, freq: 2 }),
    },
    { requiredKeys: ['actionType', 'success'] },
  )
  .map((r) => {
    // Drop keys whose value is undefined so that the input is what a caller would write.
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) o[k] = v;
    return o as unknown as ExperienceInput;
  });

const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12;

/** Compares statistics exactly, except variances, which are compared within rounding. */
function expectStats(got: ActionTypeStats | undefined, want: ActionTypeStats | undefined): void {
  if (got === undefined || want === undefined) {
    expect(got).toEqual(want);
    return;
  }
  expect(close(got.ethical.variance, want.ethical.variance)).toBe(true);
  expect(close(got.safety.variance, want.safety.variance)).toBe(true);
  const strip = (s: ActionTypeStats) => ({
    ...s,
    ethical: { ...s.ethical, variance: 0 },
    safety: { ...s.safety, variance: 0 },
  });
  expect(strip(got)).toEqual(strip(want));
}

const FILTERS: ExperienceFilter[] = [
  {},
  { order: 'oldest' },
  { success: false },
  { success: true, limit: 2 },
  { since: 3, until: 8 },
  { since: 5, order: 'oldest', limit: 3 },
  { actionType: 'nope' },
  { limit: 0 },
];
const PARAMETERS: ExperienceParameters[] = [
  {},
  { path: '/etc/passwd', user: 'root' },
  { n: 1, ok: true, path: '/tmp/x' },
];

/** Everything observable, compared with the model after every command. */
function compare(model: Model, real: Real): void {
  const core = real.core;
  expect(core.capabilityMetrics()).toEqual(model.metrics());
  expect(core.totalExperiences).toBe(model.rows.length);
  expect(core.actionTypes()).toEqual(model.actionTypes());
  expect(core.recognizePatterns()).toEqual(model.recognizePatterns());
  expect(core.failureFeatures()).toEqual(model.failureFeatures());
  expect(core.suggestImprovements()).toEqual(model.suggestImprovements());
  for (const filter of FILTERS) expect(core.getExperiences(filter)).toEqual(model.getExperiences(filter));
  for (const type of [...model.actionTypes(), 'unseen']) {
    expectStats(core.actionStats(type), model.actionStats(type));
    expect(core.getExperiences({ actionType: type })).toEqual(model.getExperiences({ actionType: type }));
    expect(core.getExperiences({ actionType: type, success: false, order: 'oldest', limit: 2 })).toEqual(
      model.getExperiences({ actionType: type, success: false, order: 'oldest', limit: 2 }),
    );
    for (const parameters of PARAMETERS) {
      expect(core.assess({ actionType: type, parameters })).toEqual(model.assess(type, parameters));
    }
    expect(core.assess({ actionType: type })).toEqual(model.assess(type));
  }
}

function expectRefused(real: Real, code: string, call: () => unknown): void {
  const before = snapshot(real.core);
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AegisError);
  expect((thrown as AegisError).code).toBe(code);
  expect(snapshot(real.core)).toEqual(before);
}

function snapshot(core: EvolutionCore): unknown {
  return {
    metrics: core.capabilityMetrics(),
    patterns: core.recognizePatterns(),
    suggestions: core.suggestImprovements(),
    experiences: core.getExperiences({ order: 'oldest' }),
    stats: core.actionTypes().map((t) => core.actionStats(t)),
  };
}

class LogCommand implements fc.Command<Model, Real> {
  constructor(readonly input: ExperienceInput) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const timestamp = this.input.timestamp ?? real.clock.now;
    const naive = { ...this.input, timestamp };
    const refusal = model.refusal(naive);
    if (refusal) {
      expectRefused(real, refusal, () => real.core.logExperience(this.input));
    } else {
      expect(real.core.logExperience(this.input)).toEqual(model.log(naive));
    }
    compare(model, real);
  }
  toString(): string {
    return `log(${JSON.stringify(this.input)})`;
  }
}

class LearnCommand implements fc.Command<Model, Real> {
  constructor(
    readonly kind: 'EthicalViolation' | 'SafetyIssue',
    readonly id: string,
    readonly score: number,
    readonly concerns: string[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const call = () =>
      this.kind === 'EthicalViolation'
        ? real.core.learnFromEthics(this.id, this.score, this.concerns)
        : real.core.learnFromSafety(this.id, this.score, this.concerns);
    if (model.find(this.id)) {
      call();
      model.learn(this.kind, this.id, this.score, this.concerns);
    } else {
      expectRefused(real, 'NOT_FOUND', call);
    }
    compare(model, real);
  }
  toString(): string {
    return `learn(${this.kind}, ${this.id}, ${this.score}, ${JSON.stringify(this.concerns)})`;
  }
}

class ClockCommand implements fc.Command<Model, Real> {
  constructor(readonly step: number) {}
  check(): boolean {
    return true;
  }
  run(_model: Model, real: Real): void {
    real.clock.now += this.step;
  }
  toString(): string {
    return `clock += ${this.step}`;
  }
}

/** One input with exactly one fault, and the code it must be refused with. */
class BadInputCommand implements fc.Command<Model, Real> {
  constructor(
    readonly name: string,
    readonly code: string,
    readonly call: (core: EvolutionCore, real: Real) => unknown,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    expectRefused(real, this.code, () => this.call(real.core, real));
    compare(model, real);
  }
  toString(): string {
    return `bad: ${this.name}`;
  }
}

const cyclic = (): Record<string, unknown> => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};
const deep = (n: number): unknown => (n === 0 ? 1 : { d: deep(n - 1) });
const wide = (): Record<string, number> => Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));

/** A fresh type and a pool id, so a refusal that leaked would show up as a new type or a taken id. */
const log = (fields: Record<string, unknown>) => (core: EvolutionCore) =>
  core.logExperience({ id: 'c', actionType: 'fresh', success: true, ...fields } as unknown as ExperienceInput);

const BAD: [string, string, (core: EvolutionCore, real: Real) => unknown][] = [
  ['NaN score', 'INVALID_ARGUMENT', log({ ethicalScore: Number.NaN })],
  ['score above 1', 'INVALID_ARGUMENT', log({ safetyScore: 1.5 })],
  ['negative score', 'INVALID_ARGUMENT', log({ ethicalScore: -0.1 })],
  ['score as a string', 'INVALID_ARGUMENT', log({ ethicalScore: '0.5' })],
  ['success as a string', 'INVALID_ARGUMENT', log({ success: 'yes' })],
  ['unknown field', 'INVALID_ARGUMENT', log({ outcome: 1 })],
  ['empty action type', 'INVALID_ARGUMENT', log({ actionType: '' })],
  ['action type with a lone surrogate', 'INVALID_ARGUMENT', log({ actionType: 'a\ud800' })],
  ['numeric id', 'INVALID_ARGUMENT', log({ id: 5 })],
  ['huge id', 'INVALID_ARGUMENT', log({ id: 'x'.repeat(10_000) })],
  ['infinite timestamp', 'INVALID_ARGUMENT', log({ timestamp: Number.POSITIVE_INFINITY })],
  ['function in parameters', 'INVALID_ARGUMENT', log({ parameters: { f: () => 1 } })],
  ['cyclic parameters', 'INVALID_ARGUMENT', log({ parameters: cyclic() })],
  ['parameters nested too deep', 'LIMIT_EXCEEDED', log({ parameters: { x: deep(20) } })],
  ['parameters with too many values', 'LIMIT_EXCEEDED', log({ parameters: wide() })],
  ['parameters string too long', 'LIMIT_EXCEEDED', log({ parameters: { s: 'x'.repeat(5000) } })],
  ['NaN in nested parameters', 'INVALID_ARGUMENT', log({ parameters: { a: [1, Number.NaN] } })],
  ['lone surrogate in parameters', 'INVALID_ARGUMENT', log({ parameters: { s: '\udc00' } })],
  ['Date in parameters', 'INVALID_ARGUMENT', log({ parameters: { d: new Date(0) } })],
  ['parameters as an array', 'INVALID_ARGUMENT', log({ parameters: [1] })],
  ['null experience', 'INVALID_ARGUMENT', (core) => core.logExperience(null as unknown as ExperienceInput)],
  [
    'clock returning NaN',
    'INVALID_ARGUMENT',
    (core, real) => {
      const saved = real.clock.now;
      real.clock.now = Number.NaN;
      try {
        return core.logExperience({ actionType: 'fresh', success: true });
      } finally {
        real.clock.now = saved;
      }
    },
  ],
  ['feedback score NaN', 'INVALID_ARGUMENT', (core) => core.learnFromEthics('a', Number.NaN, [])],
  ['feedback score 2', 'INVALID_ARGUMENT', (core) => core.learnFromSafety('a', 2, [])],
  [
    'concerns not an array',
    'INVALID_ARGUMENT',
    (core) => core.learnFromEthics('a', 0.1, 'harm' as unknown as string[]),
  ],
  ['empty concern', 'INVALID_ARGUMENT', (core) => core.learnFromEthics('a', 0.1, [''])],
  [
    'too many concerns',
    'LIMIT_EXCEEDED',
    (core) =>
      core.learnFromSafety(
        'a',
        0.1,
        Array.from({ length: 65 }, (_, i) => `c${i}`),
      ),
  ],
  ['numeric experience id', 'INVALID_ARGUMENT', (core) => core.learnFromEthics(7 as unknown as string, 0.1, [])],
  ['unknown filter key', 'INVALID_ARGUMENT', (core) => core.getExperiences({ type: 'read' } as ExperienceFilter)],
  ['negative limit', 'INVALID_ARGUMENT', (core) => core.getExperiences({ limit: -1 })],
  ['bad order', 'INVALID_ARGUMENT', (core) => core.getExperiences({ order: 'random' as 'newest' })],
  ['NaN since', 'INVALID_ARGUMENT', (core) => core.getExperiences({ since: Number.NaN })],
  ['assess without a type', 'INVALID_ARGUMENT', (core) => core.assess({} as { actionType: string })],
  [
    'assess with a function parameter',
    'INVALID_ARGUMENT',
    (core) => core.assess({ actionType: 'read', parameters: { f: Symbol('x') } as never }),
  ],
];

const commands = (maxCommands: number) =>
  fc.commands(
    [
      validInput.map((input) => new LogCommand(input)),
      fc
        .tuple(
          fc.constantFrom('EthicalViolation' as const, 'SafetyIssue' as const),
          fc.constantFrom(...IDS, 'exp-3', 'exp-5', 'zzz'),
          score,
          fc.array(fc.constantFrom('harm', 'privacy', 'deception', 'harm'), { maxLength: 3 }),
        )
        .map(([kind, id, s, concerns]) => new LearnCommand(kind, id, s, concerns)),
      fc.integer({ min: 0, max: 3 }).map((step) => new ClockCommand(step)),
      fc.constantFrom(...BAD).map(([name, code, call]) => new BadInputCommand(name, code, call)),
    ],
    { maxCommands },
  );

const thresholds: fc.Arbitrary<EvolutionThresholds> = fc.oneof(
  fc.constant({}),
  fc.record({
    minExperiences: fc.integer({ min: 1, max: 4 }),
    successAbove: fc.constantFrom(0.5, 0.75, 0.8),
    failureBelow: fc.constantFrom(0.25, 0.3, 0.5),
    violationBelow: fc.constantFrom(0.25, 0.5, 0.75),
    minViolations: fc.integer({ min: 1, max: 3 }),
    featureMinFailures: fc.integer({ min: 1, max: 3 }),
    featureMinRate: fc.constantFrom(0.25, 0.5, 1),
    featureMinLift: fc.constantFrom(0, 1, 1.5),
  }),
);

function setup(t: EvolutionThresholds, window: number, maxExperiences: number | undefined, maxActionTypes: number) {
  const clock = { now: 0 };
  const core = new EvolutionCore({
    clock: () => clock.now,
    thresholds: t,
    window,
    maxActionTypes,
    featureCapacity: 256,
    ...(maxExperiences === undefined ? {} : { maxExperiences }),
  });
  const model = new NaiveEvolution(
    { ...NAIVE_DEFAULTS, ...t } as NaiveThresholds,
    window,
    maxExperiences ?? Number.POSITIVE_INFINITY,
    maxActionTypes,
  );
  return { model: () => model, real: () => ({ core, clock }) };
}

describe('EvolutionCore equals the naive model', () => {
  it('without eviction: every metric, pattern, suggestion, statistic, assessment and query', () => {
    fc.assert(
      fc.property(
        thresholds,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 3, max: 6 }),
        commands(40),
        (t, window, maxTypes, cmds) => {
          const s = setup(t, window, undefined, maxTypes);
          fc.modelRun(() => ({ model: s.model(), real: s.real() }), cmds);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('with eviction of raw experiences: every aggregate still counts them', () => {
    fc.assert(
      fc.property(
        thresholds,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        commands(50),
        (t, window, max, cmds) => {
          const s = setup(t, window, max, 5);
          fc.modelRun(() => ({ model: s.model(), real: s.real() }), cmds);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});

describe('Failure features with fewer counters than features', () => {
  it('never report a feature that does not truly stand out, and their counts bound the true ones', () => {
    const value = fc.constantFrom('/etc/passwd', '/etc/shadow', '/tmp/a', '/tmp/b', '/tmp/c', '/home/x', 1, 2, 3, true);
    const experience = fc.record({
      actionType: fc.constantFrom('read', 'write'),
      success: fc.boolean(),
      parameters: fc.record({ path: value, mode: value }),
    });
    fc.assert(
      fc.property(fc.array(experience, { maxLength: 150 }), fc.integer({ min: 1, max: 8 }), (experiences, capacity) => {
        const core = new EvolutionCore({
          featureCapacity: capacity,
          clock: () => 0,
          thresholds: { featureMinFailures: 2 },
        });
        const model = new NaiveEvolution({ ...NAIVE_DEFAULTS, featureMinFailures: 2 });
        for (const e of experiences) {
          core.logExperience(e);
          model.log({ ...e, timestamp: 0 });
        }
        const truth = new Map<string, { failures: number; occurrences: number }>();
        for (const r of model.rows) {
          for (const [key, v] of Object.entries(r.parameters ?? {})) {
            const id = `${r.actionType}/${key}/${JSON.stringify(v)}`;
            const c = truth.get(id) ?? { failures: 0, occurrences: 0 };
            c.occurrences++;
            if (r.flagged) c.failures++;
            truth.set(id, c);
          }
        }
        const standouts = new Set(
          model.failureFeatures().map((f) => `${f.actionType}/${f.key}/${JSON.stringify(f.value)}`),
        );
        for (const f of core.failureFeatures()) {
          const id = `${f.actionType}/${f.key}/${JSON.stringify(f.value)}`;
          const t = truth.get(id);
          expect(t).toBeDefined();
          expect(f.failures).toBeLessThanOrEqual(t?.failures ?? 0);
          expect(f.occurrences).toBeGreaterThanOrEqual(t?.occurrences ?? 0);
          expect(standouts.has(id)).toBe(true);
          if (f.exact) expect({ failures: f.failures, occurrences: f.occurrences }).toEqual(t);
        }
        for (const e of experiences.slice(0, 10)) {
          for (const f of core.assess({ actionType: e.actionType, parameters: e.parameters }).matchedFeatures) {
            expect(standouts.has(`${f.actionType}/${f.key}/${JSON.stringify(f.value)}`)).toBe(true);
          }
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
