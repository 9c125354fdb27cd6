/**
 * Where the time of a workflow goes: every component method the pipeline calls is wrapped (an own
 * property shadowing the prototype's method) with a timer that adds its duration to its stage;
 * whatever is left of the workflow's time is the pipeline's own work (input checks, routing,
 * reasons, the result and the promise). Benchmark code only.
 */
import type { Aegis } from '../../src/index.js';
import { median } from '../harness/stats.js';
import { MS, request, type Work } from './_pipeline-workload.js';

export const STAGES = [
  'checks',
  'firewall',
  'assess',
  'ethics',
  'audit',
  'evolution',
  'hitl',
  'execute',
  'pipeline',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  checks: 'input checks (LoveEngine.assertValidAction)',
  firewall: 'firewall (validateRequest on the request, checkSafety on the action)',
  assess: 'learning: evolution.assess',
  ethics: 'ethics (checkEthics, adjust)',
  audit: 'audit log (append, every entry)',
  evolution: 'learning: logExperience + learnFromEthics + learnFromSafety',
  hitl: 'HITL (requestDecision, waitFor, approve)',
  execute: 'execute (the user function)',
  pipeline: 'pipeline: checks, routing, reasons, result, promise',
};

type Method = (...args: unknown[]) => unknown;

/** Accumulates time per stage for the workflow in progress. */
class StageTimer {
  readonly ns = new Float64Array(STAGES.length);
  calls = 0;

  wrap<O extends object>(target: O, name: string, stage: Stage): () => void {
    const holder = target as unknown as Record<string, Method>;
    const original = holder[name] as Method;
    const index = STAGES.indexOf(stage);
    const ns = this.ns;
    const timer = this;
    holder[name] = function (this: unknown, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        ns[index] = (ns[index] as number) + (performance.now() - t0) * MS;
        timer.calls++;
      }
    };
    return () => {
      delete holder[name];
    };
  }
}

/** What one wrapped call adds to a workflow's time beyond the call itself, in ns (median of 5 runs). */
function wrapperOverhead(): number {
  const timer = new StageTimer();
  const target = { f: (x: number) => x + 1 };
  const bare = (x: number) => x + 1;
  const per: number[] = [];
  timer.wrap(target, 'f', 'checks');
  for (let r = 0; r < 5; r++) {
    const n = 20_000;
    let s = 0;
    let t0 = performance.now();
    for (let i = 0; i < n; i++) s += target.f(i);
    const wrapped = (performance.now() - t0) / n;
    t0 = performance.now();
    for (let i = 0; i < n; i++) s += bare(i);
    const plain = (performance.now() - t0) / n;
    per.push((wrapped - plain) * MS + (s === 0 ? 1 : 0));
  }
  return Math.max(0, median(per));
}

/** Median ns per stage over `n` workflows, and the median workflow. */
export interface Breakdown {
  readonly stages: Record<Stage, number>;
  readonly workflowNs: number;
  readonly overheadNs: number;
}

/**
 * Runs `n` workflows over `items` with every component call timed. `decide`, when given, is called
 * after each workflow has started (to approve its human decision at once); its HITL calls count
 * as the `hitl` stage.
 */
export async function breakdown(
  aegis: Aegis,
  items: readonly Work[],
  n: number,
  prefix: string,
  decide?: () => void,
): Promise<Breakdown> {
  const timer = new StageTimer();
  const undo = [
    timer.wrap(aegis.ethics, 'assertValidAction', 'checks'),
    timer.wrap(aegis.firewall, 'validateRequest', 'firewall'),
    timer.wrap(aegis.firewall, 'checkSafety', 'firewall'),
    timer.wrap(aegis.evolution, 'assess', 'assess'),
    timer.wrap(aegis.ethics, 'checkEthics', 'ethics'),
    timer.wrap(aegis.ethics, 'adjust', 'ethics'),
    timer.wrap(aegis.audit, 'append', 'audit'),
    timer.wrap(aegis.evolution, 'logExperience', 'evolution'),
    timer.wrap(aegis.evolution, 'learnFromEthics', 'evolution'),
    timer.wrap(aegis.evolution, 'learnFromSafety', 'evolution'),
    timer.wrap(aegis.hitl, 'requestDecision', 'hitl'),
    timer.wrap(aegis.hitl, 'waitFor', 'hitl'),
    timer.wrap(aegis.hitl, 'approve', 'hitl'),
  ];
  const executeAt = STAGES.indexOf('execute');
  const execute = () => {
    const t0 = performance.now();
    const v = 1;
    timer.ns[executeAt] = (timer.ns[executeAt] as number) + (performance.now() - t0) * MS;
    timer.calls++;
    return v;
  };
  const overhead = wrapperOverhead();
  const per = STAGES.map(() => new Float64Array(n));
  const totals = new Float64Array(n);
  const glue = STAGES.indexOf('pipeline');
  try {
    for (let i = 0; i < n; i++) {
      const w = items[i % items.length] as Work;
      const req = request(w, `${prefix}${i}`);
      timer.ns.fill(0);
      timer.calls = 0;
      const t0 = performance.now();
      const pending = aegis.process(req, w.action, execute);
      decide?.();
      await pending;
      const total = (performance.now() - t0) * MS;
      totals[i] = total;
      let inStages = 0;
      for (let s = 0; s < STAGES.length; s++) {
        if (s === glue) continue;
        (per[s] as Float64Array)[i] = timer.ns[s] as number;
        inStages += timer.ns[s] as number;
      }
      (per[glue] as Float64Array)[i] = Math.max(0, total - inStages - timer.calls * overhead);
    }
  } finally {
    for (const u of undo) u();
  }
  const stages = {} as Record<Stage, number>;
  STAGES.forEach((s, k) => {
    stages[s] = median(Array.from(per[k] as Float64Array));
  });
  return { stages, workflowNs: median(Array.from(totals)), overheadNs: overhead };
}
