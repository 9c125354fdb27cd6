/**
 * The bench context every suite receives: seeded inputs, timing through tinybench, retained-memory
 * measurement after forced GC, and the records (metrics, plan targets, scaling curves, peer tables)
 * that the runner prints and writes to `bench/results/`.
 */
import { Bench } from 'tinybench';
import { type ProfileSummary, profileWorkload } from './profile.js';
import { Rng } from './rng.js';
import { fitPower, type LatencyStats, type PowerFit, summarize } from './stats.js';

export type Scale = 'smoke' | 'default' | 'full';
export type Better = 'lower' | 'higher';
export type Comparator = '<' | '<=' | '>' | '>=';

/** One measured figure. `value` is in `unit` (`ns` for durations, `bytes` for memory). */
export interface Metric {
  id: string;
  label: string;
  value: number;
  unit: string;
  better: Better;
}

/** A bound a figure must respect. */
export interface Bound {
  op: Comparator;
  value: number;
}

/** Which table of the plan a target row belongs to. */
export type TargetTable =
  | 'throughput'
  | 'latency'
  | 'memory'
  | 'experience-scaling'
  | 'audit-scaling'
  | 'rule-scaling'
  | 'component-benchmarks'
  | 'stress';

export interface TargetInput {
  id: string;
  table: TargetTable;
  component: string;
  operation: string;
  /** Measured value, in `unit`. */
  measured: number;
  unit: string;
  /** The performance testing plan's target (the floor), when the plan sets one. */
  plan?: Bound;
  /** Aegis's own bar, when one is set. */
  aegis?: Bound;
  /**
   * The Aegis bar is shown beside the figure but not judged, as for an absolute time or rate: for a
   * same-run figure whose own run-to-run spread reaches across the bar.
   */
  infoOnly?: boolean;
}

/** A bound written as `[comparator, value]`, the short form suites write their rows in. */
export type BoundPair = [Comparator, number];

/** A target row as suites write it: bounds as `[comparator, value]` pairs, absent when not set. */
export interface TargetRowInput {
  id: string;
  table: TargetTable;
  operation: string;
  measured: number;
  unit: string;
  /** The performance testing plan's target. */
  plan?: BoundPair | undefined;
  /** Aegis's own bar. */
  aegis?: BoundPair | undefined;
  /** Show the Aegis bar without judging it ({@link TargetInput.infoOnly}). */
  infoOnly?: boolean | undefined;
}

/** Records a target row of `component`. */
export function targetRow(ctx: BenchContext, component: string, row: TargetRowInput): void {
  const { plan, aegis, infoOnly, ...rest } = row;
  ctx.target({
    ...rest,
    ...(infoOnly ? { infoOnly } : {}),
    component,
    ...(plan ? { plan: { op: plan[0], value: plan[1] } } : {}),
    ...(aegis ? { aegis: { op: aegis[0], value: aegis[1] } } : {}),
  });
}

export interface Verdict {
  bound: Bound;
  pass: boolean;
  /** How many times inside the bound (>1 passes with room): target/measured or measured/target. */
  margin: number;
}

export interface TargetRow extends TargetInput {
  suite: string;
  planVerdict?: Verdict;
  aegisVerdict?: Verdict;
  /** An Aegis bar on an absolute time or rate, or marked `infoOnly`: shown beside the figure, never judged. */
  aegisInfo?: Bound;
}

/** Units of absolute time and rate, whose figures depend on the machine they were measured on. */
const MACHINE_BOUND_UNITS = new Set(['ns', 'µs', 'ms', 's', 'ops/s', 'req/s', 'log/s', 'entries/s', 'MB/s']);

/** Whether a figure in `unit` is an absolute time or rate. */
export function isMachineBound(unit: string): boolean {
  return MACHINE_BOUND_UNITS.has(unit) || unit.endsWith('/s');
}

export interface CurveInput {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  /** Unit of y (`ns`, `bytes`, …). */
  unit: string;
  points: { x: number; y: number }[];
  /** Largest acceptable fitted exponent, if the design promises one. */
  maxExponent?: number;
}

