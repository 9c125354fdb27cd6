/**
 * A population of workers running requests through one pipeline while a simulated human answers
 * the queue: the engine of Stress 3.1 and 3.2 and of the soak. Per interval of completions it
 * records throughput, latency percentiles of the workflows without a human step, the heap after a
 * forced collection, human decisions and errors; between intervals it may start a new audit segment
 * (`rotateAudit`), and every segment is verified once the calls that write to it have finished.
 */
import type { Aegis, AuditLog } from '../../src/index.js';
import { forceGc, usedBytes } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { median, summarize } from '../harness/stats.js';
import { auditLog, type HashChoice, MS, request, type Work } from './_pipeline-workload.js';

export const MB = 2 ** 20;

export interface RunOptions {
  /** Concurrent workers. */
  readonly workers: number;
  /** Intervals the completions are split into (a GC and an optional rotation between two). */
  readonly intervals: number;
  /** The human's choices and the executors' pauses and failures. */
  readonly rng: Rng;
  /** Start a new audit segment with this hash between intervals; `undefined`: never. */
  readonly rotate: HashChoice | undefined;
  /** Executors await a short random pause (microtasks or an immediate) before returning. */
  readonly pause?: boolean;
  /** Each worker takes its own consecutive `perWorker` items (else they share one queue). */
  readonly perWorker?: number;
  /** Share of executors that throw. Default 0.01. */
  readonly failures?: number;
  /** Prefix of the request ids (unique per run on one pipeline). Default `c`. */
  readonly prefix?: string;
}

export interface Interval {
  /**
   * Completed workflows per second of wall time, maintenance (GC, segment verification) excluded:
   * the median of five sub-intervals.
   */
  readonly rate: number;
  /** The same over the whole interval. */
  readonly meanRate: number;
  readonly p50Ns: number;
  readonly p99Ns: number;
  /** Heap plus ArrayBuffers after a forced collection at the end of the interval. */
  readonly heapBytes: number;
  /** Calls that went to a human. */
  readonly hitl: number;
  /** Calls that rejected (refused input or a failing audit sink): should be none. */
  readonly errors: number;
  readonly count: number;
}

export interface Population {
  readonly intervals: Interval[];
  readonly rate: number;
  readonly wallMs: number;
  readonly completed: number;
  readonly decisions: Record<string, number>;
  /** Audit segments started by rotation. */
  readonly segments: number;
  /** Every retired segment verified. */
  readonly verified: boolean;
  /** Total and distinct audit sequence numbers over all results (meaningful without rotation). */
  readonly seqs: number;
  readonly distinctSeqs: number;
  /** Results that report an experience (a call that ran, or whose action showed something itself). */
  readonly experiences: number;
}

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

async function pause(rng: Rng): Promise<void> {
  const k = rng.int(0, 3);
  if (k === 3) return immediate();
  for (let i = 0; i < k; i++) await Promise.resolve();
}

/**
 * Audit segments of a long run: which log each call in flight writes to, and the verification of a
 * retired segment once its last call has finished (rotation itself does not verify). The time spent
 * verifying is counted apart, as maintenance.
 */
export class Segments {
  /** `false`: retired segments are dropped unverified (to see the workload without that cost). */
  constructor(private readonly verifying = true) {}

  private readonly inFlight = new Map<AuditLog, number>();
  private readonly retired = new Set<AuditLog>();
  /** Segments started by rotation. */
  rotations = 0;
  /** Whether every retired segment verified. */
  ok = true;
  /** Segments verified so far. */
  verifiedCount = 0;
  /** Milliseconds spent verifying (the caller may reset it). */
  upkeepMs = 0;

  /** The log a call started now writes to, counted in flight until {@link end}. */
  begin(aegis: Aegis): AuditLog {
    const log = aegis.audit;
    this.inFlight.set(log, (this.inFlight.get(log) ?? 0) + 1);
    return log;
  }

  end(log: AuditLog): void {
    const left = (this.inFlight.get(log) ?? 1) - 1;
    if (left > 0) {
      this.inFlight.set(log, left);
      return;
    }
    this.inFlight.delete(log);
    if (this.retired.delete(log)) this.verify(log);
  }

  /** Starts a new segment; the old one is verified now or when its last call finishes. */
  rotate(aegis: Aegis, hash: HashChoice): void {
    const old = aegis.rotateAudit(auditLog(hash));
    this.rotations++;
    if (this.inFlight.has(old)) this.retired.add(old);
    else this.verify(old);
  }

  /** Segments retired but not yet verified (their calls are still in flight). */
  get waiting(): number {
    return this.retired.size;
  }

  private verify(log: AuditLog): void {
    if (!this.verifying) return;
    const t = performance.now();
    this.ok = log.verifyChain().ok && this.ok;
    this.verifiedCount++;
    this.upkeepMs += performance.now() - t;
  }
}

