/**
 * The HITL suite at scale: expiry sweeps against a scanning baseline, memory over pending and
 * decided requests, the pending part of Stress 3.3, and the side-by-side comparison with a sorted
 * array and the original map-and-sort design.
 */
import { DecisionQueue } from '../../src/index.js';
import { type BenchContext, consume, forceGc, usedBytes } from '../harness/context.js';
import { type LatencyStats, median, summarize } from '../harness/stats.js';
import { benchQueue, CANDIDATES, decisionInput, OURS, steadyBacklog } from './hitl-workload.js';

const MS = 1e6; // ns per ms

/** Percentiles of `fn` timed one call at a time with performance.now (for multi-step operations). */
function timedEach(count: number, fn: (i: number) => void): LatencyStats {
  const ns = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    fn(i);
    ns[i] = (performance.now() - t0) * MS;
  }
  return summarize(ns);
}

/** A queue of `n` pending requests of which request i < k is due at k + i, the rest far later. */
function dueQueue(n: number, k: number, ladder: boolean): DecisionQueue {
  const q = new DecisionQueue({
    clock: () => 0,
    scheduler: null,
    maxPending: 2 ** 31,
    ...(ladder ? { escalationLadder: [0.5] } : {}),
  });
  for (let i = 0; i < n; i++) {
    q.requestDecision({ description: 'd', priority: 'low', requester: 'r', timeoutMs: i < k ? k + i : 1e9 });
  }
  return q;
}

/**
 * expire() with k due among n pending, in one sweep (per item) and one at a time (per sweep, the
 * usual case since every call sweeps), beside the original design's sweep: a scan of every pending
 * deadline. Ours costs O(log n) comparisons per due item; each level of a 100,000-entry heap is a
 * cache miss, so time grows faster than log n, but it never touches the requests that are not due.
 */
export function expirySweep(ctx: BenchContext): void {
  const sizes = ctx.size({ smoke: [1000, 3000], default: [1000, 10_000, 100_000] });
  const k = 100;
  const repeats = ctx.size({ smoke: 1, default: 5 });
  const batch: { x: number; y: number }[] = [];
  const ladder: { x: number; y: number }[] = [];
  const one: { x: number; y: number }[] = [];
  const scan: { x: number; y: number }[] = [];
  for (const n of sizes) {
    ctx.progress(`expire: ${k} due among ${n}`);
    const perItem: number[] = [];
    const perLadderItem: number[] = [];
    const perSweep: number[] = [];
    for (let r = 0; r < repeats; r++) {
      for (const withLadder of [false, true]) {
        const q = dueQueue(n, k, withLadder);
        forceGc();
        // By 2k all k expire; with the ladder, by 1.5k all k escalate (at (k + i) / 2) and k/2 + 1 expire.
        const t0 = performance.now();
        const expired = q.expire(withLadder ? 1.5 * k : 2 * k).length;
        const ns = (performance.now() - t0) * MS;
        if (expired !== (withLadder ? k / 2 + 1 : k)) throw new Error(`expire: ${expired} expired`);
        if (withLadder) perLadderItem.push(ns / (expired + k));
        else perItem.push(ns / expired);
      }
      const q = dueQueue(n, k, false);
      forceGc();
      for (let i = 0; i < k; i++) {
        const t0 = performance.now();
        const expired = q.expire(k + i).length;
        perSweep.push((performance.now() - t0) * MS);
        if (expired !== 1) throw new Error(`expire: ${expired} expired at once`);
      }
    }
    batch.push({ x: n, y: median(perItem) });
    ladder.push({ x: n, y: median(perLadderItem) });
    one.push({ x: n, y: median(perSweep) });
    // The original design's sweep: every pending deadline checked, one found due per sweep.
    const deadlines = new Map<string, number>();
    for (let i = 0; i < n; i++) deadlines.set(`decision-${i}`, i < k ? k + i : 1e9);
    const scans: number[] = [];
    for (let i = 0; i < k; i++) {
      const t0 = performance.now();
      for (const [id, deadline] of deadlines) if (deadline <= k + i) deadlines.delete(id);
      scans.push((performance.now() - t0) * MS);
    }
    scan.push({ x: n, y: median(scans.slice(k / 2)) }); // the second half: warm
  }
  const curve = (id: string, title: string, yLabel: string, points: { x: number; y: number }[]) =>
    ctx.curve({ id, title, xLabel: 'pending requests', yLabel, unit: 'ns', points });
  curve('expire.batch', `expire(): ${k} due among n in one sweep, time per expiry`, 'per expiry', batch);
  curve(
    'expire.ladder',
    `expire() with a ladder at 0.5: ${k} escalations and ${k / 2 + 1} expiries, per item`,
    'per item',
    ladder,
  );
  curve('expire.one', 'expire(): one request due, time per sweep', 'per sweep', one);
  curve('expire.scan', 'baseline: a sweep scanning every pending deadline, one due, time per sweep', 'per sweep', scan);
  const largest = sizes.length - 1;
  ctx.peerTable({
    id: 'expire.one',
    title: `One request due among ${(sizes[largest] as number).toLocaleString('en-US')} pending: one sweep`,
    metric: 'median time per sweep',
    unit: 'ns',
    better: 'lower',
    ours: 'DecisionQueue.expire (deadline heap)',
    rows: [
      { name: 'DecisionQueue.expire (deadline heap)', value: (one[largest] as { y: number }).y },
      { name: 'scan of every deadline (original design)', value: (scan[largest] as { y: number }).y, note: 'baseline' },
    ],
  });
}

