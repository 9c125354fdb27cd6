/** Summary statistics shared by every suite. Latencies are in nanoseconds. */

export interface LatencyStats {
  /** Number of timed samples. */
  samples: number;
  /** Operations timed per sample (1 unless batched). */
  batch: number;
  meanNs: number;
  p50Ns: number;
  p95Ns: number;
  p99Ns: number;
  minNs: number;
  maxNs: number;
  /** Operations per second derived from total time over total operations. */
  opsPerSec: number;
}

/** Linear-interpolated percentile of an ascending array (q in [0, 1]). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0] as number;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const frac = pos - lo;
  return (sorted[lo] as number) * (1 - frac) + (sorted[hi] as number) * frac;
}

/** Median of an unsorted list (copied). */
export function median(values: readonly number[]): number {
  const s = Float64Array.from(values).sort();
  return percentile(s, 0.5);
}

/** Latency statistics from per-sample durations in nanoseconds, each covering `batch` operations. */
export function summarize(samplesNs: ArrayLike<number>, batch = 1): LatencyStats {
  const sorted = Float64Array.from(samplesNs as ArrayLike<number>).sort();
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i] as number;
  const n = sorted.length;
  const mean = n > 0 ? total / n : Number.NaN;
  return {
    samples: n,
    batch,
    meanNs: mean,
    p50Ns: percentile(sorted, 0.5),
    p95Ns: percentile(sorted, 0.95),
    p99Ns: percentile(sorted, 0.99),
    minNs: n > 0 ? (sorted[0] as number) : Number.NaN,
    maxNs: n > 0 ? (sorted[n - 1] as number) : Number.NaN,
    opsPerSec: mean > 0 ? 1e9 / mean : Number.NaN,
  };
}

export interface PowerFit {
  /** Fitted exponent b of y = a·x^b (slope on log-log axes). */
  exponent: number;
  /** Coefficient a. */
  coefficient: number;
  /** Coefficient of determination of the log-log fit. */
  r2: number;
}

/** Least-squares fit of y = a·x^b on log-log axes. Points with non-positive values are skipped. */
export function fitPower(points: readonly { x: number; y: number }[]): PowerFit {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    if (p.x > 0 && p.y > 0 && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      xs.push(Math.log(p.x));
      ys.push(Math.log(p.y));
    }
  }
  const n = xs.length;
  if (n < 2) return { exponent: Number.NaN, coefficient: Number.NaN, r2: Number.NaN };
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i] as number;
    sy += ys[i] as number;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxx === 0 ? Number.NaN : sxy / sxx;
  const a = Math.exp(my - b * mx);
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { exponent: b, coefficient: a, r2 };
}
