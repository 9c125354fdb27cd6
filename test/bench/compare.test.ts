import { describe, expect, it } from 'vitest';
import { compareRuns, kindOf, type RunFigures } from '../../bench/harness/compare.js';

const target = (id: string, measured: number, unit: string, op: '<=' | '>=') => ({
  id,
  measured,
  unit,
  operation: id,
  aegisVerdict: { bound: { op, value: 1 }, pass: true, margin: 1 },
});

const baseline: RunFigures = {
  calibrationMs: 10,
  calibrationCv: 0.01,
  targets: [
    target('audit.log.p99', 2, 'µs', '<='),
    target('audit.rate', 100_000, 'ops/s', '>='),
    target('audit.memory', 200, 'MB', '<='),
    target('matcher.vs-best', 3, '×', '>='),
  ],
};

describe('compareRuns', () => {
  it('flags nothing when the figures are unchanged', () => {
    const c = compareRuns(baseline, baseline);
    expect(c.regressions).toEqual([]);
    expect(c.changes.every((x) => x.status === 'same')).toBe(true);
  });

  it('flags a function that became slower by more than 10%', () => {
    const current: RunFigures = {
      ...baseline,
      targets: baseline.targets.map((t) => (t.id === 'audit.log.p99' ? { ...t, measured: 2.5 } : t)),
    };
    const c = compareRuns(baseline, current);
    expect(c.regressions.map((r) => r.id)).toEqual(['audit.log.p99']);
    expect(c.regressions[0]?.factor).toBeCloseTo(1.25);
  });

  it('flags a throughput that dropped, and a ratio against peers that shrank', () => {
    const current: RunFigures = {
      ...baseline,
      targets: baseline.targets.map((t) =>
        t.id === 'audit.rate' ? { ...t, measured: 80_000 } : t.id === 'matcher.vs-best' ? { ...t, measured: 2 } : t,
      ),
    };
    expect(compareRuns(baseline, current).regressions.map((r) => r.id)).toEqual(['audit.rate', 'matcher.vs-best']);
  });

  it('does not read a uniformly slower machine as a regression', () => {
    const slower: RunFigures = {
      calibrationMs: 15,
      calibrationCv: 0.01,
      targets: baseline.targets.map((t) =>
        t.unit === 'µs'
          ? { ...t, measured: t.measured * 1.5 }
          : t.unit === 'ops/s'
            ? { ...t, measured: t.measured / 1.5 }
            : t,
      ),
    };
    expect(compareRuns(baseline, slower).regressions).toEqual([]);
  });

  it('does not excuse memory growth by a slower machine', () => {
    const current: RunFigures = {
      calibrationMs: 15,
      calibrationCv: 0.01,
      targets: baseline.targets.map((t) => (t.id === 'audit.memory' ? { ...t, measured: 260 } : t)),
    };
    expect(compareRuns(baseline, current).regressions.map((r) => r.id)).toEqual(['audit.memory']);
  });

  it('widens the threshold to three times the measured noise', () => {
    const noisy: RunFigures = {
      ...baseline,
      calibrationCv: 0.1,
      targets: baseline.targets.map((t) => (t.id === 'audit.log.p99' ? { ...t, measured: 2.5 } : t)),
    };
    const c = compareRuns(baseline, noisy);
    expect(c.threshold).toBeCloseTo(0.3);
    expect(c.regressions).toEqual([]);
  });

  it('reports figures the baseline had but this run did not measure', () => {
    const fewer: RunFigures = { ...baseline, targets: baseline.targets.slice(1) };
    expect(compareRuns(baseline, fewer).missing).toEqual(['audit.log.p99']);
  });

  it('classifies units', () => {
    expect(kindOf('ns')).toBe('time');
    expect(kindOf('ops/s')).toBe('rate');
    expect(kindOf('MB/s')).toBe('rate');
    expect(kindOf('MB')).toBe('memory');
    expect(kindOf('×')).toBe('ratio');
  });
});
