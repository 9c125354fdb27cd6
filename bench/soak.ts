/**
 * Stress 3.4, the long run: `npm run soak -- --duration 24h`.
 *
 * Workers send a seeded mix of safe (70%), unsafe (15%) and borderline (15%) requests through one
 * pipeline for the whole duration, on the real clock; a simulated human approves (50%), rejects
 * (30%) or ignores (20%) each request for a decision, and `driveExpiry` (from `aegis-safety/node`)
 * expires the ignored ones at their deadline (0.5 s high, 1 s critical), as a deployment would wire it. The pipeline is
 * configured for a long life: bounded experiences and decision history, and the audit log rotated
 * into segments (`rotateAudit`), each verified in full once its last call has finished.
 *
 * Every interval prints throughput, p50/p99 (calls without a human step, and not in flight while the
 * script forced a collection or verified a segment; a fixed-memory histogram),
 * the heap after a forced collection, human decisions, errors and segments verified; the end prints
 * the drift between the first intervals after warm-up and the last (means of the first and last
 * quarters, and the single first and last intervals), and writes
 * `bench/results/soak-<time>.json`.
 *
 *   --duration <d>   total time, e.g. 90s, 10m, 24h (default 3m)
 *   --interval <d>   reporting interval (default duration / 12, between 10 s and 15 min)
 *   --workers <n>    concurrent workers (default 64)
 *   --segment <n>    audit entries per segment (default 20,000)
 *   --hash node|portable   audit hash (default node)
 *   --seed <n>       workload seed (default 34)
 *   --verify all|none   verify every retired audit segment in this process (default all; each
 *                    verification pauses the workers for ~4 µs per entry, which shows in the p99)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AegisError, createAegis } from '../src/index.js';
import { nodeSha256 } from '../src/node/hash.js';
import { driveExpiry } from '../src/node/hitl-expiry.js';
import { forceGc, usedBytes } from './harness/context.js';
import { LatencyHistogram } from './harness/histogram.js';
import { machineInfo, machineLine } from './harness/machine.js';
import { Rng } from './harness/rng.js';
import { type HashChoice, mixed, request, type Work } from './suites/_pipeline-workload.js';
import { MB, Segments } from './suites/_stress-run.js';

interface Args {
  durationMs: number;
  intervalMs: number;
  workers: number;
  segment: number;
  hash: HashChoice;
  seed: number;
  verify: boolean;
}

/** `90s`, `10m`, `24h`, `500ms`, or a number of seconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (m === null)
    throw new Error(`a duration is a number with s, m or h (e.g. 90s, 10m, 24h), got ${JSON.stringify(text)}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(m[1]) * unit;
  if (!(ms > 0)) throw new Error(`the duration must be positive, got ${JSON.stringify(text)}`);
  return ms;
}

function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!['--duration', '--interval', '--workers', '--segment', '--hash', '--seed', '--verify'].includes(flag)) {
      throw new Error(`unknown argument ${a}; see the header of bench/soak.ts`);
    }
    const v = inline ?? argv[++i];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    values.set(flag, v);
  }
  const durationMs = parseDuration(values.get('--duration') ?? '3m');
  const interval = values.get('--interval');
  const intervalMs =
    interval === undefined ? Math.min(15 * 60_000, Math.max(10_000, durationMs / 12)) : parseDuration(interval);
  const int = (flag: string, fallback: number) => {
    const v = Number(values.get(flag) ?? fallback);
    if (!Number.isSafeInteger(v) || v < 1) throw new Error(`${flag} must be a positive integer`);
    return v;
  };
  const hash = values.get('--hash') ?? 'node';
  if (hash !== 'node' && hash !== 'portable') throw new Error('--hash is node or portable');
  const verify = values.get('--verify') ?? 'all';
  if (verify !== 'all' && verify !== 'none') throw new Error('--verify is all or none');
  return {
    durationMs,
    intervalMs: Math.min(intervalMs, durationMs),
    workers: int('--workers', 64),
    segment: int('--segment', 20_000),
    hash,
    seed: int('--seed', 34),
    verify: verify === 'all',
  };
}

interface IntervalRecord {
  endSeconds: number;
  calls: number;
  rate: number;
  p50Ns: number;
  p99Ns: number;
  /** Heap plus ArrayBuffers after a forced collection at the end of the interval. */
  heapBytes: number;
  /** Lowest and highest heap after GC of the interval's readings (five per interval). */
  heapFloor: number;
  heapPeak: number;
  hitl: number;
  decisions: Record<string, number>;
  errors: number;
  segmentsVerified: number;
  verifyMs: number;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const us = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(0)} µs`);
const clockText = (s: number) =>
  `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if ((globalThis as { gc?: unknown }).gc === undefined) {
    throw new Error('run with --expose-gc (npm run soak does): the heap is measured after forced collections');
  }
  const filed: string[] = [];
  const aegis = createAegis({
    audit: args.hash === 'node' ? { hash: nodeSha256 } : {},
    evolution: { maxExperiences: 50_000 },
    hitl: {
      historyLimit: 1_000,
      // The human reads new requests as they are filed (a notification), not by listing the queue.
      onEvent: (e) => {
        if (e.type === 'requested') filed.push(e.request.id);
      },
    },
    // Short deadlines: a call waiting for a human keeps the audit segment it started in alive, so
    // the heap in flight grows with (throughput × longest wait); half a second keeps it small.
    escalation: {
      unsafe: { priority: 'high', timeoutMs: 500 },
      unethical: { priority: 'critical', timeoutMs: 1_000 },
    },
  });
  const expiry = driveExpiry(aegis.hitl, { intervalMs: 100 });
  const rng = new Rng(args.seed);
  const pool = mixed(rng, 4096, 0.15, 0.15);
  const segments = new Segments(args.verify);
  const histogram = new LatencyHistogram();
  const records: IntervalRecord[] = [];
  let decisions: Record<string, number> = {};
  let calls = 0;
  let hitl = 0;
  let errors = 0;
  /**
   * Calls in flight while this script forced a collection or verified a segment: their time is the
   * script's own pause, not the pipeline's, so they are counted but not timed.
   */
  let interrupted = 0;
  let gcs = 0;
  let seq = 0;
  let stopping = false;
  const start = performance.now();
  let intervalStart = start;
  let verifiedBefore = 0;

  console.log(`Aegis soak (Stress 3.4) · ${machineLine(machineInfo())}`);
  console.log(
    `duration ${clockText(args.durationMs / 1000)}, intervals of ${clockText(args.intervalMs / 1000)}, ${args.workers} workers, audit segments of ${fmt(args.segment)} entries (${args.hash} hash, ${args.verify ? 'each verified in this process: its pauses show in the p99' : 'not verified'}), seed ${args.seed}`,
  );

  // A synchronous tool that fails 1% of the time: the latencies are the pipeline's and the
  // scheduling of 64 workers, not a tool's own waiting.
  const execute = () => {
    if (rng.next() < 0.01) throw new Error('the tool failed');
    return 1;
  };

  // A call that goes to a human may wait for seconds; its worker does not wait with it (an agent
  // keeps working while a request awaits approval), so the load stays the same whatever the humans do.
  const outstanding = new Set<Promise<void>>();
  const one = async (w: Work) => {
    const log = segments.begin(aegis);
    const epoch = gcs + segments.verifiedCount;
    const t0 = performance.now();
    try {
      const r = await aegis.process(request(w, `s${seq++}`), w.action, execute);
      if (r.hitl !== undefined) hitl++;
      else if (epoch === gcs + segments.verifiedCount) histogram.record((performance.now() - t0) * 1e6);
      else interrupted++;
      decisions[r.decision] = (decisions[r.decision] ?? 0) + 1;
    } catch {
      errors++;
    } finally {
      segments.end(log);
    }
    calls++;
    if (aegis.audit.size >= args.segment) segments.rotate(aegis, args.hash);
  };
  const worker = async () => {
    while (!stopping) {
      const w = pool[rng.int(0, pool.length - 1)] as Work;
      if (w.kind !== 'borderline') {
        await one(w);
        continue;
      }
      const p = one(w).finally(() => outstanding.delete(p));
      outstanding.add(p);
      await immediate();
    }
  };

  // On the real clock a request can pass its deadline between being listed and being answered, as
  // for a human who answers too late: the queue refuses with EXPIRED and the request stays denied.
  const answer = (decide: () => unknown) => {
    try {
      decide();
    } catch (error) {
      if (!(error instanceof AegisError && error.code === 'EXPIRED')) throw error;
    }
  };
  const human = async () => {
    while (!stopping) {
      await immediate();
      // Each new request is answered once: approved, rejected, or left to expire (driveExpiry).
      for (const id of filed.splice(0)) {
        const x = rng.next();
        if (x < 0.5) answer(() => aegis.hitl.approve(id, { responder: 'reviewer' }));
        else if (x < 0.8) answer(() => aegis.hitl.reject(id, { responder: 'reviewer' }));
      }
    }
  };

  let floor = Number.POSITIVE_INFINITY;
  let peak = 0;
  const sample = () => {
    gcs++;
    forceGc();
    const bytes = usedBytes();
    floor = Math.min(floor, bytes);
    peak = Math.max(peak, bytes);
    return bytes;
  };
  const report = () => {
    const t = performance.now();
    const seconds = (t - start) / 1000;
    const heap = sample();
    const rec: IntervalRecord = {
      endSeconds: seconds,
      calls,
      rate: (calls * 1000) / (t - intervalStart),
      p50Ns: histogram.quantile(0.5),
      p99Ns: histogram.quantile(0.99),
      heapBytes: heap,
      heapFloor: floor,
      heapPeak: peak,
      hitl,
      decisions,
      errors,
      segmentsVerified: segments.verifiedCount - verifiedBefore,
      verifyMs: segments.upkeepMs,
    };
    records.push(rec);
    console.log(
      `[${clockText(seconds)}] ${fmt(rec.rate)} wf/s · p50 ${us(rec.p50Ns)} · p99 ${us(rec.p99Ns)} · heap ${(floor / MB).toFixed(1)}–${(peak / MB).toFixed(1)} MB · ${fmt(hitl)} to a human · ${errors} errors · ${fmt(interrupted)} untimed (in flight during the script's GC or verification) · ${rec.segmentsVerified} segments verified (${fmt(rec.verifyMs)} ms)${segments.ok ? '' : ' · VERIFICATION FAILED'}`,
    );
    histogram.reset();
    interrupted = 0;
    decisions = {};
    calls = 0;
    hitl = 0;
    errors = 0;
    verifiedBefore = segments.verifiedCount;
    segments.upkeepMs = 0;
    floor = Number.POSITIVE_INFINITY;
    peak = 0;
    intervalStart = performance.now();
  };

  const ticker = setInterval(report, args.intervalMs);
  const sampler = setInterval(sample, args.intervalMs / 5);
  const answering = human();
  const working = Array.from({ length: args.workers }, () => worker());
  await new Promise<void>((resolve) => setTimeout(resolve, args.durationMs));
  clearInterval(ticker);
  clearInterval(sampler);
  stopping = true;
  // Let the calls in flight finish: answer what is pending, let the rest expire.
  const drain = setInterval(() => {
    for (const p of aegis.hitl.pending()) answer(() => aegis.hitl.reject(p.id, { responder: 'shutdown' }));
  }, 50);
  await Promise.all(working);
  await Promise.all([...outstanding]);
  clearInterval(drain);
  await answering;
  expiry.stop();
  segments.rotate(aegis, args.hash); // retire the last segment, so that it is verified too
  summarize(args, records, segments);
}

