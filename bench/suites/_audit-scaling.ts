/**
 * The audit log from 1K to 1M entries (the plan's Scalability 4.2 and Benchmark 1.5 tests 3–4): log
 * rate, full and incremental verification, queries beside a full scan, inclusion proofs, storage and
 * retained memory, with their scaling curves.
 */
import { type AuditEntry, AuditLog } from '../../src/index.js';
import type { BenchContext } from '../harness/context.js';
import { median } from '../harness/stats.js';
import { BACKENDS, type Backend, newLog, QUERIES, scan, timed, timeMs } from './_audit-workload.js';

interface Pt {
  x: number;
  y: number;
}

/** What one size contributes to the curves. */
interface Curves {
  logRate: Pt[];
  full: Pt[];
  incremental: Pt[];
  query: Pt[];
  proof: Pt[];
  memory: Pt[];
}

/**
 * Scalability 4.2 and Benchmark 1.5 tests 3–4 at each size, on a log built once per size. Both
 * backends write byte-identical logs (same SHA-256), so storage and memory are measured once, on the
 * first; the portable backend's full verify stops at 100K entries at the default scale to keep the
 * run short (its cost per entry is flat, see the curve).
 */
export function scaling(ctx: BenchContext, b: Backend): void {
  const sizes = ctx.size({ smoke: [300, 600], default: [1_000, 10_000, 100_000, 1_000_000] });
  const first = b === BACKENDS[0];
  const fullVerifyUpTo = first || ctx.scale === 'full' ? Number.POSITIVE_INFINITY : 100_000;
  const curves: Curves = { logRate: [], full: [], incremental: [], query: [], proof: [], memory: [] };
  for (const n of sizes) {
    let built: ReturnType<typeof newLog> | undefined;
    const build = () => {
      built = newLog(b);
      const { add } = built;
      for (let i = 0; i < n; i++) add(i);
      return built.log;
    };
    let bytes = Number.NaN;
    if (first) bytes = ctx.retained(`build ${n} (${b.name})`, build);
    else {
      ctx.progress(`build ${n} (${b.name})`);
      build();
    }
    if (built === undefined) return;
    const { log, add } = built;
    if (Number.isFinite(bytes)) {
      // Below 10K entries the heap's own noise (hundreds of KB) swamps the log.
      if (n >= 10_000) curves.memory.push({ x: n, y: bytes });
      ctx.metric(`memory.${n}`, `retained memory, ${n} entries`, bytes, 'bytes');
    }

    // Full verify (every entry, every Merkle node) of exactly n entries, before anything else is added.
    let full: { ms: number; cpuMs: number } | undefined;
    let fullCpuMin = Number.NaN;
    if (n <= fullVerifyUpTo) {
      ctx.progress(`full verify ${n} (${b.name})`);
      const repeat = ctx.scale === 'smoke' || n >= 1_000_000 ? 1 : n >= 100_000 ? 3 : 5;
      const runs = Array.from({ length: repeat }, () => timed(() => log.verifyChain({ full: true })));
      full = runs.sort((x, y) => x.ms - y.ms)[Math.floor(runs.length / 2)];
      // The curve takes the least CPU time of the repeats: process CPU time also counts the
      // compiler's and the collector's threads, which weigh most on the smallest logs.
      fullCpuMin = Math.min(...runs.map((r) => r.cpuMs));
    }

    // Log rate with the log already holding n entries: the median of three batches of 2,000.
    const batch = ctx.size({ smoke: 200, default: 2_000 });
    const batches = [0, 1, 2].map((r) => {
      const start = n + r * batch;
      return timed(() => {
        for (let i = start; i < start + batch; i++) add(i);
      });
    });
    const more = 3 * batch;
    const rate = (batch * 1000) / median(batches.map((t) => t.ms));
    // The curve uses CPU time: on a shared machine wall time mostly measures the neighbours.
    curves.logRate.push({ x: n, y: (median(batches.map((t) => t.cpuMs)) * 1e6) / batch });

    // Catch the verified point up (untimed), so that each incremental verify below covers 1,000 entries.
    log.verifyChain();

    // Incremental verify of 1,000 new entries.
    const fresh = ctx.size({ smoke: 100, default: 1_000 });
    const incremental =
      (median(
        [0, 1, 2].map((r) => {
          const start = n + more + r * fresh;
          for (let i = start; i < start + fresh; i++) add(i);
          return timeMs(() => log.verifyChain());
        }),
      ) *
        1_000) /
      fresh; // ms for 1,000 new entries
    curves.incremental.push({ x: n, y: incremental * 1e6 });
    ctx.metric(
      `verify.incremental.${n}.${b.id}`,
      `incremental verify of 1,000 new at ${n} (${b.name})`,
      incremental * 1e6,
      'ns',
    );
    if (full) {
      curves.full.push({ x: n, y: fullCpuMin * 1e6 });
      ctx.metric(`verify.full.${n}.${b.id}`, `full verify per entry at ${n} (${b.name})`, (full.ms * 1e6) / n, 'ns');
      ctx.metric(
        `verify.full.cpu.${n}.${b.id}`,
        `full verify CPU per entry at ${n} (${b.name})`,
        (full.cpuMs * 1e6) / n,
        'ns',
      );
    }

    // Queries through the indexes.
    const queryNs = QUERIES.map(([label, make]) => {
      const q = make(n);
      const stats = ctx.latency(`query "${label}" at ${n} (${b.name})`, () => log.queryHistory(q), { timeMs: 100 });
      ctx.latencyMetrics(
        `query.${n}.${label.replace(/\W+/g, '-')}.${b.id}`,
        `query "${label}" at ${n} (${b.name})`,
        stats,
      );
      return stats.p50Ns;
    });
    curves.query.push({ x: n, y: queryNs[1] as number }); // "type, newest 100": 100 results at every size

    // Merkle proofs.
    let k = 0;
    const size = log.size;
    const proof = ctx.latency(`inclusion proof at ${n} (${b.name})`, () => {
      k = (k + 7919) % size;
      return log.inclusionProof(k);
    });
    curves.proof.push({ x: n, y: proof.p50Ns });
    ctx.latencyMetrics(`proof.inclusion.${n}.${b.id}`, `inclusion proof at ${n} (${b.name})`, proof);

    // Storage: the NDJSON export, one line and a newline per entry.
    let storage = Number.NaN;
    if (first) {
      ctx.progress(`export ${n}`);
      storage = 0;
      for (const line of log.exportLog()) storage += Buffer.byteLength(line) + 1;
      storage *= n / size;
      ctx.metric(`storage.${n}`, `NDJSON bytes per entry at ${n}`, storage / n, 'bytes');
    }

    const m: Measured = { n, rate, full, incremental, queryNs, proofNs: proof.p50Ns, storage, bytes };
    scalabilityRows(ctx, b, m);
    if (n === 10_000) verifyAndQueryRows(ctx, b, m);
    if (n === 100_000 && first) queryPeers(ctx, log, n, queryNs);
    if (n === sizes[sizes.length - 1]) largest(ctx, b, log, m);
  }
  curvesFor(ctx, b, curves);
}

