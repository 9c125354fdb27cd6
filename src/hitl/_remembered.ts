/**
 * Approvals given with `remember`, keyed by the identity of the request (requester, description,
 * canonical context) and dropped when their TTL ends. A count per requester and description lets
 * the queue skip serializing a new request's context unless an approval for that pair exists.
 *
 * @internal Not part of the public API.
 */
import { IndexedHeap } from '../structures/indexed-heap.js';

/** An approval reused for identical requests until `until`. */
export interface Remembered {
  /** Id of the approved request. */
  readonly from: string;
  readonly responder: string;
  readonly reasoning: string | undefined;
  readonly until: number;
  readonly groupKey: string;
}

export class RememberedApprovals {
  /** By identity, soonest to lapse on top. */
  private readonly byIdentity = new IndexedHeap<string, Remembered>((a, b) => a.until - b.until);
  private readonly perGroup = new Map<string, number>();

  get size(): number {
    return this.byIdentity.size;
  }

  /** Whether an approval is remembered for some request with this requester and description. */
  hasGroup(groupKey: string): boolean {
    return this.perGroup.has(groupKey);
  }

  get(identity: string): Remembered | undefined {
    return this.byIdentity.get(identity);
  }

  /** Remembers an approval, replacing any for the same identity. O(log r). */
  set(identity: string, approval: Remembered): void {
    if (!this.byIdentity.has(identity))
      this.perGroup.set(approval.groupKey, (this.perGroup.get(approval.groupKey) ?? 0) + 1);
    this.byIdentity.set(identity, approval);
  }

  /** Forgets every approval whose TTL ended at or before `now`. O(k log r) for k lapsed. */
  lapse(now: number): void {
    for (let a = this.byIdentity.peek(); a !== undefined && a.until <= now; a = this.byIdentity.peek()) {
      this.byIdentity.pop();
      const left = (this.perGroup.get(a.groupKey) ?? 1) - 1;
      if (left === 0) this.perGroup.delete(a.groupKey);
      else this.perGroup.set(a.groupKey, left);
    }
  }

  /** Forgets everything; returns how many approvals there were. */
  clear(): number {
    const n = this.byIdentity.size;
    this.byIdentity.clear();
    this.perGroup.clear();
    return n;
  }
}
