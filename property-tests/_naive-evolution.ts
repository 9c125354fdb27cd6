/**
 * A deliberately naive Evolution Core: it keeps every experience and every feedback event in
 * lists and recomputes each answer by scanning them, the way the original design did. The property
 * tests compare the incremental core against it; the benchmark shows it as the O(n) baseline.
 *
 * It assumes valid input (the tests know which inputs are bad) and enough heavy-hitter counters
 * for every feature, where the core's counts are exact.
 */
import type {
  ActionTypeStats,
  Assessment,
  CapabilityMetrics,
  Experience,
  ExperienceFilter,
  FailureFeature,
  FeatureValue,
  Improvement,
  ImprovementPriority,
  Pattern,
  PatternType,
} from '../src/evolution/index.js';

export interface NaiveThresholds {
  minExperiences: number;
  successAbove: number;
  failureBelow: number;
  violationBelow: number;
  minViolations: number;
  improveBelow: number;
  criticalBelow: number;
  highBelow: number;
  alignmentBelow: number;
  featureMinFailures: number;
  featureMinRate: number;
  featureMinLift: number;
}

export const NAIVE_DEFAULTS: NaiveThresholds = {
  minExperiences: 3,
  successAbove: 0.8,
  failureBelow: 0.3,
  violationBelow: 0.5,
  minViolations: 2,
  improveBelow: 0.5,
  criticalBelow: 0.3,
  highBelow: 0.4,
  alignmentBelow: 0.7,
  featureMinFailures: 3,
  featureMinRate: 0.5,
  featureMinLift: 1.5,
};

type Params = Record<string, unknown>;

interface Row {
  id: string;
  seq: number;
  actionType: string;
  parameters: Params | undefined;
  success: boolean;
  ethicalScore: number | undefined;
  safetyScore: number | undefined;
  timestamp: number;
  flagged: boolean;
}

interface LearnEvent {
  kind: 'EthicalViolation' | 'SafetyIssue';
  actionType: string;
  success: boolean;
  concerns: string[];
}

export interface NaiveLog {
  id?: string | undefined;
  actionType: string;
  parameters?: Params | undefined;
  success: boolean;
  ethicalScore?: number | undefined;
  safetyScore?: number | undefined;
  timestamp: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]): number => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length;
};

/** Top-level entries that make features: the first 16 with a short key and a primitive, short value. */
export function naiveFeatures(parameters: Params | undefined): [string, FeatureValue][] {
  const out: [string, FeatureValue][] = [];
  if (parameters === undefined) return out;
  for (const key of Object.keys(parameters)) {
    const v = parameters[key];
    const ok =
      key.length <= 64 &&
      (v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 128));
    if (ok) out.push([key, v as FeatureValue]);
    if (out.length === 16) break;
  }
  return out;
}

export class NaiveEvolution {
  readonly rows: Row[] = [];
  readonly learns: LearnEvent[] = [];

  constructor(
    readonly t: NaiveThresholds = NAIVE_DEFAULTS,
    readonly window = 100,
    readonly maxExperiences = Number.POSITIVE_INFINITY,
    readonly maxActionTypes = 10_000,
  ) {}

  retained(): Row[] {
    return this.rows.slice(Math.max(0, this.rows.length - this.maxExperiences));
  }

  find(id: string): Row | undefined {
    return this.retained().find((r) => r.id === id);
  }

  actionTypes(): string[] {
    return [...new Set(this.rows.map((r) => r.actionType))].sort(cmp);
  }

  /** The error code the core must throw for this (otherwise valid) input, if any. */
  refusal(input: NaiveLog): 'CONFLICT' | 'LIMIT_EXCEEDED' | undefined {
    if (input.id !== undefined && this.find(input.id)) return 'CONFLICT';
    const types = this.actionTypes();
    if (!types.includes(input.actionType) && types.length >= this.maxActionTypes) return 'LIMIT_EXCEEDED';
    return undefined;
  }

