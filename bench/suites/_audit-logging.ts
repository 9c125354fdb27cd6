/**
 * Logging as an agent does it (the plan's Benchmark 1.5 tests 1–2): sequential `logAction`, its
 * per-call latency, and concurrent producers; with a warm-up of every measured path.
 */
import { AuditLog } from '../../src/index.js';
import { type BenchContext, consume, forceGc } from '../harness/context.js';
import { median } from '../harness/stats.js';
import { BACKENDS, type Backend, dataOf, newLog, QUERIES, timed, typeOf } from './_audit-workload.js';

/**
 * Runs every measured path once on a small log per backend, untimed, so that the first figures of the
 * first backend are not the JIT's compile time.
 */
export function warmUp(ctx: BenchContext): void {
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
export function sequential(ctx: BenchContext, b: Backend): void {
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
export async function concurrent(ctx: BenchContext, b: Backend): Promise<void> {
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
