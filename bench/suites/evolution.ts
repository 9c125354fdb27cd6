/**
 * The Evolution Core (Benchmarks 1.3, 1.4, 2.3 and Scalability 4.1): logging (single, batch,
 * concurrent), pattern recognition from 100 to 1M experiences with its fitted exponent, memory,
 * learning, `assess`, and the original design's O(n) scans side by side.
 */
import { isDeepStrictEqual } from 'node:util';
import { NaiveEvolution } from '../../property-tests/_naive-evolution.js';
import { EvolutionCore, type ExperienceInput, type Pattern } from '../../src/evolution/index.js';
import { type BenchContext, consume, forceGc, type Suite } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { median } from '../harness/stats.js';

const TYPES = 100;
const TEMPLATES = 10_000;
const MB = 2 ** 20;

type Template = Omit<ExperienceInput, 'id' | 'timestamp'>;

/**
 * Seeded experience templates over 100 action types, each with its own success rate (5%–99%),
 * contexts `{ path, user }` drawn from 20 paths and 3 users per type, one of the paths failing 90%
 * of the time, and scores in multiples of 1/64 (so means are exact and the naive cross-check can
 * compare bit for bit). 100 × 23 features fit the default 4,096 heavy-hitter counters.
 */
function templates(rng: Rng): Template[] {
  const rates = Array.from({ length: TYPES }, () => 0.05 + rng.next() * 0.94);
  const out: Template[] = [];
  for (let i = 0; i < TEMPLATES; i++) {
    const t = rng.int(0, TYPES - 1);
    const path = rng.int(0, 19);
    const risky = path === 0;
    const score = () => rng.int(0, 64) / 64;
    const e: Template = {
      actionType: `action_${t}`,
      context: { path: `/srv/${t}/file_${path}`, user: ['alice', 'bob', 'agent'][rng.int(0, 2)] as string },
      success: rng.chance(risky ? 0.1 : (rates[t] as number)),
    };
    if (rng.chance(0.5)) e.ethicalScore = score();
    if (rng.chance(0.5)) e.safetyScore = score();
    out.push(e);
  }
  return out;
}

const input = (ts: readonly Template[], i: number): ExperienceInput => ({
  ...(ts[i % TEMPLATES] as Template),
  id: `exp_${i}`,
  timestamp: i,
});

function fill(core: EvolutionCore, ts: readonly Template[], n: number, from = 0): EvolutionCore {
  for (let i = from; i < from + n; i++) core.logExperience(input(ts, i));
  return core;
}

/** The original design's experience record and its single-pass recognition (O(n) per call). */
interface Row {
  id: string;
  actionType: string;
  success: boolean;
  ethicalScore: number | undefined;
  safetyScore: number | undefined;
}

function rows(ts: readonly Template[], n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const t = ts[i % TEMPLATES] as Template;
    return {
      id: `exp_${i}`,
      actionType: t.actionType,
      success: t.success,
      ethicalScore: t.ethicalScore,
      safetyScore: t.safetyScore,
    };
  });
}

function naiveRecognize(all: readonly Row[]): Pattern[] {
  const stats = new Map<string, [number, number]>();
  for (const e of all) {
    const s = stats.get(e.actionType) ?? [0, 0];
    s[0]++;
    if (e.success) s[1]++;
    stats.set(e.actionType, s);
  }
  const out: Pattern[] = [];
  for (const [type, [total, ok]] of [...stats].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (total < 3) continue;
    const rate = ok / total;
    const kind = rate > 0.8 ? 'SuccessfulAction' : rate < 0.3 ? 'FailureMode' : 'PerformanceOptimization';
    out.push({
      id: `pattern_${type}`,
      type: kind,
      learned: false,
      actionTypes: [type],
      frequency: total,
      successRate: rate,
      contexts: [type],
    });
  }
  for (const [id, type, score] of [
    ['pattern_ethical_violation', 'EthicalViolation', (e: Row) => e.ethicalScore],
    ['pattern_safety_issue', 'SafetyIssue', (e: Row) => e.safetyScore],
  ] as const) {
    const bad = all.filter((e) => (score(e) ?? 1) < 0.5);
    if (bad.length < 2) continue;
    const involved = [...new Set(bad.map((e) => e.actionType))].sort();
    const ok = bad.filter((e) => e.success).length;
    out.push({
      id,
      type,
      learned: false,
      actionTypes: involved,
      frequency: bad.length,
      successRate: ok / bad.length,
      contexts: involved,
    });
  }
  return out;
}

