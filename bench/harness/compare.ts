/**
 * Regression check (plan Suite 5): compares the target figures of two runs, after dividing out the
 * speed difference of the machines (the calibration loop measured in each run), and flags changes
 * beyond 10% or beyond the run's own noise, whichever is larger.
 */
import type { TargetRow } from './context.js';

export type Kind = 'time' | 'rate' | 'memory' | 'ratio';

/** What a unit measures, and therefore whether machine speed affects it. */
export function kindOf(unit: string): Kind {
  if (unit === '×' || unit === 'x' || unit === '') return 'ratio';
  if (/\/s$/.test(unit)) return 'rate';
  if (/^(ns|µs|us|ms|s|ns\/entry|µs\/entry|ms\/entry)$/.test(unit)) return 'time';
  if (/^(B|KB|KiB|MB|MiB|GB|bytes|B\/entry)$/.test(unit)) return 'memory';
  return 'ratio';
}

export interface RunFigures {
  /** Speed index of the run (calibration median, ms) and its noise (coefficient of variation). */
  calibrationMs: number;
  calibrationCv: number;
  targets: Pick<TargetRow, 'id' | 'measured' | 'unit' | 'operation' | 'planVerdict' | 'aegisVerdict' | 'aegisInfo'>[];
}

export interface Change {
  id: string;
  operation: string;
  unit: string;
  baseline: number;
  current: number;
  /** How many times worse (>1) or better (<1) the current run is, after calibration. */
  factor: number;
  /** The threshold the factor was judged against. */
  threshold: number;
  status: 'regression' | 'improvement' | 'same';
}

export interface Comparison {
  /** Current speed index ÷ baseline speed index (>1: this machine or run was slower). */
  speedRatio: number;
  threshold: number;
  changes: Change[];
  regressions: Change[];
  missing: string[];
}

/** Whether a lower figure is better, from the target's own bound (or the unit when it has none). */
function lowerIsBetter(t: RunFigures['targets'][number]): boolean {
  const op = t.aegisVerdict?.bound.op ?? t.aegisInfo?.op ?? t.planVerdict?.bound.op;
  if (op) return op === '<' || op === '<=';
  const kind = kindOf(t.unit);
  return kind === 'time' || kind === 'memory';
}

/**
 * Compares `current` against `baseline`. A figure regresses when, after calibration, it is worse by
 * more than max(`minChange`, 3 × the larger of the two runs' calibration noise).
 */
export function compareRuns(baseline: RunFigures, current: RunFigures, minChange = 0.1): Comparison {
  const speedRatio = current.calibrationMs / baseline.calibrationMs;
  const noise = Math.max(baseline.calibrationCv, current.calibrationCv);
  const threshold = Math.max(minChange, 3 * noise);
  const base = new Map(baseline.targets.map((t) => [t.id, t]));
  const changes: Change[] = [];
  for (const t of current.targets) {
    const b = base.get(t.id);
    if (!b || !Number.isFinite(b.measured) || !Number.isFinite(t.measured) || b.unit !== t.unit) continue;
    if (b.measured === 0 || t.measured === 0) continue;
    const kind = kindOf(t.unit);
    // How much worse the current figure is, as a factor (>1 worse).
    let factor = lowerIsBetter(t) ? t.measured / b.measured : b.measured / t.measured;
    if (kind === 'time' || kind === 'rate') factor /= speedRatio;
    const status = factor > 1 + threshold ? 'regression' : factor < 1 / (1 + threshold) ? 'improvement' : 'same';
    changes.push({
      id: t.id,
      operation: t.operation,
      unit: t.unit,
      baseline: b.measured,
      current: t.measured,
      factor,
      threshold,
      status,
    });
  }
  const seen = new Set(current.targets.map((t) => t.id));
  return {
    speedRatio,
    threshold,
    changes,
    regressions: changes.filter((c) => c.status === 'regression'),
    missing: baseline.targets.filter((t) => !seen.has(t.id)).map((t) => t.id),
  };
}
