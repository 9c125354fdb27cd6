/**
 * Per-action-type incremental counters, and learned violation patterns.
 *
 * @internal Not part of the public API.
 */
import { RunningStats } from '../structures/running-stats.js';
import { SpaceSaving } from '../structures/space-saving.js';
import type { ActionTypeStats, Pattern, ScoreStats } from './types.js';

/** Distinct concerns counted per learned pattern; the rest are approximated (Space-Saving). */
export const CONCERN_CAPACITY = 32;

/** A violation pattern learned from feedback: every reported occurrence counts. */
export class LearnedPattern {
  frequency = 0;
  successes = 0;
  private readonly concerns = new SpaceSaving<string>(CONCERN_CAPACITY);

  constructor(
    readonly id: string,
    readonly type: 'EthicalViolation' | 'SafetyIssue',
    readonly actionType: string,
  ) {}

  /** One occurrence; `concerns` are distinct. */
  record(success: boolean, concerns: readonly string[]): void {
    this.frequency++;
    if (success) this.successes++;
    for (const c of concerns) this.concerns.add(c);
  }

  toPattern(): Pattern {
    // At most CONCERN_CAPACITY entries: sorting them is O(1) in the number of experiences.
    const top = this.concerns.top().sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      id: this.id,
      type: this.type,
      learned: true,
      actionTypes: [this.actionType],
      frequency: this.frequency,
      successRate: this.successes / this.frequency,
      contexts: top.map((h) => h.key),
    };
  }
}

/** A score's statistics and how many scores fall below the violation threshold. */
export class ScoreTrack {
  readonly stats = new RunningStats();
  violations = 0;
  /** Violations on experiences that succeeded. */
  violationSuccesses = 0;

  /** Records `score` in place of `old` (NaN when the experience had no score). O(1). */
  update(old: number, score: number, success: boolean, violationBelow: number): void {
    if (Number.isNaN(old)) {
      this.stats.add(score);
    } else {
      this.stats.replace(old, score);
      if (old < violationBelow) this.count(-1, success);
    }
    if (score < violationBelow) this.count(1, success);
  }

  private count(delta: number, success: boolean): void {
    this.violations += delta;
    if (success) this.violationSuccesses += delta;
  }

  snapshot(): ScoreStats {
    const { count, mean, variance } = this.stats.snapshot();
    return { count, mean, variance };
  }
}

/** The counters of one action type, over every experience ever logged for it. */
export class ActionRecord {
  count = 0;
  successes = 0;
  /** Experiences that failed or had a violation reported (never decreases). */
  flagged = 0;
  readonly ethical = new ScoreTrack();
  readonly safety = new ScoreTrack();
  learnedEthics: LearnedPattern | undefined = undefined;
  learnedSafety: LearnedPattern | undefined = undefined;
  /** Ring of the last `window` outcomes (1 success, 0 failure). */
  private readonly recent: Uint8Array;
  private cursor = 0;
  recentSize = 0;
  recentSuccesses = 0;

  /** `pattern_<name>`, and `[name]` frozen: shared by every pattern of this type, built once. */
  readonly patternId: string;
  readonly names: readonly string[];

  constructor(
    readonly id: number,
    readonly name: string,
    window: number,
  ) {
    this.recent = new Uint8Array(window);
    this.patternId = `pattern_${name}`;
    this.names = Object.freeze([name]);
  }

  /** Counts one outcome in the totals and the recent window. O(1). */
  recordOutcome(success: boolean): void {
    this.count++;
    const bit = success ? 1 : 0;
    this.successes += bit;
    const ring = this.recent;
    // cursor < ring.length
    if (this.recentSize === ring.length) this.recentSuccesses -= ring[this.cursor]!;
    else this.recentSize++;
    ring[this.cursor] = bit;
    this.recentSuccesses += bit;
    this.cursor = this.cursor + 1 === ring.length ? 0 : this.cursor + 1;
  }

  get successRate(): number {
    return this.count === 0 ? 0 : this.successes / this.count;
  }

  get recentSuccessRate(): number {
    return this.recentSize === 0 ? 0 : this.recentSuccesses / this.recentSize;
  }

  stats(): ActionTypeStats {
    return {
      actionType: this.name,
      experiences: this.count,
      successes: this.successes,
      successRate: this.successRate,
      flagged: this.flagged,
      ethical: this.ethical.snapshot(),
      safety: this.safety.snapshot(),
      ethicalViolations: this.ethical.violations,
      safetyViolations: this.safety.violations,
      recent: { size: this.recentSize, successes: this.recentSuccesses, successRate: this.recentSuccessRate },
      trend: this.recentSuccessRate - this.successRate,
    };
  }
}
