/**
 * The audit system (plan Benchmark 1.5 and Scalability 4.2), with both hash backends side by side:
 * sequential and concurrent logging, full and incremental verification, filtered queries against a
 * full-scan baseline, Merkle proofs, NDJSON storage and retained memory from 1K to 1M entries, and
 * `merkletreejs` building the same RFC 6962 root over the same leaves.
 */
import { hash as nodeCryptoHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MerkleTree } from 'merkletreejs';
import { type AuditEntry, AuditLog, type HashFunction, type HistoryQuery, MerkleLog } from '../../src/index.js';
import { nodeSha256 } from '../../src/node/index.js';
import { type BenchContext, consume, forceGc, type Suite } from '../harness/context.js';
import { median } from '../harness/stats.js';

interface Backend {
  /** Row label. */
  name: string;
  /** Id fragment. */
  id: string;
  /** `undefined` is the default (@noble/hashes). */
  hash: HashFunction | undefined;
  /** The Aegis bar for logAction throughput with this backend. */
  logsPerSecond: number;
  /** The same SHA-256 for merkletreejs, which hashes Buffers. */
  peerHash: (data: Buffer) => Buffer;
}

const BACKENDS: Backend[] = [
  {
    name: 'node:crypto',
    id: 'node',
    hash: nodeSha256,
    logsPerSecond: 100_000,
    peerHash: (d) => nodeCryptoHash('sha256', d, 'buffer'),
  },
  {
    name: '@noble/hashes',
    id: 'noble',
    hash: undefined,
    logsPerSecond: 40_000,
    peerHash: (d) => Buffer.from(sha256(d)),
  },
];

const TYPES = [
  'tool.call',
  'request.allowed',
  'request.blocked',
  'request.escalated',
  'ethics.check',
  'evolution.learned',
  'checkpoint.note',
];
const TOOLS = ['shell', 'http', 'fs.read', 'fs.write', 'sql', 'email', 'browser', 'python'];
const ACTORS = Array.from({ length: 32 }, (_, i) => `agent-${i}`);
const START = 1_700_000_000_000;
/** The rarest type: about 1 entry in 500. */
const RARE = 'hitl.decision';

/** A log with a 1-ms-per-entry clock; entry i is logged at START + i. */
function newLog(backend: Backend): { log: AuditLog; add(i: number): AuditEntry; append(i: number): number } {
  let t = START;
  const log = new AuditLog({ clock: () => t++, ...(backend.hash ? { hash: backend.hash } : {}) });
  return {
    log,
    add: (i) => log.logAction(typeOf(i), dataOf(i), { actor: ACTORS[(i * 7 + (i >>> 6)) % 32] as string }),
    append: (i) => log.append(typeOf(i), dataOf(i), { actor: ACTORS[(i * 7 + (i >>> 6)) % 32] as string }),
  };
}

/** Skewed types: the rare one about 1 in 500, the seven others evenly. */
function typeOf(i: number): string {
  const h = Math.imul(i, 0x9e3779b1) >>> 0;
  return h % 500 === 0 ? RARE : (TYPES[h % TYPES.length] as string);
}

/** About 60 bytes of JSON, so that an entry's canonical text is about 190 bytes (a ~250-byte line). */
function dataOf(i: number): { action: number; tool: string; target: string; ok: boolean } {
  return { action: i, tool: TOOLS[i & 7] as string, target: `/srv/app/${i % 997}.log`, ok: (i & 3) !== 0 };
}

const QUERIES: [string, (n: number) => HistoryQuery][] = [
  ['type + actor, newest 100', () => ({ types: ['request.blocked'], actor: 'agent-5', limit: 100, order: 'desc' })],
  ['type, newest 100', () => ({ types: ['tool.call'], limit: 100, order: 'desc' })],
  ['time window, first 100', (n) => ({ from: START + Math.floor(n / 2), to: START + n, limit: 100 })],
  ['rare type, all', () => ({ types: [RARE] })],
  [
    'two types + actor + time, 100',
    (n) => ({ types: [RARE, 'tool.call'], actor: 'agent-9', from: START + Math.floor(n / 4), limit: 100 }),
  ],
];

/** The query answered by filtering an array of entry objects: the full scan the indexes avoid. */
function scan(entries: readonly AuditEntry[], q: HistoryQuery): AuditEntry[] {
  let out = entries.filter(
    (e) =>
      (q.from === undefined || e.timestamp >= q.from) &&
      (q.to === undefined || e.timestamp <= q.to) &&
      (q.types === undefined || q.types.includes(e.type)) &&
      (q.actor === undefined || e.actor === q.actor),
  );
  if (q.order === 'desc') out = out.reverse();
  return out.slice(0, q.limit ?? out.length);
}

function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

/** Wall and CPU time of `fn` (CPU time is what a core of its own would take on a busy machine). */
function timed(fn: () => unknown): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const ms = timeMs(fn);
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

