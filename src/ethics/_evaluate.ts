/**
 * Scores one action: text, one matcher pass, then the arithmetic of penalties and bonuses.
 *
 * Each lexicon entry found counts once (its first plain and its first negated occurrence). Scope
 * amplifiers found in the action (`production`, `all users`, credentials, …) raise every other
 * entry's penalties by their fraction, at most doubling them. Per dimension, with `base` from the
 * lexicon, `P` the sum of the penalties and `B` of the bonuses: the value is `clamp(base + P)` when
 * any penalty hit the dimension (a bonus never offsets a penalty: "discriminate … fairly" stays
 * unfair), `clamp(base + B)` otherwise. When the penalties alone put the score below the threshold,
 * no bonus counts at all: praise never lifts a damning action back over the line. The score is the
 * weighted geometric mean of the dimensions (see {@link Evaluator.combine}).
 *
 * @internal Not part of the public API.
 */
import { isPlainObject, pickKnown, requireId } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { ActionText, FIELDS } from './_action-text.js';
import { NormalizedView } from './_fast-normalize.js';
import type { CompiledEntry, CompiledLexicon } from './_lexicon-compile.js';
import { PASSED, PhraseScanner, PLAIN } from './_phrase-scan.js';
import {
  CONCERNS,
  DIMENSIONS,
  type EthicalDimensions,
  type EthicalReason,
  type EthicalScore,
  type EthicsField,
} from './types.js';

const ACTION_KEYS = ['id', 'actionType', 'parameters', 'expectedOutcome'];
const D = DIMENSIONS.length;
/** The effects of a phrase a negation passed over: none. */
const NONE = new Float64Array(D);

/** Rounds away binary noise (0.1 + 0.2) so that equal evidence gives equal, stable figures. */
function tidy(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

const SIGNED = new Map<number, string>();

/** `+0.3` / `−0.15`, memoized: a lexicon has few distinct deltas and formatting costs ~100 ns. */
function signed(x: number): string {
  let s = SIGNED.get(x);
  if (s === undefined) {
    const r = Math.round(x * 1000) / 1000;
    s = r === 0 ? '±0' : r > 0 ? `+${r}` : `−${-r}`;
    if (SIGNED.size < 4096) SIGNED.set(x, s);
  }
  return s;
}

/** Where an occurrence's words are in the action. */
interface Located {
  readonly word: string;
  readonly field: EthicsField;
  readonly path: string;
}

/** A checked action, ready to score. */
export interface CheckedAction {
  readonly id: string;
  readonly actionType: string;
  readonly parameters: unknown;
  readonly expectedOutcome: string | undefined;
}

/**
 * Checks the shape of an action (not its parameters, which the text builder walks).
 * @throws AegisError `INVALID_ARGUMENT`
 */
export function checkAction(origin: string, action: unknown): CheckedAction {
  if (!isPlainObject(action)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `action must be a plain object, got ${describe(action)}`);
  }
  // A snapshot, each field read once; a throwing getter or trap is refused as bad input.
  const a = pickKnown(origin, 'action', action, ACTION_KEYS);
  const id = requireId(origin, 'action.id', a.id);
  const actionType = requireId(origin, 'action.actionType', a.actionType);
  const outcome = a.expectedOutcome;
  if (outcome !== undefined && typeof outcome !== 'string') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `action.expectedOutcome must be a string, got ${describe(outcome)}`,
    );
  }
  return { id, actionType, parameters: a.parameters, expectedOutcome: outcome };
}