/** The original `log_experience`: append, then recompute every metric over every experience. */
function naiveLog(all: Row[], row: Row): unknown {
  all.push(row);
  let ok = 0;
  let eSum = 0;
  let eN = 0;
  let sSum = 0;
  let sN = 0;
  for (const e of all) {
    if (e.success) ok++;
    if (e.ethicalScore !== undefined) {
      eSum += e.ethicalScore;
      eN++;
    }
    if (e.safetyScore !== undefined) {
      sSum += e.safetyScore;
      sN++;
    }
  }
  return { total: all.length, successRate: ok / all.length, ethical: eN ? eSum / eN : 1, safety: sN ? sSum / sN : 1 };
}

function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

const nonFeature = (ps: Pattern[]) => ps.filter((p) => !p.learned && p.type !== 'FailureFeature');

export const evolutionSuite: Suite = {
  id: 'evolution',
  title: 'Evolution Core: incremental experience store',
  plan: 'Benchmarks 1.3, 1.4, 2.3, Scalability 4.1',
  async run(ctx: BenchContext) {
    const ts = templates(ctx.rng(0xe70));
    crossCheck(ctx, ts);
    await logging(ctx, ts);
    scaling(ctx, ts);
    memory(ctx, ts);
    learning(ctx, ts);
  },
};

/** Correctness first: at 10K experiences every answer equals the naive model's. */
function crossCheck(ctx: BenchContext, ts: readonly Template[]): void {
  const n = ctx.size({ smoke: 2000, default: 10_000 });
  ctx.progress(`cross-check at ${n}`);
  const core = new EvolutionCore();
  const model = new NaiveEvolution();
  for (let i = 0; i < n; i++) {
    const e = input(ts, i);
    core.logExperience(e);
    model.log({ ...e, timestamp: i });
    if (i % 7 === 0) {
      core.learnFromSafety(e.id as string, 0.25, ['unsafe path']);
      model.learn('SafetyIssue', e.id as string, 0.25, ['unsafe path']);
    }
  }
  const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);
  const originalRows: Row[] = model.rows.map((r) => ({ ...r }));
  const checks: [string, boolean][] = [
    ['recognizePatterns', same(core.recognizePatterns(), model.recognizePatterns())],
    ['capabilityMetrics', same(core.capabilityMetrics(), model.metrics())],
    ['suggestImprovements', same(core.suggestImprovements(), model.suggestImprovements())],
    [
      'getExperiences',
      same(
        core.getExperiences({ actionType: 'action_3', success: false }),
        model.getExperiences({ actionType: 'action_3', success: false }),
      ),
    ],
    [
      'assess',
      same(
        core.assess({ actionType: 'action_3', parameters: { path: '/srv/3/file_0' } }),
        model.assess('action_3', { path: '/srv/3/file_0' }),
      ),
    ],
    ['original O(n) scan', same(nonFeature(core.recognizePatterns()), naiveRecognize(originalRows))],
  ];
  const bad = checks.filter(([, ok]) => !ok).map(([name]) => name);
  ctx.note(
    bad.length === 0
      ? `cross-check at ${n} experiences: every answer equals the naive model`
      : `CROSS-CHECK FAILED at ${n}: ${bad.join(', ')}`,
  );
  if (bad.length > 0) throw new Error(`evolution cross-check failed: ${bad.join(', ')}`);
}