interface Measured {
  n: number;
  rate: number;
  full: { ms: number; cpuMs: number } | undefined;
  incremental: number;
  queryNs: number[];
  proofNs: number;
  storage: number;
  bytes: number;
}

const PLAN_AUDIT_SCALING: Record<number, { rate: number; verifyS: number; queryMs: number; storageMB: number }> = {
  1000: { rate: 1000, verifyS: 1, queryMs: 10, storageMB: 5 },
  10000: { rate: 1000, verifyS: 5, queryMs: 50, storageMB: 20 },
  100000: { rate: 800, verifyS: 30, queryMs: 200, storageMB: 100 },
  1000000: { rate: 500, verifyS: 300, queryMs: 1000, storageMB: 500 },
};

function scalabilityRows(ctx: BenchContext, b: Backend, m: Measured): void {
  const plan = PLAN_AUDIT_SCALING[m.n];
  if (!plan) return;
  const common = { table: 'audit-scaling' as const, component: 'Audit System' };
  const at = `at ${m.n} entries (${b.name})`;
  ctx.target({
    ...common,
    id: `scale.rate.${m.n}.${b.id}`,
    operation: `log rate ${at}`,
    measured: m.rate,
    unit: 'log/s',
    plan: { op: '>', value: plan.rate },
    aegis: { op: '>=', value: b.logsPerSecond },
  });
  if (m.full) {
    ctx.target({
      ...common,
      id: `scale.verify.${m.n}.${b.id}`,
      operation: `full verify ${at}`,
      measured: m.full.ms / 1000,
      unit: 's',
      plan: { op: '<', value: plan.verifyS },
      aegis: { op: '<=', value: (m.n * 3) / 1e6 },
    });
  }
  ctx.target({
    ...common,
    id: `scale.query.${m.n}.${b.id}`,
    operation: `query type + actor, newest 100, ${at}`,
    measured: (m.queryNs[0] as number) / 1e6,
    unit: 'ms',
    plan: { op: '<', value: plan.queryMs },
    aegis: { op: '<=', value: 1 },
  });
  if (Number.isFinite(m.storage)) {
    ctx.target({
      ...common,
      id: `scale.storage.${m.n}`,
      operation: `storage (NDJSON) at ${m.n} entries`,
      measured: m.storage / 2 ** 20,
      unit: 'MB',
      plan: { op: '<', value: plan.storageMB },
    });
  }
  if ((m.n === 10_000 || m.n === 100_000) && Number.isFinite(m.bytes)) {
    ctx.target({
      id: `memory.${m.n}`,
      table: 'memory',
      component: 'Audit System',
      operation: `${m.n} entries, retained`,
      measured: m.bytes / 2 ** 20,
      unit: 'MB',
      plan: { op: '<', value: m.n === 10_000 ? 50 : 200 },
      aegis: { op: '<', value: m.n === 10_000 ? 5 : 20 },
    });
  }
}

