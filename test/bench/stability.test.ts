import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparator } from '../../bench/harness/context.js';
import { compareVerdicts, relativeChange, runFromJson, type StabilityRun } from '../../bench/harness/stability.js';

// Synthetic runs, written here: each row carries the verdict its bound gives its figure.
type Row = StabilityRun['targets'][number];
const judged = (measured: number, op: Comparator, value: number) => {
  const pass =
    op === '<='
      ? measured <= value
      : op === '<'
        ? measured < value
        : op === '>='
          ? measured >= value
          : measured > value;
  return { bound: { op, value }, pass, margin: 1 };
};
const aegisRow = (id: string, measured: number, unit: string, op: Comparator, value: number): Row => ({
  id,
  measured,
  unit,
  operation: id,
  aegisVerdict: judged(measured, op, value),
});
const planRow = (id: string, measured: number, unit: string, op: Comparator, value: number): Row => ({
  id,
  measured,
  unit,
  operation: id,
  planVerdict: judged(measured, op, value),
});
const run = (targets: Row[], cv = 0.02, ms = 10): StabilityRun => ({ calibrationMs: ms, calibrationCv: cv, targets });

const MATCHER = aegisRow('matcher.vs-best', 1.05, '×', '>=', 1);
const MEMORY = aegisRow('audit.memory', 90, 'MB', '<=', 100);
const P99 = planRow('firewall.p99', 0.8, 'ms', '<=', 1);
const A = run([MATCHER, MEMORY, P99]);

describe('compareVerdicts', () => {
  it('finds no flip between a run and itself, and counts its rows and verdicts', () => {
    const r = compareVerdicts(A, A);
    expect([r.rows, r.verdicts, r.flips.length, r.broken.length]).toEqual([3, 3, 0, 0]);
  });

  it('calls a verdict that flips while its figure moved less than the noise a broken bar', () => {
    // 1.05 → 0.98 is a 7% move; the noise band is 3 × 5% = 15%.
    const B = run([aegisRow('matcher.vs-best', 0.98, '×', '>=', 1), MEMORY, P99], 0.05);
    const r = compareVerdicts(A, B);
    expect(r.noise).toBeCloseTo(0.15);
    expect(r.flips.map((f) => [f.id, f.source, f.a.pass, f.b.pass, f.withinNoise])).toEqual([
      ['matcher.vs-best', 'aegis', true, false, true],
    ]);
    expect(r.broken.map((f) => f.id)).toEqual(['matcher.vs-best']);
    expect(r.broken[0]?.change).toBeCloseTo(1.05 / 0.98 - 1);
  });

  it('reports a flip whose figure moved beyond the noise without calling it broken', () => {
    const B = run([MATCHER, aegisRow('audit.memory', 120, 'MB', '<=', 100), P99]);
    const r = compareVerdicts(A, B);
    expect(r.flips.map((f) => [f.id, f.withinNoise])).toEqual([['audit.memory', false]]);
    expect(r.broken).toEqual([]);
  });

  it('takes the band from the noisier run, k times its calibration spread', () => {
    const B = run([aegisRow('matcher.vs-best', 0.95, '×', '>=', 1)], 0.01);
    const quiet = run([MATCHER], 0.01);
    const noisy = run([MATCHER], 0.04);
    // A 10.5% move: outside 3 × 1%, inside 3 × 4%, outside 2 × 4%.
    expect(compareVerdicts(quiet, B).broken).toHaveLength(0);
    expect(compareVerdicts(noisy, B).broken).toHaveLength(1);
    expect(compareVerdicts(noisy, B, 2).broken).toHaveLength(0);
  });

  it('judges the raw move, not the calibrated one: a slower machine changes an absolute time', () => {
    // b's machine is 30% slower: p99 0.8 → 1.04 ms fails the plan's 1 ms while moving 30% raw.
    const B = run([planRow('firewall.p99', 1.04, 'ms', '<=', 1)], 0.02, 13);
    const r = compareVerdicts(run([P99]), B);
    expect(r.speedRatio).toBeCloseTo(1.3);
    expect(r.flips).toHaveLength(1);
    expect(r.flips[0]?.withinNoise).toBe(false);
    expect(r.flips[0]?.calibratedChange).toBeCloseTo(0);
    expect(r.broken).toEqual([]);
  });

  it('does not calibrate ratios and memory', () => {
    const B = run([aegisRow('matcher.vs-best', 0.9, '×', '>=', 1)], 0.02, 20);
    const f = compareVerdicts(run([MATCHER]), B).flips[0];
    expect(f?.calibratedChange).toBeCloseTo(f?.change ?? Number.NaN);
  });

  it('compares the plan verdict and the Aegis verdict of one row separately', () => {
    const both = (measured: number): Row => ({
      id: 'hitl.p99',
      measured,
      unit: '×',
      operation: 'p99 ratio',
      planVerdict: judged(measured, '<=', 2),
      aegisVerdict: judged(measured, '<=', 1.5),
    });
    const r = compareVerdicts(run([both(1.45)]), run([both(1.55)]));
    expect(r.verdicts).toBe(2);
    expect(r.flips.map((f) => f.source)).toEqual(['aegis']);
  });

  it('lists rows found in one run only, figures that are not numbers, and verdicts that vanished', () => {
    const B = run([
      aegisRow('matcher.vs-best', Number.NaN, '×', '>=', 1),
      { id: 'audit.memory', measured: 90, unit: 'MB', operation: 'audit.memory' },
      aegisRow('stress.new', 1, '×', '<=', 2),
    ]);
    const r = compareVerdicts(A, B);
    expect(r.onlyInA).toEqual(['firewall.p99']);
    expect(r.onlyInB).toEqual(['stress.new']);
    expect(r.unmeasured).toEqual(['matcher.vs-best']);
    expect(r.unmatched).toEqual(['audit.memory (aegis)']);
    expect(r.flips).toEqual([]);
  });

  it('notes a bound that differs between the runs', () => {
    const B = run([aegisRow('matcher.vs-best', 1.05, '×', '>=', 1.1)]);
    const f = compareVerdicts(run([MATCHER]), B).flips[0];
    expect(f?.boundB).toEqual({ op: '>=', value: 1.1 });
  });
});