export const auditSuite: Suite = {
  id: 'audit',
  title: 'Audit System: hash chain + RFC 6962 Merkle log',
  plan: 'Benchmark 1.5, Scalability 4.2, Throughput, Latency, Memory',
  async run(ctx) {
    warmUp(ctx);
    for (const backend of BACKENDS) {
      sequential(ctx, backend);
      await concurrent(ctx, backend);
      scaling(ctx, backend);
    }
    peers(ctx);
  },
};

/**
 * Runs every measured path once on a small log per backend, untimed, so that the first figures of the
 * first backend are not the JIT's compile time.
 */
function warmUp(ctx: BenchContext): void {
  ctx.progress('warm-up');
  const n = ctx.size({ smoke: 300, default: 5_000 });
  for (const b of BACKENDS) {
    const { log, add } = newLog(b);
    for (let i = 0; i < n; i++) add(i);
    for (let r = 0; r < 3; r++) log.verifyChain({ full: true });
    for (const [, make] of QUERIES) consume(log.queryHistory(make(n)));
    for (let i = 0; i < 200; i++) consume(log.inclusionProof(i % n));
    consume(AuditLog.fromLines([...log.exportLog()], b.hash ? { hash: b.hash } : {}));
  }
  forceGc();
}

/** Benchmark 1.5 test 1: log 10K entries sequentially; and the per-call latency of logAction. */
function sequential(ctx: BenchContext, b: Backend): void {
  const n = ctx.size({ smoke: 500, default: 10_000 });
  const rate = ctx.throughput(`logAction ×${n} (${b.name})`, n, (k) => {
    const { log, add } = newLog(b);
    for (let i = 0; i < k; i++) add(i);
    return log;
  });
  ctx.metric(`log.rate.${b.id}`, `logAction, ${n} sequential (${b.name})`, rate, 'entries/s', 'higher');
  // The same entries through `append`, which returns the seq instead of building the entry.
  const appendRate = ctx.throughput(`append ×${n} (${b.name})`, n, (k) => {
    const { log, append } = newLog(b);
    for (let i = 0; i < k; i++) append(i);
    return log;
  });
  ctx.metric(
    `log.append.rate.${b.id}`,
    `append (seq only), ${n} sequential (${b.name})`,
    appendRate,
    'entries/s',
    'higher',
  );
  ctx.target({
    id: `log.throughput.${b.id}`,
    table: 'throughput',
    component: 'Audit System',
    operation: `action logging, ${n} sequential (${b.name})`,
    measured: rate,
    unit: 'log/s',
    plan: { op: '>=', value: 1000 },
    aegis: { op: '>=', value: b.logsPerSecond },
  });
  const cpu = median(
    Array.from({ length: ctx.size({ smoke: 1, default: 5 }) }, () => {
      const { add } = newLog(b);
      return (
        (timed(() => {
          for (let i = 0; i < n; i++) add(i);
        }).cpuMs *
          1000) /
        n
      );
    }),
  );
  ctx.metric(`log.cpu.${b.id}`, `logAction CPU time (${b.name})`, cpu * 1000, 'ns');
  ctx.target({
    id: `log.cpu.${b.id}`,
    table: 'component-benchmarks',
    component: 'Audit System',
    operation: `logAction CPU time per entry, ${n} sequential (${b.name}; bar = 1 / rate bar)`,
    measured: cpu,
    unit: 'µs',
    aegis: { op: '<=', value: 1e6 / b.logsPerSecond },
  });

  const { add } = newLog(b);
  for (let i = 0; i < n; i++) add(i);
  let i = n;
  const stats = ctx.latency(`logAction latency at ${n}+ (${b.name})`, () => add(i++));
  ctx.latencyMetrics(`log.latency.${b.id}`, `logAction (${b.name})`, stats);
  const rows: [string, number, number][] = [
    ['p50', stats.p50Ns, 2],
    ['p95', stats.p95Ns, 5],
    ['p99', stats.p99Ns, 10],
  ];
  for (const [p, ns, planMs] of rows) {
    ctx.target({
      id: `log.latency.${p}.${b.id}`,
      table: 'latency',
      component: 'Audit System',
      operation: `log_action ${p} (${b.name})`,
      measured: ns / 1e6,
      unit: 'ms',
      plan: { op: '<', value: planMs },
      aegis: { op: '<', value: planMs / 100 },
    });
  }
}

