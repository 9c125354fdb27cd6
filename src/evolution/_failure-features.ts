/**
 * Failure features: which `(actionType, key = value)` parameters go with failures and violations,
 * in bounded memory.
 *
 * Two Space-Saving summaries of equal capacity count features: `all` over every experience, `bad`
 * over flagged ones (failed, or with a violation reported; an experience is flagged at most once).
 * A feature is reported only on what the summaries guarantee: at least `bad`'s lower bound of
 * flagged experiences out of at most `all`'s upper bound of experiences, so its reported failure
 * rate is a lower bound of the true one. While there are no more distinct features than counters,
 * both counts are exact.
 *
 * Representation. A monitored feature has a small integer id (recycled when neither summary
 * monitors it any more, so there are at most twice `capacity`), found through per-type nested maps
 * key → value → id: a lookup hashes the parameters' own key and value, whose hashes V8 caches, instead
 * of building a composite `${type}:${key}=${value}` string per entry (2.5× faster on 2-key
 * parameters). The summaries count ids; each feature's type and its counters in both summaries are
 * mirrored in typed arrays indexed by id, so a report reads flat arrays instead of following
 * thousands of scattered objects (about 10× faster).
 *
 * @internal Not part of the public API.
 */
import { SpaceSaving } from '../structures/space-saving.js';
import type { ActionRecord } from './_action-record.js';
import type { Thresholds } from './_options.js';
import { isFeature, MAX_FEATURES } from './_parameters.js';
import type { ExperienceParameters, FailureFeature, FeatureValue } from './types.js';

/** Bits of the `live` column: which summaries monitor the feature. */
const IN_ALL = 1;
const IN_BAD = 2;

/** A feature that stands out, with its canonical text. */
export interface Standout {
  readonly feature: FailureFeature;
  /** `key=<value as JSON>`: names and orders the feature. */
  readonly text: string;
}

export class FailureFeatures {
  private readonly all: SpaceSaving<number>;
  private readonly bad: SpaceSaving<number>;
  /** Per action type id: key → value → feature id. */
  private readonly index: (Map<string, Map<FeatureValue, number>> | undefined)[] = [];
  /** Per feature id. */
  private readonly typeOf: Uint16Array;
  /** Per feature id: the generation of its type when the id was allocated. */
  private readonly genOf: Uint32Array;
  /** Per action type id: how many times the type was forgotten (see {@link forgetType}). */
  private readonly generation: number[] = [];
  private readonly live: Uint8Array;
  private readonly allCount: Float64Array;
  private readonly allError: Float64Array;
  private readonly badCount: Float64Array;
  private readonly badError: Float64Array;
  private readonly keys: string[] = [];
  private readonly values: FeatureValue[] = [];
  /** `key=<value as JSON>`, computed on first report and kept until the id is recycled. */
  private readonly texts: (string | undefined)[] = [];
  /** Ids free for reuse (a stack), and the next never-used id. */
  private readonly free: Int32Array;
  private freeTop = 0;
  private nextId = 0;

  constructor(capacity: number) {
    this.all = new SpaceSaving(capacity);
    this.bad = new SpaceSaving(capacity);
    // Each summary monitors at most `capacity` features and a feature lives while one does; a new
    // feature takes its id before its first count evicts another, hence one more.
    const ids = 2 * capacity + 1;
    this.typeOf = new Uint16Array(ids);
    this.genOf = new Uint32Array(ids);
    this.live = new Uint8Array(ids);
    this.allCount = new Float64Array(ids);
    this.allError = new Float64Array(ids);
    this.badCount = new Float64Array(ids);
    this.badError = new Float64Array(ids);
    this.free = new Int32Array(ids);
  }

  /** Counts the features of one new experience. O(features) expected. */
  observe(typeId: number, parameters: ExperienceParameters, flagged: boolean): void {
    let n = 0;
    // The parameters are our own frozen copy: for-in sees no inherited keys unless Object.prototype was
    // polluted (hence hasOwn), and allocates no key array.
    for (const key in parameters) {
      const value = parameters[key];
      if (!isFeature(key, value) || !Object.hasOwn(parameters, key)) continue;
      const id = this.idOf(typeId, key, value);
      this.count(this.all, id, IN_ALL);
      if (flagged) this.count(this.bad, id, IN_BAD);
      if (++n === MAX_FEATURES) return;
    }
  }

  /** Counts the features of an experience that has just become flagged. O(features) expected. */
  flag(typeId: number, parameters: ExperienceParameters): void {
    let n = 0;
    for (const key in parameters) {
      const value = parameters[key];
      if (!isFeature(key, value) || !Object.hasOwn(parameters, key)) continue;
      this.count(this.bad, this.idOf(typeId, key, value), IN_BAD);
      if (++n === MAX_FEATURES) return;
    }
  }

  /**
   * Forgets the features of one action type: they no longer match or stand out. Their counters
   * stay in the summaries until evicted (as any cold counter would), marked stale by generation, so
   * nothing has to walk the summaries. O(1).
   */
  forgetType(typeId: number): void {
    this.index[typeId] = undefined;
    this.generation[typeId] = (this.generation[typeId] ?? 0) + 1;
  }

  /** The features among `parameters` that stand out. O(parameters) expected. */
  match(record: ActionRecord, parameters: ExperienceParameters, t: Thresholds): FailureFeature[] {
    const byKey = this.index[record.id];
    if (byKey === undefined) return [];
    const out: Standout[] = [];
    let n = 0;
    for (const key of Object.keys(parameters)) {
      const value = parameters[key];
      if (!isFeature(key, value)) continue;
      const id = byKey.get(key)?.get(value);
      const s = id === undefined ? undefined : this.standout(id, record, t);
      if (s !== undefined) out.push(s);
      if (++n === MAX_FEATURES) break;
    }
    return sortStandouts(out).map((s) => s.feature);
  }

