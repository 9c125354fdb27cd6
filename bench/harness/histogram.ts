/**
 * A latency histogram in fixed memory, for runs too long to keep every sample: logarithmic buckets
 * 2% wide from 100 ns to 100 s (about 1,050 counters), so a percentile is known within 2% whatever
 * the number of samples.
 */
const LOW_NS = 100;
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
const BUCKETS = Math.ceil(Math.log(1e11 / LOW_NS) / LOG_GROWTH) + 1;

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  count = 0;
  private sum = 0;

  record(ns: number): void {
    const b = ns <= LOW_NS ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(ns / LOW_NS) / LOG_GROWTH));
    this.counts[b] = (this.counts[b] as number) + 1;
    this.count++;
    this.sum += ns;
  }

  /** The upper edge of the bucket holding the q-quantile (q in [0, 1]); NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.counts[b] as number;
      if (seen >= rank) return LOW_NS * GROWTH ** b;
    }
    return LOW_NS * GROWTH ** (BUCKETS - 1);
  }

  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
  }
}