  log(input: NaiveLog): Experience {
    const seq = this.rows.length;
    let id = input.id;
    if (id === undefined) {
      const taken = new Set(this.retained().map((r) => r.id));
      id = `exp-${seq}`;
      for (let n = 1; taken.has(id); n++) id = `exp-${seq}~${n}`;
    }
    const v = this.t.violationBelow;
    const row: Row = {
      id,
      seq,
      actionType: input.actionType,
      // Stored parameters are a JSON value: a JSON round trip (which turns -0 into 0) is the model.
      parameters: input.parameters === undefined ? undefined : (JSON.parse(JSON.stringify(input.parameters)) as Params),
      success: input.success,
      ethicalScore: input.ethicalScore,
      safetyScore: input.safetyScore,
      timestamp: input.timestamp,
      flagged: !input.success || (input.ethicalScore ?? 1) < v || (input.safetyScore ?? 1) < v,
    };
    this.rows.push(row);
    return this.experience(row);
  }

  learn(kind: 'EthicalViolation' | 'SafetyIssue', id: string, score: number, concerns: string[]): boolean {
    const row = this.find(id);
    if (!row) return false;
    if (kind === 'EthicalViolation') row.ethicalScore = score;
    else row.safetyScore = score;
    if (score < this.t.violationBelow) {
      row.flagged = true;
      if (concerns.length > 0) {
        this.learns.push({ kind, actionType: row.actionType, success: row.success, concerns: [...new Set(concerns)] });
      }
    }
    return true;
  }

  experience(row: Row): Experience {
    const e: Record<string, unknown> = {
      id: row.id,
      seq: row.seq,
      actionType: row.actionType,
      parameters: row.parameters ?? {},
      success: row.success,
      timestamp: row.timestamp,
    };
    if (row.ethicalScore !== undefined) e.ethicalScore = row.ethicalScore;
    if (row.safetyScore !== undefined) e.safetyScore = row.safetyScore;
    return e as unknown as Experience;
  }

  metrics(): CapabilityMetrics {
    const rows = this.rows;
    const ethical = rows.flatMap((r) => (r.ethicalScore === undefined ? [] : [r.ethicalScore]));
    const safety = rows.flatMap((r) => (r.safetyScore === undefined ? [] : [r.safetyScore]));
    return {
      totalExperiences: rows.length,
      retainedExperiences: this.retained().length,
      successRate: rows.length === 0 ? 0 : rows.filter((r) => r.success).length / rows.length,
      ethicalAlignment: ethical.length === 0 ? 1 : mean(ethical),
      safetyScore: safety.length === 0 ? 1 : mean(safety),
      patternsLearned: new Set(this.learns.map((l) => `${l.kind}/${l.actionType}`)).size,
      actionTypes: this.actionTypes().length,
    };
  }

  private ofType(actionType: string): Row[] {
    return this.rows.filter((r) => r.actionType === actionType);
  }

  recognizePatterns(): Pattern[] {
    const t = this.t;
    const out: Pattern[] = [];
    for (const type of this.actionTypes()) {
      const rows = this.ofType(type);
      if (rows.length < t.minExperiences) continue;
      const rate = rows.filter((r) => r.success).length / rows.length;
      const kind: PatternType =
        rate > t.successAbove ? 'SuccessfulAction' : rate < t.failureBelow ? 'FailureMode' : 'PerformanceOptimization';
      out.push({
        id: `pattern_${type}`,
        type: kind,
        learned: false,
        actionTypes: [type],
        frequency: rows.length,
        successRate: rate,
        contexts: [type],
      });
    }
    for (const [id, kind, score] of [
      ['pattern_ethical_violation', 'EthicalViolation', (r: Row) => r.ethicalScore],
      ['pattern_safety_issue', 'SafetyIssue', (r: Row) => r.safetyScore],
    ] as const) {
      const bad = this.rows.filter((r) => (score(r) ?? 1) < t.violationBelow);
      if (bad.length < t.minViolations) continue;
      const involved = [...new Set(bad.map((r) => r.actionType))].sort(cmp);
      out.push({
        id,
        type: kind,
        learned: false,
        actionTypes: involved,
        frequency: bad.length,
        successRate: bad.filter((r) => r.success).length / bad.length,
        contexts: involved,
      });
    }
    for (const kind of ['EthicalViolation', 'SafetyIssue'] as const) {
      for (const type of this.actionTypes()) {
        const p = this.learnedPattern(kind, type);
        if (p) out.push(p);
      }
    }
    return out;
  }