export interface Curve extends CurveInput, PowerFit {
  suite: string;
}

export interface PeerRow {
  name: string;
  value: number;
  note?: string;
}

export interface PeerInput {
  id: string;
  title: string;
  /** What the value measures, e.g. `p50 per request`. */
  metric: string;
  unit: string;
  better: Better;
  /** The row that is Aegis. */
  ours: string;
  rows: PeerRow[];
}

export interface PeerTable extends PeerInput {
  suite: string;
}

export interface LatencyOptions {
  /** Time budget in ms at the default scale (scaled down for smoke, up for full). */
  timeMs?: number;
  /** Operations per timed sample, for operations too short to time one by one. */
  batch?: number;
}

export interface SuiteResult {
  id: string;
  title: string;
  plan: string;
  durationMs: number;
  metrics: Metric[];
  targets: TargetRow[];
  curves: Curve[];
  peers: PeerTable[];
  notes: string[];
  profiles?: ProfileSummary[];
}

/** A deliberate slowdown for testing the regression check: busy-wait `ns` in every matching timed call. */
export interface InjectedDelay {
  /** Substring of a measurement label (as passed to `latency` / `throughput`). */
  match: string;
  ns: number;
}

function spin(ns: number): void {
  const until = performance.now() + ns / 1e6;
  while (performance.now() < until) {
    // busy-wait: a sleep would not cost CPU time the way a slower function does
  }
}

