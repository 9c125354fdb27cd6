/**
 * A fixed CPU workload measured at the start and the end of every run. Its time is the run's speed
 * index: comparing two runs divides their figures by the ratio of their speed indexes, so a slower
 * (or busier) machine does not read as a regression. Its spread is the run's noise estimate.
 */
import { consume } from './context.js';
import { median } from './stats.js';

export interface Calibration {
  /** Median time of one calibration pass, in milliseconds. */
  ms: number;
  /** Robust relative spread of the passes: 1.4826 × median absolute deviation ÷ median. */
  cv: number;
  /** Individual pass times. */
  samples: number[];
}

/** One pass: integer mixing over a typed array, a Map workout and small-object allocation. */
function pass(): number {
  const a = new Int32Array(1 << 14);
  let h = 0x9e3779b9 | 0;
  for (let i = 0; i < 400_000; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + i;
    const j = h & (a.length - 1);
    a[j] = ((a[j] as number) + h) | 0;
  }
  const m = new Map<number, { v: number }>();
  for (let i = 0; i < 20_000; i++) m.set((i * 2654435761) >>> 0, { v: i });
  let s = 0;
  for (let i = 0; i < 20_000; i++) s += m.get((i * 2654435761) >>> 0)?.v ?? 0;
  return s + (a[7] as number);
}

/** Runs `passes` calibration passes after three warm-up passes. */
export function calibrate(passes = 9): Calibration {
  for (let i = 0; i < 3; i++) consume(pass());
  const samples: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    consume(pass());
    samples.push(performance.now() - t0);
  }
  return summarizeCalibration(samples);
}

/** Median and robust spread (a single slow pass, a GC or a neighbour's burst, moves neither). */
export function summarizeCalibration(samples: readonly number[]): Calibration {
  const m = median(samples);
  const mad = median(samples.map((x) => Math.abs(x - m)));
  return { ms: m, cv: m > 0 ? (1.4826 * mad) / m : 0, samples: [...samples] };
}