/** Benchmark 1.5 test 2: ten async producers logging into one log, interleaved at every await. */
async function concurrent(ctx: BenchContext, b: Backend): Promise<void> {
  const producers = 10;
  const each = ctx.size({ smoke: 50, default: 2_000 });
  ctx.progress(`10 concurrent producers × ${each} (${b.name})`);
  const rates: number[] = [];
  let intact = true;
  for (let run = 0; run < ctx.size({ smoke: 1, default: 5 }); run++) {
    const { log } = newLog(b);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: producers }, async (_, p) => {
        for (let j = 0; j < each; j++) {
          const i = p * each + j;
          log.logAction(typeOf(i), dataOf(i), { actor: `producer-${p}` });
          await null;
        }
      }),
    );
    rates.push((producers * each * 1000) / (performance.now() - t0));
    const v = log.verifyChain({ full: true });
    const perProducer = log.queryHistory({ actor: 'producer-3' }).length;
    if (!v.ok || v.size !== producers * each || perProducer !== each) intact = false;
  }
  if (!intact) ctx.note(`concurrent logging (${b.name}): the chain did not verify or entries were lost`);
  const total = median(rates);
  ctx.metric(`log.concurrent.${b.id}`, `logAction, 10 producers (${b.name})`, total, 'entries/s', 'higher');
  ctx.target({
    id: `log.concurrent.${b.id}`,
    table: 'component-benchmarks',
    component: 'Audit System',
    operation: `1.5 concurrent logging, per producer of 10${intact ? '' : ' (CHAIN BROKEN)'} (${b.name})`,
    measured: intact ? total / producers : 0,
    unit: 'log/s',
    plan: { op: '>=', value: 500 },
    aegis: { op: '>=', value: b.logsPerSecond / producers },
  });
}

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
function scaling(ctx: BenchContext, b: Backend): void {
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

/** merkletreejs building the same RFC 6962 root over the same leaf hashes, both backends. */
function peers(ctx: BenchContext): void {
  const n = ctx.size({ smoke: 1_000, default: 1_000_000 });
  const rng = ctx.rng(42);
  const leaves: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const leaf = Buffer.allocUnsafe(32);
    for (let j = 0; j < 32; j += 4) leaf.writeUInt32LE(rng.nextU32(), j);
    leaves.push(leaf);
  }
  const prefix = Buffer.from([1]);
  for (const b of BACKENDS) {
    let peerRoot = '';
    let ours = '';
    const build = {
      merkletreejs: () => {
        const concatenator = (bufs: Buffer[]) => Buffer.concat([prefix, ...bufs]);
        peerRoot = new MerkleTree(leaves, b.peerHash, { concatenator }).getRoot().toString('hex');
      },
      MerkleLog: () => {
        const log = new MerkleLog(b.hash ? { hash: b.hash } : {});
        for (const leaf of leaves) log.appendLeafHash(leaf);
        ours = bytesToHex(log.root());
      },
    };
    // Alternating, twice each, each from a collected heap (merkletreejs leaves millions of Buffers
    // behind): the best of two, in wall and in CPU time.
    const times: Record<keyof typeof build, { ms: number; cpuMs: number }[]> = { merkletreejs: [], MerkleLog: [] };
    for (let round = 0; round < 2; round++) {
      for (const name of ['MerkleLog', 'merkletreejs'] as const) {
        forceGc();
        ctx.progress(`${name}, ${n} leaves (${b.name})`);
        times[name].push(timed(build[name]));
      }
    }
    const best = (name: keyof typeof build, key: 'ms' | 'cpuMs') => Math.min(...times[name].map((t) => t[key]));
    const [oursMs, peerMs] = [best('MerkleLog', 'ms'), best('merkletreejs', 'ms')];
    const cpuRatio = best('merkletreejs', 'cpuMs') / best('MerkleLog', 'cpuMs');
    const agree = ours === peerRoot;
    if (!agree) ctx.note(`merkletreejs (${b.name}) built a different root over the same leaves`);
    ctx.metric(
      `merkle-root.cpu-ratio.${b.id}`,
      `merkletreejs CPU time / ours, ${n} leaves (${b.name})`,
      cpuRatio,
      '×',
      'higher',
    );
    ctx.peerTable({
      id: `merkle-root.${b.id}`,
      title: `RFC 6962 root of ${n} leaf hashes (${b.name})`,
      metric: 'build time, best of 2',
      unit: 'ms',
      better: 'lower',
      ours: 'aegis MerkleLog',
      rows: [
        { name: 'aegis MerkleLog', value: oursMs },
        {
          name: 'merkletreejs',
          value: peerMs,
          note: `${agree ? 'same root' : 'DIFFERENT ROOT'}; CPU time ${cpuRatio.toFixed(2)}× ours`,
        },
      ],
    });
    ctx.target({
      id: `merkle-root.vs-merkletreejs.${b.id}`,
      table: 'component-benchmarks',
      component: 'Audit System',
      operation: `${n}-leaf root, merkletreejs time / ours (${b.name})`,
      measured: agree ? peerMs / oursMs : 0,
      unit: '×',
      aegis: { op: '>=', value: 2.5 },
    });
  }
}
