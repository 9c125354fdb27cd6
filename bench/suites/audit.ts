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
import { type BenchContext, consume, type Suite } from '../harness/context.js';
import { median } from '../harness/stats.js';

interface Backend {
  /** Row label. */
  name: string;
  /** Id fragment. */
  id: string;
  /** `undefined` is the default (@noble/hashes). */
  hash: HashFunction | undefined;
  /** The bar for logAction throughput with this backend. */
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
  'hitl.decision',
  'checkpoint.note',
];
const TOOLS = ['shell', 'http', 'fs.read', 'fs.write', 'sql', 'email', 'browser', 'python'];
const ACTORS = Array.from({ length: 32 }, (_, i) => `agent-${i}`);
const START = 1_700_000_000_000;
/** The rarest type: about 1 entry in 500. */
const RARE = 'hitl.decision';

/** A log with a 1-ms-per-entry clock; entry i is logged at START + i. */
function newLog(backend: Backend): { log: AuditLog; add(i: number): AuditEntry } {
  let t = START;
  const log = new AuditLog({ clock: () => t++, ...(backend.hash ? { hash: backend.hash } : {}) });
  return {
    log,
    add: (i) => log.logAction(typeOf(i), dataOf(i), { actor: ACTORS[(i * 7 + (i >>> 6)) % 32] as string }),
  };
}

/** Skewed types: the rare one about 1 in 500, the others evenly. */
function typeOf(i: number): string {
  const h = Math.imul(i, 0x9e3779b1) >>> 0;
  return h % 500 === 0 ? RARE : (TYPES[h % 7] as string);
}

/** About 60 bytes of JSON, so that an entry's canonical text is about 190 bytes (a ~250-byte line). */
function dataOf(i: number): { action: number; tool: string; target: string; ok: boolean } {
  return { action: i, tool: TOOLS[i & 7] as string, target: `/srv/app/${i % 997}.log`, ok: (i & 3) !== 0 };
}