describe('relativeChange', () => {
  it('is larger ÷ smaller − 1, symmetric, 0 for two zeros and infinite across zero', () => {
    expect(relativeChange(2, 3)).toBeCloseTo(0.5);
    expect(relativeChange(3, 2)).toBeCloseTo(0.5);
    expect(relativeChange(0, 0)).toBe(0);
    expect(relativeChange(0, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(relativeChange(-1, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('runFromJson', () => {
  it('reads a run record (rows under suites) and a baseline (rows under targets)', () => {
    const record = { scale: 'default', date: 'd', calibration: { ms: 10, cv: 0.02 }, suites: [{ targets: A.targets }] };
    expect(runFromJson(record, 'r')).toMatchObject({ calibrationMs: 10, calibrationCv: 0.02, scale: 'default' });
    expect(runFromJson(record, 'r').targets).toHaveLength(3);
    expect(runFromJson({ ...A, scale: 'default' }, 'b').targets).toHaveLength(3);
  });

  it('refuses what is neither', () => {
    expect(() => runFromJson([], 'x.json')).toThrow('x.json: neither a run record');
    expect(() => runFromJson({ suites: [] }, 'x.json')).toThrow('x.json: no calibration');
    expect(() => runFromJson(null, 'x.json')).toThrow('x.json: not a JSON object');
  });
});

describe('compare-reports (the command)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aegis-compare-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, r: StabilityRun) => {
    const file = path.join(dir, name);
    writeFileSync(
      file,
      JSON.stringify({
        scale: 'default',
        calibration: { ms: r.calibrationMs, cv: r.calibrationCv },
        suites: [{ targets: r.targets }],
      }),
    );
    return file;
  };
  const exec = (a: string, b: string): { status: number; out: string } => {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/compare-reports.ts', a, b], {
        encoding: 'utf8',
      });
      return { status: 0, out };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { status: e.status, out: e.stdout };
    }
  };

  it('exits 1 and names the row when a bar flips within noise, 0 when nothing does', () => {
    const a = write('a.json', A);
    const b = write('b.json', run([aegisRow('matcher.vs-best', 0.98, '×', '>=', 1), MEMORY, P99], 0.05));
    const flipped = exec(a, b);
    expect(flipped.status).toBe(1);
    expect(flipped.out).toContain(
      '3 rows in both runs · 3 verdicts compared · 1 flipped · 1 within noise (broken bar)',
    );
    expect(flipped.out).toMatch(/matcher\.vs-best\s+aegis\s+>= 1.00×\s+1.05× pass\s+0.980× FAIL/);
    expect(exec(a, a).status).toBe(0);
  });
});
