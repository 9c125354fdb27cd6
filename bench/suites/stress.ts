/**
 * Stress tests of the pipeline (Test Suite 3): 3.1 sustained high throughput over a mix of safe,
 * unsafe and borderline requests with a human answering (printed per interval), 3.2 100 concurrent
 * tasks × 100 requests with pausing executors, 3.3 memory pressure (100K experiences, 10K audit
 * entries, 1,000 pending decisions) with and without retention limits. 3.4, the long run, is
 * `npm run soak` (`bench/soak.ts`).
 */
import { type Aegis, createAegis } from '../../src/index.js';
import { nodeSha256 } from '../../src/node/hash.js';
import { type BenchContext, forceGc, type Suite, type TargetRowInput, usedBytes } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { summarize } from '../harness/stats.js';
import { benchAegis, crossCheck, MS, mixed, SAFE_WORK, target, timeWorkflows, US } from './_pipeline-workload.js';
import { MB, type Population, runPopulation } from './_stress-run.js';

/** A row of the Stress table. */
function stress(ctx: BenchContext, row: Omit<TargetRowInput, 'table'>): void {
  target(ctx, { ...row, table: 'stress' });
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Stress 3.1: n requests (70% safe, 15% unsafe, 15% borderline) by 32 workers, a human answering. */
async function highThroughput(ctx: BenchContext): Promise<void> {
  const n = ctx.size({ smoke: 1_000, default: 100_000, full: 1_000_000 });
  const clock = { now: 1e12 };
  const aegis = benchAegis('node', { clock: () => clock.now });
  await crossCheck(aegis, SAFE_WORK, 'check');
  ctx.progress('3.1 warm-up');
  // Every path warmed (blocked, human, failed), then the measured run on the same pipeline.
  const warm = mixed(ctx.rng(0x3102), ctx.size({ smoke: 200, default: 10_000 }), 0.15, 0.15);
  await runPopulation(aegis, clock, warm, {
    workers: 32,
    intervals: 1,
    rng: ctx.rng(0x3103),
    rotate: 'node',
    prefix: 'w',
  });
  const items = mixed(ctx.rng(0x3100), n, 0.15, 0.15);
  ctx.progress(`3.1 ${fmt(n)} requests, 32 workers`);
  const run = await runPopulation(aegis, clock, items, {
    workers: 32,
    intervals: 10,
    rng: ctx.rng(0x3101),
    rotate: 'node',
  });
  const first = run.intervals[0];
  const last = run.intervals.at(-1);
  if (first === undefined || last === undefined) throw new Error('3.1: no intervals');
  ctx.metric('3.1.rate', `throughput over ${fmt(n)} mixed requests`, run.rate, 'wf/s', 'higher');
  run.intervals.forEach((iv, k) => {
    ctx.metric(`3.1.interval.${k}.rate`, `interval ${k + 1} throughput`, iv.rate, 'wf/s', 'higher');
    ctx.metric(`3.1.interval.${k}.p99`, `interval ${k + 1} p99 (no human step)`, iv.p99Ns, 'ns');
    ctx.metric(`3.1.interval.${k}.heap`, `interval ${k + 1} heap after GC`, iv.heapBytes, 'bytes');
  });
  ctx.note(
    `3.1 per interval of ${fmt(n / 10)} requests (workflows/s · p50/p99 without a human step · heap after GC · HITL · errors): ${run.intervals
      .map(
        (iv) =>
          `${fmt(iv.rate)} · ${(iv.p50Ns / US).toFixed(0)}/${(iv.p99Ns / US).toFixed(0)} µs · ${(iv.heapBytes / MB).toFixed(1)} MB · ${iv.hitl} · ${iv.errors}`,
      )
      .join(' | ')}`,
  );
  ctx.note(
    `3.1 decisions: ${Object.entries(run.decisions)
      .map(([d, c]) => `${d} ${fmt(c)}`)
      .join(', ')}; ${run.segments} audit segments, each verified, chained by audit.rotated entries`,
  );
  const ratio = last.rate / first.rate;
  const middle = run.intervals[Math.floor(run.intervals.length / 2)] ?? first;
  const errors = run.intervals.reduce((s, iv) => s + iv.errors, 0) / n;
  stress(ctx, {
    id: '3.1.throughput',
    operation: `Stress 3.1: throughput over ${fmt(n)} mixed requests (≥ 90% of the 100/s target)`,
    measured: run.rate,
    unit: 'wf/s',
    plan: ['>=', 90],
  });
  // Shown beside its bar, not judged: six runs of the same code on one shared machine gave 0.82,
  // 1.09, 0.96, 0.68, 1.64 and 1.08, and the same ratio in CPU time (1.09, 0.63) or on a calibration
  // loop timed around each interval (1.66, 1.36) spread as widely. Two tenths of a run seconds apart
  // see whatever load the machine had then; growth of the pipeline's state is judged by the memory
  // rows below.
  stress(ctx, {
    id: '3.1.last-vs-first',
    operation: 'Stress 3.1: throughput, last 10% ÷ first 10%',
    measured: ratio,
    unit: '×',
    aegis: ['>=', 0.9],
    infoOnly: true,
  });
  stress(ctx, {
    id: '3.1.p99',
    operation: 'Stress 3.1: P99 (no human step), last 10% ÷ first 10%',
    measured: last.p99Ns / first.p99Ns,
    unit: '×',
    plan: ['<', 2],
  });
  stress(ctx, {
    id: '3.1.memory',
    operation: 'Stress 3.1: heap after GC, end ÷ first interval',
    measured: last.heapBytes / first.heapBytes,
    unit: '×',
    plan: ['<', 2],
  });
  stress(ctx, {
    id: '3.1.memory.bounded',
    operation: 'Stress 3.1: heap after GC, end ÷ middle (retention configured)',
    measured: last.heapBytes / middle.heapBytes,
    unit: '×',
    aegis: ['<=', 1.1],
  });
  stress(ctx, {
    id: '3.1.errors',
    operation: 'Stress 3.1: error rate (calls refused or lost)',
    measured: errors,
    unit: 'ratio',
    plan: ['<', 0.001],
    aegis: ['<=', 0],
  });
  if (!run.verified) throw new Error('3.1: an audit segment failed verification');
}

/** Stress 3.2: 100 async tasks × 100 requests, executors that await short random delays. */
async function concurrency(ctx: BenchContext): Promise<void> {
  const tasks = ctx.size({ smoke: 10, default: 100 });
  const perTask = ctx.size({ smoke: 10, default: 100 });
  const clock = { now: 1e12 };
  const aegis = createAegis({ clock: () => clock.now, audit: { hash: nodeSha256 } });
  const items = mixed(ctx.rng(0x3200), tasks * perTask, 0.15, 0.15);
  ctx.progress(`3.2 ${tasks} tasks × ${perTask} requests`);
  const run = await runPopulation(aegis, clock, items, {
    workers: tasks,
    intervals: 1,
    rng: ctx.rng(0x3201),
    rotate: undefined,
    pause: true,
    perWorker: perTask,
  });
  const calls = tasks * perTask;
  const accounted = run.seqs === aegis.audit.size && run.distinctSeqs === run.seqs;
  const verified = aegis.audit.verifyChain({ full: true }).ok;
  // Every experience a result reports is in the core (a call refused only for its request's content,
  // or rejected with nothing against the action itself, reports none).
  const lost = run.experiences - aegis.evolution.totalExperiences;
  ctx.metric('3.2.rate', `throughput, ${tasks} tasks × ${perTask}`, run.rate, 'wf/s', 'higher');
  ctx.metric('3.2.p99', 'p99 without a human step', run.intervals[0]?.p99Ns ?? Number.NaN, 'ns');
  ctx.note(
    `3.2: ${fmt(run.completed)} of ${fmt(calls)} calls completed in ${(run.wallMs / 1000).toFixed(2)} s; ${fmt(aegis.audit.size)} audit entries, ${accounted ? 'each in exactly one result' : 'NOT all accounted for'}; chain ${verified ? 'verifies' : 'FAILS'}; ${fmt(aegis.evolution.totalExperiences)} experiences; decisions ${Object.entries(
      run.decisions,
    )
      .map(([d, c]) => `${d} ${fmt(c)}`)
      .join(', ')}`,
  );
  stress(ctx, {
    id: '3.2.completed',
    operation: `Stress 3.2: calls completed (${tasks} tasks × ${perTask})`,
    measured: run.completed,
    unit: 'calls',
    plan: ['>=', calls],
  });
  stress(ctx, {
    id: '3.2.chain',
    operation: 'Stress 3.2: audit chain verifies, every entry in exactly one result (1 = yes)',
    measured: verified && accounted ? 1 : 0,
    unit: 'bool',
    plan: ['>=', 1],
  });
  stress(ctx, {
    id: '3.2.lost',
    operation: 'Stress 3.2: experiences lost',
    measured: lost,
    unit: 'experiences',
    plan: ['<=', 0],
  });
  stress(ctx, {
    id: '3.2.throughput',
    operation: `Stress 3.2: throughput with ${tasks} concurrent tasks (≥ 90% of the 100/s target)`,
    measured: run.rate,
    unit: 'wf/s',
    plan: ['>=', 90],
  });
}

/** Experiences like the pipeline's: a few types, a path feature, scores. */
function logExperiences(aegis: Aegis, rng: Rng, n: number, clock: { now: number }): void {
  for (let i = 0; i < n; i++) {
    clock.now++;
    aegis.evolution.logExperience({
      actionType: `action_${i % 50}`,
      parameters: { path: `/srv/${i % 500}` },
      success: rng.next() < 0.8,
      ethicalScore: rng.next(),
      safetyScore: rng.next(),
    });
  }
}

/** Stress 3.3: 100K experiences, 10K audit entries and 1,000 pending decisions in one pipeline. */
async function memoryPressure(ctx: BenchContext, retention: boolean): Promise<void> {
  const experiences = ctx.size({ smoke: 2_000, default: 100_000 });
  const entries = ctx.size({ smoke: 600, default: 10_000 });
  const pending = ctx.size({ smoke: 50, default: 1_000 });
  const m = ctx.size({ smoke: 200, default: 20_000 });
  const label = retention ? 'with retention' : 'without retention';
  const clock = { now: 1e12 };
  const build = () =>
    createAegis({
      clock: () => clock.now,
      audit: { hash: nodeSha256 },
      // Without retention every experience and decision is kept (the history holds all of this test's).
      ...(retention
        ? { evolution: { maxExperiences: 10_000 }, hitl: { historyLimit: 100 } }
        : { hitl: { historyLimit: 100_000 } }),
    });
  ctx.progress(`3.3 ${label}: a fresh pipeline`);
  const baseline = build();
  await timeWorkflows(baseline, SAFE_WORK, m, 'warm');
  const fresh = summarize(await timeWorkflows(baseline, SAFE_WORK, m, 'fresh'));
  forceGc();
  const base = usedBytes();
  const aegis = build();
  ctx.progress(`3.3 ${label}: ${fmt(experiences)} experiences, ${fmt(entries)} entries, ${fmt(pending)} pending`);
  logExperiences(aegis, ctx.rng(0x3300), experiences, clock);
  // Each pending call has written 3 entries (safety, ethics, the request): the rest are safe workflows.
  for (let i = 0; aegis.audit.size < entries - 3 * pending; i++) {
    const w = SAFE_WORK[i % SAFE_WORK.length];
    if (w) await aegis.process({ id: `e${i}`, content: w.content }, w.action, () => 1);
  }
  const waiting: Promise<unknown>[] = [];
  for (let i = 0; i < pending; i++) {
    waiting.push(
      aegis.process(
        { id: `p${i}`, content: `Modify /etc/hosts to add entry ${i}` },
        {
          actionType: 'modify_file',
          parameters: { path: '/etc/hosts', line: i },
          expectedOutcome: 'Add a local DNS entry for testing',
        },
        () => 1,
      ),
    );
  }
  if (aegis.hitl.pendingCount !== pending) throw new Error(`3.3: ${aegis.hitl.pendingCount} pending, not ${pending}`);
  const built = {
    experiences: aegis.evolution.totalExperiences,
    retained: aegis.evolution.retainedExperiences,
    entries: aegis.audit.size,
  };
  forceGc();
  const memory = usedBytes() - base;
  const loaded = summarize(await timeWorkflows(aegis, SAFE_WORK, m, 'loaded'));
  for (const p of aegis.hitl.pending()) aegis.hitl.approve(p.id, { responder: 'reviewer' });
  await Promise.all(waiting);
  const ok = aegis.audit.verifyChain({ full: true }).ok && aegis.inFlight === 0;
  const tag = retention ? 'retention' : 'unbounded';
  ctx.metric(`3.3.${tag}.memory`, `memory under pressure (${label})`, memory, 'bytes');
  ctx.latencyMetrics(`3.3.${tag}.fresh`, `safe workflow, fresh pipeline (${label})`, fresh);
  ctx.latencyMetrics(`3.3.${tag}.loaded`, `safe workflow under pressure (${label})`, loaded);
  ctx.note(
    `3.3 ${label}: ${(memory / MB).toFixed(1)} MB for ${fmt(built.experiences)} experiences (${fmt(built.retained)} retained), ${fmt(built.entries)} audit entries, ${fmt(pending)} pending; safe workflow p50/p99 ${(fresh.p50Ns / US).toFixed(0)}/${(fresh.p99Ns / US).toFixed(0)} µs fresh, ${(loaded.p50Ns / US).toFixed(0)}/${(loaded.p99Ns / US).toFixed(0)} µs under pressure; all ${fmt(pending)} decided and completed, chain ${ok ? 'verifies' : 'FAILS'}`,
  );
  stress(ctx, {
    id: `3.3.${tag}.memory`,
    operation: `Stress 3.3: memory, 100K experiences + 10K entries + 1,000 pending (${label})`,
    measured: memory,
    unit: 'bytes',
    plan: ['<', 500 * MB],
    aegis: ['<=', 50 * MB],
  });
  stress(ctx, {
    id: `3.3.${tag}.p99`,
    operation: `Stress 3.3: safe workflow P99 under pressure ÷ fresh (${label})`,
    measured: loaded.p99Ns / fresh.p99Ns,
    unit: '×',
    plan: ['<', 2],
  });
  if (!ok) throw new Error(`3.3 ${label}: the audit chain fails or calls are stuck`);
  if (loaded.p50Ns > 100 * MS) throw new Error('3.3: workflows stalled');
}

export const stressSuite: Suite = {
  id: 'stress',
  title: 'Pipeline stress: throughput, concurrency, memory pressure',
  plan: 'Stress 3.1, 3.2, 3.3 (3.4: npm run soak)',
  async run(ctx: BenchContext) {
    await highThroughput(ctx);
    await concurrency(ctx);
    await memoryPressure(ctx, false);
    await memoryPressure(ctx, true);
  },
};

export type { Population };