/** Whether `measured` satisfies `bound`, and by how much. */
export function judge(measured: number, bound: Bound): Verdict {
  const lowerIsBetter = bound.op === '<' || bound.op === '<=';
  let pass: boolean;
  switch (bound.op) {
    case '<':
      pass = measured < bound.value;
      break;
    case '<=':
      pass = measured <= bound.value;
      break;
    case '>':
      pass = measured > bound.value;
      break;
    default:
      pass = measured >= bound.value;
  }
  if (!Number.isFinite(measured)) pass = false;
  const margin = lowerIsBetter ? bound.value / measured : measured / bound.value;
  return { bound, pass, margin };
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Forces a full collection when node runs with --expose-gc; a no-op otherwise. */
export function forceGc(): void {
  if (gc) {
    gc();
    gc();
  }
}

/**
 * Blocks the main thread for `ms` milliseconds without using the CPU, so background work (GC sweeping,
 * JIT compilation) can finish. Measured: right after a full collection or at process start, a
 * constant 4 µs loop had p99 30–40 µs on the 2-core VM; after 300 ms idle, 4.6 µs.
 */
export function settle(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Heap plus off-heap (ArrayBuffer) bytes currently in use. */
export function usedBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** Keeps values reachable so the optimizer cannot drop a measured call. */
export let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}

export class BenchContext {
  readonly scale: Scale;
  readonly suite: string;
  readonly metrics: Metric[] = [];
  readonly targets: TargetRow[] = [];
  readonly curves: Curve[] = [];
  readonly peers: PeerTable[] = [];
  readonly notes: string[] = [];
  readonly profiles: ProfileSummary[] = [];
  private readonly onProgress: (text: string) => void;
  private readonly delay: InjectedDelay | undefined;

  constructor(suite: string, scale: Scale, onProgress: (text: string) => void, delay?: InjectedDelay) {
    this.suite = suite;
    this.scale = scale;
    this.onProgress = onProgress;
    this.delay = delay;
  }

  /** `fn`, slowed down when `label` matches an injected delay (regression-check testing only). */
  private slowed<F extends (...args: never[]) => unknown>(
    label: string,
    fn: F,
    perCall: (...args: Parameters<F>) => number,
  ): F {
    const d = this.delay;
    if (!d || !label.includes(d.match)) return fn;
    return ((...args: Parameters<F>) => {
      spin(d.ns * perCall(...args));
      return fn(...args);
    }) as F;
  }

  /** True when memory can be measured (node was started with --expose-gc). */
  get canMeasureMemory(): boolean {
    return gc !== undefined;
  }

  /** Picks the value for the current scale. */
  size<T>(sizes: { smoke: T; default: T; full?: T }): T {
    if (this.scale === 'smoke') return sizes.smoke;
    if (this.scale === 'full' && sizes.full !== undefined) return sizes.full;
    return sizes.default;
  }

  /** A seeded PRNG; the same seed always yields the same workload. */
  rng(seed: number): Rng {
    return new Rng(seed);
  }

  /** Reports what is running (shown on a terminal, silent otherwise). */
  progress(text: string): void {
    this.onProgress(text);
  }

  private budget(timeMs: number): number {
    if (this.scale === 'smoke') return Math.min(timeMs, 5);
    if (this.scale === 'full') return timeMs * 2;
    return timeMs;
  }

  /**
   * Times `fn` with tinybench (warm-up first, then samples until the time budget is spent) and
   * returns nanosecond percentiles. With `batch > 1` each sample times `batch` calls and records
   * their mean, for operations near the timer's resolution.
   */
  latency(label: string, fn: () => unknown, options: LatencyOptions = {}): LatencyStats {
    this.progress(label);
    fn = this.slowed(label, fn, () => 1);
    const budgetMs = this.budget(options.timeMs ?? 250);
    const batch = Math.max(1, Math.floor(options.batch ?? 1));
    // tinybench's `time` counts only measured time; its own bookkeeping costs ~0.5 µs per
    // iteration, which for sub-microsecond operations multiplies the wall time several-fold. So the
    // sample count is set from a short wall-clock calibration instead, keeping wall time ≈ budget.
    const t0 = performance.now();
    let calls = 0;
    do {
      consume(fn());
      calls++;
    } while (performance.now() - t0 < Math.min(20, budgetMs / 10));
    const perIterationMs = ((performance.now() - t0) / calls) * batch + 0.0006;
    const iterations = Math.max(10, Math.min(200_000, Math.floor((budgetMs * 0.8) / perIterationMs)));
    const bench = new Bench({
      time: 0.001,
      iterations,
      warmupTime: 0.001,
      warmupIterations: Math.max(5, Math.floor(iterations / 5)),
      retainSamples: true,
      subtractTimerOverhead: true,
      throws: true,
    });
    if (batch === 1) {
      bench.add(label, fn);
    } else {
      bench.add(label, () => {
        const start = bench.now();
        for (let i = 0; i < batch; i++) consume(fn());
        const elapsed = bench.now() - start;
        return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
      });
    }
    // Start from a collected heap, so garbage left by earlier measurements is not collected during
    // this one and counted in its tail; then let the background threads (concurrent sweeping,
    // optimizing compilation) finish, or on two cores they preempt the measured thread.
    forceGc();
    settle(this.scale === 'smoke' ? 1 : 60);
    bench.runSync();
    const result = bench.tasks[0]?.result;
    if (!result || !('latency' in result)) {
      throw new Error(`bench ${this.suite}: ${label} produced no samples (${result?.state ?? 'no task'})`);
    }
    const samplesMs = result.latency.samples ?? [];
    return summarize(
      Float64Array.from(samplesMs, (ms) => ms * 1e6),
      batch,
    );
  }

  /**
   * Times `run(n)` doing `n` operations in one go, repeated until the budget is spent, and
   * returns the median operations per second (the robust figure for throughput targets).
   */
  throughput(label: string, n: number, run: (n: number) => unknown, options: { timeMs?: number } = {}): number {
    this.progress(label);
    run = this.slowed(label, run, (k: number) => k);
    const budgetNs = this.budget(options.timeMs ?? 250) * 1e6;
    consume(run(Math.max(1, Math.floor(n / 10)))); // warm-up
    const rates: number[] = [];
    const start = process.hrtime.bigint();
    do {
      const t0 = process.hrtime.bigint();
      consume(run(n));
      const dt = Number(process.hrtime.bigint() - t0);
      rates.push((n * 1e9) / Math.max(dt, 1));
    } while (Number(process.hrtime.bigint() - start) < budgetNs || rates.length < 3);
    rates.sort((a, b) => a - b);
    return rates[Math.floor(rates.length / 2)] as number;
  }

  /**
   * Bytes retained by whatever `build` returns, measured as the growth of heap plus ArrayBuffer
   * memory across forced collections. NaN without --expose-gc.
   */
  retained(label: string, build: () => unknown): number {
    this.progress(`${label} (memory)`);
    if (!gc) return Number.NaN;
    forceGc();
    const before = usedBytes();
    const value = build();
    forceGc();
    const after = usedBytes();
    consume(value);
    consume(undefined);
    return Math.max(0, after - before);
  }

  /** Records a figure. */
  metric(id: string, label: string, value: number, unit: string, better: Better = 'lower'): void {
    this.metrics.push({ id: `${this.suite}.${id}`, label, value, unit, better });
  }

  /** Records p50/p95/p99 and ops/s of a latency measurement as metrics. */
  latencyMetrics(id: string, label: string, stats: LatencyStats): void {
    this.metric(`${id}.p50`, `${label} p50`, stats.p50Ns, 'ns');
    this.metric(`${id}.p95`, `${label} p95`, stats.p95Ns, 'ns');
    this.metric(`${id}.p99`, `${label} p99`, stats.p99Ns, 'ns');
    this.metric(`${id}.ops`, `${label} ops/s`, stats.opsPerSec, 'ops/s', 'higher');
  }

  /**
   * Records a row of one of the plan's target tables, judged against the plan and the Aegis bar.
   * An Aegis bar on an absolute time or rate measures the machine as much as the code (the same
   * commit passes on one shared 2-core VM and fails on another), so it is shown as information
   * (`aegisInfo`) without a verdict; the project's verdicts are same-run ratios (against a peer, a
   * baseline or the floor of the same work), counts and memory.
   */
  target(input: TargetInput): TargetRow {
    const row: TargetRow = { ...input, id: `${this.suite}.${input.id}`, suite: this.suite };
    if (input.plan) row.planVerdict = judge(input.measured, input.plan);
    if (input.aegis) {
      if (isMachineBound(input.unit) || input.infoOnly) {
        row.aegisInfo = input.aegis;
        delete row.aegis;
      } else row.aegisVerdict = judge(input.measured, input.aegis);
    }
    this.targets.push(row);
    return row;
  }

  /** Records a scaling curve and its fitted exponent on log-log axes. */
  curve(input: CurveInput): Curve {
    const fit = fitPower(input.points);
    const curve: Curve = { ...input, ...fit, id: `${this.suite}.${input.id}`, suite: this.suite };
    this.curves.push(curve);
    return curve;
  }

  /** Records a side-by-side comparison with peers, from the same run. */
  peerTable(input: PeerInput): PeerTable {
    const table: PeerTable = { ...input, id: `${this.suite}.${input.id}`, suite: this.suite };
    this.peers.push(table);
    return table;
  }

  /**
   * Profiles `fn` (called repeatedly for `ms` milliseconds, default 1 s, 100 ms at smoke size) and
   * records the functions with the most self time, for the report's bottleneck section.
   */
  async profile(label: string, fn: () => unknown, ms = 1000): Promise<ProfileSummary> {
    this.progress(`${label} (CPU profile)`);
    const summary = await profileWorkload(label, fn, this.scale === 'smoke' ? Math.min(ms, 100) : ms);
    this.profiles.push(summary);
    return summary;
  }

  /** Records a sentence worth reading beside the figures (a disagreement, a caveat). */
  note(text: string): void {
    this.notes.push(text);
  }
}

/** A benchmark suite: one component or workflow of the plan. */
export interface Suite {
  /** Short id used by `--only`, e.g. `matcher`. */
  id: string;
  title: string;
  /** The plan sections it covers, e.g. `Benchmark 1.1, Scalability 4.3`. */
  plan: string;
  run(ctx: BenchContext): Promise<void> | void;
}
