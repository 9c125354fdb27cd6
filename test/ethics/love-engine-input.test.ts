import { describe, expect, it } from 'vitest';
import { type EthicsAction, LoveEngine, type LoveEngineOptions } from '../../src/index.js';
import { code } from './_helpers.js';

const good: EthicsAction = { id: 'ok', actionType: 'read_file', expectedOutcome: 'Read file to help user' };

describe('LoveEngine options', () => {
  it('defaults to the original threshold and weights', () => {
    const e = new LoveEngine();
    expect(e.threshold).toBe(0.6);
    expect(e.weights).toEqual({
      harmPrevention: 0.4,
      autonomyRespect: 0.2,
      fairness: 0.2,
      transparency: 0.1,
      beneficence: 0.1,
    });
  });

  it('uses its threshold for the verdict', () => {
    const strict = new LoveEngine({ threshold: 0.95 });
    const v = strict.checkEthics(good);
    expect(v.score).toBeLessThan(0.95);
    expect(v.passes).toBe(false);
  });

  it('uses custom weights', () => {
    const harmOnly = new LoveEngine({
      weights: { harmPrevention: 1, autonomyRespect: 0, fairness: 0, transparency: 0, beneficence: 0 },
    });
    expect(harmOnly.checkEthics({ id: 'x', actionType: 'treat_users_unfairly' }).score).toBe(1);
  });

  const refused: [string, unknown][] = [
    ['an unknown option', { treshold: 0.5 }],
    ['a threshold above 1', { threshold: 1.5 }],
    ['a NaN threshold', { threshold: Number.NaN }],
    [
      'weights that do not sum to 1',
      { weights: { harmPrevention: 0.5, autonomyRespect: 0.5, fairness: 0.5, transparency: 0, beneficence: 0 } },
    ],
    ['incomplete weights', { weights: { harmPrevention: 1 } }],
    [
      'a negative weight',
      { weights: { harmPrevention: 1.2, autonomyRespect: -0.2, fairness: 0, transparency: 0, beneficence: 0 } },
    ],
    ['an unknown weight', { weights: { harm: 1 } }],
    ['a clock that is not a function', { clock: 5 }],
    ['a history of size 0', { historySize: 0 }],
    ['a lexicon that is not an object', { lexicon: [] }],
    ['options that are not an object', 'strict'],
  ];
  for (const [name, options] of refused) {
    it(`refuses ${name}`, () => {
      expect(code(() => new LoveEngine(options as LoveEngineOptions))).toBe('INVALID_ARGUMENT');
    });
  }
});