  learnedPattern(kind: 'EthicalViolation' | 'SafetyIssue', type: string): Pattern | undefined {
    const events = this.learns.filter((l) => l.kind === kind && l.actionType === type);
    if (events.length === 0) return undefined;
    const counts = new Map<string, number>();
    for (const e of events) for (const c of e.concerns) counts.set(c, (counts.get(c) ?? 0) + 1);
    const concerns = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([c]) => c);
    return {
      id: `${kind === 'EthicalViolation' ? 'ethical_concern' : 'safety_violation'}_${type}`,
      type: kind,
      learned: true,
      actionTypes: [type],
      frequency: events.length,
      successRate: events.filter((e) => e.success).length / events.length,
      contexts: concerns,
    };
  }

  /** Exact counts of every feature over every experience ever logged. */
  private featureCounts(): Map<
    string,
    { actionType: string; key: string; value: FeatureValue; all: number; bad: number }
  > {
    const counts = new Map<
      string,
      { actionType: string; key: string; value: FeatureValue; all: number; bad: number }
    >();
    for (const r of this.rows) {
      for (const [key, value] of naiveFeatures(r.parameters)) {
        const id = `${r.actionType}\u0000${key}\u0000${typeof value}:${String(value)}`;
        let c = counts.get(id);
        if (!c) {
          c = { actionType: r.actionType, key, value, all: 0, bad: 0 };
          counts.set(id, c);
        }
        c.all++;
        if (r.flagged) c.bad++;
      }
    }
    return counts;
  }

  private standout(c: {
    actionType: string;
    key: string;
    value: FeatureValue;
    all: number;
    bad: number;
  }): FailureFeature | undefined {
    const t = this.t;
    if (c.bad < t.featureMinFailures) return undefined;
    const rows = this.ofType(c.actionType);
    const base = rows.filter((r) => r.flagged).length / rows.length;
    const failureRate = c.bad / c.all;
    const lift = failureRate / base;
    if (failureRate < t.featureMinRate || lift < t.featureMinLift) return undefined;
    return {
      actionType: c.actionType,
      key: c.key,
      value: c.value,
      failures: c.bad,
      occurrences: c.all,
      failureRate,
      lift,
      exact: true,
    };
  }

  failureFeatures(): FailureFeature[] {
    const out: FailureFeature[] = [];
    for (const c of this.featureCounts().values()) {
      const f = this.standout(c);
      if (f) out.push(f);
    }
    return out.sort(naiveCompareFeatures);
  }

  suggestImprovements(): Improvement[] {
    const t = this.t;
    const out: Improvement[] = [];
    for (const type of this.actionTypes()) {
      const rows = this.ofType(type);
      if (rows.length < t.minExperiences) continue;
      const rate = rows.filter((r) => r.success).length / rows.length;
      if (rate >= t.improveBelow) continue;
      const priority: ImprovementPriority =
        rate < t.criticalBelow ? 'Critical' : rate < t.highBelow ? 'High' : 'Medium';
      out.push({
        id: `improve_${type}`,
        type: 'PerformanceOptimization',
        description: `Action '${type}' has a low success rate (${(rate * 100).toFixed(1)}% of ${rows.length}). Consider optimization.`,
        expectedImpact: 1 - rate,
        priority,
        actionType: type,
      });
    }
    const m = this.metrics();
    if (m.ethicalAlignment < t.alignmentBelow) {
      out.push({
        id: 'improve_ethics',
        type: 'EthicalAlignment',
        description: `Ethical alignment is ${(m.ethicalAlignment * 100).toFixed(1)}%. Review and improve ethical decision-making.`,
        expectedImpact: 1 - m.ethicalAlignment,
        priority: 'Critical',
      });
    }
    if (m.safetyScore < t.alignmentBelow) {
      out.push({
        id: 'improve_safety',
        type: 'SafetyEnhancement',
        description: `Safety score is ${(m.safetyScore * 100).toFixed(1)}%. Review and enhance safety measures.`,
        expectedImpact: 1 - m.safetyScore,
        priority: 'Critical',
      });
    }
    return out;
  }

  getExperiences(filter: ExperienceFilter = {}): Experience[] {
    const rows = this.retained()
      .filter(
        (r) =>
          (filter.actionType === undefined || r.actionType === filter.actionType) &&
          (filter.since === undefined || r.timestamp >= filter.since) &&
          (filter.until === undefined || r.timestamp <= filter.until) &&
          (filter.success === undefined || r.success === filter.success),
      )
      .sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq);
    if ((filter.order ?? 'newest') === 'newest') rows.reverse();
    return rows.slice(0, filter.limit ?? rows.length).map((r) => this.experience(r));
  }

  actionStats(actionType: string): ActionTypeStats | undefined {
    const rows = this.ofType(actionType);
    if (rows.length === 0) return undefined;
    const successes = rows.filter((r) => r.success).length;
    const recent = rows.slice(-this.window);
    const recentSuccesses = recent.filter((r) => r.success).length;
    const score = (pick: (r: Row) => number | undefined) => {
      const xs = rows.flatMap((r) => (pick(r) === undefined ? [] : [pick(r) as number]));
      return {
        count: xs.length,
        mean: xs.length === 0 ? null : mean(xs),
        variance: xs.length === 0 ? null : variance(xs),
      };
    };
    const v = this.t.violationBelow;
    return {
      actionType,
      experiences: rows.length,
      successes,
      successRate: successes / rows.length,
      flagged: rows.filter((r) => r.flagged).length,
      ethical: score((r) => r.ethicalScore),
      safety: score((r) => r.safetyScore),
      ethicalViolations: rows.filter((r) => (r.ethicalScore ?? 1) < v).length,
      safetyViolations: rows.filter((r) => (r.safetyScore ?? 1) < v).length,
      recent: { size: recent.length, successes: recentSuccesses, successRate: recentSuccesses / recent.length },
      trend: recentSuccesses / recent.length - successes / rows.length,
    };
  }

  assess(actionType: string, parameters?: Params): Assessment {
    const stats = this.actionStats(actionType);
    if (!stats) {
      return {
        actionType,
        sampleSize: 0,
        successRate: null,
        recentSuccessRate: null,
        ethicalViolations: 0,
        safetyViolations: 0,
        matchedFeatures: [],
        learnedViolations: [],
        failureRisk: 0,
      };
    }
    const counts = this.featureCounts();
    const matched: FailureFeature[] = [];
    for (const [key, value] of naiveFeatures(parameters)) {
      const c = counts.get(`${actionType}\u0000${key}\u0000${typeof value}:${String(value)}`);
      const f = c && this.standout(c);
      if (f) matched.push(f);
    }
    matched.sort(naiveCompareFeatures);
    let risk = stats.experiences >= this.t.minExperiences ? 1 - stats.successRate : 0;
    for (const f of matched) risk = Math.max(risk, f.failureRate);
    const learned = (['EthicalViolation', 'SafetyIssue'] as const).flatMap((k) => {
      const p = this.learnedPattern(k, actionType);
      return p ? [p] : [];
    });
    return {
      actionType,
      sampleSize: stats.experiences,
      successRate: stats.successRate,
      recentSuccessRate: stats.recent.successRate,
      ethicalViolations: stats.ethicalViolations,
      safetyViolations: stats.safetyViolations,
      matchedFeatures: matched,
      learnedViolations: learned,
      failureRisk: risk,
    };
  }
}

export function naiveCompareFeatures(a: FailureFeature, b: FailureFeature): number {
  return (
    b.failures - a.failures ||
    cmp(a.actionType, b.actionType) ||
    cmp(a.key, b.key) ||
    cmp(JSON.stringify(a.value), JSON.stringify(b.value))
  );
}