function summarize(args: Args, records: readonly IntervalRecord[], segments: Segments): void {
  // The first interval is the warm-up (JIT, the experience store filling to its maximum).
  const measured = records.length > 2 ? records.slice(1) : records;
  const first = measured[0] as IntervalRecord;
  const last = measured.at(-1) as IntervalRecord;
  const total = records.reduce((s, r) => s + r.calls, 0);
  const errorRate = records.reduce((s, r) => s + r.errors, 0) / Math.max(1, total);
  // Single intervals of a shared machine swing by a quarter: the drift compares the mean of the
  // first quarter of the intervals after warm-up with that of the last quarter (and prints the single
  // first and last too). The log's current segment fills and empties, and calls waiting for a human
  // keep retired segments alive, so heap readings swing with the work in flight, which follows the
  // throughput: a leak shows in the lowest readings.
  const quarter = Math.max(1, Math.floor(measured.length / 4));
  const mean = (rs: readonly IntervalRecord[], f: (r: IntervalRecord) => number) =>
    rs.reduce((sum, r) => sum + f(r), 0) / rs.length;
  const early = measured.slice(0, quarter);
  const late = measured.slice(-quarter);
  const drift = {
    throughput: mean(late, (r) => r.rate) / mean(early, (r) => r.rate),
    p99: mean(late, (r) => r.p99Ns) / mean(early, (r) => r.p99Ns),
    // The lowest reading of a quarter: the moment with the least work in flight, which a leak raises.
    heapFloor: Math.min(...late.map((r) => r.heapFloor)) / Math.min(...early.map((r) => r.heapFloor)),
    heapPeak: mean(late, (r) => r.heapPeak) / mean(early, (r) => r.heapPeak),
    single: {
      throughput: last.rate / first.rate,
      p99: last.p99Ns / first.p99Ns,
      heapFloor: last.heapFloor / first.heapFloor,
    },
  };
  const verdicts = [
    [
      `throughput, last quarter ÷ first quarter: ${drift.throughput.toFixed(2)}× (last interval ÷ first: ${drift.single.throughput.toFixed(2)}×)`,
      drift.throughput >= 0.9,
      '≥ 0.90',
    ],
    [
      `p99, last quarter ÷ first quarter: ${drift.p99.toFixed(2)}× (last interval ÷ first: ${drift.single.p99.toFixed(2)}×)`,
      drift.p99 < 2,
      '< 2 (plan)',
    ],
    [
      `heap after GC, lowest reading of the last quarter ÷ of the first: ${drift.heapFloor.toFixed(2)}× (mean of the highest readings: ${drift.heapPeak.toFixed(2)}×; lowest of the last interval ÷ of the first: ${drift.single.heapFloor.toFixed(2)}×)`,
      drift.heapFloor <= 1.1,
      '≤ 1.10 (memory flat after warm-up)',
    ],
    [`error rate: ${(errorRate * 100).toFixed(3)}%`, errorRate < 0.001, '< 0.1% (plan)'],
    [
      `audit segments: ${segments.verifiedCount} verified, ${segments.ok ? 'all intact' : 'SOME FAILED'}`,
      segments.ok,
      'all intact',
    ],
  ] as const;
  console.log(
    `\n${fmt(total)} calls in ${records.length} intervals (the first is warm-up); drift from the first intervals after it to the last:`,
  );
  for (const [text, pass, bar] of verdicts) console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${text}  (bar ${bar})`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ machine: machineLine(machineInfo()), args, intervals: records, drift, errorRate, segments: { verified: segments.verifiedCount, ok: segments.ok } }, null, 2)}\n`,
  );
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  if (!segments.ok || errorRate >= 0.001) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