/** Median retained bytes of `build` over three runs. */
function retained(ctx: BenchContext, label: string, build: () => unknown): number {
  const runs = ctx.size({ smoke: 1, default: 3 });
  return median(Array.from({ length: runs }, () => ctx.retained(label, build)));
}

export function memory(ctx: BenchContext): void {
  if (!ctx.canMeasureMemory) {
    ctx.note('memory not measured: start node with --expose-gc');
    return;
  }
  const rng = ctx.rng(0x3e3);
  const pendingBytes = (n: number) =>
    retained(ctx, `${n} pending`, () => {
      const clock = { now: 0 };
      const q = benchQueue(clock);
      for (let i = 0; i < n; i++) q.requestDecision(decisionInput(rng, i));
      return q;
    });
  const hundred = pendingBytes(100);
  const thousand = pendingBytes(1000);
  ctx.metric('memory.pending.100', 'retained, 100 pending', hundred, 'bytes');
  ctx.metric('memory.pending.1000', 'retained, 1,000 pending (Stress 3.3)', thousand, 'bytes');
  ctx.metric('memory.pending.per-request', 'bytes per pending request (1,000 pending)', thousand / 1000, 'bytes');
  ctx.target({
    id: 'memory.pending.100',
    table: 'memory',
    component: 'HITL',
    operation: '100 pending',
    measured: hundred,
    unit: 'bytes',
    plan: { op: '<', value: 10 * 2 ** 20 },
    aegis: { op: '<=', value: 2 ** 20 },
  });
  const decided = (n: number) =>
    retained(ctx, `${n} decided`, () => {
      const clock = { now: 0 };
      const q = benchQueue(clock);
      for (let i = 0; i < n; i++) {
        clock.now++;
        const { id } = q.requestDecision(decisionInput(rng, i));
        if (i % 3 === 0) q.reject(id, { responder: 'bob' });
        else q.approve(id, { responder: 'alice', reasoning: 'fine' });
      }
      return q;
    });
  const small = ctx.size({ smoke: 1000, default: 10_000 });
  const large = ctx.size({ smoke: 3000, default: 100_000 });
  decided(small); // warm-up: code and inline caches would otherwise count towards the first figure
  const a = decided(small);
  const b = decided(large);
  ctx.metric(`memory.decided.${small}`, `retained after ${small} decided (history 1,000)`, a, 'bytes');
  ctx.metric(`memory.decided.${large}`, `retained after ${large} decided (history 1,000)`, b, 'bytes');
  ctx.target({
    id: 'memory.decided.flat',
    table: 'component-benchmarks',
    component: 'HITL',
    operation: `retained after ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} decisions, larger ÷ smaller (a leak: ~10×)`,
    measured: Math.max(b / a, a / b),
    unit: '×',
    plan: { op: '<', value: 2 },
    aegis: { op: '<=', value: 1.05 },
  });
}

