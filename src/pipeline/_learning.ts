/**
 * The learning loop: the risk the Evolution Core's history adds to an action the firewall allows,
 * the Love Engine adjustments that learned ethical violations call for, and the experience every
 * call leaves behind.
 *
 * @internal Not part of the public API.
 * @module
 */
import { AegisError } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import { DIMENSIONS, type EthicalDimension } from '../ethics/types.js';
import type { EvolutionCore } from '../evolution/evolution-core.js';
import type { Assessment, Experience, ExperienceInput, ExperienceParameters, Pattern } from '../evolution/types.js';
import type { Learning } from './_options.js';

/** Adjustments move in steps of this size, so that a slowly drifting rate does not call `adjust` on every request. */
const STEP = 0.05;

const fmt = (x: number) => x.toFixed(3);

function learned(assessment: Assessment, type: Pattern['type']): Pattern | undefined {
  for (const p of assessment.learnedViolations) if (p.type === type) return p;
  return undefined;
}

/** What history says against an action, each a sentence, or `undefined` when it says nothing. */
export interface LearnedRisk {
  /** Failure risk, or learned safety violations: the action is treated as unsafe. */
  readonly unsafe: string | undefined;
  /** Learned ethical violations: the action is treated as unethical. */
  readonly unethical: string | undefined;
}

export const NO_RISK: LearnedRisk = Object.freeze({ unsafe: undefined, unethical: undefined });

/**
 * A learned violation pattern that counts: at least `minViolations` reports, and violations in at
 * least `violationRateAbove` of the type's experiences (so that a type which once did harm is not
 * held back forever once most of what it does is fine).
 */
function violations(
  assessment: Assessment,
  type: 'SafetyIssue' | 'EthicalViolation',
  count: number,
  learning: Learning,
): string | undefined {
  const pattern = learned(assessment, type);
  if (pattern === undefined || pattern.frequency < learning.minViolations) return undefined;
  const rate = count / assessment.sampleSize;
  if (!(rate >= learning.violationRateAbove)) return undefined;
  const kind = type === 'SafetyIssue' ? 'safety' : 'ethical';
  return `${count} of ${assessment.sampleSize} past experiences were ${kind} violations (${pattern.contexts
    .slice(0, 3)
    .join(', ')})`;
}

/**
 * What history says against this action: unsafe when the failure risk is at or above
 * `failureRiskAbove` or learned safety violations count; unethical when learned ethical violations
 * count. O(learned patterns of the type).
 */
export function learnedRisk(assessment: Assessment, learning: Learning): LearnedRisk {
  if (assessment.sampleSize === 0) return NO_RISK;
  let unsafe: string | undefined;
  const risk = assessment.failureRisk;
  if (risk >= learning.failureRiskAbove) {
    const features = assessment.matchedFeatures.length;
    unsafe = `failure risk ${fmt(risk)} ≥ ${fmt(learning.failureRiskAbove)} (success rate ${fmt(
      assessment.successRate ?? 0,
    )} over ${assessment.sampleSize} experiences${features > 0 ? `, ${features} failure features matched` : ''})`;
  }
  const safety = violations(assessment, 'SafetyIssue', assessment.safetyViolations, learning);
  if (safety !== undefined) unsafe = unsafe === undefined ? safety : `${unsafe}; ${safety}`;
  const unethical = violations(assessment, 'EthicalViolation', assessment.ethicalViolations, learning);
  return unsafe === undefined && unethical === undefined ? NO_RISK : { unsafe, unethical };
}

/** A change this call made to the Love Engine's adjustments of one action type. */
export interface AdjustmentChange {
  /** The pipeline's adjustment now in force, per dimension it touches (0 when withdrawn). */
  readonly deltas: { readonly [D in EthicalDimension]?: number };
  readonly reason: string;
}

/**
 * The pipeline's share of the Love Engine's learned adjustments, per action type. The engine adds
 * every caller's adjustments (clamped to ±0.5), so the pipeline remembers what its own calls actually
 * changed (less than it asked for when the total was clamped) and applies only the difference when the
 * evidence moves: withdrawing its share leaves the application's own adjustments as they were. At most one entry per action type the engine
 * accepted an adjustment for (the engine holds at most 4,096).
 */
export class EthicsAdjustments {
  private readonly applied = new Map<string, Float64Array>();

  /** Whether the pipeline's adjustment of this type is in force (its verdicts are partly learned). */
  has(type: string): boolean {
    return this.applied.has(type);
  }