/** Scores actions against one compiled lexicon; holds reusable buffers, so one per engine. */
export class Evaluator {
  private readonly text = new ActionText();
  private readonly view = new NormalizedView();
  private readonly scanner: PhraseScanner;
  /**
   * Per entry: first plain, first negated and first passed-over occurrence of the current action
   * (-1: none). A passed-over occurrence carries nothing, so it never takes a negation's place.
   */
  private readonly firstPlain: Int32Array;
  private readonly firstNegated: Int32Array;
  private readonly firstPassed: Int32Array;
  private readonly pen = new Float64Array(D);
  private readonly bon = new Float64Array(D);
  private readonly values = new Float64Array(D);
  private readonly powers: Map<number, number>[] = DIMENSIONS.map(() => new Map());
  /** `baseline_d ^ w_d`: most dimensions of most actions sit at their baseline. */
  private readonly basePowers: Float64Array;
  /** Occurrences of the current action's amplifiers. */
  private readonly amplifiers: number[] = [];

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly weights: Float64Array,
    private readonly threshold: number,
  ) {
    this.scanner = new PhraseScanner(lex);
    // d < D = weights.length
    this.basePowers = lex.baseline.map((v, d) => v ** weights[d]!);
    this.firstPlain = new Int32Array(lex.entries.length).fill(-1);
    this.firstNegated = new Int32Array(lex.entries.length).fill(-1);
    this.firstPassed = new Int32Array(lex.entries.length).fill(-1);
  }

  /**
   * Checks that a checked action's parameters and text are acceptable, exactly as
   * {@link Evaluator.evaluate} would, without scoring it.
   * @throws AegisError from the text builder (parameters that are not plain JSON, limits)
   */
  validate(origin: string, action: CheckedAction): void {
    this.text.build(origin, action.actionType, action.parameters, action.expectedOutcome);
  }

  /**
   * Scores a checked action; `adjustment` holds the learned corrections of its action type.
   * @throws AegisError from the text builder (parameters that are not plain JSON, limits)
   */
  evaluate(origin: string, action: CheckedAction, adjustment: Float64Array | undefined): EthicalScore {
    const text = this.text;
    text.build(origin, action.actionType, action.parameters, action.expectedOutcome);
    const scan = this.scanner;
    scan.scan(this.view.normalize(text.text));
    const { entries, baseline } = this.lex;
    const pen = this.pen.fill(0);
    const bon = this.bon.fill(0);
    const firstPlain = this.firstPlain;
    const firstNegated = this.firstNegated;
    const occ = scan.occCount;

    // Below, i < occ = the scanner's count, e is a lexicon entry, d < D = every per-dimension array's length.
    // Which occurrence speaks for each entry: its first plain, negated and passed-over one.
    for (let i = 0; i < occ; i++) {
      const e = scan.occEntry[i]!;
      const slot = this.slot(scan.occNegated[i]!);
      if (slot[e]! < 0) slot[e] = i;
    }
    // Scope amplifiers found in the action raise every other entry's penalties.
    const amplifiers = this.amplifiers;
    amplifiers.length = 0;
    let amplifySum = 0;
    for (let i = 0; i < occ; i++) {
      const e = scan.occEntry[i]!;
      const a = entries[e]!.amplify;
      if (a > 0 && firstPlain[e] === i) {
        amplifiers.push(i);
        amplifySum += a;
      }
    }
    const factor = 1 + Math.min(1, amplifySum);
    for (let i = 0; i < occ; i++) {
      const entry = this.counted(i);
      if (!entry) continue;
      const effects = this.effectsOf(entry, scan.occNegated[i]!);
      const f = entry.amplify > 0 ? 1 : factor;
      for (let d = 0; d < D; d++) {
        const x = effects[d]!;
        if (x < 0) pen[d] = pen[d]! + x * f;
        else if (x > 0) bon[d] = bon[d]! + x;
      }
    }
    if (adjustment) {
      for (let d = 0; d < D; d++) {
        const x = adjustment[d]!;
        if (x < 0) pen[d] = pen[d]! + x;
        else if (x > 0) bon[d] = bon[d]! + x;
      }
    }

    // Penalties alone decide whether bonuses may count at all.
    const values = this.values;
    for (let d = 0; d < D; d++) values[d] = tidy(clamp01(baseline[d]! + pen[d]!));
    const bonusesCount = this.combine(values) >= this.threshold;
    if (bonusesCount) {
      for (let d = 0; d < D; d++) {
        if (pen[d] === 0 && bon[d]! > 0) {
          values[d] = tidy(clamp01(baseline[d]! + bon[d]!));
        }
      }
    }
    const score = this.combine(values);

    const reasons: EthicalReason[] = [];
    for (let i = 0; i < occ; i++) {
      const entry = this.counted(i);
      if (!entry) continue;
      const polarity = scan.occNegated[i]!;
      const negated = polarity !== PLAIN;
      const effects = this.effectsOf(entry, polarity);
      const at = this.locate(i);
      if (negated && effects.every((x) => x === 0)) {
        // A negated phrase that carries nothing ("no harm") is still shown, at zero.
        for (let d = 0; d < D; d++) {
          if (entry.effects[d] !== 0) reasons.push(this.reason(d, 0, bonusesCount, entry.id, at, true, ''));
        }
        continue;
      }
      for (let d = 0; d < D; d++) {
        const x = effects[d]!;
        if (x === 0) continue;
        reasons.push(this.reason(d, x, bonusesCount, entry.id, at, negated, ''));
        if (x > 0 || entry.amplify > 0 || factor === 1) continue;
        // The extra points each amplifier adds, in proportion to its share of the factor.
        const percent = `${Math.round((factor - 1) * 100)}%`;
        for (const j of amplifiers) {
          const amp = entries[scan.occEntry[j]!]!;
          const extra = (x * (factor - 1) * amp.amplify) / amplifySum;
          const raises = ` raises the penalty of ${JSON.stringify(at.word)} (${entry.id}) by ${percent}`;
          reasons.push(this.reason(d, extra, bonusesCount, amp.id, this.locate(j), false, raises));
        }
      }
    }
    if (adjustment) {
      const at = { word: action.actionType, field: 'actionType' as EthicsField, path: '' };
      for (let d = 0; d < D; d++) {
        const x = adjustment[d]!;
        if (x !== 0) reasons.push(this.reason(d, x, bonusesCount, 'adjustment', at, false, ''));
      }
    }
    for (let i = 0; i < occ; i++) {
      const e = scan.occEntry[i]!;
      firstPlain[e] = -1;
      firstNegated[e] = -1;
      this.firstPassed[e] = -1;
    }

    const dimensions: EthicalDimensions = {
      // values has D = 5 slots, one per dimension
      harmPrevention: values[0]!,
      autonomyRespect: values[1]!,
      fairness: values[2]!,
      transparency: values[3]!,
      beneficence: values[4]!,
    };
    const concerns: string[] = [];
    for (let d = 0; d < D; d++) {
      if (values[d]! < 0.5) concerns.push(CONCERNS[DIMENSIONS[d]!]);
    }
    return { id: action.id, score, passes: score >= this.threshold, dimensions, concerns, reasons };
  }

  /**
   * The weighted geometric mean of the dimensions, `Π v_d ^ w_d`. Unlike the arithmetic mean it does
   * not let strong dimensions buy back a ruined one: with the default weights a fairness of 0 still
   * averages to 0.68 arithmetically (a pass at 0.6), but to 0 geometrically.
   */
  private combine(values: Float64Array): number {
    let score = 1;
    // d < D = values.length
    for (let d = 0; d < D; d++) score *= this.power(d, values[d]!);
    return tidy(clamp01(score));
  }

  /**
   * `v ** w_d`, memoized: a fractional power is slow and an evaluation needs ten, while the
   * values a lexicon produces are few (sums of a handful of tenths). Bounded per dimension.
   */
  private power(d: number, v: number): number {
    // d < D: one base power, cache and weight per dimension
    if (v === this.lex.baseline[d]) return this.basePowers[d]!;
    const cache = this.powers[d]!;
    let p = cache.get(v);
    if (p === undefined) {
      p = v ** this.weights[d]!;
      if (cache.size >= 1024) cache.clear();
      cache.set(v, p);
    }
    return p;
  }

  /** The entry occurrence `i` speaks for, when it is that entry's first of its polarity. */
  private counted(i: number): CompiledEntry | undefined {
    const scan = this.scanner;
    // i < occCount, and an occurrence's entry is an index into the lexicon
    const e = scan.occEntry[i]!;
    const first = this.slot(scan.occNegated[i]!)[e];
    return first === i ? this.lex.entries[e]! : undefined;
  }

  private slot(polarity: number): Int32Array {
    return polarity === PLAIN ? this.firstPlain : polarity === PASSED ? this.firstPassed : this.firstNegated;
  }

  private effectsOf(entry: CompiledEntry, polarity: number): Float64Array {
    return polarity === PLAIN ? entry.effects : polarity === PASSED ? NONE : entry.negatedEffects;
  }

  /** The words of occurrence `i` as written, and where they are. */
  private locate(i: number): Located {
    const scan = this.scanner;
    const text = this.text;
    // i < occCount; a segment index and its field code come from the action text
    const from = this.view.start(scan.occStart[i]!);
    const word = text.text.slice(from, this.view.end(scan.occEnd[i]! - 1));
    const seg = text.segmentAt(from);
    return { word, field: FIELDS[text.fields[seg]!]!, path: text.paths[seg]! };
  }

  private reason(
    d: number,
    delta: number,
    bonusesCount: boolean,
    entry: string,
    at: Located,
    negated: boolean,
    raises: string,
  ): EthicalReason {
    // d < D = DIMENSIONS.length
    const dimension = DIMENSIONS[d]!;
    let applied = true;
    let why = '';
    if (delta === 0) {
      applied = false;
      why = '; not counted: negated';
    } else if (delta > 0) {
      if (this.pen[d]! < 0) {
        applied = false;
        why = `; not counted: ${dimension} already has a penalty`;
      } else if (!bonusesCount) {
        applied = false;
        why = '; not counted: the penalties alone fail the threshold';
      }
    }
    const { word, field, path } = at;
    const where = field === 'parameters' ? `parameters${path}` : field;
    const what =
      entry === 'adjustment'
        ? `learned adjustment for action type ${JSON.stringify(word)}`
        : `${JSON.stringify(word)} (${entry}${negated ? ', negated' : ''}) in ${where}${raises}`;
    return {
      dimension,
      delta: tidy(delta),
      applied,
      entry,
      word,
      negated,
      field,
      path,
      message: `${dimension} ${signed(delta)}: ${what}${why}`,
    };
  }
}
