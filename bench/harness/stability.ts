/**
 * Verdict stability: two runs of the same benchmarks (on two machines, or twice on one) must give
 * the same verdict on every row whose figure moved by no more than the runs' own noise. A verdict
 * that flips while its figure stayed within noise is decided by the noise, not by the code: the row
 * sits within noise of its bound, so its bar needs another form (a ratio against a same-run
 * reference, or an info-only figure) before its verdict can be trusted.
 *
 * The noise is the one the runner measures: the robust spread (`cv`) of its calibration passes. The
 * band is `k` × the larger of the two runs' spreads, `k` = 3 as in the regression check
 * ({@link compareRuns}). A figure's move is measured raw, as its verdict is judged on the raw figure:
 * a slower machine that moves an absolute time beyond the band has changed the figure, and its flip
 * is reported but does not break the bar.
 */
import type { RunFigures } from './compare.js';
import { kindOf } from './compare.js';
import type { Bound, Verdict } from './context.js';

/** One run as the check reads it: its noise, its speed index and its rows. */
export interface StabilityRun {
  calibrationMs: number;
  calibrationCv: number;
  targets: readonly Pick<
    RunFigures['targets'][number],
    'id' | 'measured' | 'unit' | 'operation' | 'planVerdict' | 'aegisVerdict'
  >[];
}

/** Whose verdict: the performance testing plan's target, or Aegis's own bar. */
export type VerdictSource = 'plan' | 'aegis';

/** A row whose verdict differs between the two runs. */
export interface Flip {
  id: string;
  operation: string;
  unit: string;
  source: VerdictSource;
  /** The bound of run `a` (the bound of run `b` when they differ is reported as `boundB`). */
  bound: Bound;
  boundB?: Bound;
  a: { measured: number; pass: boolean };
  b: { measured: number; pass: boolean };
  /** Relative move of the raw figure: larger ÷ smaller − 1 (Infinity when one side is 0). */
  change: number;
  /** The same move after dividing out the two runs' speed ratio (time and rate units only). */
  calibratedChange: number;
  /** Whether the raw move is within the noise band: then the flip breaks the bar. */
  withinNoise: boolean;
}

/** What {@link compareVerdicts} finds. */
export interface StabilityReport {
  /** The noise band: k × max(calibration cv of a, of b). */
  noise: number;
  /** Speed index of `b` ÷ speed index of `a` (>1: `b` ran slower). */
  speedRatio: number;
  /** Rows present in both runs. */
  rows: number;
  /** Verdicts present in both runs (a row can carry a plan verdict and an Aegis verdict). */
  verdicts: number;
  /** Verdicts that differ, in run order of `b`. */
  flips: Flip[];
  /** The flips whose figure stayed within noise. */
  broken: Flip[];
  /** Rows only in `a`, only in `b`, or with a figure that is not a finite number in either run. */
  onlyInA: string[];
  onlyInB: string[];
  unmeasured: string[];
  /** Verdicts present in one run only (`id (source)`), e.g. a bar that became info-only. */
  unmatched: string[];
}

/** Relative move between two figures: larger ÷ smaller − 1, on magnitudes. */
export function relativeChange(x: number, y: number): number {
  const lo = Math.min(Math.abs(x), Math.abs(y));
  const hi = Math.max(Math.abs(x), Math.abs(y));
  if (hi === 0) return 0;
  if (lo === 0 || Math.sign(x) !== Math.sign(y)) return Number.POSITIVE_INFINITY;
  return hi / lo - 1;
}

function sameBound(x: Bound, y: Bound): boolean {
  return x.op === y.op && x.value === y.value;
}

/**
 * Compares the verdicts of runs `a` and `b`. A flip is broken when the raw figure moved by no more
 * than `k` × the larger calibration spread of the two runs.
 */