  /**
   * Brings the engine's adjustment of the action's type in line with the evidence:
   * `−maxAdjustment × violation rate` (in steps of 0.05) on the dimensions the learned
   * `EthicalViolation` reports name, once there are `minViolations` of them; nothing otherwise.
   * Returns what changed, or `undefined`. O(dimensions) plus the learned patterns of the type.
   */
  update(engine: LoveEngine, assessment: Assessment, learning: Learning): AdjustmentChange | undefined {
    const type = assessment.actionType;
    const before = this.applied.get(type);
    const pattern = learned(assessment, 'EthicalViolation');
    const counts = pattern !== undefined && pattern.frequency >= learning.minViolations;
    if (!counts && before === undefined) return undefined; // the usual case: nothing learned, nothing applied
    const rate = assessment.sampleSize === 0 ? 0 : assessment.ethicalViolations / assessment.sampleSize;
    const magnitude = counts ? Math.round((learning.maxAdjustment * rate) / STEP) * STEP : 0;
    const target = new Float64Array(DIMENSIONS.length);
    if (magnitude > 0 && pattern !== undefined) {
      for (const c of pattern.contexts) {
        const d = DIMENSIONS.indexOf(c as EthicalDimension);
        if (d >= 0) target[d] = -Math.round(magnitude * 100) / 100;
      }
    }
    const now = before ?? new Float64Array(DIMENSIONS.length);
    const deltas: { [D in EthicalDimension]?: number } = {};
    let changed = false;
    let refused = false;
    for (let d = 0; d < DIMENSIONS.length && !refused; d++) {
      // d < DIMENSIONS.length = target.length = now.length
      const want = target[d]!;
      const had = now[d]!;
      if (want === had) continue;
      const dimension = DIMENSIONS[d]!;
      try {
        // The engine caps each correction at ±0.5, the application's own included: the share is
        // what this call changed, so that withdrawing it later gives back exactly that.
        const old = engine.adjustment(type, dimension);
        const applied = engine.adjust(type, dimension, want - had) - old;
        if (applied === 0) continue;
        now[d] = Math.round((had + applied) * 1e12) / 1e12;
        deltas[dimension] = now[d]!;
        changed = true;
      } catch (error) {
        // The engine holds adjustments for at most 4,096 action types; its refusal changes nothing.
        if (!(error instanceof AegisError && error.code === 'LIMIT_EXCEEDED')) throw error;
        refused = true;
      }
    }
    if (now.every((x) => x === 0)) this.applied.delete(type);
    else if (before === undefined) this.applied.set(type, now);
    if (refused) {
      return {
        deltas,
        reason: `ethics not adjusted for ${type}: the Love Engine holds its maximum of adjusted action types`,
      };
    }
    if (!changed) return undefined;
    const list = Object.entries(deltas)
      .map(([d, x]) => `${d} ${x === 0 ? 'withdrawn' : (x as number).toFixed(2)}`)
      .join(', ');
    return {
      deltas,
      reason: `ethics adjusted for ${type}: ${list} (${assessment.ethicalViolations} of ${assessment.sampleSize} past experiences were ethical violations, ${pattern?.frequency ?? 0} reported)`,
    };
  }
}

/** What one call teaches the Evolution Core. */
export interface Lesson {
  readonly actionType: string;
  readonly features: ExperienceParameters | undefined;
  readonly success: boolean;
  readonly timestamp: number;
  readonly ethics: number;
  /** Dimensions below 0.5 (the Love Engine's concerns), the ethics feedback's concerns. */
  readonly concerns: readonly string[];
  /** `undefined` for a request the firewall did not analyse (rate limited): its safety is unknown. */
  readonly safety: number | undefined;
  /** Matched rule ids, the safety feedback's violations. */
  readonly rules: readonly string[];
}

/**
 * Logs the experience with both scores, then the feedback that teaches patterns (`learnFromEthics`
 * with the concerns, `learnFromSafety` with the rules). Returns the experience, or `undefined` with
 * a reason when the core refused it. O(features).
 */
export function learnFrom(core: EvolutionCore, lesson: Lesson, reasons: string[]): Experience | undefined {
  // Optional fields are added to a literal rather than spread into it (a spread costs more than the rest).
  const input: ExperienceInput = {
    actionType: lesson.actionType,
    success: lesson.success,
    ethicalScore: lesson.ethics,
    timestamp: lesson.timestamp,
  };
  if (lesson.safety !== undefined) input.safetyScore = lesson.safety;
  if (lesson.features !== undefined) input.parameters = lesson.features;
  let experience: Experience;
  try {
    experience = core.logExperience(input);
  } catch (error) {
    // The pipeline reserves a new action type before acting; only calls made outside it can fill
    // the core's action types meanwhile.
    if (!(error instanceof AegisError)) throw error;
    reasons.push(`experience not logged: ${error.message}`);
    return undefined;
  }
  core.learnFromEthics(experience.id, lesson.ethics, lesson.concerns);
  if (lesson.safety !== undefined) core.learnFromSafety(experience.id, lesson.safety, lesson.rules);
  return experience;
}