/** Benchmark 1.5 tests 3–4 at 10K: verification per entry and query time. */
function verifyAndQueryRows(ctx: BenchContext, b: Backend, m: Measured): void {
  if (m.full) {
    ctx.target({
      id: `b15.verify.${b.id}`,
      table: 'component-benchmarks',
      component: 'Audit System',
      operation: `1.5 chain verification per entry at ${m.n} (${b.name})`,
      measured: m.full.ms / m.n,
      unit: 'ms',
      plan: { op: '<', value: 1 },
      aegis: { op: '<=', value: 0.003 },
    });
  }
  ctx.target({
    id: `b15.query.${b.id}`,
    table: 'component-benchmarks',
    component: 'Audit System',
    operation: `1.5 query at ${m.n} entries, slowest of ${QUERIES.length} filters (${b.name})`,
    measured: Math.max(...m.queryNs) / 1e6,
    unit: 'ms',
    plan: { op: '<', value: 100 },
    aegis: { op: '<', value: 1 },
  });
}

/** The indexed queries against the same queries as filters over an array of entry objects. */
function queryPeers(ctx: BenchContext, log: AuditLog, n: number, queryNs: number[]): void {
  ctx.progress(`entry objects for the full-scan baseline (${n})`);
  const entries: AuditEntry[] = [];
  for (let s = 0; s < log.size; s++) entries.push(log.entry(s));
  QUERIES.forEach(([label, make], qi) => {
    const q = make(n);
    const ours = log.queryHistory(q).map((e) => e.seq);
    const naive = scan(entries, q).map((e) => e.seq);
    if (ours.join() !== naive.join()) ctx.note(`query "${label}": indexes and full scan disagree`);
    const stats = ctx.latency(`full scan "${label}" at ${n}`, () => scan(entries, q), { timeMs: 100 });
    ctx.peerTable({
      id: `query.${qi}`,
      title: `Query "${label}" over ${n} entries (${ours.length} results)`,
      metric: 'p50',
      unit: 'ns',
      better: 'lower',
      ours: 'aegis queryHistory (indexes)',
      rows: [
        { name: 'aegis queryHistory (indexes)', value: queryNs[qi] as number },
        { name: 'array filter over entry objects', value: stats.p50Ns, note: 'baseline: a full scan of ready objects' },
      ],
    });
  });
}

