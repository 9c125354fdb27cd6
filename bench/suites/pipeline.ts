/**
 * The safe-action pipeline end to end (Test Suite 2): Benchmark 2.1 (complete safe workflows:
 * throughput, percentiles, per-stage times, a CPU profile; audit with the Node hash and with the
 * portable one), Benchmark 2.2 (the HITL escalation hop: request, decision, two audit entries) and
 * Benchmark 2.3 (learning from 100 violations, pattern recognition after 1,000 learnings, the cost of
 * applying what was learned to a new action).
 */
import { createAegis, EvolutionCore } from '../../src/index.js';
import { nodeSha256 } from '../../src/node/hash.js';
import { EthicsAdjustments, learnedRisk, learnFrom } from '../../src/pipeline/_learning.js';
import { type BenchContext, consume, type Suite } from '../harness/context.js';
import { median, summarize } from '../harness/stats.js';
import { breakdown, STAGE_LABELS, STAGES } from './_pipeline-stages.js';
import {
  benchAegis,
  crossCheck,
  type HashChoice,
  MS,
  rotateWhenOver,
  SAFE_WORK,
  target,
  timeWorkflows,
  US,
  type Work,
  workflowRate,
} from './_pipeline-workload.js';

/** Audit segments are rotated between timed batches so that memory stays flat whatever the run length. */
const SEGMENT = 30_000;

