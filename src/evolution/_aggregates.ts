/**
 * Everything the Evolution Core knows beyond the raw experiences: per-type records, global
 * counters, learned patterns and failure features, all updated incrementally, and the patterns,
 * suggestions, metrics and assessments derived from them in time independent of the number of
 * experiences.
 *
 * @internal Not part of the public API.
 */
import { ActionRecord, LearnedPattern, ScoreTrack } from './_action-record.js';
import { FailureFeatures } from './_failure-features.js';
import type { Settings } from './_options.js';
import type {
  Assessment,
  CapabilityMetrics,
  ExperienceParameters,
  FailureFeature,
  Improvement,
  ImprovementPriority,
  Pattern,
  PatternType,
} from './types.js';

export class Aggregates {
  total = 0;
  successes = 0;
  readonly ethical = new ScoreTrack();
  readonly safety = new ScoreTrack();
  learned = 0;
  /** Per action type id. */
  readonly records: ActionRecord[] = [];
  /** Action type ids sorted by name (code units), kept sorted as types arrive. */
  readonly sorted: number[] = [];
  readonly features: FailureFeatures;
  private readonly settings: Settings;

  constructor(settings: Settings) {
    this.settings = settings;
    this.features = new FailureFeatures(settings.featureCapacity);
  }

  /** Registers a new action type. O(types) for the sorted insert; happens once per type. */
  addType(id: number, name: string): ActionRecord {
    const record = new ActionRecord(id, name, this.settings.window);
    this.records[id] = record;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // mid < sorted.length, and sorted holds ids of records
      if (this.records[this.sorted[mid]!]!.name < name) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.splice(lo, 0, id);
    return record;
  }

  /**
   * Forgets what was learned of one type: a fresh record under the same id (counts, scores, recent
   * window, learned patterns) and no failure features. The global counters keep the history, as
   * they keep evicted experiences. O(1).
   */
  resetType(id: number): void {
    // id is a known type id (the caller's lookup)
    const old = this.records[id]!;
    if (old.learnedEthics !== undefined) this.learned--;
    if (old.learnedSafety !== undefined) this.learned--;
    this.records[id] = new ActionRecord(id, old.name, this.settings.window);
    this.features.forgetType(id);
  }

  /** Records a violation reported with concerns as a learned pattern (created on first report). */
  learn(record: ActionRecord, type: 'EthicalViolation' | 'SafetyIssue', success: boolean, concerns: readonly string[]) {
    const ethical = type === 'EthicalViolation';
    let pattern = ethical ? record.learnedEthics : record.learnedSafety;
    if (pattern === undefined) {
      pattern = new LearnedPattern(
        `${ethical ? 'ethical_concern' : 'safety_violation'}_${record.name}`,
        type,
        record.name,
      );
      if (ethical) record.learnedEthics = pattern;
      else record.learnedSafety = pattern;
      this.learned++;
    }
    pattern.record(success, concerns);
  }

  /** O(1). */
  metrics(retained: number): CapabilityMetrics {
    const ethical = this.ethical.stats;
    const safety = this.safety.stats;
    return {
      totalExperiences: this.total,
      retainedExperiences: retained,
      successRate: this.total === 0 ? 0 : this.successes / this.total,
      ethicalAlignment: ethical.count === 0 ? 1 : ethical.mean,
      safetyScore: safety.count === 0 ? 1 : safety.mean,
      patternsLearned: this.learned,
      actionTypes: this.records.length,
    };
  }

  /**
   * Per type (by name) its success pattern; then the recognized violation patterns; then the
   * learned ones (ethics, then safety, by type). O(types), whatever the number of experiences.
   */
  recognizePatterns(): Pattern[] {
    const t = this.settings.thresholds;
    const out: Pattern[] = [];
    // sorted holds only ids of existing records (here and in the loops below)
    for (const id of this.sorted) {
      const r = this.records[id]!;
      if (r.count < t.minExperiences) continue;
      const rate = r.successRate;
      const type: PatternType =
        rate > t.successAbove ? 'SuccessfulAction' : rate < t.failureBelow ? 'FailureMode' : 'PerformanceOptimization';
      out.push({
        id: r.patternId,
        type,
        learned: false,
        actionTypes: r.names,
        frequency: r.count,
        successRate: rate,
        contexts: r.names,
      });
    }
    this.violationPattern(out, 'pattern_ethical_violation', 'EthicalViolation', this.ethical, (r) => r.ethical);
    this.violationPattern(out, 'pattern_safety_issue', 'SafetyIssue', this.safety, (r) => r.safety);
    for (const id of this.sorted) {
      const p = this.records[id]!.learnedEthics;
      if (p) out.push(p.toPattern());
    }
    for (const id of this.sorted) {
      const p = this.records[id]!.learnedSafety;
      if (p) out.push(p.toPattern());
    }
    return out;
  }