/** Stress 3.3, HITL part: 1,000 pending maintained under churn; memory and latency must stay flat. */
export function stress(ctx: BenchContext): void {
  const rng = ctx.rng(0x33);
  const windows = ctx.size({ smoke: 2, default: 10 });
  const perWindow = ctx.size({ smoke: 1000, default: 20_000 });
  const clock = { now: 0 };
  // The live ids, kept by the queue's own events (expiries included), with O(1) random removal.
  const live: string[] = [];
  const slot = new Map<string, number>();
  const drop = (id: string) => {
    const k = slot.get(id) as number;
    const last = live.pop() as string;
    slot.delete(id);
    if (last !== id) {
      live[k] = last;
      slot.set(last, k);
    }
  };
  const q = new DecisionQueue({
    clock: () => clock.now,
    scheduler: null,
    maxPending: 2 ** 31,
    escalationLadder: [0.5],
    onEvent: (e) => {
      if (e.type === 'requested') {
        slot.set(e.request.id, live.length);
        live.push(e.request.id);
      } else if (e.type === 'decided' || e.type === 'expired') {
        drop(e.request.id);
      }
    },
  });
  const cycle = () => {
    clock.now++;
    q.requestDecision({ ...decisionInput(rng, clock.now), timeoutMs: rng.int(500, 5000) });
    const id = live[rng.int(0, live.length - 1)] as string;
    if (rng.chance(0.7)) q.approve(id, { responder: 'alice' });
    else if (rng.chance(0.5)) q.reject(id, { responder: 'bob' });
    else q.escalate(id);
    consume(q.pending({ limit: 50 }));
  };
  for (let i = 0; i < 1000; i++) q.requestDecision(decisionInput(rng, i));
  for (let i = 0; i < perWindow; i++) cycle(); // warm-up
  forceGc();
  const startBytes = usedBytes();
  const p99s: number[] = [];
  for (let w = 0; w < windows; w++) {
    ctx.progress(`stress window ${w + 1}/${windows}, ${q.pendingCount} pending`);
    p99s.push(timedEach(perWindow, cycle).p99Ns);
  }
  forceGc();
  const endBytes = usedBytes();
  ctx.metric('stress.pending', 'pending at the end of the churn', q.pendingCount, 'requests');
  ctx.metric('stress.cycle.p99.first', 'churn cycle p99, first window', p99s[0] as number, 'ns');
  ctx.metric('stress.cycle.p99.last', 'churn cycle p99, last window', p99s[p99s.length - 1] as number, 'ns');
  ctx.target({
    id: 'stress.memory',
    table: 'stress',
    component: 'HITL',
    operation: `Stress 3.3: heap before vs after ${(windows * perWindow).toLocaleString('en-US')} churn cycles (≈1,000 pending), larger ÷ smaller`,
    measured: Math.max(endBytes / startBytes, startBytes / endBytes),
    unit: '×',
    plan: { op: '<', value: 2 },
    aegis: { op: '<=', value: 1.05 },
  });
  ctx.target({
    id: 'stress.p99',
    table: 'stress',
    component: 'HITL',
    operation: 'Stress 3.3: churn cycle P99, last window ÷ first window',
    measured: (p99s[p99s.length - 1] as number) / (p99s[0] as number),
    unit: '×',
    plan: { op: '<', value: 2 },
  });
}

/** The steady-backlog workload on every candidate, checked against each other, then timed. */
export function sideBySide(ctx: BenchContext): void {
  const backlogs = ctx.size({ smoke: [1000, 3000], default: [1000, 100_000] });
  const check = new Set(CANDIDATES.map((c) => steadyBacklog(ctx.rng(7), c.create(), 500).run(300)));
  if (check.size !== 1) throw new Error('hitl: the candidates disagree on the pending lists');
  const ratios: string[] = [];
  for (const n of backlogs) {
    const rows: { name: string; value: number; note?: string }[] = [];
    for (const cand of CANDIDATES) {
      ctx.progress(`${cand.name}: backlog ${n}`);
      const work = steadyBacklog(ctx.rng(n), cand.create(), n);
      work.run(20); // warm-up
      const times: number[] = [];
      const budget = ctx.size({ smoke: 50, default: 1000 });
      const start = performance.now();
      // Rounds of 20 cycles until the budget is spent (at least 3): the slow baseline at 100,000
      // spends tens of milliseconds per query.
      do {
        const t0 = performance.now();
        work.run(20);
        times.push(((performance.now() - t0) * MS) / 20);
      } while (times.length < 3 || performance.now() - start < budget);
      rows.push({ name: cand.name, value: median(times), ...(cand.baseline ? { note: 'baseline' } : {}) });
    }
    ctx.peerTable({
      id: `steady.${n}`,
      title: `Steady backlog of ${n.toLocaleString('en-US')}: one request + one decision + pending({ limit: 50 }) per cycle`,
      metric: 'median time per cycle',
      unit: 'ns',
      better: 'lower',
      ours: OURS,
      rows,
    });
    const ours = rows.find((r) => r.name === OURS)?.value ?? Number.NaN;
    for (const r of rows) {
      if (r.name === OURS) continue;
      ctx.metric(`steady.${n}.vs.${r.name.split(' ')[0]}`, `${r.name} ÷ ours at ${n}`, r.value / ours, '×', 'higher');
      ratios.push(`${r.name} at ${n.toLocaleString('en-US')}: ${(r.value / ours).toFixed(1)}× our time`);
    }
  }
  ctx.note(`side by side: ${ratios.join('; ')}`);
}