async function logging(ctx: BenchContext, ts: readonly Template[]): Promise<void> {
  const steady = ctx.size({ smoke: 10_000, default: 100_000 });
  const core = fill(new EvolutionCore({ maxExperiences: steady }), ts, steady);
  let k = steady;
  const single = ctx.latency(
    `logExperience (steady state, ${steady} retained)`,
    () => core.logExperience(input(ts, k++)),
    { timeMs: 400 },
  );
  ctx.latencyMetrics('log', 'logExperience', single);
  let g = 0;
  const bare = new EvolutionCore({ maxExperiences: steady });
  const noId = ctx.latency(
    'logExperience without id or context',
    () => bare.logExperience({ actionType: `action_${g++ % TYPES}`, success: g % 3 > 0, timestamp: g }),
    { timeMs: 250 },
  );
  ctx.latencyMetrics('log.bare', 'logExperience (no id, no context)', noId);
  const batch = ctx.throughput(
    'batch of 1,000 logs',
    1000,
    (n) => {
      fill(core, ts, n, k);
      k += n;
    },
    { timeMs: 400 },
  );
  ctx.metric('log.batch', 'logExperience, batches of 1,000', batch, 'exp/s', 'higher');

  // Ten async producers, each yielding to the others after every log.
  const perProducer = ctx.size({ smoke: 200, default: 5000 });
  const rates: number[] = [];
  for (let r = 0; r < (ctx.scale === 'smoke' ? 1 : 7); r++) {
    ctx.progress(`10 concurrent producers, round ${r + 1}`);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = 0; i < perProducer; i++) {
          core.logExperience(input(ts, k++));
          await null;
        }
      }),
    );
    rates.push((10 * perProducer) / ((performance.now() - t0) / 1000));
  }
  const concurrent = median(rates);
  ctx.metric('log.concurrent', 'logExperience, 10 concurrent producers', concurrent, 'exp/s', 'higher');

  // The original design recomputed every metric over every experience on each log.
  const n = ctx.size({ smoke: 1000, default: 10_000 });
  const all = rows(ts, n);
  let j = n;
  const naive = ctx.latency(
    `naive log (recompute metrics) at ${n}`,
    () => naiveLog(all, { ...(all[j % n] as Row), id: `n${j++}` }),
    { timeMs: 250 },
  );
  const at = fill(new EvolutionCore(), ts, n);
  let m = n;
  const ours = ctx.latency(`logExperience at ${n}`, () => at.logExperience(input(ts, m++)), { timeMs: 250 });
  ctx.peerTable({
    id: 'log.naive',
    title: `logExperience with ${n.toLocaleString('en-US')} experiences stored`,
    metric: 'p50 per log',
    unit: 'ns',
    better: 'lower',
    ours: 'aegis EvolutionCore',
    rows: [
      { name: 'aegis EvolutionCore', value: ours.p50Ns },
      { name: 'original design (recompute metrics per log)', value: naive.p50Ns, note: 'baseline, O(n) per log' },
    ],
  });

  const plan = (id: string, op: string, measured: number, planNs: number) =>
    ctx.target({
      id,
      table: 'Latency',
      component: 'Evolution Core',
      operation: op,
      measured,
      unit: 'ns',
      plan: { op: '<', value: planNs },
      aegis: { op: '<=', value: planNs / 100 },
    });
  plan('log.p50', 'log_experience p50', single.p50Ns, 5e6);
  plan('log.p95', 'log_experience p95', single.p95Ns, 15e6);
  plan('log.p99', 'log_experience p99', single.p99Ns, 30e6);
  const rate = (id: string, op: string, measured: number) =>
    ctx.target({
      id,
      table: 'Throughput',
      component: 'Evolution Core',
      operation: op,
      measured,
      unit: 'exp/s',
      plan: { op: '>=', value: 300 },
      aegis: { op: '>=', value: 1e6 },
    });
  rate(
    'log.single',
    `Experience logging, single calls (id + 2-key context, ${steady.toLocaleString('en-US')} retained)`,
    single.opsPerSec,
  );
  rate('log.bare', 'Experience logging, single calls without id or context', noId.opsPerSec);
  rate('log.batch', 'Experience logging, batches of 1,000', batch);
  rate('log.concurrent', 'Experience logging, 10 concurrent async producers', concurrent);
}