/** The Aegis bars stated at the largest size (1M entries at the default scale). */
function largest(ctx: BenchContext, b: Backend, log: AuditLog, m: Measured): void {
  const at = `at ${m.n} entries (${b.name})`;
  const rows: [string, string, number, string, number][] = [
    // 1,000 new entries: milliseconds in total are microseconds per entry.
    ['incremental', `incremental verify per new entry (1,000 new) ${at}`, m.incremental, 'µs', 3],
    ['query', `filtered query (type + actor), newest 100, ${at}`, (m.queryNs[0] as number) / 1e6, 'ms', 1],
    ['proof', `inclusion proof ${at}`, m.proofNs / 1000, 'µs', 50],
  ];
  if (m.full) {
    rows.unshift(
      ['full', `full verify per entry ${at}`, (m.full.ms * 1000) / m.n, 'µs', 3],
      ['full-cpu', `full verify CPU time per entry ${at}`, (m.full.cpuMs * 1000) / m.n, 'µs', 3],
    );
  }
  for (const [id, operation, measured, unit, bar] of rows) {
    ctx.target({
      id: `bar.${id}.${b.id}`,
      table: 'component-benchmarks',
      component: 'Audit System',
      operation,
      measured,
      unit,
      aegis: { op: '<=', value: bar },
    });
  }
  if (Number.isFinite(m.bytes)) {
    ctx.target({
      id: 'bar.memory',
      table: 'memory',
      component: 'Audit System',
      operation: `${m.n} entries, retained`,
      measured: m.bytes / 2 ** 20,
      unit: 'MB',
      aegis: { op: '<=', value: (300 * m.n) / 1_000_000 },
    });
  }
  // Checkpoints: signing one, and a consistency proof from anywhere in the log.
  const signingKey = new Uint8Array(32).fill(9);
  const signer = AuditLog.fromLines([...log.exportLog({ to: Math.min(m.n, 1_000) })], {
    signingKey,
    ...(b.hash ? { hash: b.hash } : {}),
  });
  const sign = ctx.latency(`checkpoint sign (${b.name})`, () => signer.checkpoint(), { timeMs: 100 });
  ctx.latencyMetrics(`checkpoint.sign.${b.id}`, `checkpoint() (${b.name})`, sign);
  let k = 0;
  const consistency = ctx.latency(
    `consistency proof ${at}`,
    () => {
      k = (k + 7919) % (m.n - 1);
      return log.consistencyProof(k + 1);
    },
    { timeMs: 100 },
  );
  ctx.latencyMetrics(`proof.consistency.${b.id}`, `consistency proof ${at}`, consistency);
  const lines = [...log.exportLog({ to: Math.min(m.n, 100_000) })];
  const restoreMs = timeMs(() => AuditLog.fromLines(lines, b.hash ? { hash: b.hash } : {}));
  ctx.metric(`restore.${b.id}`, `fromLines per entry (${b.name})`, (restoreMs * 1e6) / lines.length, 'ns');
}

function curvesFor(ctx: BenchContext, b: Backend, c: Curves): void {
  const curve = (id: string, title: string, yLabel: string, unit: string, points: Pt[], maxExponent: number) => {
    if (points.length < 2) return;
    ctx.curve({
      id: `${id}.${b.id}`,
      title: `${title} (${b.name})`,
      xLabel: 'entries',
      yLabel,
      unit,
      points,
      maxExponent,
    });
  };
  curve('log-rate', 'logAction CPU time vs log size', 'CPU time per entry', 'ns', c.logRate, 0.1);
  curve('verify-full', 'full verify CPU time vs log size', 'CPU time', 'ns', c.full, 1.1);
  curve('verify-incremental', 'incremental verify of 1,000 new entries vs log size', 'time', 'ns', c.incremental, 0.15);
  curve('query', 'query "type, newest 100" vs log size', 'p50', 'ns', c.query, 0.2);
  curve('proof', 'inclusion proof vs log size', 'p50', 'ns', c.proof, 0.25);
  curve('memory', 'retained memory vs log size', 'bytes', 'bytes', c.memory, 1.1);
}
