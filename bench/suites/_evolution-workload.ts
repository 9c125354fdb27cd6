/**
 * The Evolution Core benchmark's workload and the original design's algorithms, kept as
 * baselines: seeded experience templates, and the O(n) recognition and per-log metric
 * recomputation the original performed.
 */
import type { EvolutionCore, ExperienceInput, Pattern } from '../../src/evolution/index.js';
import { consume } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';

export const TYPES = 100;
const TEMPLATES = 10_000;

export type Template = Omit<ExperienceInput, 'id' | 'timestamp'>;

/**
 * Seeded experience templates over 100 action types, each with its own success rate (5%–99%),
 * contexts `{ path, user }` drawn from 20 paths and 3 users per type, one of the paths failing 90%
 * of the time, and scores in multiples of 1/64 (so means are exact and the naive cross-check can
 * compare bit for bit). 100 × 23 features fit the default 4,096 heavy-hitter counters.
 */
export function templates(rng: Rng): Template[] {
  const rates = Array.from({ length: TYPES }, () => 0.05 + rng.next() * 0.94);
  const out: Template[] = [];
  for (let i = 0; i < TEMPLATES; i++) {
    const t = rng.int(0, TYPES - 1);
    const path = rng.int(0, 19);
    const risky = path === 0;
    const score = () => rng.int(0, 64) / 64;
    const e: Template = {
      actionType: `action_${t}`,
      parameters: { path: `/srv/${t}/file_${path}`, user: ['alice', 'bob', 'agent'][rng.int(0, 2)] as string },
      success: rng.chance(risky ? 0.1 : (rates[t] as number)),
    };
    if (rng.chance(0.5)) e.ethicalScore = score();
    if (rng.chance(0.5)) e.safetyScore = score();
    out.push(e);
  }
  return out;
}

/**
 * Experience i: template i mod 10,000 with a unique id and timestamp i. Built field by field: an
 * object spread costs about a microsecond on Node 20, which the measured calls would otherwise carry.
 */
export function input(ts: readonly Template[], i: number): ExperienceInput {
  const t = ts[i % TEMPLATES] as Template;
  const e: ExperienceInput = { id: `exp_${i}`, actionType: t.actionType, success: t.success, timestamp: i };
  if (t.parameters !== undefined) e.parameters = t.parameters;
  if (t.ethicalScore !== undefined) e.ethicalScore = t.ethicalScore;
  if (t.safetyScore !== undefined) e.safetyScore = t.safetyScore;
  return e;
}

export function fill(core: EvolutionCore, ts: readonly Template[], n: number, from = 0): EvolutionCore {
  for (let i = from; i < from + n; i++) core.logExperience(input(ts, i));
  return core;
}

/** The original design's experience record and its single-pass recognition (O(n) per call). */
export interface Row {
  id: string;
  actionType: string;
  success: boolean;
  ethicalScore: number | undefined;
  safetyScore: number | undefined;
}

export function rows(ts: readonly Template[], n: number): Row[] {
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

export function naiveRecognize(all: readonly Row[]): Pattern[] {
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
export function naiveLog(all: Row[], row: Row): unknown {
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

export function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}