interface Figures {
  rate: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Benchmark 2.1 for both audit hashes, measured in alternating blocks so that neither gets the
 * other's JIT warm-up, heap state or a quieter moment of the machine: latency percentiles over every
 * sample, throughput as the median of batches.
 */
async function safeWorkflows(ctx: BenchContext): Promise<Record<HashChoice, Figures>> {
  const hashes: HashChoice[] = ['node', 'portable'];
  const label = (h: HashChoice) => (h === 'node' ? 'Node hash' : 'portable hash');
  const pipelines = { node: benchAegis('node'), portable: benchAegis('portable') };
  const warm = ctx.size({ smoke: 200, default: 20_000 });
  for (const h of hashes) {
    await crossCheck(pipelines[h], SAFE_WORK, `check-${h}`);
    // JIT warm-up: the first thousands of workflows run far slower than the steady state.
    ctx.progress(`2.1 warm-up (${label(h)})`);
    consume(await timeWorkflows(pipelines[h], SAFE_WORK, warm, `w-${h}-`));
    rotateWhenOver(pipelines[h], 0, h);
  }
  const blocks = ctx.size({ smoke: 2, default: 10 });
  const n = ctx.size({ smoke: 300, default: 30_000, full: 100_000 });
  const batch = ctx.size({ smoke: 200, default: 2_000 });
  const samples = { node: [] as number[], portable: [] as number[] };
  const rates = { node: [] as number[], portable: [] as number[] };
  for (let k = 0; k < blocks; k++) {
    for (const h of hashes) {
      const aegis = pipelines[h];
      ctx.progress(`2.1 block ${k + 1}/${blocks} (${label(h)})`);
      samples[h].push(...(await timeWorkflows(aegis, SAFE_WORK, Math.ceil(n / blocks), `l${k}-${h}-`)));
      rates[h].push(
        ...(await workflowRate(aegis, SAFE_WORK, batch, 2, `t${k}-${h}-`, () => rotateWhenOver(aegis, SEGMENT, h))),
      );
      rotateWhenOver(aegis, SEGMENT, h);
    }
  }
  const out = {} as Record<HashChoice, Figures>;
  for (const h of hashes) {
    const stats = summarize(Float64Array.from(samples[h]));
    ctx.latencyMetrics(`safe.${h}`, `complete safe workflow (${label(h)})`, stats);
    const rate = median(rates[h]);
    ctx.metric(
      `safe.${h}.rate`,
      `complete safe workflows per second (${label(h)}, median of batches of ${batch})`,
      rate,
      'wf/s',
      'higher',
    );
    ctx.note(
      `2.1 (${label(h)}): ${rates[h].length} batches of ${batch} sequential awaited workflows ranged ${Math.round(Math.min(...rates[h])).toLocaleString('en-US')}–${Math.round(Math.max(...rates[h])).toLocaleString('en-US')}/s; latency over ${stats.samples} workflows after ${warm} of warm-up; both hashes measured in ${blocks} alternating blocks`,
    );
    out[h] = { rate, p50: stats.p50Ns, p95: stats.p95Ns, p99: stats.p99Ns };
  }
  return out;
}

async function safeWorkflowRows(ctx: BenchContext): Promise<void> {
  const { node, portable } = await safeWorkflows(ctx);
  target(ctx, {
    id: 'safe.rate',
    table: 'throughput',
    operation: 'Safe action pipeline, complete workflows (audit: Node hash)',
    measured: node.rate,
    unit: 'wf/s',
    plan: ['>=', 100],
    aegis: ['>=', 50_000],
  });
  target(ctx, {
    id: 'safe.rate.portable',
    table: 'throughput',
    operation: 'Safe action pipeline, complete workflows (audit: portable hash)',
    measured: portable.rate,
    unit: 'wf/s',
    plan: ['>=', 100],
  });
  target(ctx, {
    id: 'safe.p50',
    table: 'latency',
    operation: 'Complete safe workflow P50',
    measured: node.p50,
    unit: 'ns',
    plan: ['<', 50 * MS],
  });
  target(ctx, {
    id: 'safe.p95',
    table: 'latency',
    operation: 'Complete safe workflow P95',
    measured: node.p95,
    unit: 'ns',
    plan: ['<', 100 * MS],
  });
  target(ctx, {
    id: 'safe.p99',
    table: 'latency',
    operation: 'Complete safe workflow P99',
    measured: node.p99,
    unit: 'ns',
    plan: ['<', 200 * MS],
    aegis: ['<=', 100 * US],
  });
  target(ctx, {
    id: 'safe.p99.portable',
    table: 'latency',
    operation: 'Complete safe workflow P99 (audit: portable hash)',
    measured: portable.p99,
    unit: 'ns',
    plan: ['<', 200 * MS],
    aegis: ['<=', 100 * US],
  });
  target(ctx, {
    id: 'safe.2.1',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.1: complete safe workflows per second (Node hash)',
    measured: node.rate,
    unit: 'wf/s',
    plan: ['>=', 100],
    aegis: ['>=', 50_000],
  });

  // Where the time goes: every component call of the workflow timed (Node hash).
  const aegis = benchAegis('node');
  const n = ctx.size({ smoke: 200, default: 10_000 });
  consume(await timeWorkflows(aegis, SAFE_WORK, ctx.size({ smoke: 100, default: 10_000 }), 'bw-'));
  ctx.progress(`2.1 per-stage times over ${n} workflows`);
  const b = await breakdown(aegis, SAFE_WORK, n, 'b-');
  for (const s of STAGES) {
    if (s === 'hitl') continue; // no human in the safe workflow
    ctx.metric(`stage.${s}`, STAGE_LABELS[s], b.stages[s], 'ns');
  }
  const entries = 3;
  ctx.metric('audit.per-entry', 'audit log, per entry (3 per safe workflow)', b.stages.audit / entries, 'ns');
  ctx.note(
    `2.1 stages (medians over ${n} instrumented workflows, ${Math.round(b.overheadNs)} ns of timer overhead per timed call removed from the pipeline's share): ${STAGES.filter(
      (s) => s !== 'hitl',
    )
      .map((s) => `${s} ${(b.stages[s] / US).toFixed(1)} µs`)
      .join(', ')}; workflow ${(b.workflowNs / US).toFixed(1)} µs`,
  );
  const sumOfStages = STAGES.reduce((sum, s) => sum + b.stages[s], 0);
  ctx.note(
    `2.1: the audit log's ${entries} entries take ${((100 * b.stages.audit) / sumOfStages).toFixed(0)}% of the workflow; without them the rest would allow ${Math.round(1e9 / Math.max(1, sumOfStages - b.stages.audit)).toLocaleString('en-US')} workflows/s`,
  );
  let i = 0;
  await ctx.profile(
    'complete safe workflow (Node hash)',
    async () => {
      for (let k = 0; k < 100; k++) {
        const w = SAFE_WORK[i % SAFE_WORK.length] as Work;
        await aegis.process({ id: `p${i++}`, content: w.content }, w.action, () => 1);
      }
      rotateWhenOver(aegis, SEGMENT, 'node');
    },
    ctx.size({ smoke: 100, default: 1500 }),
  );
}

/** A firewall rule that escalates the marked requests (one medium rule: score 0.65). */
const REVIEW_RULE = {
  id: 'bench.needs-review',
  patterns: ['needs review'],
  category: 'bench',
  severity: 'medium' as const,
  description: 'the requester asked for a review',
};

/**
 * Benchmark 2.2: one pipeline, two versions of each request: one the firewall escalates (a medium
 * rule on "needs review"; approved as soon as it is filed) and one it allows, alternating call by
 * call so that caches, heap and the machine's noise are the same for both. The difference is the
 * escalation hop: the request, the waiter, the approval, two audit entries and one more await.
 */
async function humanWorkflowRows(ctx: BenchContext): Promise<void> {
  const escalated = SAFE_WORK.map((w) => ({ ...w, content: `${w.content}, needs review` }));
  const allowed = SAFE_WORK.map((w) => ({ ...w, content: `${w.content}, as planned` }));
  let filed = '';
  const aegis = createAegis({
    firewall: { rules: [REVIEW_RULE] },
    evolution: { maxExperiences: 10_000 },
    hitl: {
      historyLimit: 1_000,
      onEvent: (e) => {
        if (e.type === 'requested') filed = e.request.id;
      },
    },
    audit: { hash: nodeSha256 },
  });
  const approve = () => aegis.hitl.approve(filed, { responder: 'reviewer' });
  const n = ctx.size({ smoke: 200, default: 10_000 });
  const warm = ctx.size({ smoke: 100, default: 10_000 });
  let seq = 0;
  const one = async (w: Work, decide: (() => unknown) | undefined, expected: 'executed', hitl: boolean) => {
    const t0 = performance.now();
    const p = aegis.process({ id: `h${seq++}`, content: w.content }, w.action, () => 1);
    decide?.();
    const r = await p;
    const ns = (performance.now() - t0) * MS;
    if (r.decision !== expected || (r.hitl !== undefined) !== hitl)
      throw new Error(`2.2: "${w.content}" was ${r.decision}`);
    return ns;
  };
  ctx.progress('2.2 warm-up');
  for (let k = 0; k < warm; k++) {
    await one(escalated[k % escalated.length] as Work, approve, 'executed', true);
    await one(allowed[k % allowed.length] as Work, undefined, 'executed', false);
  }
  ctx.progress(`2.2 escalated and allowed workflows, ${n} each, alternating call by call`);
  const esc: number[] = [];
  const dir: number[] = [];
  for (let k = 0; k < n; k++) {
    esc.push(await one(escalated[k % escalated.length] as Work, approve, 'executed', true));
    dir.push(await one(allowed[k % allowed.length] as Work, undefined, 'executed', false));
    if (k % 1000 === 999) rotateWhenOver(aegis, SEGMENT, 'node');
  }
  const e = summarize(Float64Array.from(esc));
  const d = summarize(Float64Array.from(dir));
  ctx.latencyMetrics('escalated', 'escalated workflow, approved at once', e);
  ctx.latencyMetrics('direct', 'the same workflow, allowed', d);
  const overhead50 = e.p50Ns - d.p50Ns;
  const overhead95 = e.p95Ns - d.p95Ns;
  ctx.metric('escalation.overhead.p50', 'escalation hop, p50 difference', overhead50, 'ns');
  ctx.metric('escalation.overhead.p95', 'escalation hop, p95 difference', overhead95, 'ns');
  const b = await breakdown(aegis, escalated, ctx.size({ smoke: 100, default: 5_000 }), 'eb-', approve);
  ctx.metric(
    'escalation.hitl',
    'HITL calls of the hop (requestDecision + waitFor + approve), median',
    b.stages.hitl,
    'ns',
  );
  ctx.metric('escalation.audit', 'audit entries of an escalated workflow (5), median', b.stages.audit, 'ns');
  target(ctx, {
    id: 'escalation.overhead',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.2: escalation overhead (p50, escalated − direct)',
    measured: overhead50,
    unit: 'ns',
    plan: ['<', 10 * MS],
    aegis: ['<=', 20 * US],
  });
  target(ctx, {
    id: 'escalation.queue',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.2: decision queue management (request + wait + approve, median)',
    measured: b.stages.hitl,
    unit: 'ns',
    plan: ['<', 5 * MS],
  });
  target(ctx, {
    id: 'escalation.p95',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.2: complete escalated workflow P95 (no human wait)',
    measured: e.p95Ns,
    unit: 'ns',
    plan: ['<', 50 * MS],
  });
  ctx.note(
    `2.2 stages of an escalated workflow (medians): ${STAGES.map((s) => `${s} ${(b.stages[s] / US).toFixed(1)} µs`).join(', ')}`,
  );
  ctx.note(
    `2.2: escalated p50 ${(e.p50Ns / US).toFixed(1)} µs vs direct ${(d.p50Ns / US).toFixed(1)} µs; of the hop, the HITL calls take ${(b.stages.hitl / US).toFixed(1)} µs and the two extra audit entries about ${((2 * b.stages.audit) / 5 / US).toFixed(1)} µs`,
  );
}

/** 100 ethical violations and 100 safety issues as the pipeline teaches them, over and over. */
function lessons() {
  const ethical = {
    actionType: 'collect_data',
    features: { scope: 'browsing history' },
    success: false,
    timestamp: 0,
    ethics: 0.2,
    concerns: ['autonomyRespect', 'harmPrevention'],
    safety: 1,
    rules: [],
  };
  const safety = {
    actionType: 'run_shell',
    features: { command: 'rm -rf /' },
    success: false,
    timestamp: 0,
    ethics: 0.8,
    concerns: [],
    safety: 0,
    rules: ['destructive.rm-recursive-root'],
  };
  return Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? ethical : safety));
}