/** recognizePatterns and assess against n, with the original O(n) scan side by side. */
function scaling(ctx: BenchContext, ts: readonly Template[]): void {
  const sizes = ctx.size({ smoke: [100, 1000, 10_000], default: [100, 1000, 10_000, 100_000, 1_000_000] });
  const recognize: { x: number; y: number }[] = [];
  const assess: { x: number; y: number }[] = [];
  const naive: { x: number; y: number }[] = [];
  const planMs: Record<number, number> = { 100: 10, 1000: 50, 10000: 200, 100000: 2000 };
  const planLog: Record<number, number> = { 100: 1000, 1000: 5000, 10000: 30_000, 100000: 300_000 };
  for (const n of sizes) {
    forceGc();
    ctx.progress(`log ${n}`);
    let core = new EvolutionCore();
    const logMs = timeMs(() => {
      core = fill(new EvolutionCore(), ts, n);
    });
    ctx.metric(`logtime.${n}`, `time to log ${n} experiences`, logMs * 1e6, 'ns');
    const stats = ctx.latency(`recognizePatterns at ${n}`, () => core.recognizePatterns(), { timeMs: 250 });
    recognize.push({ x: n, y: stats.p50Ns });
    ctx.latencyMetrics(`recognize.${n}`, `recognizePatterns at ${n}`, stats);
    const params = { path: '/srv/7/file_0', user: 'bob' };
    const a = ctx.latency(`assess at ${n}`, () => core.assess({ actionType: 'action_7', parameters: params }), {
      timeMs: 150,
      batch: 20,
    });
    assess.push({ x: n, y: a.p50Ns });
    const all = rows(ts, n);
    const scan = ctx.latency(`original O(n) scan at ${n}`, () => naiveRecognize(all), {
      timeMs: n >= 1e6 ? 1500 : 250,
    });
    naive.push({ x: n, y: scan.p50Ns });
    ctx.peerTable({
      id: `recognize.${n}`,
      title: `recognizePatterns, ${n.toLocaleString('en-US')} experiences over ${TYPES} action types`,
      metric: 'p50',
      unit: 'ns',
      better: 'lower',
      ours: 'aegis EvolutionCore',
      rows: [
        { name: 'aegis EvolutionCore', value: stats.p50Ns, note: 'includes failure features and learned patterns' },
        { name: 'original design (O(n) scan per call)', value: scan.p50Ns, note: 'baseline' },
      ],
    });
    const planBound = planMs[n];
    if (planBound !== undefined) {
      ctx.target({
        id: `recognize.${n}`,
        table: 'Scalability 4.1',
        component: 'Evolution Core',
        operation: `Pattern recognition at ${n.toLocaleString('en-US')} experiences`,
        measured: stats.p50Ns,
        unit: 'ns',
        plan: { op: '<', value: planBound * 1e6 },
        aegis: { op: '<=', value: 1e6 },
      });
      ctx.target({
        id: `logtime.${n}`,
        table: 'Scalability 4.1',
        component: 'Evolution Core',
        operation: `Log time for ${n.toLocaleString('en-US')} experiences`,
        measured: logMs * 1e6,
        unit: 'ns',
        plan: { op: '<', value: (planLog[n] as number) * 1e6 },
        aegis: { op: '<=', value: ((planLog[n] as number) * 1e6) / 100 },
      });
    }
    if (n === 100_000 || (ctx.scale === 'smoke' && n === sizes[sizes.length - 1])) {
      ctx.target({
        id: 'recognize.p50',
        table: 'Latency',
        component: 'Evolution Core',
        operation: `recognize_patterns p50 (${n.toLocaleString('en-US')})`,
        measured: stats.p50Ns,
        unit: 'ns',
        plan: { op: '<', value: 50e6 },
        aegis: { op: '<=', value: 1e6 },
      });
      ctx.target({
        id: 'recognize.p95',
        table: 'Latency',
        component: 'Evolution Core',
        operation: `recognize_patterns p95 (${n.toLocaleString('en-US')})`,
        measured: stats.p95Ns,
        unit: 'ns',
        plan: { op: '<', value: 100e6 },
        aegis: { op: '<=', value: 1e6 },
      });
      ctx.target({
        id: 'recognize.p99',
        table: 'Latency',
        component: 'Evolution Core',
        operation: `recognize_patterns p99 (${n.toLocaleString('en-US')})`,
        measured: stats.p99Ns,
        unit: 'ns',
        plan: { op: '<', value: 200e6 },
        aegis: { op: '<=', value: 2e6 },
      });
      ctx.target({
        id: 'recognize.runs',
        table: 'Throughput',
        component: 'Evolution Core',
        operation: `Pattern recognition runs/s (${n.toLocaleString('en-US')})`,
        measured: stats.opsPerSec,
        unit: 'runs/s',
        plan: { op: '>=', value: 1 },
        aegis: { op: '>=', value: 1000 },
      });
      ctx.target({
        id: 'recognize.gain',
        table: 'Benchmark',
        component: 'Evolution Core',
        operation: `recognize_patterns gain over the O(n) scan (${n.toLocaleString('en-US')})`,
        measured: scan.p50Ns / stats.p50Ns,
        unit: '×',
        plan: { op: '>=', value: 10 },
      });
      ctx.target({
        id: 'assess',
        table: 'Benchmark',
        component: 'Evolution Core',
        operation: `Pattern application: assess with 2 parameters (${n.toLocaleString('en-US')})`,
        measured: a.p50Ns,
        unit: 'ns',
        plan: { op: '<', value: 5e6 },
        aegis: { op: '<=', value: 2000 },
      });
    }
  }
  const from1k = (ps: { x: number; y: number }[]) => ps.filter((p) => p.x >= 1000);
  const curve = ctx.curve({
    id: 'recognize',
    title: 'recognizePatterns p50 against experiences (100 types)',
    xLabel: 'experiences',
    yLabel: 'time',
    unit: 'ns',
    points: from1k(recognize),
    maxExponent: 0.1,
  });
  ctx.target({
    id: 'recognize.exponent',
    table: 'Benchmark',
    component: 'Evolution Core',
    operation: 'recognizePatterns fitted exponent in n (1K → largest)',
    measured: curve.exponent,
    unit: '',
    aegis: { op: '<=', value: 0.1 },
  });
  ctx.curve({
    id: 'assess',
    title: 'assess p50 against experiences',
    xLabel: 'experiences',
    yLabel: 'time',
    unit: 'ns',
    points: from1k(assess),
    maxExponent: 0.1,
  });
  ctx.curve({
    id: 'naive',
    title: 'baseline: the original O(n) scan against experiences',
    xLabel: 'experiences',
    yLabel: 'time',
    unit: 'ns',
    points: from1k(naive),
  });
}