  private violationPattern(
    out: Pattern[],
    id: string,
    type: PatternType,
    track: ScoreTrack,
    of: (r: ActionRecord) => ScoreTrack,
  ): void {
    if (track.violations < this.settings.thresholds.minViolations) return;
    const involved: string[] = [];
    // sorted holds only ids of existing records
    for (const typeId of this.sorted) {
      const r = this.records[typeId]!;
      if (of(r).violations > 0) involved.push(r.name);
    }
    out.push({
      id,
      type,
      learned: false,
      actionTypes: involved,
      frequency: track.violations,
      successRate: track.violationSuccesses / track.violations,
      contexts: involved.slice(),
    });
  }

  failureFeatures(): FailureFeature[] {
    return this.features.report(this.records, this.settings.thresholds).map((s) => s.feature);
  }

  /**
   * Per type (by name) with at least `minExperiences` experiences and a success rate below
   * `improveBelow`; then ethics and safety when their mean is below `alignmentBelow`. O(types).
   */
  suggestImprovements(): Improvement[] {
    const t = this.settings.thresholds;
    const out: Improvement[] = [];
    // sorted holds only ids of existing records
    for (const id of this.sorted) {
      const r = this.records[id]!;
      if (r.count < t.minExperiences) continue;
      const rate = r.successRate;
      if (rate >= t.improveBelow) continue;
      const priority: ImprovementPriority =
        rate < t.criticalBelow ? 'Critical' : rate < t.highBelow ? 'High' : 'Medium';
      out.push({
        id: `improve_${r.name}`,
        type: 'PerformanceOptimization',
        description: `Action '${r.name}' has a low success rate (${percent(rate)} of ${r.count}). Consider optimization.`,
        expectedImpact: 1 - rate,
        priority,
        actionType: r.name,
      });
    }
    const m = this.metrics(0);
    if (this.ethical.stats.count > 0 && m.ethicalAlignment < t.alignmentBelow) {
      out.push({
        id: 'improve_ethics',
        type: 'EthicalAlignment',
        description: `Ethical alignment is ${percent(m.ethicalAlignment)}. Review and improve ethical decision-making.`,
        expectedImpact: 1 - m.ethicalAlignment,
        priority: 'Critical',
      });
    }
    if (this.safety.stats.count > 0 && m.safetyScore < t.alignmentBelow) {
      out.push({
        id: 'improve_safety',
        type: 'SafetyEnhancement',
        description: `Safety score is ${percent(m.safetyScore)}. Review and enhance safety measures.`,
        expectedImpact: 1 - m.safetyScore,
        priority: 'Critical',
      });
    }
    return out;
  }

  /** What history says of an action: O(parameters), independent of the number of experiences. */
  assess(actionType: string, typeId: number | undefined, parameters: ExperienceParameters | undefined): Assessment {
    const r = typeId === undefined ? undefined : this.records[typeId];
    if (r === undefined) {
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
    const t = this.settings.thresholds;
    let risk = r.count >= t.minExperiences ? 1 - r.successRate : 0;
    const matched = parameters === undefined ? [] : this.features.match(r, parameters, t);
    for (const f of matched) if (f.failureRate > risk) risk = f.failureRate;
    const learned: Pattern[] = [];
    if (r.learnedEthics) learned.push(r.learnedEthics.toPattern());
    if (r.learnedSafety) learned.push(r.learnedSafety.toPattern());
    return {
      actionType,
      sampleSize: r.count,
      successRate: r.successRate,
      recentSuccessRate: r.recentSuccessRate,
      ethicalViolations: r.ethical.violations,
      safetyViolations: r.safety.violations,
      matchedFeatures: matched,
      learnedViolations: learned,
      failureRisk: risk,
    };
  }
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