  /**
   * Every feature that stands out, most failures first (then by action type, key and value).
   * Visits only counters whose estimate reaches `featureMinFailures`: O(those + r log r) for r
   * reported, at most O(capacity log capacity), independent of the number of experiences.
   */
  report(records: readonly ActionRecord[], t: Thresholds): Standout[] {
    // The failure rate a feature of each type needs; above 1 no feature of the type can stand out
    // (its values fail no more often than the type itself), so its counters are skipped unread.
    const needed = new Float64Array(records.length);
    // i < records.length = needed.length
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      needed[i] = Math.max(t.featureMinRate, (t.featureMinLift * r.flagged) / r.count);
    }
    const out: Standout[] = [];
    const minFailures = t.featureMinFailures;
    this.bad.forEachDescending((id, count) => {
      if (count < minFailures) return false;
      // a monitored id has a type, and type ids index records
      const type = this.typeOf[id]!;
      if (needed[type]! <= 1) {
        const s = this.standout(id, records[type]!, t);
        if (s !== undefined) out.push(s);
      }
      return true;
    });
    return sortStandouts(out);
  }

  /**
   * The feature if it stands out: at least `featureMinFailures` guaranteed failures, a guaranteed
   * failure rate of at least `featureMinRate`, and at least `featureMinLift` times the failure rate
   * of its action type. O(1).
   */
  private standout(id: number, record: ActionRecord, t: Thresholds): Standout | undefined {
    // id < 2 × capacity + 1 = the length of every per-feature array
    const live = this.live[id]!;
    if ((live & IN_BAD) === 0) return undefined;
    if (this.genOf[id] !== (this.generation[this.typeOf[id]!] ?? 0)) return undefined;
    const failures = this.badCount[id]! - this.badError[id]!;
    if (failures < t.featureMinFailures) return undefined;
    // Unmonitored in `all`: the feature occurred at most minCount times (the summary's guarantee).
    const inAll = (live & IN_ALL) !== 0;
    const occurrences = inAll ? this.allCount[id]! : this.all.minCount;
    const failureRate = failures / occurrences;
    // A flagged feature implies a flagged experience of its type, so the base rate is positive.
    const lift = failureRate / (record.flagged / record.count);
    if (failureRate < t.featureMinRate || lift < t.featureMinLift) return undefined;
    const exact = this.badError[id] === 0 && inAll && this.allError[id] === 0;
    const key = this.keys[id]!;
    const value = this.values[id]!;
    let text = this.texts[id];
    if (text === undefined) {
      text = `${key}=${JSON.stringify(value)}`;
      this.texts[id] = text;
    }
    return {
      feature: { actionType: record.name, key, value, failures, occurrences, failureRate, lift, exact },
      text,
    };
  }

  /** The id of a feature, allocated (unmonitored) when new. */
  private idOf(typeId: number, key: string, value: FeatureValue): number {
    let byKey = this.index[typeId];
    if (byKey === undefined) {
      byKey = new Map();
      this.index[typeId] = byKey;
    }
    let byValue = byKey.get(key);
    if (byValue === undefined) {
      byValue = new Map();
      byKey.set(key, byValue);
    }
    let id = byValue.get(value);
    if (id === undefined) {
      // freeTop > 0 is tested first
      id = this.freeTop > 0 ? this.free[--this.freeTop]! : this.nextId++;
      this.typeOf[id] = typeId;
      this.genOf[id] = this.generation[typeId] ?? 0;
      this.live[id] = 0;
      this.keys[id] = key;
      this.values[id] = value;
      this.texts[id] = undefined;
      byValue.set(value, id);
    }
    return id;
  }

  /** Counts feature `id` in `summary`; recycles the feature that loses its counter if nothing else monitors it. */
  private count(summary: SpaceSaving<number>, id: number, bit: number): void {
    // id and evicted are live feature ids below the per-feature arrays' length
    this.live[id] = this.live[id]! | bit;
    const evicted = summary.add(id);
    if (bit === IN_ALL) {
      this.allCount[id] = summary.lastCount;
      this.allError[id] = summary.lastError;
    } else {
      this.badCount[id] = summary.lastCount;
      this.badError[id] = summary.lastError;
    }
    if (evicted === undefined) return;
    const live = this.live[evicted]! & ~bit;
    this.live[evicted] = live;
    if (live !== 0) return;
    const byKey = this.index[this.typeOf[evicted]!];
    const key = this.keys[evicted]!;
    const byValue = byKey?.get(key);
    const value = this.values[evicted]!;
    // A feature of a forgotten generation is no longer indexed (a new one may hold its key and value).
    if (byKey !== undefined && byValue !== undefined && byValue.get(value) === evicted) {
      byValue.delete(value);
      if (byValue.size === 0) byKey.delete(key);
    }
    this.free[this.freeTop++] = evicted;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most failures first; then action type, key, and the value's JSON text (code-unit order). Once
 * the keys are equal, comparing the `key=value` texts compares the values.
 */
function sortStandouts(list: Standout[]): Standout[] {
  return list.sort(
    (a, b) =>
      b.feature.failures - a.feature.failures ||
      cmp(a.feature.actionType, b.feature.actionType) ||
      cmp(a.feature.key, b.feature.key) ||
      cmp(a.text, b.text),
  );
}