async function learningWorkflowRows(ctx: BenchContext): Promise<void> {
  // The learning step of every workflow: one experience with both scores, then both feedbacks.
  const core = new EvolutionCore({ maxExperiences: 10_000 });
  const batch = lessons();
  const reasons: string[] = [];
  const rate = ctx.throughput('2.3 learn from 100 ethical violations + 100 safety issues', batch.length, (n) => {
    for (let k = 0; k < n; k++) learnFrom(core, batch[k % batch.length] as (typeof batch)[number], reasons);
  });
  ctx.metric('learn.rate', 'learnings per second (experience + ethics and safety feedback)', rate, 'learn/s', 'higher');
  target(ctx, {
    id: 'learn.rate',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.3: learning rate (100 ethical + 100 safety violations)',
    measured: rate,
    unit: 'learn/s',
    plan: ['>=', 200],
    aegis: ['>=', 200_000],
  });

  // The same violations through the whole pipeline: firewall, ethics, route (blocked), learning, audit.
  const aegis = benchAegis('node');
  const violations: Work[] = [
    {
      kind: 'borderline',
      content: 'Delete the production database',
      action: {
        actionType: 'delete_database',
        parameters: { database: 'production' },
        expectedOutcome: 'Permanent data loss for all users',
      },
    },
    {
      kind: 'unsafe',
      content: 'rm -rf / --no-preserve-root',
      action: { actionType: 'run_shell', parameters: { command: 'rm -rf /' }, expectedOutcome: 'Clean up' },
    },
  ];
  const learnings = ctx.size({ smoke: 200, default: 1_000 });
  ctx.progress(`2.3 ${learnings} violating workflows`);
  const t0 = performance.now();
  for (let i = 0; i < learnings; i++) {
    const w = violations[i % 2] as Work;
    const r = await aegis.process({ id: `v${i}`, content: w.content }, w.action, () => 1);
    if (r.decision !== 'blocked') throw new Error(`2.3: a violation was ${r.decision}`);
  }
  const whole = (learnings * 1000) / (performance.now() - t0);
  ctx.metric(
    'learn.workflows',
    'violating workflows per second, end to end (blocked, learned, audited)',
    whole,
    'wf/s',
    'higher',
  );
  target(ctx, {
    id: 'learn.workflows',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.3: violations learned per second through the whole pipeline',
    measured: whole,
    unit: 'wf/s',
    plan: ['>=', 200],
  });
  const recognize = ctx.latency(
    `2.3 recognizePatterns after ${learnings} learnings`,
    () => aegis.evolution.recognizePatterns(),
    { timeMs: 200 },
  );
  ctx.latencyMetrics('learn.recognize', `recognizePatterns after ${learnings} learnings`, recognize);
  target(ctx, {
    id: 'learn.recognize',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.3: pattern recognition after 1,000 learnings (p50)',
    measured: recognize.p50Ns,
    unit: 'ns',
    plan: ['<', 100 * MS],
    aegis: ['<=', 1 * MS],
  });

  // Applying what was learned to a new action: assess, the learned risk, the ethics adjustment.
  const learning = {
    failureRiskAbove: 0.7,
    minViolations: 3,
    violationRateAbove: 0.5,
    maxAdjustment: 0.5,
    perSource: null,
  };
  const adjustments = new EthicsAdjustments();
  const apply = (actionType: string, parameters: { [k: string]: string }) => {
    const a = aegis.evolution.assess({ actionType, parameters });
    return [learnedRisk(a, learning), adjustments.update(aegis.ethics, a, learning)];
  };
  const learned = ctx.latency('2.3 pattern application, learned type', () =>
    apply('delete_database', { database: 'staging' }),
  );
  const fresh = ctx.latency('2.3 pattern application, type without history', () => apply('read_file', { path: 'a' }));
  ctx.latencyMetrics('learn.apply', 'pattern application (assess + learned risk + adjustment), learned type', learned);
  ctx.latencyMetrics('learn.apply.fresh', 'pattern application, type without history', fresh);
  target(ctx, {
    id: 'learn.apply',
    table: 'component-benchmarks',
    operation: 'Benchmark 2.3: pattern application overhead (p95)',
    measured: learned.p95Ns,
    unit: 'ns',
    plan: ['<', 5 * MS],
    aegis: ['<=', 50 * US],
  });
  const check = await aegis.process(
    { id: 'after', content: 'Delete the old staging database' },
    { actionType: 'delete_database', parameters: { database: 'staging' }, expectedOutcome: 'Free the space' },
    () => 1,
  );
  ctx.note(
    `2.3: after ${learnings / 2} violations of delete_database, a new, harmless-looking delete_database action is ${check.decision} (${check.reasons.filter((r) => r.startsWith('learned') || r.startsWith('ethics adjusted')).join('; ')})`,
  );
  if (check.decision === 'executed') throw new Error('2.3: learned patterns were not applied to a new action');
}

export const pipelineSuite: Suite = {
  id: 'pipeline',
  title: 'Safe-action pipeline: end-to-end workflows',
  plan: 'Benchmarks 2.1, 2.2, 2.3',
  async run(ctx: BenchContext) {
    await safeWorkflowRows(ctx);
    await humanWorkflowRows(ctx);
    await learningWorkflowRows(ctx);
  },
};