export async function runPopulation(
  aegis: Aegis,
  clock: { now: number },
  items: readonly Work[],
  options: RunOptions,
): Promise<Population> {
  const rng = options.rng;
  const n = items.length;
  const size = Math.ceil(n / options.intervals);
  const failures = options.failures ?? 0.01;
  const prefix = options.prefix ?? 'c';
  const intervals: Interval[] = [];
  const decisions: Record<string, number> = {};
  const seen = options.rotate === undefined ? new Set<number>() : undefined;
  let seqCount = 0;
  let experiences = 0;
  let latencies: number[] = [];
  let hitl = 0;
  let errors = 0;
  let done = 0;
  let next = 0;
  let maintenance = 0;
  const segs = new Segments();
  const start = performance.now();
  let intervalStart = start;
  let finished = false;

  // Each interval's rate is the median of five sub-intervals: one stall of the shared machine in an
  // interval of a few hundred milliseconds would otherwise decide a first-versus-last comparison.
  const sub = Math.max(1, Math.ceil(size / 5));
  let subRates: number[] = [];
  let subStart = start;
  let subUpkeep = 0;
  const closeSub = (count: number) => {
    const t = performance.now();
    const upkeep = segs.upkeepMs - subUpkeep;
    subUpkeep = segs.upkeepMs;
    subRates.push((count * 1000) / Math.max(t - subStart - upkeep, 1e-6));
    subStart = t;
  };

  const closeInterval = () => {
    const t = performance.now();
    const wall = t - intervalStart - segs.upkeepMs;
    maintenance += segs.upkeepMs;
    segs.upkeepMs = 0;
    subUpkeep = 0;
    const stats = summarize(Float64Array.from(latencies));
    const count = latencies.length + hitl;
    forceGc();
    const heap = usedBytes();
    if (options.rotate !== undefined && intervals.length < options.intervals - 1) {
      segs.rotate(aegis, options.rotate);
      segs.upkeepMs = 0; // spent inside this maintenance window, already excluded
    }
    intervals.push({
      rate: subRates.length > 0 ? median(subRates) : (count * 1000) / Math.max(wall, 1e-6),
      meanRate: (count * 1000) / Math.max(wall, 1e-6),
      p50Ns: stats.p50Ns,
      p99Ns: stats.p99Ns,
      heapBytes: heap,
      hitl,
      errors,
      count,
    });
    latencies = [];
    hitl = 0;
    errors = 0;
    intervalStart = performance.now();
    maintenance += intervalStart - t;
    subRates = [];
    subStart = intervalStart;
  };

  const execute = options.pause
    ? async () => {
        await pause(rng);
        if (rng.next() < failures) throw new Error('the tool failed');
        return 1;
      }
    : () => {
        if (rng.next() < failures) throw new Error('the tool failed');
        return 1;
      };

  const one = async (index: number) => {
    const w = items[index] as Work;
    const log = segs.begin(aegis);
    const t0 = performance.now();
    try {
      const r = await aegis.process(request(w, `${prefix}${index}`), w.action, execute);
      const dt = (performance.now() - t0) * MS;
      decisions[r.decision] = (decisions[r.decision] ?? 0) + 1;
      if (r.hitl === undefined) latencies.push(dt);
      else hitl++;
      seqCount += r.audit.seqs.length;
      if (r.experience !== undefined) experiences++;
      if (seen) for (const s of r.audit.seqs) seen.add(s);
    } catch {
      errors++;
    } finally {
      segs.end(log);
    }
    done++;
    const position = ((done - 1) % size) + 1; // 1 … size within the interval
    const intervalEnds = position === size || done === n;
    if (position % sub === 0 || intervalEnds) closeSub(((position - 1) % sub) + 1);
    if (intervalEnds) closeInterval();
  };

  const worker = async (w: number) => {
    if (options.perWorker !== undefined) {
      for (let k = 0; k < options.perWorker; k++) {
        await one(w * options.perWorker + k);
        if (options.pause) await pause(rng);
      }
      return;
    }
    while (next < n) await one(next++);
  };

  // Each request is answered once: approved (50%), rejected (30%) or left to expire (20%); the
  // clock moves 30 s per turn, so a request left alone expires 10 (high) or 20 (critical) turns on.
  const ignored = new Set<string>();
  const human = async () => {
    while (!finished) {
      await immediate();
      for (const p of aegis.hitl.pending()) {
        if (ignored.has(p.id)) continue;
        const x = rng.next();
        if (x < 0.5) aegis.hitl.approve(p.id, { responder: 'reviewer' });
        else if (x < 0.8) aegis.hitl.reject(p.id, { responder: 'reviewer' });
        else ignored.add(p.id);
      }
      clock.now += 30_000;
      for (const r of aegis.hitl.expire()) ignored.delete(r.id);
    }
  };

  const answering = human();
  await Promise.all(Array.from({ length: options.workers }, (_, w) => worker(w)));
  finished = true;
  await answering;
  const wallMs = performance.now() - start - maintenance;
  return {
    intervals,
    rate: (done * 1000) / wallMs,
    wallMs,
    completed: done,
    decisions,
    segments: segs.rotations,
    verified: segs.ok && segs.waiting === 0,
    seqs: seqCount,
    distinctSeqs: seen?.size ?? seqCount,
    experiences,
  };
}