const QUERIES: [string, (n: number) => HistoryQuery][] = [
  ['type + actor, newest 100', () => ({ types: ['request.blocked'], actor: 'agent-5', limit: 100, order: 'desc' })],
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

export const auditSuite: Suite = {
  id: 'audit',
  title: 'Audit System: hash chain + RFC 6962 Merkle log',
  plan: 'Benchmark 1.5, Scalability 4.2, Throughput, Latency, Memory',
  async run(ctx) {
    for (const backend of BACKENDS) {
      sequential(ctx, backend);
      await concurrent(ctx, backend);
      scaling(ctx, backend);
    }
    peers(ctx);
  },
};

/** Benchmark 1.5 test 1: log 10K entries sequentially; and the per-call latency of logAction. */
function sequential(ctx: BenchContext, b: Backend): void {
  const n = ctx.size({ smoke: 1_000, default: 10_000 });
  const rate = ctx.throughput(`logAction ×${n} (${b.name})`, n, (k) => {
    const { log, add } = newLog(b);
    for (let i = 0; i < k; i++) add(i);
    return log;
  });
  ctx.metric(`log.rate.${b.id}`, `logAction, ${n} sequential (${b.name})`, rate, 'entries/s', 'higher');
  ctx.target({
    id: `log.throughput.${b.id}`,
    table: 'Throughput',
    component: 'Audit System',
    operation: `action logging, ${n} sequential (${b.name})`,
    measured: rate,
    unit: 'log/s',
    plan: { op: '>=', value: 1000 },
    aegis: { op: '>=', value: b.logsPerSecond },
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
      table: 'Latency',
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
  const each = ctx.size({ smoke: 100, default: 2_000 });
  ctx.progress(`10 concurrent producers × ${each} (${b.name})`);
  const rates: number[] = [];
  let intact = true;
  for (let run = 0; run < 5; run++) {
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
    table: 'Benchmark',
    component: 'Audit System',
    operation: `1.5 concurrent logging, per producer of 10${intact ? '' : ' (CHAIN BROKEN)'} (${b.name})`,
    measured: intact ? total / producers : 0,
    unit: 'log/s',
    plan: { op: '>=', value: 500 },
    aegis: { op: '>=', value: (b.logsPerSecond / producers) * 0.9 },
  });
}

/** Scalability 4.2 and Benchmark 1.5 tests 3–4 at each size: the log is built once per size. */
function scaling(ctx: BenchContext, b: Backend): void {
  const sizes = ctx.size({ smoke: [1_000, 4_000], default: [1_000, 10_000, 100_000, 1_000_000] });
  const curves = {
    logRate: [] as Pt[],
    full: [] as Pt[],
    incremental: [] as Pt[],
    query: [] as Pt[],
    proof: [] as Pt[],
  };
  const memory: Pt[] = [];
  for (const n of sizes) {
    let built: ReturnType<typeof newLog> | undefined;
    let buildMs = 0;
    const bytes = ctx.retained(`build ${n} (${b.name})`, () => {
      built = newLog(b);
      const { add } = built;
      buildMs = timeMs(() => {
        for (let i = 0; i < n; i++) add(i);
      });
      return built.log;
    });
    if (built === undefined) return;
    const { log, add } = built;
    ctx.metric(`build.${n}.${b.id}`, `build ${n} entries (${b.name})`, (buildMs * 1e6) / n, 'ns/entry');
    if (Number.isFinite(bytes)) {
      memory.push({ x: n, y: bytes });
      ctx.metric(`memory.${n}.${b.id}`, `retained memory, ${n} entries (${b.name})`, bytes, 'bytes');
    }

    // Log rate with the log already holding n entries.
    const more = Math.min(2_000, n);
    const appendMs = timeMs(() => {
      for (let i = n; i < n + more; i++) add(i);
    });
    const rate = (more * 1000) / appendMs;
    curves.logRate.push({ x: n, y: (appendMs * 1e6) / more });

    // Full verify (all entries, every Merkle node) and incremental verify of 1,000 new entries.
    const fullMs = median(
      [1, 2, 3].slice(0, n >= 100_000 ? 1 : 3).map(() => timeMs(() => log.verifyChain({ full: true }))),
    );
    const perEntryNs = (fullMs * 1e6) / log.size;
    curves.full.push({ x: n, y: fullMs * 1e6 });
    for (let i = n + more; i < n + more + 1_000; i++) add(i);
    const incrementalMs = timeMs(() => log.verifyChain());
    curves.incremental.push({ x: n, y: incrementalMs * 1e6 });
    ctx.metric(`verify.full.${n}.${b.id}`, `full verify per entry at ${n} (${b.name})`, perEntryNs, 'ns');
    ctx.metric(
      `verify.incremental.${n}.${b.id}`,
      `incremental verify of 1,000 new at ${n} (${b.name})`,
      incrementalMs * 1e6,
      'ns',
    );

    // Queries through the indexes.
    const queryNs: number[] = [];
    for (const [label, make] of QUERIES) {
      const q = make(n);
      const stats = ctx.latency(`query "${label}" at ${n} (${b.name})`, () => log.queryHistory(q), { timeMs: 150 });
      ctx.latencyMetrics(
        `query.${n}.${label.replace(/\W+/g, '-')}.${b.id}`,
        `query "${label}" at ${n} (${b.name})`,
        stats,
      );
      queryNs.push(stats.p50Ns);
    }
    const filteredNs = queryNs[0] as number; // type + actor, limit 100
    curves.query.push({ x: n, y: filteredNs });

    // Merkle proofs.
    let k = 0;
    const size = log.size;
    const proof = ctx.latency(`inclusion proof at ${n} (${b.name})`, () => log.inclusionProof((k = (k + 7919) % size)));
    curves.proof.push({ x: n, y: proof.p50Ns });
    ctx.latencyMetrics(`proof.inclusion.${n}.${b.id}`, `inclusion proof at ${n} (${b.name})`, proof);

    // Storage: the NDJSON export (one line and a newline per entry).
    let storage = 0;
    for (const line of log.exportLog()) storage += Buffer.byteLength(line) + 1;
    ctx.metric(`storage.${n}.${b.id}`, `NDJSON bytes per entry at ${n} (${b.name})`, storage / size, 'bytes');

    const plan42 = SCALABILITY_42[n];
    if (plan42) {
      scalabilityRows(ctx, b, n, { rate, fullMs, filteredNs, storage: (storage / size) * n, plan42 });
    }
    if (n === 10_000) {
      benchmark15(ctx, b, log, n, perEntryNs, queryNs);
    }
    if (n === sizes[sizes.length - 1]) {
      largest(ctx, b, log, n, { perEntryNs, incrementalMs, filteredNs, proofNs: proof.p50Ns, bytes });
    }
    if (b.id === 'node' && (n === 10_000 || n === 100_000) && Number.isFinite(bytes)) {
      ctx.target({
        id: `memory.${n}`,
        table: 'Memory',
        component: 'Audit System',
        operation: `${n} entries, retained (NDJSON lines not kept)`,
        measured: bytes / 2 ** 20,
        unit: 'MB',
        plan: { op: '<', value: n === 10_000 ? 50 : 200 },
        aegis: { op: '<', value: n === 10_000 ? 5 : 20 },
      });
    }
  }
  curvesFor(ctx, b, curves, memory);
}

interface Pt {
  x: number;
  y: number;
}

const SCALABILITY_42: Record<number, { rate: number; verifyS: number; queryMs: number; storageMB: number }> = {
  1000: { rate: 1000, verifyS: 1, queryMs: 10, storageMB: 5 },
  10000: { rate: 1000, verifyS: 5, queryMs: 50, storageMB: 20 },
  100000: { rate: 800, verifyS: 30, queryMs: 200, storageMB: 100 },
  1000000: { rate: 500, verifyS: 300, queryMs: 1000, storageMB: 500 },
};

function scalabilityRows(
  ctx: BenchContext,
  b: Backend,
  n: number,
  m: { rate: number; fullMs: number; filteredNs: number; storage: number; plan42: (typeof SCALABILITY_42)[number] },
): void {
  const common = { table: 'Scalability 4.2' as const, component: 'Audit System' };
  ctx.target({
    ...common,
    id: `scale.rate.${n}.${b.id}`,
    operation: `log rate at ${n} entries (${b.name})`,
    measured: m.rate,
    unit: 'log/s',
    plan: { op: '>', value: m.plan42.rate },
    aegis: { op: '>=', value: b.logsPerSecond },
  });
  ctx.target({
    ...common,
    id: `scale.verify.${n}.${b.id}`,
    operation: `full verify of ${n} entries (${b.name})`,
    measured: m.fullMs / 1000,
    unit: 's',
    plan: { op: '<', value: m.plan42.verifyS },
    aegis: { op: '<=', value: (n * 3) / 1e6 },
  });
  ctx.target({
    ...common,
    id: `scale.query.${n}.${b.id}`,
    operation: `query type+actor, limit 100, at ${n} (${b.name})`,
    measured: m.filteredNs / 1e6,
    unit: 'ms',
    plan: { op: '<', value: m.plan42.queryMs },
    aegis: { op: '<=', value: 1 },
  });
  if (b.id === 'node') {
    ctx.target({
      ...common,
      id: `scale.storage.${n}`,
      operation: `storage (NDJSON) at ${n} entries`,
      measured: m.storage / 2 ** 20,
      unit: 'MB',
      plan: { op: '<', value: m.plan42.storageMB },
    });
  }
}

/** Benchmark 1.5 tests 3–4 at 10K: verification per entry and query time, against a full scan. */
function benchmark15(ctx: BenchContext, b: Backend, log: AuditLog, n: number, perEntryNs: number, queryNs: number[]) {
  ctx.target({
    id: `b15.verify.${b.id}`,
    table: 'Benchmark',
    component: 'Audit System',
    operation: `1.5 chain verification per entry at ${n} (${b.name})`,
    measured: perEntryNs / 1e6,
    unit: 'ms',
    plan: { op: '<', value: 1 },
    aegis: { op: '<=', value: 0.003 },
  });
  ctx.target({
    id: `b15.query.${b.id}`,
    table: 'Benchmark',
    component: 'Audit System',
    operation: `1.5 query at ${n} entries, slowest of ${QUERIES.length} filters (${b.name})`,
    measured: Math.max(...queryNs) / 1e6,
    unit: 'ms',
    plan: { op: '<', value: 100 },
    aegis: { op: '<', value: 1 },
  });
  if (b.id !== 'node') return;
  // The baseline: the same queries as filters over an array of entry objects.
  const entries: AuditEntry[] = [];
  for (let s = 0; s < log.size; s++) entries.push(log.entry(s));
  QUERIES.forEach(([label, make], qi) => {
    const q = make(n);
    const ours = log.queryHistory(q).map((e) => e.seq);
    const naive = scan(entries, q).map((e) => e.seq);
    if (ours.join() !== naive.join()) ctx.note(`query "${label}": indexes and full scan disagree`);
    const stats = ctx.latency(`full scan "${label}" at ${n}`, () => scan(entries, q), { timeMs: 150 });
    ctx.peerTable({
      id: `query.${qi}`,
      title: `Query "${label}" over ${n} entries`,
      metric: 'p50',
      unit: 'ns',
      better: 'lower',
      ours: 'aegis queryHistory (indexes)',
      rows: [
        { name: 'aegis queryHistory (indexes)', value: queryNs[qi] as number },
        { name: 'array filter over entry objects', value: stats.p50Ns, note: 'baseline: a full scan' },
      ],
    });
  });
}

/** The bars stated at the largest size (1M entries at the default scale). */
function largest(
  ctx: BenchContext,
  b: Backend,
  log: AuditLog,
  n: number,
  m: { perEntryNs: number; incrementalMs: number; filteredNs: number; proofNs: number; bytes: number },
): void {
  const at = `at ${n} entries (${b.name})`;
  const rows: [string, string, number, string, number][] = [
    ['full', `full verify per entry ${at}`, m.perEntryNs / 1000, 'µs', 3],
    // 1,000 new entries: ms in total is µs per entry.
    ['incremental', `incremental verify per new entry (1,000 new) ${at}`, m.incrementalMs, 'µs', 3],
    ['query', `filtered query, limit 100, ${at}`, m.filteredNs / 1e6, 'ms', 1],
    ['proof', `inclusion proof ${at}`, m.proofNs / 1000, 'µs', 50],
  ];
  for (const [id, operation, measured, unit, bar] of rows) {
    ctx.target({
      id: `bar.${id}.${b.id}`,
      table: 'Benchmark',
      component: 'Audit System',
      operation,
      measured,
      unit,
      aegis: { op: '<=', value: bar },
    });
  }
  if (Number.isFinite(m.bytes)) {
    ctx.target({
      id: `bar.memory.${b.id}`,
      table: 'Memory',
      component: 'Audit System',
      operation: `${n} entries, retained ${at}`,
      measured: m.bytes / 2 ** 20,
      unit: 'MB',
      aegis: { op: '<=', value: (300 * n) / 1_000_000 },
    });
  }
  // Checkpoints: signing and checking one against the log (consistency proof from half the log).
  const signingKey = new Uint8Array(32).fill(9);
  const signer = AuditLog.fromLines([...log.exportLog({ to: Math.min(n, 1_000) })], {
    signingKey,
    ...(b.hash ? { hash: b.hash } : {}),
  });
  const sign = ctx.latency(`checkpoint sign (${b.name})`, () => signer.checkpoint(), { timeMs: 100 });
  ctx.latencyMetrics(`checkpoint.sign.${b.id}`, `checkpoint() (${b.name})`, sign);
  let k = 0;
  const consistency = ctx.latency(
    `consistency proof ${at}`,
    () => log.consistencyProof(1 + (k = (k + 7919) % (n - 1))),
    { timeMs: 100 },
  );
  ctx.latencyMetrics(`proof.consistency.${b.id}`, `consistency proof ${at}`, consistency);
  const lines = [...log.exportLog({ to: Math.min(n, 100_000) })];
  const restoreMs = timeMs(() => AuditLog.fromLines(lines, b.hash ? { hash: b.hash } : {}));
  ctx.metric(`restore.${b.id}`, `fromLines per entry (${b.name})`, (restoreMs * 1e6) / lines.length, 'ns');
}

function curvesFor(ctx: BenchContext, b: Backend, c: Record<string, Pt[]>, memory: Pt[]): void {
  const curve = (
    id: string,
    title: string,
    yLabel: string,
    unit: string,
    points: Pt[] | undefined,
    maxExponent: number,
  ) => {
    if (points && points.length >= 2)
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
  curve('log-rate', 'logAction cost vs log size', 'time per entry', 'ns', c.logRate, 0.1);
  curve('verify-full', 'full verify vs log size', 'time', 'ns', c.full, 1.1);
  curve('verify-incremental', 'incremental verify of 1,000 new entries vs log size', 'time', 'ns', c.incremental, 0.15);
  curve('query', 'filtered query (limit 100) vs log size', 'p50', 'ns', c.query, 0.25);
  curve('proof', 'inclusion proof vs log size', 'p50', 'ns', c.proof, 0.25);
  curve('memory', 'retained memory vs log size', 'bytes', 'bytes', memory, 1.1);
}

/** merkletreejs building the same RFC 6962 root over the same leaf hashes, both backends. */
function peers(ctx: BenchContext): void {
  const n = ctx.size({ smoke: 2_000, default: 1_000_000 });
  const rng = ctx.rng(42);
  const leaves: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const leaf = Buffer.allocUnsafe(32);
    for (let j = 0; j < 32; j += 4) leaf.writeUInt32LE(rng.nextU32(), j);
    leaves.push(leaf);
  }
  const prefix = Buffer.from([1]);
  for (const b of BACKENDS) {
    ctx.progress(`merkletreejs, ${n} leaves (${b.name})`);
    let peerRoot = '';
    const peerMs = timeMs(() => {
      const tree = new MerkleTree(leaves, b.peerHash, {
        concatenator: (bufs: Buffer[]) => Buffer.concat([prefix, ...bufs]),
      });
      peerRoot = tree.getRoot().toString('hex');
    });
    ctx.progress(`MerkleLog, ${n} leaves (${b.name})`);
    let ours = '';
    const oursMs = timeMs(() => {
      const log = new MerkleLog(b.hash ? { hash: b.hash } : {});
      for (const leaf of leaves) log.appendLeafHash(leaf);
      ours = bytesToHex(log.root());
    });
    const agree = ours === peerRoot;
    if (!agree) ctx.note(`merkletreejs (${b.name}) built a different root over the same leaves`);
    ctx.peerTable({
      id: `merkle-root.${b.id}`,
      title: `RFC 6962 root of ${n} leaf hashes (${b.name})`,
      metric: 'build time',
      unit: 'ms',
      better: 'lower',
      ours: 'aegis MerkleLog',
      rows: [
        { name: 'aegis MerkleLog', value: oursMs },
        { name: 'merkletreejs', value: peerMs, note: agree ? 'same root' : 'DIFFERENT ROOT' },
      ],
    });
    ctx.target({
      id: `merkle-root.vs-merkletreejs.${b.id}`,
      table: 'Benchmark',
      component: 'Audit System',
      operation: `${n}-leaf root, merkletreejs time / ours (${b.name})`,
      measured: agree ? peerMs / oursMs : 0,
      unit: '×',
      aegis: { op: '>=', value: 2.5 },
    });
  }
}
