/**
 * The Evolution Core (Benchmarks 1.3, 1.4, 2.3 and Scalability 4.1): logging (single, batch,
 * concurrent), pattern recognition from 100 to 1M experiences with its fitted exponent, memory,
 * learning, `assess`, and the original design's O(n) scans side by side.
 */
import { isDeepStrictEqual } from 'node:util';
import { NaiveEvolution } from '../../property-tests/_naive-evolution.js';
import { EvolutionCore, type Pattern } from '../../src/evolution/index.js';
import { type BenchContext, type Suite, type TargetRowInput, targetRow } from '../harness/context.js';
import { median } from '../harness/stats.js';
import {
  fill,
  input,
  naiveLog,
  naiveRecognize,
  type Row,
  rows,
  type Template,
  TYPES,
  templates,
  timeMs,
} from './_evolution-workload.js';

const MB = 2 ** 20;

/** Records a target row of the Evolution Core. */
function target(ctx: BenchContext, row: TargetRowInput): void {
  targetRow(ctx, 'Evolution Core', row);
}

const fmt = (n: number) => n.toLocaleString('en-US');

const unlearned = (ps: Pattern[]) => ps.filter((p) => !p.learned);

export const evolutionSuite: Suite = {
  id: 'evolution',
  title: 'Evolution Core: incremental experience store',
  plan: 'Benchmarks 1.3, 1.4, 2.3, Scalability 4.1',
  async run(ctx: BenchContext) {
    const ts = templates(ctx.rng(0xe70));
    crossCheck(ctx, ts);
    await logging(ctx, ts);
    scaling(ctx, ts);
    boundedMemory(ctx, ts);
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
    ['original O(n) scan', same(unlearned(core.recognizePatterns()), naiveRecognize(originalRows))],
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
    'logExperience without id or parameters',
    () => bare.logExperience({ actionType: `action_${g++ % TYPES}`, success: g % 3 > 0, timestamp: g }),
    { timeMs: 250 },
  );
  ctx.latencyMetrics('log.bare', 'logExperience (no id, no parameters)', noId);
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
  const perProducer = ctx.size({ smoke: 200, default: 2000 });
  const rates: number[] = [];
  for (let r = 0; r < (ctx.scale === 'smoke' ? 1 : 5); r++) {
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

  for (const [q, bound] of [
    ['p50', 5e6],
    ['p95', 15e6],
    ['p99', 30e6],
  ] as const) {
    const measured = q === 'p50' ? single.p50Ns : q === 'p95' ? single.p95Ns : single.p99Ns;
    target(ctx, {
      id: `log.${q}`,
      table: 'latency',
      operation: `log_experience ${q}`,
      measured,
      unit: 'ns',
      plan: ['<', bound],
      aegis: ['<=', bound / 100],
    });
  }
  const throughputs: [string, string, number][] = [
    ['log.single', `single calls (id + 2-key parameters, ${fmt(steady)} retained)`, single.opsPerSec],
    ['log.bare', 'single calls without id or parameters', noId.opsPerSec],
    ['log.batch', 'batches of 1,000', batch],
    ['log.concurrent', '10 concurrent async producers', concurrent],
  ];
  for (const [id, what, measured] of throughputs) {
    target(ctx, {
      id,
      table: 'throughput',
      operation: `Experience logging, ${what}`,
      measured,
      unit: 'exp/s',
      plan: ['>=', 300],
      aegis: ['>=', 1e6],
    });
  }
}

/** recognizePatterns and assess against n, with the original O(n) scan side by side. */
function scaling(ctx: BenchContext, ts: readonly Template[]): void {
  const sizes = ctx.size({ smoke: [100, 1000, 10_000], default: [100, 1000, 10_000, 100_000, 1_000_000] });
  const recognize: { x: number; y: number }[] = [];
  const assess: { x: number; y: number }[] = [];
  const features: { x: number; y: number }[] = [];
  const naive: { x: number; y: number }[] = [];
  const planMs: Record<number, number> = { 100: 10, 1000: 50, 10000: 200, 100000: 2000 };
  const planLog: Record<number, number> = { 100: 1000, 1000: 5000, 10000: 30_000, 100000: 300_000 };
  for (const n of sizes) {
    // One build per size serves the log time, the retained memory and every timing below.
    // The holder is empty before the build: nothing freed during the build offsets what it retains.
    const built: { core?: EvolutionCore; ms?: number } = {};
    const bytes = ctx.retained(`EvolutionCore with ${n} experiences`, () => {
      const t0 = performance.now();
      built.core = fill(new EvolutionCore(), ts, n);
      built.ms = performance.now() - t0;
      return built.core;
    });
    const core = built.core as EvolutionCore;
    const logMs = built.ms as number;
    ctx.metric(`logtime.${n}`, `time to log ${n} experiences`, logMs * 1e6, 'ns');
    ctx.metric(`memory.${n}`, `retained memory, ${n} experiences`, bytes, 'bytes');
    memoryTarget(ctx, n, bytes);
    const stats = ctx.latency(`recognizePatterns at ${n}`, () => core.recognizePatterns(), { timeMs: 250 });
    recognize.push({ x: n, y: stats.p50Ns });
    ctx.latencyMetrics(`recognize.${n}`, `recognizePatterns at ${n}`, stats);
    const f = ctx.latency(`failureFeatures at ${n}`, () => core.failureFeatures(), { timeMs: 150 });
    features.push({ x: n, y: f.p50Ns });
    ctx.latencyMetrics(`features.${n}`, `failureFeatures at ${n}`, f);
    const params = { path: '/srv/7/file_0', user: 'bob' };
    const a = ctx.latency(`assess at ${n}`, () => core.assess({ actionType: 'action_7', parameters: params }), {
      timeMs: 150,
      batch: 20,
    });
    assess.push({ x: n, y: a.p50Ns });
    const all = rows(ts, n);
    // Above 100K the scan takes tens of ms or more: a median of 5 runs instead of a latency budget.
    const scan =
      n > 100_000
        ? { p50Ns: medianNs(() => naiveRecognize(all), 5) }
        : ctx.latency(`original O(n) scan at ${n}`, () => naiveRecognize(all), { timeMs: 250 });
    naive.push({ x: n, y: scan.p50Ns });
    ctx.peerTable({
      id: `recognize.${n}`,
      title: `recognizePatterns, ${n.toLocaleString('en-US')} experiences over ${TYPES} action types`,
      metric: 'p50',
      unit: 'ns',
      better: 'lower',
      ours: 'aegis EvolutionCore',
      rows: [
        { name: 'aegis EvolutionCore', value: stats.p50Ns, note: 'learned patterns included' },
        { name: 'original design (O(n) scan per call)', value: scan.p50Ns, note: 'baseline' },
      ],
    });
    const at = `${fmt(n)} experiences`;
    const planBound = planMs[n];
    if (planBound !== undefined) {
      const planLogNs = (planLog[n] as number) * 1e6;
      target(ctx, {
        id: `recognize.${n}`,
        table: 'experience-scaling',
        operation: `Pattern recognition at ${at}`,
        measured: stats.p50Ns,
        unit: 'ns',
        plan: ['<', planBound * 1e6],
        aegis: ['<=', 1e6],
      });
      target(ctx, {
        id: `logtime.${n}`,
        table: 'experience-scaling',
        operation: `Log time for ${at}`,
        measured: logMs * 1e6,
        unit: 'ns',
        plan: ['<', planLogNs],
        aegis: ['<=', planLogNs / 100],
      });
    }
    if (n === 100_000 || (ctx.scale === 'smoke' && n === sizes[sizes.length - 1])) {
      const op = (what: string) => `${what} (${at})`;
      target(ctx, {
        id: 'recognize.p50',
        table: 'latency',
        operation: op('recognize_patterns p50'),
        measured: stats.p50Ns,
        unit: 'ns',
        plan: ['<', 50e6],
        aegis: ['<=', 1e6],
      });
      target(ctx, {
        id: 'recognize.p95',
        table: 'latency',
        operation: op('recognize_patterns p95'),
        measured: stats.p95Ns,
        unit: 'ns',
        plan: ['<', 100e6],
        aegis: ['<=', 1e6],
      });
      target(ctx, {
        id: 'recognize.p99',
        table: 'latency',
        operation: op('recognize_patterns p99'),
        measured: stats.p99Ns,
        unit: 'ns',
        plan: ['<', 200e6],
        aegis: ['<=', 2e6],
      });
      target(ctx, {
        id: 'recognize.runs',
        table: 'throughput',
        operation: op('Pattern recognition runs/s'),
        measured: stats.opsPerSec,
        unit: 'runs/s',
        plan: ['>=', 1],
        aegis: ['>=', 1000],
      });
      const gain = scan.p50Ns / stats.p50Ns;
      target(ctx, {
        id: 'recognize.gain',
        table: 'component-benchmarks',
        operation: op('recognize_patterns gain over the O(n) scan'),
        measured: gain,
        unit: '×',
        plan: ['>=', 10],
      });
      target(ctx, {
        id: 'assess',
        table: 'component-benchmarks',
        operation: op('Pattern application: assess with 2 parameters'),
        measured: a.p50Ns,
        unit: 'ns',
        plan: ['<', 5e6],
        aegis: ['<=', 2000],
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
  const exponent = 'recognizePatterns fitted exponent in n (1K → largest)';
  target(ctx, {
    id: 'recognize.exponent',
    table: 'component-benchmarks',
    operation: exponent,
    measured: curve.exponent,
    unit: '',
    aegis: ['<=', 0.1],
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
    id: 'features',
    title: 'failureFeatures p50 against experiences (bounded by the counters that reach featureMinFailures)',
    xLabel: 'experiences',
    yLabel: 'time',
    unit: 'ns',
    points: from1k(features),
  });
  ctx.note(
    'failureFeatures reads the heavy-hitter counters with at least featureMinFailures failures: their number grows with n until every feature of the workload (2,300 here) has enough failures, then stays bounded by featureCapacity',
  );
  ctx.curve({
    id: 'naive',
    title: 'baseline: the original O(n) scan against experiences',
    xLabel: 'experiences',
    yLabel: 'time',
    unit: 'ns',
    points: from1k(naive),
  });
}

const MEMORY_PLAN: Record<number, number> = { 100: 10, 1000: 50, 10000: 100, 100000: 500 };
const MEMORY_BAR: Record<number, number> = { 100: 1, 1000: 5, 10000: 10, 100000: 30, 1000000: 250 };

function memoryTarget(ctx: BenchContext, n: number, bytes: number): void {
  const plan = MEMORY_PLAN[n];
  const bar = MEMORY_BAR[n];
  const table = plan === undefined ? 'memory' : 'experience-scaling';
  const op = `Memory at ${fmt(n)} experiences`;
  target(ctx, {
    id: `memory.${n}`,
    table,
    operation: op,
    measured: bytes / MB,
    unit: 'MB',
    plan: plan ? ['<', plan] : undefined,
    aegis: bar ? ['<=', bar] : undefined,
  });
}

/** With maxExperiences, memory stays bounded however many experiences are logged. */
function boundedMemory(ctx: BenchContext, ts: readonly Template[]): void {
  const n = ctx.size({ smoke: 20_000, default: 300_000, full: 1_000_000 });
  const bounded = ctx.retained(`maxExperiences 10,000 after ${n} logs`, () =>
    fill(new EvolutionCore({ maxExperiences: 10_000 }), ts, n),
  );
  const op = `Memory with maxExperiences 10,000 after ${fmt(n)} logs`;
  target(ctx, {
    id: 'memory.bounded',
    table: 'memory',
    operation: op,
    measured: bounded / MB,
    unit: 'MB',
    aegis: ['<=', 10],
  });
}

function medianNs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeMs(fn) * 1e6);
  return median(times);
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
  const what = 'Learning rate (100 ethical + 100 safety)';
  target(ctx, {
    id: 'learn.rate',
    table: 'component-benchmarks',
    operation: what,
    measured: rate,
    unit: 'learn/s',
    plan: ['>=', 200],
    aegis: ['>=', 20_000],
  });
  const after = ctx.latency('recognizePatterns after learning', () => core.recognizePatterns(), { timeMs: 200 });
  const op = 'Pattern recognition after 1,000 learnings';
  target(ctx, {
    id: 'learn.recognize',
    table: 'component-benchmarks',
    operation: op,
    measured: after.p50Ns,
    unit: 'ns',
    plan: ['<', 100e6],
    aegis: ['<=', 1e6],
  });
  const learned = core.recognizePatterns().filter((p) => p.learned).length;
  const applied = core.assess({ actionType: 'action_1', parameters: { path: '/srv/1/file_0' } });
  ctx.note(
    `after learning: ${learned} learned patterns; assess(action_1) sees ${applied.learnedViolations.length} learned violations, failure risk ${applied.failureRisk.toFixed(2)}`,
  );
}