function memory(ctx: BenchContext, ts: readonly Template[]): void {
  const sizes = ctx.size({ smoke: [100, 1000, 10_000], default: [100, 1000, 10_000, 100_000, 1_000_000] });
  const plan: Record<number, number> = { 100: 10, 1000: 50, 10000: 100, 100000: 500 };
  const aegis: Record<number, number> = { 100: 1, 1000: 5, 10000: 10, 100000: 30, 1000000: 250 };
  for (const n of sizes) {
    const bytes = ctx.retained(`EvolutionCore with ${n} experiences`, () => fill(new EvolutionCore(), ts, n));
    ctx.metric(`memory.${n}`, `retained memory, ${n} experiences`, bytes, 'bytes');
    const planMb = plan[n];
    ctx.target({
      id: `memory.${n}`,
      table: n === 1_000_000 ? 'Memory' : 'Scalability 4.1',
      component: 'Evolution Core',
      operation: `Memory at ${n.toLocaleString('en-US')} experiences`,
      measured: bytes / MB,
      unit: 'MB',
      ...(planMb === undefined ? {} : { plan: { op: '<' as const, value: planMb } }),
      aegis: { op: '<=', value: aegis[n] as number },
    });
  }
  const n = sizes[sizes.length - 1] as number;
  const bounded = ctx.retained(`maxExperiences 10,000 after ${n} logs`, () =>
    fill(new EvolutionCore({ maxExperiences: 10_000 }), ts, n),
  );
  ctx.target({
    id: 'memory.bounded',
    table: 'Memory',
    component: 'Evolution Core',
    operation: `Memory with maxExperiences 10,000 after ${n.toLocaleString('en-US')} logs`,
    measured: bounded / MB,
    unit: 'MB',
    aegis: { op: '<=', value: 10 },
  });
}

/** Benchmark 2.3: learn from 100 ethical violations and 100 safety issues, recognize, apply. */
function learning(ctx: BenchContext, ts: readonly Template[]): void {
  const core = fill(new EvolutionCore(), ts, 1000);
  const ids = Array.from({ length: 1000 }, (_, i) => `exp_${i}`);
  let i = 0;
  const rate = ctx.throughput('learnFromEthics + learnFromSafety', 200, (n) => {
    for (let k = 0; k < n; k += 2) {
      const id = ids[i++ % ids.length] as string;
      core.learnFromEthics(id, 0.25, ['harm detected']);
      core.learnFromSafety(id, 0.3, ['dangerous pattern']);
    }
  });
  ctx.metric('learn.rate', 'learnings per second', rate, 'learn/s', 'higher');
  ctx.target({
    id: 'learn.rate',
    table: 'Benchmark',
    component: 'Evolution Core',
    operation: 'Learning rate (100 ethical + 100 safety)',
    measured: rate,
    unit: 'learn/s',
    plan: { op: '>=', value: 200 },
    aegis: { op: '>=', value: 20_000 },
  });
  const after = ctx.latency('recognizePatterns after 1,000+ learnings', () => core.recognizePatterns(), {
    timeMs: 200,
  });
  ctx.target({
    id: 'learn.recognize',
    table: 'Benchmark',
    component: 'Evolution Core',
    operation: 'Pattern recognition after 1,000 learnings',
    measured: after.p50Ns,
    unit: 'ns',
    plan: { op: '<', value: 100e6 },
    aegis: { op: '<=', value: 1e6 },
  });
  const learned = core.recognizePatterns().filter((p) => p.learned).length;
  const applied = core.assess({ actionType: 'action_1', parameters: { path: '/srv/1/file_0' } });
  ctx.note(
    `after learning: ${learned} learned patterns; assess(action_1) sees ${applied.learnedViolations.length} learned violations and failure risk ${applied.failureRisk.toFixed(2)}`,
  );
}
