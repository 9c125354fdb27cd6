/**
 * History queries over the entry store's indexes. Each filter is a sorted stream of sequence numbers
 * that can jump ("seek") to the first match at or past a position: a time range is a seq range (two
 * binary searches, timestamps never decrease), a type or actor is its list of seqs (binary search),
 * several types are the union of their lists. Filters are intersected by leapfrogging (each stream
 * seeks to the other's candidate until they agree), so a query costs O((results + skips) · log n),
 * never a scan of entries the filters exclude.
 *
 * @internal Not part of the public API.
 * @module
 */
import type { Uint32Vector } from 'mnemonist';
import { checkOptions, oneOf, readArray, requireInteger, requireNumber, requireString } from '../_validate.js';
import type { EntryStore } from './_entry-store.js';
import type { HistoryQuery } from './types.js';

/** A stream of seqs, ascending or descending; `seek(x)` is the first at or past x, or -1. */
interface Cursor {
  seek(x: number): number;
}

/** First index in `list` whose value is ≥ x, searching [a, b). */
function lowerBound(list: Uint32Vector, x: number, a: number, b: number): number {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.get(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class RangeCursor implements Cursor {
  constructor(
    private readonly lo: number,
    private readonly hi: number,
    private readonly desc: boolean,
  ) {}
  seek(x: number): number {
    if (this.desc) return x >= this.lo ? Math.min(x, this.hi - 1) : -1;
    return x < this.hi ? Math.max(x, this.lo) : -1;
  }
}

class ListCursor implements Cursor {
  /** Ascending: index of the next candidate. Descending: one past it. */
  private pos: number;
  constructor(
    private readonly list: Uint32Vector,
    private readonly lo: number,
    private readonly hi: number,
    private readonly desc: boolean,
  ) {
    this.pos = desc ? lowerBound(list, hi, 0, list.length) : lowerBound(list, lo, 0, list.length);
  }
  seek(x: number): number {
    const list = this.list;
    if (this.desc) {
      // Largest value ≤ x among list[0, pos).
      this.pos = lowerBound(list, x + 1, 0, this.pos);
      if (this.pos === 0) return -1;
      const v = list.get(this.pos - 1);
      return v >= this.lo ? v : -1;
    }
    this.pos = lowerBound(list, x, this.pos, list.length);
    if (this.pos === list.length) return -1;
    const v = list.get(this.pos);
    return v < this.hi ? v : -1;
  }
}

class UnionCursor implements Cursor {
  constructor(
    private readonly parts: Cursor[],
    private readonly desc: boolean,
  ) {}
  seek(x: number): number {
    let best = -1;
    for (const p of this.parts) {
      const v = p.seek(x);
      if (v < 0) continue;
      if (best < 0 || (this.desc ? v > best : v < best)) best = v;
    }
    return best;
  }
}

/** A resolved query: seq bounds and the ids of the filters (null when a filter is absent). */
export interface QueryPlan {
  lo: number;
  hi: number;
  typeIds: number[] | null;
  actorId: number | null;
  limit: number;
  desc: boolean;
}

/** Most types one query may name. */
export const MAX_QUERY_TYPES = 65_536;

/**
 * Checks a query and resolves it against the indexes: time bounds to seq bounds, names to ids.
 * Returns null when it can match nothing (an unknown type or actor, an empty type list).
 * @throws AegisError `INVALID_ARGUMENT` for unknown keys or values of the wrong type; `LIMIT_EXCEEDED`
 *   for more than {@link MAX_QUERY_TYPES} types
 */
export function planQuery(origin: string, store: EntryStore, query: HistoryQuery | undefined): QueryPlan | null {
  const o = checkOptions(origin, query, ['from', 'to', 'types', 'actor', 'limit', 'order']);
  const from = o.from === undefined ? Number.NEGATIVE_INFINITY : requireNumber(origin, 'query.from', o.from);
  const to = o.to === undefined ? Number.POSITIVE_INFINITY : requireNumber(origin, 'query.to', o.to);
  const limit = o.limit === undefined ? Number.POSITIVE_INFINITY : requireInteger(origin, 'query.limit', o.limit);
  const desc = oneOf(origin, 'query.order', o.order, ['asc', 'desc'] as const, 'asc') === 'desc';
  let typeIds: number[] | null = null;
  const types = o.types;
  if (types !== undefined) {
    // Length and items read once; every index, holes included (a hole is not a type: refused, as
    // undefined is).
    const list = readArray(origin, 'query.types', types, MAX_QUERY_TYPES);
    const ids = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      const id = store.types.idOf(requireString(origin, `query.types[${i}]`, list[i]));
      if (id >= 0) ids.add(id);
    }
    typeIds = [...ids];
  }
  const actorId = o.actor === undefined ? null : store.actors.idOf(requireString(origin, 'query.actor', o.actor));
  if ((typeIds !== null && typeIds.length === 0) || (actorId !== null && actorId < 0)) return null;
  const lo = from === Number.NEGATIVE_INFINITY ? 0 : store.firstAtOrAfter(from);
  const hi = to === Number.POSITIVE_INFINITY ? store.size : store.firstAfter(to);
  return { lo, hi, typeIds, actorId, limit, desc };
}

/** The seqs that match `plan`, in its order, at most `plan.limit` of them. */
export function selectSeqs(store: EntryStore, plan: QueryPlan): number[] {
  const { lo, hi, desc, limit } = plan;
  const out: number[] = [];
  if (lo >= hi || limit === 0) return out;
  const cursors: Cursor[] = [];
  if (plan.typeIds !== null) {
    // Plan ids come from the store's interners, and every interned id has a seqs list.
    const parts = plan.typeIds.map((id) => new ListCursor(store.types.seqs[id]!, lo, hi, desc));
    cursors.push(parts.length === 1 ? parts[0]! : new UnionCursor(parts, desc));
  }
  if (plan.actorId !== null) {
    cursors.push(new ListCursor(store.actors.seqs[plan.actorId]!, lo, hi, desc));
  }
  if (cursors.length === 0) cursors.push(new RangeCursor(lo, hi, desc));

  let x = desc ? hi - 1 : lo;
  // cursors is never empty (a RangeCursor stands in for no filter), and i stays below its length.
  while (out.length < limit) {
    let candidate = cursors[0]!.seek(x);
    if (candidate < 0) break;
    // Leapfrog: move every cursor to the candidate until all agree on it.
    let agree = 1;
    let i = 1 % cursors.length;
    while (agree < cursors.length) {
      const v = cursors[i]!.seek(candidate);
      if (v < 0) return out;
      if (v === candidate) agree++;
      else {
        candidate = v;
        agree = 1;
      }
      i = (i + 1) % cursors.length;
    }
    out.push(candidate);
    x = desc ? candidate - 1 : candidate + 1;
  }
  return out;
}
