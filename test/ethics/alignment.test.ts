import { describe, expect, it } from 'vitest';
import { type EthicsAction, LoveEngine } from '../../src/index.js';
import { code } from './_helpers.js';

const safe = (id: string): EthicsAction => ({ id, actionType: 'read_file', expectedOutcome: 'Read file to help user' });
const harmful = (id: string): EthicsAction => ({ id, actionType: 'delete_database', expectedOutcome: 'Data loss' });

describe('LoveEngine.evaluateAlignment', () => {
  it('has no alignment before any evaluation, rather than a made-up constant', () => {
    const r = new LoveEngine().evaluateAlignment();
    expect(r).toMatchObject({ alignment: null, evaluations: 0, meanScore: null, passRate: null, outcomes: 0 });
  });

  it('is the mean score of the recent evaluations when no outcome is known', () => {
    const e = new LoveEngine({ clock: () => 7 });
    const a = e.checkEthics(safe('a')).score;
    const b = e.checkEthics(harmful('b')).score;
    const r = e.evaluateAlignment();
    expect(r.alignment).toBeCloseTo((a + b) / 2, 12);
    expect(r).toMatchObject({ evaluations: 2, passRate: 0.5, since: 7, until: 7 });
  });

  it('falls when an action it passed turns out harmful, and rises when it caught one', () => {
    const e = new LoveEngine();
    e.checkEthics(safe('a'));
    e.checkEthics(harmful('b'));
    const before = e.evaluateAlignment().alignment as number;
    e.recordOutcome('a', { harmful: true });
    const missed = e.evaluateAlignment();
    expect(missed.alignment as number).toBeLessThan(before);
    expect(missed.harmfulPassed).toBe(1);
    e.recordOutcome('b', { harmful: true });
    const caught = e.evaluateAlignment();
    expect(caught.alignment as number).toBeGreaterThan(missed.alignment as number);
    expect(caught).toMatchObject({ outcomes: 2, agreement: 0.5, harmfulPassed: 1, acceptableFailed: 0 });
  });

  it('remembers a bounded window: the oldest evaluations drop out', () => {
    const e = new LoveEngine({ historySize: 3 });
    for (let i = 0; i < 10; i++) e.checkEthics(i < 7 ? harmful(`h${i}`) : safe(`s${i}`));
    const r = e.evaluateAlignment();
    expect(r.evaluations).toBe(3);
    expect(r.passRate).toBe(1);
    expect(code(() => e.recordOutcome('h0', { harmful: true }))).toBe('NOT_FOUND');
  });

  it('applies an outcome to the newest evaluation of a re-evaluated action', () => {
    const e = new LoveEngine();
    e.checkEthics(harmful('x'));
    e.checkEthics(safe('x'));
    e.recordOutcome('x', { harmful: false });
    expect(e.evaluateAlignment()).toMatchObject({ outcomes: 1, agreement: 1 });
  });

  it('refuses a second outcome, an unknown action and a malformed outcome, changing nothing', () => {
    const e = new LoveEngine();
    e.checkEthics(safe('a'));
    e.recordOutcome('a', { harmful: false });
    const before = e.evaluateAlignment();
    expect(code(() => e.recordOutcome('a', { harmful: true }))).toBe('CONFLICT');
    expect(code(() => e.recordOutcome('zzz', { harmful: true }))).toBe('NOT_FOUND');
    expect(code(() => e.recordOutcome('a', { harmful: 'yes' } as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => e.recordOutcome('a', { harmful: true, extra: 1 } as never))).toBe('INVALID_ARGUMENT');
    expect(e.evaluateAlignment()).toEqual(before);
  });
});

describe('LoveEngine.adjust', () => {
  it('applies a learned correction to later evaluations of that action type, explained in reasons', () => {
    const e = new LoveEngine({ clock: () => 42 });
    const action: EthicsAction = { id: 'c', actionType: 'collect_analytics', expectedOutcome: 'Better UX' };
    const before = e.checkEthics(action);
    expect(e.adjust('collect_analytics', 'harmPrevention', -0.3)).toBe(-0.3);
    const after = e.checkEthics(action);
    expect(after.dimensions.harmPrevention).toBeCloseTo(before.dimensions.harmPrevention - 0.3, 12);
    expect(after.reasons.find((r) => r.entry === 'adjustment')).toMatchObject({
      dimension: 'harmPrevention',
      delta: -0.3,
      word: 'collect_analytics',
      field: 'actionType',
      applied: true,
    });
    expect(e.checkEthics({ ...action, actionType: 'collect_analytics_v2' }).score).toBe(before.score);
    expect(e.adjustments()).toEqual([
      { actionType: 'collect_analytics', dimension: 'harmPrevention', delta: -0.3, updatedAt: 42 },
    ]);
  });

  it('accumulates within ±0.5, and forgets a correction that returns to zero', () => {
    const e = new LoveEngine();
    e.adjust('t', 'fairness', -0.4);
    expect(e.adjust('t', 'fairness', -0.4)).toBe(-0.5);
    expect(e.adjust('t', 'fairness', 0.7)).toBe(0.2);
    expect(e.adjust('t', 'fairness', -0.2)).toBe(0);
    expect(e.adjustments()).toEqual([]);
  });

  it('reads one correction back with adjustment(), 0 when there is none, and refuses bad arguments', () => {
    const e = new LoveEngine();
    expect(e.adjustment('t', 'fairness')).toBe(0);
    e.adjust('t', 'fairness', -0.4);
    e.adjust('t', 'fairness', -0.4);
    expect(e.adjustment('t', 'fairness')).toBe(-0.5);
    expect(e.adjustment('t', 'beneficence')).toBe(0);
    expect(() => e.adjustment('', 'fairness')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => e.adjustment('t', 'kindness' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('lists corrections ordered by action type, then dimension', () => {
    const e = new LoveEngine({ clock: () => 1 });
    e.adjust('b', 'beneficence', 0.1);
    e.adjust('a', 'transparency', 0.1);
    e.adjust('a', 'harmPrevention', -0.1);
    expect(e.adjustments().map((a) => `${a.actionType}.${a.dimension}`)).toEqual([
      'a.harmPrevention',
      'a.transparency',
      'b.beneficence',
    ]);
  });

  it('counts a positive correction as a bonus: never in a penalized dimension', () => {
    const e = new LoveEngine();
    e.adjust('delete_database', 'harmPrevention', 0.5);
    const v = e.checkEthics(harmful('d'));
    expect(v.passes).toBe(false);
    expect(v.reasons.find((r) => r.entry === 'adjustment')?.applied).toBe(false);
  });

  it('refuses bad arguments, and more than 4,096 adjusted action types, changing nothing', () => {
    const e = new LoveEngine();
    expect(code(() => e.adjust('', 'fairness', 0.1))).toBe('INVALID_ARGUMENT');
    expect(code(() => e.adjust('t', 'kindness' as never, 0.1))).toBe('INVALID_ARGUMENT');
    expect(code(() => e.adjust('t', 'fairness', 2))).toBe('INVALID_ARGUMENT');
    expect(code(() => e.adjust('t', 'fairness', Number.NaN))).toBe('INVALID_ARGUMENT');
    for (let i = 0; i < 4096; i++) e.adjust(`type${i}`, 'fairness', 0.1);
    expect(code(() => e.adjust('one-more', 'fairness', 0.1))).toBe('LIMIT_EXCEEDED');
    expect(e.adjustments().length).toBe(4096);
    expect(e.adjust('type0', 'fairness', 0.1)).toBe(0.2);
  });
});
