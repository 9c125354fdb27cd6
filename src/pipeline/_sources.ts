/**
 * What the request content a source sent says about that source (learning's `perSource`): per
 * source, the decayed count of its requests and of those the firewall blocked for their content.
 * Bounded: the least recently seen source is forgotten first.
 *
 * @internal Not part of the public API.
 * @module
 */
import type { SourceLearning } from './_options.js';

interface Evidence {
  /** Decayed requests, and decayed blocked ones, as of `at`. */
  total: number;
  blocked: number;
  at: number;
}

const fmt = (x: number) => x.toFixed(1);

export class SourceRecords {
  /** In least-recently-seen order (a Map keeps insertion order; a touch re-inserts). */
  private readonly bySource = new Map<string, Evidence>();
  private readonly settings: SourceLearning;

  constructor(settings: SourceLearning) {
    this.settings = settings;
  }

  get size(): number {
    return this.bySource.size;
  }

  private decayed(e: Evidence, now: number): number {
    const dt = now - e.at;
    return dt <= 0 ? 1 : 0.5 ** (dt / this.settings.halfLifeMs);
  }

  /** Why the source's later calls are treated as unsafe, or `undefined`. O(1). */
  risk(source: string, now: number): string | undefined {
    const e = this.bySource.get(source);
    if (e === undefined) return undefined;
    const f = this.decayed(e, now);
    const blocked = e.blocked * f;
    const total = e.total * f;
    const s = this.settings;
    if (blocked < s.minEvidence || blocked < s.rateAbove * total) return undefined;
    return `source ${JSON.stringify(source)} sent ${fmt(blocked)} of ${fmt(total)} recent requests that the firewall blocked (half-life ${s.halfLifeMs / 1000} s)`;
  }

  /** Counts one judged request of the source. O(1) amortized. */
  observe(source: string, now: number, blocked: boolean): void {
    const map = this.bySource;
    let e = map.get(source);
    if (e === undefined) {
      if (map.size >= this.settings.maxSources) map.delete(map.keys().next().value as string);
      e = { total: 0, blocked: 0, at: now };
    } else {
      map.delete(source);
      const f = this.decayed(e, now);
      e.total *= f;
      e.blocked *= f;
      if (now > e.at) e.at = now;
    }
    e.total++;
    if (blocked) e.blocked++;
    map.set(source, e);
  }

  /** Forgets a source; returns whether anything was known of it. */
  forgive(source: string): boolean {
    return this.bySource.delete(source);
  }
}
