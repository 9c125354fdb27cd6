/**
 * Live requests grouped by identity (requester, description, canonical context), oldest first, for
 * `dedupe`. Nearly every identity has one request, so a group is stored as the record itself and
 * becomes a `Set` (insertion-ordered, O(1) removal) only when a second identical request is live.
 *
 * @internal Not part of the public API.
 */
import type { RequestRecord } from './_record.js';

export class Twins {
  private readonly groups = new Map<string, RequestRecord | Set<RequestRecord>>();

  /** Number of distinct identities with a live request. */
  get size(): number {
    return this.groups.size;
  }

  /** The oldest live request with this identity. O(1). */
  oldest(identity: string): RequestRecord | undefined {
    const group = this.groups.get(identity);
    if (group instanceof Set) return group.values().next().value;
    return group;
  }

  add(record: RequestRecord): void {
    const group = this.groups.get(record.identity);
    if (group === undefined) this.groups.set(record.identity, record);
    else if (group instanceof Set) group.add(record);
    else this.groups.set(record.identity, new Set([group, record]));
  }

  remove(record: RequestRecord): void {
    const group = this.groups.get(record.identity);
    if (group === record) {
      this.groups.delete(record.identity);
    } else if (group instanceof Set) {
      group.delete(record);
      if (group.size === 1) this.groups.set(record.identity, group.values().next().value as RequestRecord);
    }
  }
}