describe('LoveEngine.checkEthics on hostile input', () => {
  const cyclic: Record<string, unknown> = { a: 'x' };
  cyclic.self = cyclic;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100; i++) deep = { d: deep };
  const wide = Array.from({ length: 100_001 }, () => 1);
  const sparse: unknown[] = [];
  sparse[2] = 'x';

  const refused: [string, unknown, string][] = [
    ['a non-object action', 'delete everything', 'INVALID_ARGUMENT'],
    ['an unknown action key', { ...good, expected_outcome: 'x' }, 'INVALID_ARGUMENT'],
    ['an empty id', { ...good, id: '' }, 'INVALID_ARGUMENT'],
    ['a non-string action type', { ...good, actionType: 7 }, 'INVALID_ARGUMENT'],
    ['an action type with a lone surrogate', { ...good, actionType: 'del\ud800' }, 'INVALID_ARGUMENT'],
    ['a non-string outcome', { ...good, expectedOutcome: ['harm'] }, 'INVALID_ARGUMENT'],
    ['an outcome with a lone surrogate', { ...good, expectedOutcome: 'fine \udfff' }, 'INVALID_ARGUMENT'],
    ['a parameter with a lone surrogate', { ...good, parameters: { a: ['ok', 'x\ud83d'] } }, 'INVALID_ARGUMENT'],
    ['a key with a lone surrogate', { ...good, parameters: { '\udc00': 1 } }, 'INVALID_ARGUMENT'],
    ['cyclic parameters', { ...good, parameters: cyclic }, 'INVALID_ARGUMENT'],
    ['parameters nested deeper than 64', { ...good, parameters: deep }, 'LIMIT_EXCEEDED'],
    ['more than 100,000 parameter values', { ...good, parameters: wide }, 'LIMIT_EXCEEDED'],
    ['text over 1 MiB', { ...good, expectedOutcome: 'a'.repeat((1 << 20) + 1) }, 'LIMIT_EXCEEDED'],
    ['an undefined parameter', { ...good, parameters: { a: undefined } }, 'INVALID_ARGUMENT'],
    ['a hole in an array', { ...good, parameters: sparse }, 'INVALID_ARGUMENT'],
    ['a function parameter', { ...good, parameters: { f: () => 1 } }, 'INVALID_ARGUMENT'],
    ['a BigInt parameter', { ...good, parameters: { n: 1n } }, 'INVALID_ARGUMENT'],
    ['a NaN parameter', { ...good, parameters: { n: Number.NaN } }, 'INVALID_ARGUMENT'],
    ['a Date parameter', { ...good, parameters: { d: new Date(0) } }, 'INVALID_ARGUMENT'],
    ['a Map parameter', { ...good, parameters: new Map() }, 'INVALID_ARGUMENT'],
    ['a symbol parameter', { ...good, parameters: { s: Symbol('x') } }, 'INVALID_ARGUMENT'],
  ];
  for (const [name, action, expected] of refused) {
    it(`refuses ${name}, and changes nothing`, () => {
      const e = new LoveEngine({ clock: () => 5 });
      e.checkEthics(good);
      const before = e.evaluateAlignment();
      expect(code(() => e.checkEthics(action as EthicsAction))).toBe(expected);
      expect(e.evaluateAlignment()).toEqual(before);
      expect(e.checkEthics(good)).toEqual(new LoveEngine().checkEthics(good));
    });
  }

  for (const [name, action, expected] of refused) {
    it(`assertValidAction refuses ${name} with the same code, and records nothing`, () => {
      const e = new LoveEngine({ clock: () => 5 });
      expect(code(() => e.assertValidAction(action as EthicsAction))).toBe(expected);
      expect(e.evaluateAlignment().evaluations).toBe(0);
    });
  }

  it('assertValidAction accepts what checkEthics accepts, and records nothing', () => {
    const e = new LoveEngine();
    const accepted: EthicsAction[] = [
      good,
      { id: 'p', actionType: 'act', parameters: JSON.parse('{"__proto__": {"note": "x"}}') as unknown },
      { id: 's', actionType: 'act', parameters: 'x'.repeat(1 << 19) },
    ];
    for (const action of accepted) expect(() => e.assertValidAction(action)).not.toThrow();
    expect(e.evaluateAlignment().evaluations).toBe(0);
  });

  it('names the path of a bad parameter', () => {
    expect(() =>
      new LoveEngine().checkEthics({ ...good, parameters: { list: [{ ok: 1 }, { bad: Number.POSITIVE_INFINITY }] } }),
    ).toThrow(/parameters\/list\/1\/bad/);
  });

  it('reads an own __proto__ key as data, never as a prototype', () => {
    const parameters = JSON.parse('{"__proto__": {"note": "delete all files"}}') as unknown;
    const v = new LoveEngine().checkEthics({ ...good, parameters });
    expect(v.reasons.some((r) => r.entry === 'destruction' && r.path === '/__proto__/note')).toBe(true);
    expect(({} as { note?: string }).note).toBeUndefined();
  });

  it('accepts the same object twice (shared, not cyclic)', () => {
    const shared = { note: 'help' };
    expect(() => new LoveEngine().checkEthics({ ...good, parameters: { a: shared, b: shared } })).not.toThrow();
  });

  it('scores a huge single-word string within the limit', () => {
    const v = new LoveEngine().checkEthics({ ...good, parameters: 'x'.repeat(1 << 19) });
    expect(v.score).toBeGreaterThan(0);
  });

  it('scores an action with 200,000 phrase matches, then scores the next one as a fresh engine would', () => {
    const e = new LoveEngine();
    const huge = e.checkEthics({ id: 'h', actionType: 'act', expectedOutcome: 'no harm, '.repeat(100_000) });
    expect(huge.dimensions.harmPrevention).toBe(1);
    const many: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) many[`k${i}`] = 'delete';
    expect(e.checkEthics({ id: 'm', actionType: 'act', parameters: many }).reasons.length).toBeGreaterThan(0);
    const next = { id: 'n', actionType: 'delete_database', expectedOutcome: 'Data loss' };
    expect(e.checkEthics(next)).toEqual(new LoveEngine().checkEthics(next));
  });

  it('scores non-ASCII text through the shared normalizer', () => {
    const v = new LoveEngine().checkEthics({
      id: 'u',
      actionType: 'act',
      expectedOutcome: 'Données: delete the café 😀 files',
    });
    expect(v.reasons.find((r) => r.entry === 'destruction')?.word).toBe('delete');
  });

  it('records nothing when the clock returns NaN', () => {
    const e = new LoveEngine({ clock: () => Number.NaN });
    expect(code(() => e.checkEthics(good))).toBe('INVALID_ARGUMENT');
    expect(e.evaluateAlignment().evaluations).toBe(0);
  });
});
