/**
 * The indexes over live (pending or escalated) requests: three {@link IndexedHeap}s keyed by id
 * (urgency, urgency per requester, due time) and the twins index of `dedupe`. Every change is
 * O(log n) for n live requests.
 *
 * @internal Not part of the public API.
 */
import { IndexedHeap } from '../structures/indexed-heap.js';
import { byDueTime, byUrgency, type RequestRecord } from './_record.js';
import { Twins } from './_twins.js';

type Heap = IndexedHeap<string, RequestRecord>;

export class LiveRequests {
  /** Priority descending, then request time, then creation order. */
  private readonly urgent: Heap = new IndexedHeap(byUrgency);
  /** The same order per requester, so a query for one requester never skips others' requests. */
  private readonly perRequester = new Map<string, Heap>();
  /** Next ladder step or deadline ascending. */
  private readonly due: Heap = new IndexedHeap(byDueTime);
  private readonly twins = new Twins();

  get size(): number {
    return this.urgent.size;
  }

  add(rec: RequestRecord): void {
    this.urgent.push(rec.id, rec);
    this.due.push(rec.id, rec);
    let mine = this.perRequester.get(rec.requester);
    if (mine === undefined) {
      mine = new IndexedHeap(byUrgency);
      this.perRequester.set(rec.requester, mine);
    }
    mine.push(rec.id, rec);
    this.twins.add(rec);
  }

  remove(rec: RequestRecord): void {
    this.urgent.delete(rec.id);
    this.due.delete(rec.id);
    const mine = this.perRequester.get(rec.requester);
    if (mine !== undefined) {
      mine.delete(rec.id);
      if (mine.size === 0) this.perRequester.delete(rec.requester);
    }
    this.twins.remove(rec);
  }

  /** Sets a new priority rank and restores the urgency orders. */
  reprioritize(rec: RequestRecord, rank: number): void {
    rec.rank = rank;
    this.urgent.reorder(rec.id);
    this.perRequester.get(rec.requester)?.reorder(rec.id);
  }

  /** Sets when the request is next due and restores the due order. */
  reschedule(rec: RequestRecord, nextDueAt: number): void {
    rec.nextDueAt = nextDueAt;
    this.due.reorder(rec.id);
  }

  /** The live request due soonest (its `nextDueAt`), or undefined. O(1). */
  nextDue(): RequestRecord | undefined {
    return this.due.peek();
  }

  /** The oldest live request with this requester and description and this canonical context. */
  twin(groupKey: string, canonicalContext: string): RequestRecord | undefined {
    return this.twins.oldest(groupKey, canonicalContext);
  }

  /** The most urgent requests at `minRank` or above, at most `limit`, of one requester or all. */
  mostUrgent(requester: string | undefined, minRank: number, limit: number, visit: (rec: RequestRecord) => void): void {
    const heap = requester === undefined ? this.urgent : this.perRequester.get(requester);
    heap?.visitOrdered((rec) => {
      if (rec.rank < minRank) return false;
      visit(rec);
      return true;
    }, limit);
  }
}