export function compareVerdicts(a: StabilityRun, b: StabilityRun, k = 3): StabilityReport {
  const noise = k * Math.max(a.calibrationCv, b.calibrationCv);
  const speedRatio = b.calibrationMs / a.calibrationMs;
  const inA = new Map(a.targets.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const report: StabilityReport = {
    noise,
    speedRatio,
    rows: 0,
    verdicts: 0,
    flips: [],
    broken: [],
    onlyInA: [],
    onlyInB: [],
    unmeasured: [],
    unmatched: [],
  };
  for (const tb of b.targets) {
    const ta = inA.get(tb.id);
    if (ta === undefined) {
      report.onlyInB.push(tb.id);
      continue;
    }
    seen.add(tb.id);
    report.rows++;
    if (!Number.isFinite(ta.measured) || !Number.isFinite(tb.measured)) {
      report.unmeasured.push(tb.id);
      continue;
    }
    const change = relativeChange(ta.measured, tb.measured);
    const kind = kindOf(tb.unit);
    const calibrated =
      kind === 'time' ? tb.measured / speedRatio : kind === 'rate' ? tb.measured * speedRatio : tb.measured;
    const calibratedChange = relativeChange(ta.measured, calibrated);
    const pairs: [VerdictSource, Verdict | undefined, Verdict | undefined][] = [
      ['plan', ta.planVerdict, tb.planVerdict],
      ['aegis', ta.aegisVerdict, tb.aegisVerdict],
    ];
    for (const [source, va, vb] of pairs) {
      if (va === undefined && vb === undefined) continue;
      if (va === undefined || vb === undefined) {
        report.unmatched.push(`${tb.id} (${source})`);
        continue;
      }
      report.verdicts++;
      if (va.pass === vb.pass) continue;
      const flip: Flip = {
        id: tb.id,
        operation: tb.operation,
        unit: tb.unit,
        source,
        bound: va.bound,
        a: { measured: ta.measured, pass: va.pass },
        b: { measured: tb.measured, pass: vb.pass },
        change,
        calibratedChange,
        withinNoise: change <= noise,
      };
      if (!sameBound(va.bound, vb.bound)) flip.boundB = vb.bound;
      report.flips.push(flip);
      if (flip.withinNoise) report.broken.push(flip);
    }
  }
  for (const t of a.targets) if (!seen.has(t.id)) report.onlyInA.push(t.id);
  return report;
}

/**
 * The rows of a results file: a run record (`bench/results/<date>.json`, rows under `suites`) or a
 * saved baseline / history line (rows under `targets`).
 * @throws Error when the value has neither shape
 */
export function runFromJson(value: unknown, name: string): StabilityRun & { scale?: string; date?: string } {
  if (typeof value !== 'object' || value === null) throw new Error(`${name}: not a JSON object`);
  const v = value as Record<string, unknown>;
  const meta = {
    ...(typeof v.scale === 'string' ? { scale: v.scale } : {}),
    ...(typeof v.date === 'string' ? { date: v.date } : {}),
  };
  if (Array.isArray(v.suites)) {
    const cal = v.calibration as { ms?: unknown; cv?: unknown } | undefined;
    if (typeof cal?.ms !== 'number' || typeof cal.cv !== 'number') throw new Error(`${name}: no calibration`);
    const targets = (v.suites as { targets?: unknown }[]).flatMap((s) =>
      Array.isArray(s.targets) ? (s.targets as StabilityRun['targets'][number][]) : [],
    );
    return { calibrationMs: cal.ms, calibrationCv: cal.cv, targets, ...meta };
  }
  if (Array.isArray(v.targets) && typeof v.calibrationMs === 'number' && typeof v.calibrationCv === 'number') {
    return {
      calibrationMs: v.calibrationMs,
      calibrationCv: v.calibrationCv,
      targets: v.targets as StabilityRun['targets'][number][],
      ...meta,
    };
  }
  throw new Error(`${name}: neither a run record (suites) nor a baseline (targets)`);
}
