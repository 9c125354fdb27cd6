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

export interface NoiseFloor {
  /** Duration of the control operation when undisturbed (its median), microseconds. */
  p50Us: number;
  /** Its 99th percentile: what preemption and timer noise alone make of a constant operation. */
  p99Us: number;
}

/**
 * Times a constant ~7 µs operation many times: 4,000 reads of strings' lengths from an array, no
 * allocation. Its p99 is the floor of every p99 measured in the same run. On the 2-core benchmark VM it
 * sits far above its median (p50 ~7.5 µs, p99 ~44 µs), while pure register arithmetic of the same
 * length does not (p99 ~4.5 µs at p50 ~4.3 µs): loops that touch memory are periodically stalled, so
 * any operation's p99 includes that, however fast the operation.
 */
export function noiseFloor(samples = 4000): NoiseFloor {
  const words = Array.from({ length: 211 }, (_, i) => `w${i}`.repeat(1 + (i % 5)));
  let k = 0;
  const work = () => {
    let x = 0;
    for (let i = 0; i < 4000; i++) x += (words[(k + i) % words.length] as string).length;
    k++;
    return x;
  };
  for (let i = 0; i < 200; i++) consume(work());
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    consume(work());
    times[i] = (performance.now() - t0) * 1000;
  }
  times.sort();
  return { p50Us: times[Math.floor(samples * 0.5)] as number, p99Us: times[Math.floor(samples * 0.99)] as number };
}
